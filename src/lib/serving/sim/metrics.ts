// Percentiles and means of simulated latencies.
import type { Distribution, Percentile } from './types';

/** Nearest-rank percentile of sorted values: the smallest value with at least p % at or below it. */
export function percentileOfSorted(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Mean and p50/p90/p95/p99 of the values (sorted in place; NaN for none). */
export function distribution(values: Float64Array): Distribution {
  values.sort();
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += values[i]!;
  return {
    mean: values.length > 0 ? sum / values.length : Number.NaN,
    p50: percentileOfSorted(values, 50),
    p90: percentileOfSorted(values, 90),
    p95: percentileOfSorted(values, 95),
    p99: percentileOfSorted(values, 99),
  };
}

/** The statistic a percentile names. */
export function atPercentile(d: Distribution, pct: Percentile): number {
  return pct === 50 ? d.p50 : pct === 90 ? d.p90 : pct === 95 ? d.p95 : d.p99;
}
