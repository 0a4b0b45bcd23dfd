// The accuracy report: every calibration point with its held-out predictions, and summaries.
import { FITTED } from './constants';
import { foldedError, median, ratesFor, type LooResult } from './fit';
import { HELD_OUT_PREDICTIONS } from './loo';
import { bandGroupOf, secondsRatio, type Holdout } from './validate';
import { bandFor } from './step';
import { stepSecondsAt } from './load';
import { isResolved, resolvePoint, type PendingPoint, type ResolvedPoint } from './points';
import { measurements } from '../../data/measurements';

/** Every measurement resolved against the catalogue; pending ones lack a device or a peak. */
const RESOLVED = measurements.map(resolvePoint);
export const CALIBRATION_POINTS: readonly ResolvedPoint[] = RESOLVED.filter(isResolved);
export const PENDING_POINTS: readonly PendingPoint[] = RESOLVED.filter(
  (p): p is PendingPoint => !isResolved(p),
);

export interface AccuracyRow {
  point: ResolvedPoint;
  /** Held-out prediction (leave one source out unless stated), in the measurement's unit. */
  predicted: number;
  ratio: number;
  /** The ideal bound (full bandwidth or full peak, no overhead): the ceiling. */
  ideal: number;
  /** A flat 68 % of the ideal, the estimator's old "realistic" figure. */
  baseline: number;
}

/** The ideal value for a point: bytes at full bandwidth, or FLOPs at the full peak. */
export function idealValue(p: ResolvedPoint): number {
  const memory = p.bytesPerStep / (p.n * p.bandwidthGBs * 1e9);
  const compute = p.peakTflops === null ? 0 : p.flopsPerStep / (p.n * p.peakTflops * 1e12);
  const s = p.kind === 'saturated' ? compute : Math.max(memory, compute);
  if (p.kind === 'prefill') return p.tokensPerStep / s;
  if (p.kind === 'ttft') return s;
  if (p.kind === 'saturated') return 1 / (s * p.n);
  return p.measurement.metric === 'decode-tps' ? 1 / s : p.tokensPerStep / (s * p.n);
}

export const FLAT_BASELINE = 0.68;

export function accuracyRows(loo: readonly LooResult[]): AccuracyRow[] {
  return loo.map((l) => {
    const ideal = idealValue(l.point);
    return {
      point: l.point,
      predicted: l.predicted,
      ratio: l.ratio,
      ideal,
      baseline: ideal * FLAT_BASELINE,
    };
  });
}

export interface ErrorSummary {
  points: number;
  medianError: number;
  worstError: number;
  baselineMedianError: number;
  baselineWorstError: number;
}

export function summarise(rows: readonly AccuracyRow[]): ErrorSummary {
  const e = rows.map((r) => foldedError(r.ratio));
  const b = rows.map((r) => foldedError(r.baseline / r.point.measured));
  return {
    points: rows.length,
    medianError: median(e),
    worstError: Math.max(...e),
    baselineMedianError: median(b),
    baselineWorstError: Math.max(...b),
  };
}

export type SummaryGroup = 'single-stream' | 'batched' | 'saturated' | 'prefill';

/** Prompt processing and time to first token share the 'prefill' group. */
export function summaryGroup(p: ResolvedPoint): SummaryGroup {
  if (p.kind === 'prefill' || p.kind === 'ttft') return 'prefill';
  if (p.kind === 'saturated') return 'saturated';
  return p.measurement.metric === 'decode-tps' ? 'single-stream' : 'batched';
}

/** The stored held-out predictions as results (the tests refit and compare them). */
export function storedCrossValidation(
  points: readonly ResolvedPoint[],
  holdout: Holdout,
): LooResult[] {
  const table = HELD_OUT_PREDICTIONS[holdout];
  return points.map((point) => {
    const id = point.measurement.id;
    const predicted = Object.hasOwn(table, id) ? table[id] : undefined;
    if (predicted === undefined) {
      throw new Error(`No stored ${holdout}-out prediction for ${id}`);
    }
    return { point, predicted, ratio: predicted / point.measured };
  });
}

const cachedRows = new Map<Holdout, AccuracyRow[]>();

/**
 * Every calibration point with its held-out prediction: by default with its whole source left
 * out of the fit (the error a reader meets on a source the model has not seen). The predictions
 * are stored constants: refitting dozens of times on each page load would cost the reader's main
 * thread, and floating-point drift between engines would make the server and browser disagree.
 */
export function accuracyReport(holdout: Holdout = 'source'): AccuracyRow[] {
  let rows = cachedRows.get(holdout);
  if (!rows) {
    rows = accuracyRows(storedCrossValidation(CALIBRATION_POINTS, holdout));
    cachedRows.set(holdout, rows);
  }
  return rows;
}

/** One calibration point's step arithmetic, from the fitted constants. */
export interface WorkedPoint {
  row: AccuracyRow;
  bandwidthShare: number;
  overheadSeconds: number;
  bytesPerStep: number;
  /** Bytes at the full datasheet bandwidth: the ideal ceiling's step. */
  idealSeconds: number;
  /** Bytes at the fitted share of bandwidth. */
  memorySeconds: number;
  /** Compute time of the step's FLOPs at the fitted rate. */
  computeSeconds: number;
  overlapPenalty: number;
  /** The step model's seconds for the step (stepSecondsAt): memory, compute, fixed time, all-reduces, link traffic. */
  expectedSeconds: number;
}

export function workedPoint(measurementId: string): WorkedPoint | null {
  const row = accuracyReport().find((r) => r.point.measurement.id === measurementId);
  if (!row) return null;
  const p = row.point;
  const load = p.loads[0];
  if (!load) return null;
  const r = ratesFor(FITTED, {
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
  const bytesPerStep = load.weightBytes + load.kvReadBytes;
  const idealSeconds = bytesPerStep / (p.n * p.bandwidthGBs * 1e9);
  const memorySeconds = bytesPerStep / r.rates.bytesPerSecond;
  const computeSeconds =
    load.decodeFlops / r.rates.decodeFlopsPerSecond +
    load.promptFlops / r.rates.promptFlopsPerSecond;
  return {
    row,
    bandwidthShare: r.bandwidthShare.value,
    overheadSeconds: r.fixedSeconds.value,
    bytesPerStep,
    idealSeconds,
    memorySeconds,
    computeSeconds,
    overlapPenalty: r.rates.overlapPenalty,
    expectedSeconds: stepSecondsAt(r.rates, load),
  };
}

/** Ids of the calibration points a fitted parameter covers (for the working and the tests). */
export function fittedOnIds(param: { covers: (p: ResolvedPoint) => boolean }): string[] {
  return CALIBRATION_POINTS.filter(param.covers).map((p) => p.measurement.id);
}

/**
 * Share of points whose measured time falls inside the band a card would show for them, each
 * predicted with its whole source left out of the fit.
 */
export function bandCoverageOfReport(holdout: Holdout = 'source'): number {
  const rows = accuracyReport(holdout);
  const inside = rows.filter((r) => {
    const p = r.point;
    const b = bandFor(bandGroupOf(p), p.deviceClass, p.engine);
    const m = secondsRatio(r);
    return m >= b.low - 1e-9 && m <= b.high + 1e-9;
  });
  return rows.length === 0 ? Number.NaN : inside.length / rows.length;
}
