// Fits the one step model (prefill and decode) to resolved measurements, with effects shrunk
// toward their class, and predicts a point.
import type { EngineFamily } from '../../data/measurements';
import type { DeviceClass, FormatFamily, ResolvedPoint } from './points';
import { stepSecondsAt, type StepRates } from './load';
import { sourceGroup, valueFromStepSeconds } from './points';
import { ringAllReduceBytes } from '../model/parallelism';

/**
 * A fitted share (or rate) at four nested levels: every class, one class, one engine on a class,
 * and one engine and format family on a class; and crossed with them, factors per vendor and per
 * vendor and engine (one engine's kernels reach a similar share of one vendor's chips whichever
 * class they fall in: llama.cpp on DGX Spark borrows from llama.cpp on NVIDIA's other GPUs, and
 * vLLM on ROCm is not vLLM on CUDA). FIT_STRUCTURE says which crossed factors are fitted. Only
 * groups that had measurements are stored; a lookup takes the most specific nested level present,
 * times the crossed factors (1 where the fit had none).
 */
export interface Tiered {
  default: number;
  byClass: Partial<Record<DeviceClass, number>>;
  /** Keyed `class/engine`. */
  byEngine: Record<string, number>;
  /** Keyed `class/engine|family`. */
  byFamily: Record<string, number>;
  /** Multiplier per vendor, on top of the nested level. */
  byVendor: Record<string, number>;
  /** Multiplier per vendor and engine (keyed `vendor/engine`), on top of the vendor's. */
  byVendorEngine: Record<string, number>;
}

/**
 * The fitted parameters of the step model.
 * - bandwidthShare: share of datasheet bandwidth weight and KV reads reach.
 * - decodeComputeShare: share of the dense peak the decode tokens' matrix multiplies reach (it
 *   decides large-batch and saturated steps).
 * - promptComputeShare: share of the dense peak prompt tokens reach.
 * - promptFlopsPerByte: for devices without a sourced compute peak, the compute rate their prompts
 *   reached, as FLOP/s per byte/s of memory bandwidth (fitted from measurements, by class).
 * - fixedSeconds: fixed time per step, by class and engine.
 * - requestSeconds: fixed time per request before its first token (the server receiving and
 *   tokenising it, scheduling, returning the token), paid once by time to first token.
 * - allReduceSeconds: latency of one tensor-parallel all-reduce (two per layer per step) over two
 *   devices; allReduceScale(n) scales it to n.
 * - linkShare: share of the catalogue's scale-up link rate the all-reduces' activation traffic
 *   reaches (that traffic grows with the tokens a step carries: it matters for long prompts and
 *   large batches split over devices), 1 when not fitted.
 * - moePromptShare: the share of a dense model's prompt rate a mixture of experts' prompt FLOPs
 *   reach (routing, token permutation and many small expert matrix multiplies), 1 when not fitted.
 * - overlapPenalty: how much of the shorter of memory and compute time shows (0 = the longer
 *   alone, 1 = the sum); chosen with the shrinkage by leave-one-source-out error.
 * - shrinkage: the prior weight, in points, that pulls each group toward its parent level.
 */
export interface CalibrationParams {
  bandwidthShare: Tiered;
  decodeComputeShare: Tiered;
  promptComputeShare: Tiered;
  promptFlopsPerByte: Tiered;
  fixedSeconds: Tiered;
  requestSeconds: Tiered;
  allReduceSeconds: number;
  linkShare: number;
  moePromptShare: number;
  overlapPenalty: number;
  shrinkage: number;
}

/** Structure chosen by grouped error (tests/unit/calibration.test.ts re-runs the choice). */
export interface FitStructure {
  overlapPenalty: number;
  shrinkage: number;
  /** Fit a fixed time per request into time to first token (else it is zero). */
  requestTime: boolean;
  /**
   * Fit a vendor factor crossed with the class levels (else every vendor's factor is 1). Beside
   * the vendor × engine factor it is a tie on the calibration (0.2155 with, 0.2149 without, on 299
   * points), and the serving validation decides: without it the curves' TPOT median goes from
   * 30 % to 32 % and the worst point from 11.7× to 13.8×.
   */
  vendorEffect: boolean;
  /** Fit one share for a mixture of experts' prompt rate against a dense model's (else 1). */
  moePrompt: boolean;
  /** Price tensor-parallel activation traffic over the scale-up link at a fitted share (else none). */
  linkTraffic: boolean;
  /**
   * Fit a vendor × engine factor crossed with the class levels (else 1). Leave-one-source-out loss
   * per point on 279 points: 0.2133 without, 0.2076 with (batched decode median 21.6 % to
   * 15.7 %); a memory family factor on top (HBM2e, HBM3, GDDR7 …) was tried and left out: 0.2067
   * by source but 0.2249 to 0.2283 by device.
   */
  vendorEngine: boolean;
}

/** Element i of a numeric array; NaN (never reached in valid use) outside it. */
const at = (xs: readonly number[], i: number): number => xs[i] ?? Number.NaN;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? at(s, mid) : (at(s, mid - 1) + at(s, mid)) / 2;
};

export type LookupBasis = 'fitted' | 'engine' | 'class' | 'default';

export interface Looked {
  value: number;
  basis: LookupBasis;
}

/** A crossed factor's multiplier, 1 when the fit stored none for the key. */
const factor = (table: Record<string, number>, key: string): number =>
  Object.hasOwn(table, key) ? (table[key] ?? 1) : 1;

/**
 * The most specific fitted level for a class, engine and format family, times the crossed factors
 * the fit stored: the vendor's, and the vendor's with this engine.
 */
export function lookupTier(
  t: Tiered,
  cls: DeviceClass,
  engine: EngineFamily,
  family: FormatFamily,
  vendor: string,
  bounds: readonly [number, number],
): Looked {
  const v = factor(t.byVendor, vendor) * factor(t.byVendorEngine, `${vendor}/${engine}`);
  const clamp = (x: number): number => Math.min(bounds[1], Math.max(bounds[0], x * v));
  const f = t.byFamily[`${cls}/${engine}|${family}`];
  if (f !== undefined) return { value: clamp(f), basis: 'fitted' };
  const e = t.byEngine[`${cls}/${engine}`];
  if (e !== undefined) return { value: clamp(e), basis: 'engine' };
  const c = t.byClass[cls];
  if (c !== undefined) return { value: clamp(c), basis: 'class' };
  return { value: clamp(t.default), basis: 'default' };
}

/** Everything a step's time depends on besides its load. */
export interface StepSettingFacts {
  cls: DeviceClass;
  engine: EngineFamily;
  family: FormatFamily;
  vendor: string;
  /** Per-device datasheet (or configured) bandwidth, GB/s. */
  bandwidthGBs: number;
  /** Per-device dense peak for the format, TFLOPS; null uses the fitted prompt rate. */
  peakTflops: number | null;
  n: number;
  allReduces: number;
  /** Tensor-parallel traffic seconds per token at the catalogue's link rate (linkSecondsPerToken). */
  linkSecondsPerToken: number;
  /** A mixture of experts: its prompt FLOPs run at moePromptShare of the prompt rate. */
  moe: boolean;
}

export interface ResolvedRates {
  rates: StepRates;
  bandwidthShare: Looked;
  decodeComputeShare: Looked;
  promptComputeShare: Looked;
  promptFlopsPerByte: Looked;
  fixedSeconds: Looked;
  requestSeconds: Looked;
}

/**
 * How one all-reduce's time grows with the devices it spans: each sends 2(n − 1)/n of the payload
 * in a ring, 1 at two devices and 1.75 at eight. Compared once by leave-one-source-out loss on
 * 246 points: 0.2094, against 0.2110 for a constant, 0.2125 for n − 1 and 0.2100 for log2 n.
 */
export function allReduceScale(n: number): number {
  return n > 1 ? ringAllReduceBytes(1, n) : 0;
}

/** The fitted rates of one setting: what stepSecondsAt needs. */
export function ratesFor(params: CalibrationParams, s: StepSettingFacts): ResolvedRates {
  const look = (tier: TierName) =>
    lookupTier(params[tier], s.cls, s.engine, s.family, s.vendor, BOUNDS[tier]);
  const bandwidthShare = look('bandwidthShare');
  const decodeComputeShare = look('decodeComputeShare');
  const promptComputeShare = look('promptComputeShare');
  const promptFlopsPerByte = look('promptFlopsPerByte');
  const fixedSeconds = look('fixedSeconds');
  const requestSeconds = look('requestSeconds');
  const bw = s.n * s.bandwidthGBs * 1e9;
  // Without a sourced peak, prompts and large decode batches run at the fitted prompt rate.
  const fallbackRate = promptFlopsPerByte.value * bw;
  const peak = s.peakTflops === null ? null : s.n * s.peakTflops * 1e12;
  const moeShare = s.moe ? params.moePromptShare : 1;
  return {
    rates: {
      bytesPerSecond: bandwidthShare.value * bw,
      decodeFlopsPerSecond: peak === null ? fallbackRate : decodeComputeShare.value * peak,
      promptFlopsPerSecond:
        moeShare * (peak === null ? fallbackRate : promptComputeShare.value * peak),
      fixedSeconds: fixedSeconds.value,
      allReduceSeconds: s.allReduces * params.allReduceSeconds * allReduceScale(s.n),
      linkSecondsPerToken: params.linkShare > 0 ? s.linkSecondsPerToken / params.linkShare : 0,
      overlapPenalty: params.overlapPenalty,
    },
    bandwidthShare,
    decodeComputeShare,
    promptComputeShare,
    promptFlopsPerByte,
    fixedSeconds,
    requestSeconds,
  };
}

const factsOf = (p: ResolvedPoint): StepSettingFacts => ({
  cls: p.deviceClass,
  engine: p.engine,
  family: p.family,
  vendor: p.vendor,
  bandwidthGBs: p.bandwidthGBs,
  peakTflops: p.peakTflops,
  n: p.n,
  allReduces: p.allReducesPerStep,
  linkSecondsPerToken: p.linkSecondsPerToken,
  moe: p.moe,
});

/**
 * Predicted seconds of a point's steps together (a saturated point: one token's compute); time to
 * first token adds the fixed time per request.
 */
function predictSeconds(rates: StepRates, p: ResolvedPoint, requestSeconds: number): number {
  if (p.kind === 'saturated') {
    // Weights, fixed time and all-reduces are shared by the whole large batch: per generated token
    // its compute and its own KV read remain, overlapped as in any step. Chosen over compute alone
    // by leave-one-source-out error (0.218 to 0.202; saturated median 17.5 % to 11.7 %).
    return p.loads.reduce((a, l) => {
      const compute =
        l.decodeFlops / rates.decodeFlopsPerSecond + l.promptFlops / rates.promptFlopsPerSecond;
      const memory = l.kvReadBytes / rates.bytesPerSecond;
      return a + Math.max(compute, memory) + rates.overlapPenalty * Math.min(compute, memory);
    }, 0);
  }
  const steps = p.loads.reduce((a, l) => a + stepSecondsAt(rates, l), 0);
  return p.kind === 'ttft' ? steps + requestSeconds : steps;
}

/** Predicted value of a point in its own unit (tokens per second, per device where labelled). */
export function predict(params: CalibrationParams, p: ResolvedPoint): number {
  const r = ratesFor(params, factsOf(p));
  // An engine's own benchmark times no server: no fixed time per request.
  const request = p.measurement.harness === 'engine' ? 0 : r.requestSeconds.value;
  return valueFromStepSeconds(p, predictSeconds(r.rates, p, request));
}

// ---- Fitting: penalised least squares on log errors, by coordinate descent. ----

type TierName =
  | 'bandwidthShare'
  | 'decodeComputeShare'
  | 'promptComputeShare'
  | 'promptFlopsPerByte'
  | 'fixedSeconds'
  | 'requestSeconds';
const TIERS: readonly TierName[] = [
  'bandwidthShare',
  'decodeComputeShare',
  'promptComputeShare',
  'promptFlopsPerByte',
  'fixedSeconds',
  'requestSeconds',
];

/** Starting values (and the weak prior of each tier's top level). */
const START: Readonly<Record<TierName, number>> = {
  bandwidthShare: 0.7,
  decodeComputeShare: 0.3,
  promptComputeShare: 0.5,
  // About what Apple GPUs reach: some 30 FLOP/s of prompt per byte/s of bandwidth.
  promptFlopsPerByte: 15,
  fixedSeconds: 0.0015,
  requestSeconds: 0.01,
};

/** Bounds of each tier's values. */
const BOUNDS: Readonly<Record<TierName, [number, number]>> = {
  bandwidthShare: [0.05, 1.1],
  decodeComputeShare: [0.01, 1],
  promptComputeShare: [0.01, 1],
  promptFlopsPerByte: [0.05, 500],
  fixedSeconds: [1e-6, 0.5],
  requestSeconds: [1e-5, 2],
};

interface Coordinate {
  tier: TierName;
  /** 0 every class, 1 class, 2 engine, 3 family (nested); 4 vendor, 5 vendor × engine (crossed). */
  level: 0 | 1 | 2 | 3 | 4 | 5;
  key: string;
  /** Points whose prediction depends on it. */
  points: number[];
}

/** Keys of a point at each level the structure fits, with their levels. */
function levelKeys(p: ResolvedPoint, structure: FitStructure): [Coordinate['level'], string][] {
  const keys: [Coordinate['level'], string][] = [
    [0, '*'],
    [1, p.deviceClass],
    [2, `${p.deviceClass}/${p.engine}`],
    [3, `${p.deviceClass}/${p.engine}|${p.family}`],
  ];
  if (structure.vendorEffect) keys.push([4, p.vendor]);
  if (structure.vendorEngine) keys.push([5, `${p.vendor}/${p.engine}`]);
  return keys;
}

/** Which tiers can move a point's prediction. */
function tiersOf(p: ResolvedPoint, structure: FitStructure): TierName[] {
  const noPeak = p.peakTflops === null;
  if (p.kind === 'saturated') {
    const prompt = p.loads.some((l) => l.promptFlops > 0);
    const kv: TierName[] = p.loads.some((l) => l.kvReadBytes > 0) ? ['bandwidthShare'] : [];
    return prompt
      ? [...kv, 'decodeComputeShare', 'promptComputeShare']
      : [...kv, 'decodeComputeShare'];
  }
  const compute: TierName[] = noPeak
    ? ['promptFlopsPerByte']
    : p.kind === 'decode'
      ? ['decodeComputeShare']
      : p.kind === 'ttft'
        ? ['promptComputeShare', 'decodeComputeShare']
        : ['promptComputeShare'];
  // A prompt-only step pays no fixed time (see stepSecondsAt), and its weight read hides behind
  // its compute: it informs the compute rate only, so slow prompts cannot drag down a class's
  // bandwidth share.
  if (p.kind === 'prefill') return compute;
  const shared: TierName[] = ['bandwidthShare', 'fixedSeconds', ...compute];
  return p.kind === 'ttft' && structure.requestTime && p.measurement.harness !== 'engine'
    ? [...shared, 'requestSeconds']
    : shared;
}

interface Problem {
  points: readonly ResolvedPoint[];
  weights: number[];
  logMeasured: number[];
  coords: Coordinate[];
  /** Per point, per tier, the coordinate index at each level (−1 when absent). */
  index: Map<TierName, number[]>[];
}

function buildProblem(points: readonly ResolvedPoint[], structure: FitStructure): Problem {
  // Each source counts about as much as √(its points): a large source informs the fit more than a
  // single line, but cannot drown the others.
  const perSource = new Map<string, number>();
  for (const p of points) {
    perSource.set(sourceGroup(p), (perSource.get(sourceGroup(p)) ?? 0) + 1);
  }
  const weights = points.map((p) => 1 / Math.sqrt(perSource.get(sourceGroup(p)) ?? 1));
  const coords: Coordinate[] = [];
  const byKey = new Map<string, number>();
  const index = points.map((p, i) => {
    const m = new Map<TierName, number[]>();
    for (const tier of tiersOf(p, structure)) {
      const row = levelKeys(p, structure).map(([level, k]) => {
        const id = `${tier}:${level}:${k}`;
        let c = byKey.get(id);
        if (c === undefined) {
          c = coords.length;
          byKey.set(id, c);
          coords.push({ tier, level, key: k, points: [] });
        }
        coords[c]!.points.push(i);
        return c;
      });
      m.set(tier, row);
    }
    return m;
  });
  return {
    points,
    weights,
    logMeasured: points.map((p) => Math.log(p.measured)),
    coords,
    index,
  };
}

/** Value of a tier for point i: exp of the sum of its levels' log effects. */
function tierValue(prob: Problem, theta: Float64Array, i: number, tier: TierName): number {
  const row = prob.index[i]!.get(tier);
  if (!row) return tier === 'requestSeconds' ? 0 : START[tier];
  let s = 0;
  for (const c of row) s += theta[c]!;
  const [lo, hi] = BOUNDS[tier];
  return Math.min(hi, Math.max(lo, Math.exp(s)));
}

function pointRates(
  prob: Problem,
  theta: Float64Array,
  i: number,
  scalars: Scalars,
  overlap: number,
): StepRates {
  const p = prob.points[i]!;
  const bw = p.n * p.bandwidthGBs * 1e9;
  const peak = p.peakTflops === null ? null : p.n * p.peakTflops * 1e12;
  const fallback = tierValue(prob, theta, i, 'promptFlopsPerByte') * bw;
  const moeShare = p.moe ? scalars.moePromptShare : 1;
  return {
    bytesPerSecond: tierValue(prob, theta, i, 'bandwidthShare') * bw,
    decodeFlopsPerSecond:
      peak === null ? fallback : tierValue(prob, theta, i, 'decodeComputeShare') * peak,
    promptFlopsPerSecond:
      moeShare *
      (peak === null ? fallback : tierValue(prob, theta, i, 'promptComputeShare') * peak),
    fixedSeconds: tierValue(prob, theta, i, 'fixedSeconds'),
    allReduceSeconds: p.allReducesPerStep * scalars.allReduceSeconds * allReduceScale(p.n),
    linkSecondsPerToken: scalars.linkShare > 0 ? p.linkSecondsPerToken / scalars.linkShare : 0,
    overlapPenalty: overlap,
  };
}

/** The fit's single-valued parameters, searched apart from the tiers. */
interface Scalars {
  allReduceSeconds: number;
  linkShare: number;
  moePromptShare: number;
}

function pointError(
  prob: Problem,
  theta: Float64Array,
  i: number,
  scalars: Scalars,
  overlap: number,
): number {
  const p = prob.points[i]!;
  const seconds = predictSeconds(
    pointRates(prob, theta, i, scalars, overlap),
    p,
    p.kind === 'ttft' ? tierValue(prob, theta, i, 'requestSeconds') : 0,
  );
  const e = Math.log(valueFromStepSeconds(p, seconds)) - prob.logMeasured[i]!;
  return prob.weights[i]! * e * e;
}

/** Minimises f on [lo, hi] by golden-section search (f is close to unimodal here). */
function golden(f: (x: number) => number, lo: number, hi: number, iterations = 28): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  let c = b - r * (b - a);
  let d = a + r * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let k = 0; k < iterations; k++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - r * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + r * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}

/** Default structure: chosen by leave-one-source-out error (see the calibration test). */
export const FIT_STRUCTURE: FitStructure = {
  overlapPenalty: 0.5,
  shrinkage: 1,
  requestTime: true,
  vendorEffect: true,
  moePrompt: true,
  linkTraffic: true,
  vendorEngine: true,
};

/** Prior weight of each top-level value toward its starting guess: barely more than none. */
const TOP_PRIOR = 0.02;
/** Sweeps of coordinate descent. */
const SWEEPS = 6;

export function fitCalibration(
  points: readonly ResolvedPoint[],
  structure: FitStructure = FIT_STRUCTURE,
): CalibrationParams {
  const prob = buildProblem(points, structure);
  const theta = new Float64Array(prob.coords.length);
  prob.coords.forEach((c, k) => {
    if (c.level === 0) theta[k] = Math.log(START[c.tier]);
  });
  const overlap = structure.overlapPenalty;
  const lambda = structure.shrinkage;
  const scalars: Scalars = {
    allReduceSeconds: 10e-6,
    linkShare: structure.linkTraffic ? 1 : 0,
    moePromptShare: 1,
  };
  const hasAllReduce = points.some((p) => p.allReducesPerStep > 0);
  const sumError = (idx: readonly number[]): number =>
    idx.reduce((a, i) => a + pointError(prob, theta, i, scalars, overlap), 0);
  const all = prob.points.map((_, i) => i);
  const tp = all.filter((i) => prob.points[i]!.allReducesPerStep > 0);
  const linked = all.filter((i) => prob.points[i]!.linkSecondsPerToken > 0);
  // Mixture-of-experts points whose prediction has prompt FLOPs in it.
  const moePrompts = all.filter(
    (i) => prob.points[i]!.moe && prob.points[i]!.loads.some((l) => l.promptFlops > 0),
  );
  // A scalar share searched on its log between 0.1 and `most`, pulled toward 1 by the same
  // one-point prior as a group.
  const searchShare = (
    name: 'linkShare' | 'moePromptShare',
    idx: readonly number[],
    most: number,
  ): void => {
    if (idx.length === 0) return;
    const log = golden(
      (x) => {
        scalars[name] = Math.exp(x);
        return sumError(idx) + lambda * x * x;
      },
      Math.log(0.1),
      Math.log(most),
    );
    scalars[name] = Math.exp(log);
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    prob.coords.forEach((c, k) => {
      const prior = c.level === 0 ? Math.log(START[c.tier]) : 0;
      const weight = c.level === 0 ? TOP_PRIOR : lambda;
      const [lo, hi] = BOUNDS[c.tier];
      const objective = (x: number): number => {
        theta[k] = x;
        return sumError(c.points) + weight * (x - prior) ** 2;
      };
      const span = c.level === 0 ? [Math.log(lo), Math.log(hi)] : [-3, 3];
      theta[k] = golden(objective, span[0]!, span[1]!);
    });
    if (hasAllReduce) {
      scalars.allReduceSeconds = golden(
        (x) => {
          scalars.allReduceSeconds = x;
          return sumError(tp);
        },
        0,
        50e-6,
      );
    }
    // The link share stays at or under the datasheet rate; the MoE share may exceed 1.
    if (structure.linkTraffic) searchShare('linkShare', linked, 1);
    if (structure.moePrompt) searchShare('moePromptShare', moePrompts, 2);
  }
  return toParams(prob, theta, scalars, structure);
}

const round5 = (x: number): number => Number(x.toPrecision(5));

/** Stores each level's composed value for the groups that had data. */
function toParams(
  prob: Problem,
  theta: Float64Array,
  scalars: Scalars,
  structure: FitStructure,
): CalibrationParams {
  const composed = (tier: TierName, chain: number[]): number => {
    const [lo, hi] = BOUNDS[tier];
    const s = chain.reduce((a, c) => a + theta[c]!, 0);
    return round5(Math.min(hi, Math.max(lo, Math.exp(s))));
  };
  const out = {} as Record<TierName, Tiered>;
  for (const tier of TIERS) {
    const t: Tiered = {
      default: tier === 'requestSeconds' ? 0 : START[tier],
      byClass: {},
      byEngine: {},
      byFamily: {},
      byVendor: {},
      byVendorEngine: {},
    };
    prob.index.forEach((m) => {
      const row = m.get(tier);
      if (!row) return;
      const [g, c, e, f] = row as [number, number, number, number];
      const key = prob.coords[f]!.key;
      const cls = prob.coords[c]!.key as DeviceClass;
      t.default = composed(tier, [g]);
      t.byClass[cls] = composed(tier, [g, c]);
      t.byEngine[prob.coords[e]!.key] = composed(tier, [g, c, e]);
      t.byFamily[key] = composed(tier, [g, c, e, f]);
      for (const k of row.slice(4)) {
        const coord = prob.coords[k]!;
        const value = round5(Math.exp(theta[k]!));
        if (coord.level === 4) t.byVendor[coord.key] = value;
        else t.byVendorEngine[coord.key] = value;
      }
    });
    out[tier] = sortTiered(t);
  }
  return {
    ...out,
    allReduceSeconds: round5(scalars.allReduceSeconds),
    linkShare: round5(scalars.linkShare),
    moePromptShare: round5(scalars.moePromptShare),
    overlapPenalty: structure.overlapPenalty,
    shrinkage: structure.shrinkage,
  };
}

function sortObject<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function sortTiered(t: Tiered): Tiered {
  return {
    default: t.default,
    byClass: sortObject(t.byClass as Record<string, number>),
    byEngine: sortObject(t.byEngine),
    byFamily: sortObject(t.byFamily),
    byVendor: sortObject(t.byVendor),
    byVendorEngine: sortObject(t.byVendorEngine),
  };
}

export interface LooResult {
  point: ResolvedPoint;
  predicted: number;
  /** Predicted over measured, both in the point's unit. */
  ratio: number;
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
