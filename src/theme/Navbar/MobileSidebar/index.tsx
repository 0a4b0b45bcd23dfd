// Wraps the theme's mobile navigation panel so that it is built the first time the reader opens
// the menu, not on every page load. On a phone-sized screen the theme otherwise renders the whole
// sidebar (about 25 chapters and their categories) into the closed panel right after hydration, a
// long task on every page that the reader may never open (issue 14). Once opened it stays mounted,
// so closing it animates as before.
import { useState, type ReactNode } from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';

export default function MobileSidebarWhenOpened(): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  // Remembered in render (React's pattern for state that follows a prop), not in an effect.
  const [opened, setOpened] = useState(shown);
  if (shown && !opened) setOpened(true);
  return opened || shown ? <MobileSidebar /> : null;
}
