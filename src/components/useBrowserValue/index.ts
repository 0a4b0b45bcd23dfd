// A value only the browser knows (such as the query string), read without breaking
// hydration: the server and the hydrating render get `onServer`, and React renders once more with
// the browser's value right after. Later mounts (client-side navigations) read it at once.
import { useSyncExternalStore } from 'react';

const subscribeToNothing = (): (() => void) => () => {};

/** `read` must return the same value each time it is called until the page changes. */
export function useBrowserValue<T>(read: () => T, onServer: T): T {
  return useSyncExternalStore(subscribeToNothing, read, () => onServer);
}
