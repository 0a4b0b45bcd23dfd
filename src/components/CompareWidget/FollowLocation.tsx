// Passes the router's query string to the comparison after hydration and after each route update.
import { useLocation } from '@docusaurus/router';
import { useEffect, type ReactNode } from 'react';

/**
 * Renders nothing. It is the only part of the comparison that reads the router's location, so
 * when Docusaurus hands down a new location object (whenever its root re-renders) this
 * re-renders instead of the whole widget.
 */
export default function FollowLocation({
  onSearch,
}: {
  onSearch: (search: string) => (() => void) | undefined;
}): ReactNode {
  const { search } = useLocation();
  useEffect(() => onSearch(search), [search, onSearch]);
  return null;
}
