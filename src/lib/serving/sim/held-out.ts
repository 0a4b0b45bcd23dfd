// Step-model parameters refitted without each serving source's own calibration points, for the
// serving validation. The fits run in `npm run refit` (scripts/refit/refit.test.ts), which writes
// them to held-out-params.ts; a unit test refits one and compares, so the page never fits in the
// browser.
import type { ServingCurve } from '../../../data/serving-curve-types';
import type { HeldOutParams } from './validation';
import { SERVING_HELD_OUT_PARAMS } from './held-out-params';
import { groupOfSource } from '../../calibration/points';

/**
 * For each source of `curves` that also has points in the calibration set, the step model refitted
 * without them; sources with none use the fitted model. With this, no serving source is predicted
 * by a fit that saw any of its measurements.
 */
export function heldOutStepParams(curves: readonly ServingCurve[]): HeldOutParams {
  const wanted = new Set(curves.map((c) => groupOfSource(c.source)));
  return (group) =>
    wanted.has(group) && Object.hasOwn(SERVING_HELD_OUT_PARAMS, group)
      ? SERVING_HELD_OUT_PARAMS[group]
      : undefined;
}
