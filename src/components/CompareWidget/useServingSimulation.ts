// Runs the serving simulation in a Web Worker for the widget's current query; without Worker support nothing runs and the card says so.
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type {
  MeasuredChartCurve,
  SimulatedCurvePoint,
  SimulatedFigures,
  SimulatedSizing,
} from '../../lib/compare/simulation';
import type { SimRequest, SimResponse } from '../../workers/protocol';

/** What the simulation has produced for one device so far. */
export interface DeviceSimulation {
  figures: SimulatedFigures | null;
  /** undefined until computed; null when there is no rate to size for. */
  sizing: SimulatedSizing | null | undefined;
  curve: SimulatedCurvePoint[] | null;
  /** Measured curves for the same device, model, format and replica size. */
  measured: MeasuredChartCurve[];
  errors: string[];
}

export type SimulationState =
  /** Server rendering, no Worker support, or a worker that failed: nothing runs. */
  | { status: 'idle' }
  /** 'running' while the results on hand are for an older query or still arriving. */
  | {
      status: 'running' | 'done';
      byDevice: ReadonlyMap<string, DeviceSimulation>;
      invalid: readonly string[];
    };

interface Received {
  query: string;
  done: boolean;
  byDevice: ReadonlyMap<string, DeviceSimulation>;
  /** Problems with the query itself (bad or ignored parameters). */
  invalid: string[];
}

const EMPTY: DeviceSimulation = {
  figures: null,
  sizing: undefined,
  curve: null,
  measured: [],
  errors: [],
};

function apply(
  map: ReadonlyMap<string, DeviceSimulation>,
  m: Exclude<SimResponse, { stage: 'done' | 'invalid' | 'batch' }>,
): Map<string, DeviceSimulation> {
  const next = new Map(map);
  const was = next.get(m.deviceId) ?? EMPTY;
  if (m.stage === 'figures') next.set(m.deviceId, { ...was, figures: m.figures, errors: [] });
  else if (m.stage === 'sizing') next.set(m.deviceId, { ...was, sizing: m.sizing });
  else if (m.stage === 'curve')
    next.set(m.deviceId, { ...was, curve: m.curve, measured: m.measured });
  else next.set(m.deviceId, { ...EMPTY, errors: m.errors });
  return next;
}

/**
 * Simulates `query` (a /compare/ query string); each new query supersedes the last. `shown` is the
 * query the page currently shows, when that lags behind (a typed change still rendering): the
 * worker starts on the newest query while the status reports on the one on screen.
 */
export function useServingSimulation(query: string, shown: string = query): SimulationState {
  const [received, setReceived] = useState<Received | null>(null);
  const [failed, setFailed] = useState(false);
  const worker = useRef<Worker | null>(null);
  const queries = useRef(new Map<number, string>());
  const latest = useRef(0);

  useEffect(() => {
    if (typeof Worker === 'undefined') return undefined;
    let w: Worker;
    try {
      w = new Worker(new URL('../../workers/serving-sim.worker.ts', import.meta.url));
    } catch {
      return undefined;
    }
    worker.current = w;
    w.onmessage = (event: MessageEvent<SimResponse>) => {
      const m = event.data;
      const forQuery = queries.current.get(m.id);
      if (m.id !== latest.current || forQuery === undefined) return;
      // A transition: typing and other input are never held up by drawing simulated figures.
      startTransition(() =>
        setReceived((r) => {
          // Earlier figures stay on screen (marked as updating) until this query's replace them.
          let map: ReadonlyMap<string, DeviceSimulation> =
            r?.byDevice ?? new Map<string, DeviceSimulation>();
          const invalid = r?.query === forQuery ? r.invalid : [];
          if (m.stage === 'done') return { query: forQuery, done: true, byDevice: map, invalid };
          if (m.stage === 'invalid') {
            return {
              query: forQuery,
              done: true,
              byDevice: map,
              invalid: [...invalid, ...m.errors],
            };
          }
          const parts = m.stage === 'batch' ? m.messages : [m];
          for (const part of parts) {
            if (part.stage !== 'done' && part.stage !== 'invalid' && part.stage !== 'batch') {
              map = apply(map, part);
            }
          }
          return { query: forQuery, done: false, byDevice: map, invalid };
        }),
      );
    };
    w.onerror = () => setFailed(true);
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    const w = worker.current;
    if (w === null) return;
    latest.current += 1;
    queries.current.clear();
    queries.current.set(latest.current, query);
    const request: SimRequest = { id: latest.current, query };
    w.postMessage(request);
  }, [query]);

  // One object per change, so memoised readers (and useDeferredValue) see when nothing changed.
  return useMemo((): SimulationState => {
    if (failed || received === null) return { status: 'idle' };
    const current = received.query === shown && received.done;
    return {
      status: current ? 'done' : 'running',
      byDevice: received.byDevice,
      invalid: received.query === shown ? received.invalid : NONE,
    };
  }, [failed, received, shown]);
}

const NONE: readonly string[] = [];
