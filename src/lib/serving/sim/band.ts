// The serving band: how far measured serving curves sat from the simulation, as multipliers the widget's figures carry.
import type { ServingBand } from './validation';

/**
 * The 10th and 90th percentiles (BAND_PERCENTILES) of measured/simulated over the 33 measured
 * serving curves (9 source groups, each weighing the same, each simulated on a step model fitted
 * without it), throughput and time per output token apart. The validation rebuilds it from the curves
 * (servingBandFromCurves) and a unit test holds the two together; when the step model or the
 * curves change, re-pin it from that test's message. The validation itself never checks a source
 * against this band: each source gets one built without it.
 */
export const SERVING_BAND: ServingBand = {
  throughput: { low: 0.392, high: 1.351 },
  tpot: { low: 0.45, high: 2.454 },
  points: 197,
  tpotPoints: 140,
};

/**
 * The band as step-time multipliers for the simulation's slow and fast runs: a step s times
 * longer stretches time per output token s times and divides throughput by about s, so the
 * widest of the TPOT band and the inverted throughput band.
 */
export function stepBandOf(band: ServingBand): { low: number; high: number } {
  return {
    low: Math.min(band.tpot.low, 1 / band.throughput.high),
    high: Math.max(band.tpot.high, 1 / band.throughput.low),
  };
}
