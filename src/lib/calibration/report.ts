// The accuracy report: every calibration point with its leave-one-out prediction, and summaries.
import { FITTED } from './constants';
import { foldedError, median, overheadFor, type LooResult } from './fit';
import { LOO_PREDICTIONS } from './loo';
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
  /** Leave-one-out prediction, in the measurement's unit. */
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

export function summaryGroup(p: ResolvedPoint): SummaryGroup {
  if (p.kind === 'prefill') return 'prefill';
  if (p.kind === 'saturated') return 'saturated';
  return p.measurement.metric === 'decode-tps' ? 'single-stream' : 'batched';
}

/** The stored leave-one-out predictions as results (the tests refit and compare them). */
export function storedLeaveOneOut(points: readonly ResolvedPoint[]): LooResult[] {
  return points.map((point) => {
    const predicted = LOO_PREDICTIONS[point.measurement.id];
    if (predicted === undefined) {
      throw new Error(`No stored leave-one-out prediction for ${point.measurement.id}`);
    }
    return { point, predicted, ratio: predicted / point.measured };
  });
}

let cachedRows: AccuracyRow[] | null = null;

/**
 * Every calibration point with its leave-one-out prediction. The predictions are stored
 * constants: refitting 55 times on each page load would cost the reader's main thread, and
 * floating-point drift between engines would make the server and browser disagree.
 */
export function accuracyReport(): AccuracyRow[] {
  cachedRows ??= accuracyRows(storedLeaveOneOut(CALIBRATION_POINTS));
  return cachedRows;
}

/** One calibration point's decode arithmetic, step by step, from the fitted constants. */
export interface WorkedPoint {
  row: AccuracyRow;
  bandwidthShare: number;
  overheadSeconds: number;
  bytesPerStep: number;
  /** Bytes at the full datasheet bandwidth: the ideal ceiling's step. */
  idealSeconds: number;
  /** Bytes at the fitted share of bandwidth. */
  memorySeconds: number;
  /** Memory time plus the fixed time per step and any all-reduce latency. */
  expectedSeconds: number;
}

export function workedPoint(measurementId: string): WorkedPoint | null {
  const row = accuracyReport().find((r) => r.point.measurement.id === measurementId);
  if (!row) return null;
  const p = row.point;
  const d = FITTED.decode;
  const bandwidthShare = d.etaBw[p.deviceClass]?.[`${p.engine}|${p.family}`] ?? d.defaultEtaBw;
  const overheadSeconds = overheadFor(d, p.deviceClass, p.engine).value;
  const idealSeconds = p.bytesPerStep / (p.n * p.bandwidthGBs * 1e9);
  const memorySeconds = idealSeconds / bandwidthShare;
  return {
    row,
    bandwidthShare,
    overheadSeconds,
    bytesPerStep: p.bytesPerStep,
    idealSeconds,
    memorySeconds,
    expectedSeconds: memorySeconds + overheadSeconds + p.allReducesPerStep * d.allReduceSeconds,
  };
}

/** Ids of the calibration points a fitted parameter covers (for the working and the tests). */
export function fittedOnIds(param: { covers: (p: ResolvedPoint) => boolean }): string[] {
  return CALIBRATION_POINTS.filter(param.covers).map((p) => p.measurement.id);
}
