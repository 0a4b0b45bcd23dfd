// Refits the step model without each serving source's calibration points (imports the
// calibration set: the refit script and tests only, never a page).
import type { ServingCurve } from '../../../data/serving-curve-types';
import { fitCalibration, type CalibrationParams } from '../../calibration/fit';
import { CALIBRATION_POINTS, roundParams } from '../../calibration/refit';
import { groupOfSource, sourceGroup } from '../../calibration/points';

/**
 * Serving sources (by group: a campaign's documents count as one) that also gave the calibration
 * set points, refitted without them.
 */
export function sourcesInCalibration(curves: readonly ServingCurve[]): string[] {
  const wanted = new Set(curves.map((c) => groupOfSource(c.source)));
  return [...new Set(CALIBRATION_POINTS.map(sourceGroup).filter((g) => wanted.has(g)))].sort();
}

/** The rounded step-model fit without one source group's points, as held-out-params.ts stores it. */
export function fitWithout(group: string): CalibrationParams {
  return roundParams(fitCalibration(CALIBRATION_POINTS.filter((p) => sourceGroup(p) !== group)));
}
