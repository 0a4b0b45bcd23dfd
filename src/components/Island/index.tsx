// A heavy interactive component whose code the browser fetches only when the reader nears it.
// The server renders it in place, so the page reads the same without JavaScript. On the first page
// load React adopts that HTML as it is (no hydration) and swaps in the live component once its
// chunk has arrived; on later navigations a short placeholder stands in until then.
// (Issue 14: the comparison embedded 13,000 px down /hardware/gpus/ was two thirds of the page's
// blocking time.) Why not a Suspense boundary left dehydrated until the chunk arrives: Docusaurus
// changes root contexts right after hydration, and React then client-renders every dehydrated
// boundary, deleting the server's HTML while the chunk is still on its way.
import {
  startTransition,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { ServedHtml, isHydrating } from '../StaticHtml';
import styles from './styles.module.css';

type Loaded<P> = { default: ComponentType<P> };

export type Props<P> = {
  /**
   * The component itself, given only in the server bundle (src/plugins/islands replaces the module
   * that exports it with `null` in browser builds) and in unit tests.
   */
  server: ComponentType<P> | null;
  /** Fetches the component's chunk: `() => import('./Component')`. */
  load: () => Promise<Loaded<P>>;
  /** What it is, for the placeholder and the failure note: "the hardware comparison". */
  name: string;
  props: P;
};

/**
 * `data-island` on the wrapper: `served` (the server's HTML, not interactive yet), `waiting` (the
 * placeholder), `failed` (the chunk did not arrive) or `live`.
 */
type IslandState = 'served' | 'waiting' | 'failed' | 'live';

/** Components already fetched, so later pages render them at once. */
const fetched = new Map<() => Promise<unknown>, ComponentType<never>>();

/** How far ahead of the viewport an island starts fetching: about two phone screens. */
export const LOOKAHEAD = '1600px 0px';

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** Which focusable element inside `root` has focus, by position, or -1. */
function focusedIndex(root: HTMLElement | null): number {
  const active = document.activeElement;
  if (!root || !active || !root.contains(active)) return -1;
  return Array.from(root.querySelectorAll(FOCUSABLE)).indexOf(active);
}

export default function Island<P extends object>({
  server,
  load,
  name,
  props,
}: Props<P>): ReactNode {
  const [Component, setComponent] = useState<ComponentType<P> | null>(
    () => server ?? (fetched.get(load) as ComponentType<P> | undefined) ?? null,
  );
  // On the first page load the server's HTML stays until the component arrives, or for good.
  const [served] = useState(isHydrating);
  const [failed, setFailed] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  // Focus inside the served HTML when the live component replaced it, to be put back.
  const refocus = useRef(-1);

  useEffect(() => {
    if (Component) return;
    const root = ref.current;
    let cancelled = false;
    let started = false;
    let observer: IntersectionObserver | undefined;
    const start = (): void => {
      if (started) return;
      started = true;
      observer?.disconnect();
      load().then(
        (module) => {
          fetched.set(load, module.default as ComponentType<never>);
          if (cancelled) return;
          refocus.current = focusedIndex(ref.current);
          // A transition renders in slices between frames instead of in one long task.
          startTransition(() => setComponent(() => module.default));
        },
        (error: unknown) => {
          // Offline, or a deployment replaced the chunk: served HTML stays readable.
          console.warn(`${name} could not be loaded`, error);
          if (!cancelled) setFailed(true);
        },
      );
    };
    if (!root || typeof IntersectionObserver === 'undefined') start();
    else {
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) start();
        },
        { rootMargin: LOOKAHEAD },
      );
      observer.observe(root);
      // A reader who tabs or clicks into it before it scrolled into range.
      root.addEventListener('focusin', start);
      root.addEventListener('pointerdown', start);
    }
    return () => {
      cancelled = true;
      observer?.disconnect();
      root?.removeEventListener('focusin', start);
      root?.removeEventListener('pointerdown', start);
    };
  }, [Component, load, name]);

  useEffect(() => {
    if (!Component || refocus.current < 0) return;
    const target = ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE)[refocus.current];
    refocus.current = -1;
    target?.focus();
  }, [Component]);
  if (Component) {
    // Live once the browser renders fetched code; the component the server (or a unit test)
    // passes in renders what is "served" until then.
    return (
      <div ref={ref} data-island={(Component === server ? 'served' : 'live') satisfies IslandState}>
        <Component {...props} />
      </div>
    );
  }
  if (served) return <ServedHtml ref={ref} island="served" />;
  return (
    <div
      ref={ref}
      data-island={(failed ? 'failed' : 'waiting') satisfies IslandState}
      className={styles.placeholder}
    >
      <p role={failed ? 'note' : 'status'}>
        {failed
          ? `${capitalise(name)} could not be loaded; reloading the page may help.`
          : `Loading ${name}…`}
      </p>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
