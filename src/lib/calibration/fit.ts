// Fits the expected-speed model to resolved measurements, predicts a point, and runs leave-one-out.
import type { EngineFamily } from '../../data/measurements';
import {
  type FormatFamily,
  measuredStepSeconds,
  valueFromStepSeconds,
  type DeviceClass,
  type ResolvedPoint,
} from './points';

/** Fitted values keyed `engine|format family`, e.g. `llama.cpp|4-bit`. */
type ByEngine = Record<string, number>;

export const groupKey = (engine: EngineFamily, family: FormatFamily): string =>
  `${engine}|${family}`;
const keyOf = (p: ResolvedPoint): string => groupKey(p.engine, p.family);

/**
 * The fitted parameters.
 * - decode.etaBw: share of datasheet bandwidth a decode step achieves, by class, engine and
 *   format family (about 4 bits, or 8 and 16 bits).
 * - decode.overheadSeconds: fixed time per step (kernel launches, sampling, scheduling, host
 *   sync) by class and engine.
 * - decode.allReduceSeconds: latency of one tensor-parallel all-reduce (two per layer per step).
 * - prefill.eta: share of the dense compute peak prompt processing achieves, by class.
 * - saturated.eta: share of the dense compute peak a saturated server turns into generated
 *   tokens (2 FLOPs per active weight per token), by class, engine and format family (the peak
 *   a 4-bit format runs on is harder to reach); it absorbs the prefill
 *   work, attention and scheduling of the benchmark it was fitted on.
 * Defaults are medians over the fitted groups and apply where a class or engine has no data.
 */
export interface CalibrationParams {
  decode: {
    etaBw: Partial<Record<DeviceClass, ByEngine>>;
    overheadSeconds: Partial<Record<DeviceClass, Partial<Record<EngineFamily, number>>>>;
    allReduceSeconds: number;
    defaultEtaBw: number;
    defaultOverheadSeconds: number;
    /** `class/engine` groups with too few points to fit their own overhead (they borrow one). */
    borrowedOverheads: string[];
  };
  prefill: { eta: Partial<Record<DeviceClass, number>>; defaultEta: number };
  saturated: { eta: Partial<Record<DeviceClass, ByEngine>>; defaultEta: number };
}

/** Element i of a numeric array; NaN (never reached in valid use) outside it. */
const at = (xs: readonly number[], i: number): number => xs[i] ?? Number.NaN;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? at(s, mid) : (at(s, mid - 1) + at(s, mid)) / 2;
};
const geomean = (xs: readonly number[]): number =>
  Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);

/**
 * Solves the small dense system A x = b (A stored row-major in a flat k × k array) by Gaussian
 * elimination with partial pivoting; null when singular.
 */
function solve(A: readonly number[], b: readonly number[]): number[] | null {
  const k = b.length;
  const w = k + 1;
  const M: number[] = [];
  for (let r = 0; r < k; r++) {
    for (let c = 0; c < k; c++) M.push(at(A, r * k + c));
    M.push(at(b, r));
  }
  const get = (r: number, c: number): number => at(M, r * w + c);
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(get(r, c)) > Math.abs(get(p, c))) p = r;
    if (Math.abs(get(p, c)) < 1e-12) return null;
    for (let j = 0; j < w; j++) {
      const t = get(c, j);
      M[c * w + j] = get(p, j);
      M[p * w + j] = t;
    }
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = get(r, c) / get(c, c);
      for (let j = c; j < w; j++) M[r * w + j] = get(r, j) - f * get(c, j);
    }
  }
  return Array.from({ length: k }, (_, i) => get(i, k) / get(i, i));
}

/** Least squares via the normal equations: rows are features/t, targets y/t (relative error). */
function leastSquares(
  rows: readonly (readonly number[])[],
  targets: readonly number[],
): number[] | null {
  const k = rows[0]?.length ?? 0;
  const A = new Array<number>(k * k).fill(0);
  const b = new Array<number>(k).fill(0);
  rows.forEach((r, i) => {
    for (let a = 0; a < k; a++) {
      b[a] = at(b, a) + at(r, a) * at(targets, i);
      for (let c = 0; c < k; c++) A[a * k + c] = at(A, a * k + c) + at(r, a) * at(r, c);
    }
  });
  return solve(A, b);
}

/** Seconds a decode step would take at full bandwidth on the point's devices. */
const idealMemorySeconds = (p: ResolvedPoint): number =>
  p.bytesPerStep / (p.n * p.bandwidthGBs * 1e9);

interface GroupFit {
  etaBw: ByEngine;
  overhead: number;
}

/**
 * Fits t = x / eta_family + overhead (+ all-reduce time) for one engine on one class, with one
 * bandwidth share per format family. With `fixedOverhead` the overhead is not fitted (too few
 * points to separate it from the bandwidth shares).
 */
function fitDecodeGroup(
  points: readonly ResolvedPoint[],
  allReduceSeconds: number,
  fixedOverhead: number | null,
): GroupFit | null {
  const keys = [...new Set(points.map(keyOf))].sort();
  const free = fixedOverhead === null;
  const rows: number[][] = [];
  const targets: number[] = [];
  for (const p of points) {
    const t = measuredStepSeconds(p);
    const row = keys.map((k) => (k === keyOf(p) ? idealMemorySeconds(p) / t : 0));
    if (free) row.push(1 / t);
    rows.push(row);
    const y = t - allReduceSeconds * p.allReducesPerStep - (free ? 0 : fixedOverhead);
    targets.push(y / t);
  }
  if (rows.length < keys.length + (free ? 1 : 0)) return null;
  const x = leastSquares(rows, targets);
  if (x === null) return null;
  if (free && at(x, keys.length) < 0) return fitDecodeGroup(points, allReduceSeconds, 0);
  const etaBw: ByEngine = {};
  keys.forEach((k, i) => (etaBw[k] = 1 / at(x, i)));
  return { etaBw, overhead: free ? at(x, keys.length) : (fixedOverhead ?? 0) };
}

function groupBy<T, K extends string>(xs: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}

function fitDecode(points: readonly ResolvedPoint[], allReduceSeconds: number) {
  const groups = groupBy(points, (p) => `${p.deviceClass}/${p.engine}`);
  const fits = new Map<string, GroupFit>();
  // Engines with more points than unknowns on a class fit their own overhead.
  for (const [g, ps] of groups) {
    const unknowns = new Set(ps.map(keyOf)).size + 1;
    if (ps.length > unknowns) {
      const f = fitDecodeGroup(ps, allReduceSeconds, null);
      if (f) fits.set(g, f);
    }
  }
  const fitted = [...fits.entries()];
  const overheads = fitted.map(([, f]) => f.overhead);
  const defaultOverheadSeconds = overheads.length > 0 ? median(overheads) : 0;
  // The rest borrow the median overhead of their class, else of every fitted group.
  const borrowedOverheads: string[] = [];
  for (const [g, ps] of groups) {
    if (fits.has(g)) continue;
    borrowedOverheads.push(g);
    const cls = g.split('/')[0];
    const sameClass = fitted.filter(([k]) => k.startsWith(`${cls}/`)).map(([, f]) => f.overhead);
    const borrowed = sameClass.length > 0 ? median(sameClass) : defaultOverheadSeconds;
    const f = fitDecodeGroup(ps, allReduceSeconds, borrowed);
    if (f) fits.set(g, f);
  }
  const etas = [...fits.values()].flatMap((f) => Object.values(f.etaBw));
  const etaBw: CalibrationParams['decode']['etaBw'] = {};
  const overheadSeconds: CalibrationParams['decode']['overheadSeconds'] = {};
  for (const [g, f] of fits) {
    const [cls, engine] = g.split('/') as [DeviceClass, EngineFamily];
    etaBw[cls] = { ...etaBw[cls], ...f.etaBw };
    overheadSeconds[cls] = { ...overheadSeconds[cls], [engine]: f.overhead };
  }
  return {
    etaBw,
    overheadSeconds,
    allReduceSeconds,
    defaultEtaBw: etas.length > 0 ? median(etas) : 0.7,
    defaultOverheadSeconds,
    borrowedOverheads: borrowedOverheads.sort(),
  };
}

/** The fixed time per step for an engine on a class: its own, else the class median, else the default. */
export function overheadFor(
  d: CalibrationParams['decode'],
  cls: DeviceClass,
  engine: EngineFamily,
): { value: number; basis: 'fitted' | 'class' | 'default' } {
  const row = d.overheadSeconds[cls] ?? {};
  const own = row[engine];
  if (own !== undefined) return { value: own, basis: 'fitted' };
  const others = Object.values(row);
  if (others.length > 0) return { value: median(others), basis: 'class' };
  return { value: d.defaultOverheadSeconds, basis: 'default' };
}

/** Share of the peak each compute-bound point reached. */
function computeShare(p: ResolvedPoint): number {
  return p.flopsPerStep / (measuredStepSeconds(p) * p.n * (p.peakTflops ?? 1) * 1e12);
}

/** All-reduce latencies tried, 0 to 40 µs in 0.5 µs steps: a grid keeps the refit exact. */
const ALL_REDUCE_GRID = Array.from({ length: 81 }, (_, i) => i * 0.5e-6);

export function fitCalibration(points: readonly ResolvedPoint[]): CalibrationParams {
  const decodePts = points.filter((p) => p.kind === 'decode');
  let best: { err: number; decode: CalibrationParams['decode'] } | null = null;
  for (const r of ALL_REDUCE_GRID) {
    const decode = fitDecode(decodePts, r);
    const partial = {
      decode,
      prefill: { eta: {}, defaultEta: 1 },
      saturated: { eta: {}, defaultEta: 1 },
    };
    const err = decodePts.reduce((a, p) => a + Math.log(predict(partial, p) / p.measured) ** 2, 0);
    if (best === null || err < best.err - 1e-12) best = { err, decode };
  }
  const prefillPts = points.filter((p) => p.kind === 'prefill');
  const prefillByClass = groupBy(prefillPts, (p) => p.deviceClass);
  const prefillEta: CalibrationParams['prefill']['eta'] = {};
  for (const [cls, ps] of prefillByClass) prefillEta[cls] = geomean(ps.map(computeShare));
  const satPts = points.filter((p) => p.kind === 'saturated');
  const satEta: CalibrationParams['saturated']['eta'] = {};
  for (const [cls, ps] of groupBy(satPts, (p) => p.deviceClass)) {
    const byEngine: ByEngine = {};
    for (const [e, es] of groupBy(ps, keyOf)) byEngine[e] = geomean(es.map(computeShare));
    satEta[cls] = byEngine;
  }
  return {
    decode: best!.decode,
    prefill: {
      eta: prefillEta,
      defaultEta: prefillPts.length > 0 ? geomean(prefillPts.map(computeShare)) : 0.5,
    },
    saturated: {
      eta: satEta,
      defaultEta: satPts.length > 0 ? geomean(satPts.map(computeShare)) : 0.3,
    },
  };
}

export type LookupBasis = 'fitted' | 'same-family' | 'same-engine' | 'class' | 'default';

/**
 * A group's value; else the median over the class's other engines in the same format family;
 * else the same engine's other family; else the class median; else the default.
 */
export function lookup(
  table: Partial<Record<DeviceClass, ByEngine>>,
  cls: DeviceClass,
  engine: EngineFamily,
  family: FormatFamily,
  fallback: number,
): { value: number; basis: LookupBasis; key: string } {
  const row = table[cls] ?? {};
  const key = groupKey(engine, family);
  if (row[key] !== undefined) return { value: row[key], basis: 'fitted', key };
  const entries = Object.entries(row);
  const sameFamily = entries.filter(([k]) => k.endsWith(`|${family}`)).map(([, v]) => v);
  if (sameFamily.length > 0) return { value: median(sameFamily), basis: 'same-family', key };
  const sameEngine = entries.filter(([k]) => k.startsWith(`${engine}|`)).map(([, v]) => v);
  if (sameEngine.length > 0) return { value: median(sameEngine), basis: 'same-engine', key };
  if (entries.length > 0) return { value: median(entries.map(([, v]) => v)), basis: 'class', key };
  return { value: fallback, basis: 'default', key };
}

/** Predicted value of a point in its own unit (tokens per second, per device where labelled). */
export function predict(params: CalibrationParams, p: ResolvedPoint): number {
  if (p.kind === 'saturated') {
    const eta = lookup(
      params.saturated.eta,
      p.deviceClass,
      p.engine,
      p.family,
      params.saturated.defaultEta,
    );
    return valueFromStepSeconds(p, p.flopsPerStep / (eta.value * p.n * p.peakTflops! * 1e12));
  }
  const d = params.decode;
  const eta = lookup(d.etaBw, p.deviceClass, p.engine, p.family, d.defaultEtaBw).value;
  const memory = idealMemorySeconds(p) / eta;
  if (p.kind === 'prefill') {
    const share = params.prefill.eta[p.deviceClass] ?? params.prefill.defaultEta;
    const compute = p.flopsPerStep / (share * p.n * p.peakTflops! * 1e12);
    return valueFromStepSeconds(p, Math.max(compute, memory));
  }
  const overhead = overheadFor(d, p.deviceClass, p.engine).value;
  // As in expectedStep: a large batch can make the step compute-bound.
  const sat = lookup(
    params.saturated.eta,
    p.deviceClass,
    p.engine,
    p.family,
    params.saturated.defaultEta,
  );
  const compute =
    p.peakTflops === null ? 0 : p.flopsPerStep / (sat.value * p.n * p.peakTflops * 1e12);
  const seconds = Math.max(memory, compute) + overhead + d.allReduceSeconds * p.allReducesPerStep;
  return valueFromStepSeconds(p, seconds);
}

export interface LooResult {
  point: ResolvedPoint;
  predicted: number;
  /** Predicted over measured, both in the point's unit. */
  ratio: number;
}

/** Refits without each point in turn and predicts it. */
export function leaveOneOut(points: readonly ResolvedPoint[]): LooResult[] {
  return points.map((point, i) => {
    const params = fitCalibration(points.filter((_, j) => j !== i));
    const predicted = predict(params, point);
    return { point, predicted, ratio: predicted / point.measured };
  });
}

/** How far off a ratio is, symmetric in direction: 1.25 and 0.8 are both 25 % off. */
export const foldedError = (ratio: number): number => Math.max(ratio, 1 / ratio) - 1;

/** Linear-interpolated quantile of a sample (q in [0, 1]). */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return at(s, lo) + (at(s, hi) - at(s, lo)) * (pos - lo);
}

export { median };
