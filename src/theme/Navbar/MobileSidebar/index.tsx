// Wraps the theme's mobile navigation panel so that it is built the first time the reader opens
// the menu, not on every page load. On a phone-sized screen the theme otherwise renders the whole
// sidebar (about 25 chapters and their categories) into the closed panel right after hydration, a
// long task on every page that the reader may never open (issue 14). Once opened it stays mounted,
// so closing it animates as before.
import { useEffect, useState, type ReactNode } from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';

export default function MobileSidebarWhenOpened(): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(shown);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- remembers that the menu was opened
    if (shown) setOpened(true);
  }, [shown]);
  return shown || opened ? <MobileSidebar /> : null;
}
