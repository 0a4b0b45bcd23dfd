// Docusaurus's useIsBrowser for tests: false on the server and while hydrating, true from the render after.
import { useSyncExternalStore } from 'react';

const subscribeToNothing = (): (() => void) => () => {};

export default function useIsBrowser(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
