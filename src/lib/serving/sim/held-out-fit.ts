// Refits the step model without each serving source's calibration points (imports the
// calibration set: the refit script and tests only, never a page).
import type { ServingCurve } from '../../../data/serving-curve-types';
import { fitCalibration, type CalibrationParams } from '../../calibration/fit';
import { CALIBRATION_POINTS, roundParams } from '../../calibration/refit';

/** Serving sources that also gave the calibration set points (refitted without them). */
export function sourcesInCalibration(curves: readonly ServingCurve[]): string[] {
  const wanted = new Set(curves.map((c) => c.source.id));
  return [
    ...new Set(
      CALIBRATION_POINTS.map((p) => p.measurement.source.id).filter((id) => wanted.has(id)),
    ),
  ].sort();
}

/** The rounded step-model fit without one source's points, as held-out-params.ts stores it. */
export function fitWithout(sourceId: string): CalibrationParams {
  return roundParams(
    fitCalibration(CALIBRATION_POINTS.filter((p) => p.measurement.source.id !== sourceId)),
  );
}
