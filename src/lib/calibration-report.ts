// The accuracy report: every calibration point with its leave-one-out prediction, and summaries.
import { foldedError, leaveOneOut, median, type LooResult } from './calibration-fit';
import {
  isResolved,
  resolvePoint,
  type PendingPoint,
  type ResolvedPoint,
} from './calibration-points';
import { measurements } from '../data/measurements';

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

let cachedRows: AccuracyRow[] | null = null;

/** Leave-one-out over every calibration point (about 40 refits; cached). */
export function accuracyReport(): AccuracyRow[] {
  cachedRows ??= accuracyRows(leaveOneOut(CALIBRATION_POINTS));
  return cachedRows;
}
