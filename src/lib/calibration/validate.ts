// Grouped cross-validation: refit without a whole source, device or class and predict what was left out.
import { fitCalibration, predict, type LooResult } from './fit';
import { sourceGroup, type ResolvedPoint } from './points';
import type { BandGroup } from './constants';

/** How points are held out together: alone, with their source, device or device class. */
export type Holdout = 'point' | 'source' | 'device' | 'class';

export const HOLDOUTS: readonly Holdout[] = ['point', 'source', 'device', 'class'];

/** The key that ties points together under a holdout. */
export function holdoutKey(holdout: Holdout, p: ResolvedPoint): string {
  if (holdout === 'point') return p.measurement.id;
  if (holdout === 'source') return sourceGroup(p);
  if (holdout === 'device') return p.measurement.deviceId;
  return p.deviceClass;
}

/**
 * Refits once per group with every point of that group removed and predicts the removed points:
 * the error a reader meets on a source, device or class the fit has not seen.
 */
export function crossValidate(
  points: readonly ResolvedPoint[],
  holdout: Holdout,
  fit: typeof fitCalibration = fitCalibration,
): LooResult[] {
  const keys = [...new Set(points.map((p) => holdoutKey(holdout, p)))];
  const predicted = new Map<ResolvedPoint, number>();
  for (const key of keys) {
    const params = fit(points.filter((p) => holdoutKey(holdout, p) !== key));
    for (const p of points)
      if (holdoutKey(holdout, p) === key) predicted.set(p, predict(params, p));
  }
  return points.map((point) => {
    const value = predicted.get(point) ?? Number.NaN;
    return { point, predicted: value, ratio: value / point.measured };
  });
}

/**
 * Measured seconds over expected seconds for a held-out point: the multiplier a band on seconds
 * must hold. Rates invert (a figure 20 % optimistic took 1.2× the expected time); time to first
 * token is already in seconds.
 */
export function secondsRatio(l: LooResult): number {
  return l.point.kind === 'ttft' ? 1 / l.ratio : l.ratio;
}

/** Metric groups the accuracy page and the targets speak of. */
export type MetricGroup = 'single-stream' | 'batched' | 'prompt' | 'saturated';

export function metricGroup(p: ResolvedPoint): MetricGroup {
  if (p.kind === 'prefill' || p.kind === 'ttft') return 'prompt';
  if (p.kind === 'saturated') return 'saturated';
  return p.measurement.metric === 'decode-tps' ? 'single-stream' : 'batched';
}

/** The band a point's figure takes: prompt and TTFT share one, decode another, saturated a third. */
export const bandGroupOf = (p: ResolvedPoint): BandGroup =>
  p.kind === 'prefill' || p.kind === 'ttft'
    ? 'prefill'
    : p.kind === 'saturated'
      ? 'saturated'
      : 'decode';
