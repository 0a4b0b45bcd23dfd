// Step-model fits that leave one serving source out, for the serving validation (imports the calibration set: accuracy page and tests only).
import type { ServingCurve } from '../../../data/serving-curve-types';
import { fitCalibration, type CalibrationParams } from '../../calibration/fit';
import { CALIBRATION_POINTS } from '../../calibration/report';
import type { HeldOutParams } from './validation';

const fits = new Map<string, CalibrationParams>();

/**
 * For each source of `curves` that also has points in the calibration set, the step model refitted
 * without them (about 0.4 s each, cached); sources with none use the fitted model. With this, no
 * serving source is predicted by a fit that saw any of its measurements.
 */
export function heldOutStepParams(curves: readonly ServingCurve[]): HeldOutParams {
  const wanted = new Set(curves.map((c) => c.source.id));
  const inCalibration = new Set(
    CALIBRATION_POINTS.map((p) => p.measurement.source.id).filter((id) => wanted.has(id)),
  );
  for (const id of inCalibration) {
    if (!fits.has(id)) {
      fits.set(
        id,
        fitCalibration(CALIBRATION_POINTS.filter((p) => p.measurement.source.id !== id)),
      );
    }
  }
  return (sourceId) => (inCalibration.has(sourceId) ? fits.get(sourceId) : undefined);
}

/** Serving sources that also gave the calibration set points (refitted without them). */
export function sourcesInCalibration(curves: readonly ServingCurve[]): string[] {
  const wanted = new Set(curves.map((c) => c.source.id));
  return [
    ...new Set(
      CALIBRATION_POINTS.map((p) => p.measurement.source.id).filter((id) => wanted.has(id)),
    ),
  ];
}
