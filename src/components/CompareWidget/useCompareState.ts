// The widget's state machine: the typed draft, the last valid scenario, and the address kept in step.
import { useHistory } from '@docusaurus/router';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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

function resolve(state: CompareState): Good | null {
  const checked = validateState(state);
  return checked.ok ? { state, scenario: checked.value } : null;
}

export interface CompareStateApi {
  draft: CompareState;
  good: Good;
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
}

/**
 * Holds what the reader typed and the last valid scenario. With `syncUrl`, the query string is
 * read on load and on back/forward (through followSearch), and written after each change: a new
 * history entry for each choice, the current entry replaced while the reader types. The hook
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
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);
  // The query this hook last wrote (or read); a location carrying it needs no parsing.
  const current = useRef<string | null>(null);
  const changedByReader = useRef(false);
  const writeMode = useRef<'push' | 'replace'>('replace');
  // Docusaurus moves focus to the top of the page after every PUSH (its skip-to-content link);
  // the control the reader was using gets it back once the new location has arrived.
  const refocus = useRef<HTMLElement | null>(null);

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
      if (valid) setGood(valid);
      return undefined;
    },
    [syncUrl, initial, history],
  );

  // Write the last valid inputs once the reader has changed something.
  useEffect(() => {
    if (!syncUrl || !changedByReader.current) return;
    const query = toQuery(good.state);
    if (query === current.current) return;
    current.current = query;
    const target = {
      pathname: history.location.pathname,
      search: `?${query}`,
      hash: history.location.hash,
    };
    if (writeMode.current === 'push') {
      refocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      history.push(target);
    } else {
      history.replace(target);
    }
  }, [syncUrl, good, history]);

  const update = useCallback((next: CompareState, write: 'push' | 'replace' = 'push'): void => {
    changedByReader.current = true;
    writeMode.current = write;
    setDraft(next);
    const valid = resolve(next);
    if (valid) {
      setGood(valid);
      return;
    }
    // Device, model, precision and engine choices are always valid: apply them to the last good
    // inputs, so choosing a preset while another field is invalid still shows that preset.
    setGood((previous) => {
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
    });
  }, []);

  const checked = useMemo(() => validateState(draft), [draft]);
  const dismissIgnored = useCallback(() => setIgnored([]), []);
  return {
    draft,
    good,
    errors: checked.ok ? {} : checked.errors,
    valid: checked.ok,
    ignored,
    dismissIgnored,
    update,
    followSearch,
  };
}
