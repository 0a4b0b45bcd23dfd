// Builders for measured serving-curve points, shared by the curve tables (serving-curves*.ts).
import type { ServingCurvePoint } from './serving-curve-types';

/** A closed-loop point whose TTFT the source prints in milliseconds (null where it prints none). */
export function pt(
  concurrency: number,
  throughputTps: number,
  tpotMs: number | null,
  ttftMs: number | null,
  quote: string,
): ServingCurvePoint {
  const ttftS = ttftMs === null ? null : ttftMs / 1000;
  return { concurrency, requestRate: null, throughputTps, tpotMs, ttftS, quote };
}

/** An open-loop point: requests arrive at `requestRate` per second (Poisson). */
export function rpt(
  requestRate: number,
  throughputTps: number,
  tpotMs: number,
  ttftMs: number,
  quote: string,
): ServingCurvePoint {
  return { concurrency: null, requestRate, throughputTps, tpotMs, ttftS: ttftMs / 1000, quote };
}
