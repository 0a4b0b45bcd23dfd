// The widget's state machine: the typed draft, the last valid scenario, and the address kept in step.
import { useHistory } from '@docusaurus/router';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  validateState,
  withModel,
  type CompareState,
  type FieldErrors,
  type IgnoredParam,
  type Scenario,
} from '../../lib/compare';
import { parseQuery, toQuery } from '../../lib/compare';

export type Good = { state: CompareState; scenario: Scenario };

/**
 * How long the address waits after the last keystroke before it follows what was typed. Each
 * write is a route update that re-renders the whole Docusaurus page (navbar, sidebar, chapter):
 * about 100 ms at 4x CPU, too much to repeat inside every keystroke.
 */
const TYPING_WRITE_DELAY_MS = 500;

function resolve(state: CompareState): Good | null {
  const checked = validateState(state);
  return checked.ok ? { state, scenario: checked.value } : null;
}

/** True when two states make the same choices (devices, model, formats, engine, experts). */
function sameChoices(a: CompareState, b: CompareState): boolean {
  return (
    a.model === b.model &&
    a.weights === b.weights &&
    a.kv === b.kv &&
    a.engine === b.engine &&
    a.experts === b.experts &&
    a.devices.length === b.devices.length &&
    a.devices.every((id, i) => b.devices[i] === id)
  );
}

export interface CompareStateApi {
  draft: CompareState;
  /** The last valid inputs and their scenario: what the page shows. */
  good: Good;
  /**
   * The newest valid inputs, ahead of `good` while a typed change renders as a transition: the
   * serving simulation starts on them at once, and the address and copied links carry them.
   */
  latest: Good;
  errors: FieldErrors;
  valid: boolean;
  ignored: IgnoredParam[];
  dismissIgnored: () => void;
  /**
   * Apply a change. 'push' (a choice: device, model, format, engine) adds a history entry, so
   * back returns to the comparison before it; 'replace' (typing) updates the current entry.
   */
  update: (next: CompareState, write?: 'push' | 'replace') => void;
  /**
   * With `syncUrl`: give it the address's query after hydration and after each route update
   * (FollowLocation does); returns a cleanup for the pending refocus.
   */
  followSearch: (search: string) => (() => void) | undefined;
  /** Write a pending typed change to the address now (when focus leaves the comparison). */
  flushUrl: () => void;
}

/**
 * Holds what the reader typed and the last valid scenario. With `syncUrl`, the query string is
 * read on load and on back/forward (through followSearch), and written after each change: a new
 * history entry for each choice, the current entry replaced once the reader pauses typing. The hook
 * does not read the router's location itself: Docusaurus hands down a new location object
 * whenever its root re-renders, and reading it here re-rendered the whole comparison each time.
 */
export function useCompareState(initial: CompareState, syncUrl: boolean): CompareStateApi {
  const history = useHistory();
  const [draft, setDraft] = useState<CompareState>(initial);
  const [good, setGood] = useState<Good>(() => {
    const first = resolve(initial);
    if (!first) throw new Error('the default comparison state is invalid');
    return first;
  });
  // The newest valid inputs: ahead of `good` while a typed change is still rendering.
  const [latest, setLatest] = useState<Good>(good);
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);
  // The query this hook last wrote (or read); a location carrying it needs no parsing.
  const current = useRef<string | null>(null);
  const changedByReader = useRef(false);
  const writeMode = useRef<'push' | 'replace'>('replace');
  // Docusaurus moves focus to the top of the page after every PUSH (its skip-to-content link);
  // the control the reader was using gets it back once the new location has arrived.
  const refocus = useRef<HTMLElement | null>(null);
  // A typed change waiting for the reader to pause, and the write that will apply it.
  const pending = useRef<{ timer: number; write: () => void } | null>(null);

  const cancelPending = useCallback((): void => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = null;
  }, []);
  const flushUrl = useCallback((): void => {
    const waiting = pending.current;
    if (!waiting) return;
    window.clearTimeout(waiting.timer);
    pending.current = null;
    waiting.write();
  }, []);

  // Read the address after hydration (the server HTML shows the defaults) and after back/forward.
  // Docusaurus hands descendants a new location only once the route has preloaded, so a location
  // this hook pushed can arrive after the reader has typed more: only a POP (back, forward, first
  // load) is read, never an echo of our own PUSH or REPLACE.
  const followSearch = useCallback(
    (search: string): (() => void) | undefined => {
      if (!syncUrl) return undefined;
      const element = refocus.current;
      if (element && history.action === 'PUSH') {
        refocus.current = null;
        const frame = window.requestAnimationFrame(() => element.focus({ preventScroll: true }));
        return () => window.cancelAnimationFrame(frame);
      }
      if (current.current !== null && history.action !== 'POP') return undefined;
      // Back or forward wins over typing not yet written: writing it now would undo the move.
      cancelPending();
      const query = search.replace(/^\?/, '');
      if (query === current.current) return undefined;
      const firstRead = current.current === null;
      current.current = query;
      changedByReader.current = false;
      // A first load without a query shows the defaults already. Applying them again made a new
      // scenario, so every load of /compare/ recomputed and re-rendered the whole comparison.
      if (firstRead && query === '') return undefined;
      const parsed = query === '' ? { state: initial, ignored: [] } : parseQuery(search, initial);
      const valid = resolve(parsed.state);
      setIgnored(parsed.ignored);
      setDraft(parsed.state);
      if (valid) {
        setLatest(valid);
        setGood(valid);
      }
      return undefined;
    },
    [syncUrl, initial, history, cancelPending],
  );

  // Write the last valid inputs once the reader has changed something: a choice at once, typing
  // once the reader pauses (or leaves the comparison, or the page).
  useEffect(() => {
    if (!syncUrl || !changedByReader.current) return;
    const mode = writeMode.current;
    const write = (): void => {
      const query = toQuery(latest.state);
      if (query === current.current) return;
      current.current = query;
      const target = {
        pathname: history.location.pathname,
        search: `?${query}`,
        hash: history.location.hash,
      };
      if (mode === 'push') {
        refocus.current =
          document.activeElement instanceof HTMLElement ? document.activeElement : null;
        history.push(target);
      } else {
        history.replace(target);
      }
    };
    if (mode === 'push') {
      // Typing before the choice stays in the entry it was typed in, as back expects.
      flushUrl();
      write();
      return;
    }
    cancelPending();
    const timer = window.setTimeout(() => {
      pending.current = null;
      write();
    }, TYPING_WRITE_DELAY_MS);
    pending.current = { timer, write };
  }, [syncUrl, latest, history, flushUrl, cancelPending]);

  useEffect(() => {
    if (!syncUrl) return undefined;
    window.addEventListener('pagehide', flushUrl);
    return () => {
      window.removeEventListener('pagehide', flushUrl);
      // Unmounted by a navigation: the address is the next page's now, so nothing is written.
      cancelPending();
    };
  }, [syncUrl, flushUrl, cancelPending]);

  const update = useCallback((next: CompareState, write: 'push' | 'replace' = 'push'): void => {
    changedByReader.current = true;
    writeMode.current = write;
    setDraft(next);
    const valid = resolve(next);
    if (valid) {
      setLatest(valid);
      // Typing: the field shows the keystroke at once, and the comparison for the new value
      // renders as a transition, which React interrupts when the next keystroke arrives. With four
      // devices at 4x CPU, rendering it inside the input event took 100-300 ms.
      if (write === 'replace') startTransition(() => setGood(valid));
      else setGood(valid);
      return;
    }
    // Device, model, precision and engine choices are always valid: apply them to the last good
    // inputs, so choosing a preset while another field is invalid still shows that preset.
    const withChoices = (previous: Good): Good => {
      // Typed text that is not valid changes no choice: keep the scenario (and every row computed
      // for it) rather than recompute four cards for the same figures.
      if (sameChoices(previous.state, next)) return previous;
      const base =
        next.model === previous.state.model
          ? previous.state
          : withModel(previous.state, next.model);
      const merged = resolve({
        ...base,
        devices: next.devices,
        weights: next.weights,
        kv: next.kv,
        engine: next.engine,
        experts: next.experts,
      });
      return merged ?? previous;
    };
    setLatest(withChoices);
    setGood(withChoices);
  }, []);

  const checked = useMemo(() => validateState(draft), [draft]);
  const dismissIgnored = useCallback(() => setIgnored([]), []);
  return {
    draft,
    good,
    latest,
    errors: checked.ok ? {} : checked.errors,
    valid: checked.ok,
    ignored,
    dismissIgnored,
    update,
    followSearch,
    flushUrl,
  };
}
