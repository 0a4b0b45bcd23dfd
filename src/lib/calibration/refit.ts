// The expected-speed model's fitting side: rounding, bands from leave-one-out, and re-exports of
// the step (calibration-step) and the report (calibration-report) for the accuracy page and tests.
import { DEVICE_CLASSES, type DeviceClass, type ResolvedPoint } from './points';
import { median, predict, quantile, type CalibrationParams, type LooResult } from './fit';
import type { BANDS, Band, BandGroup } from './constants';

export {
  DEVICE_CLASSES,
  DEVICE_CLASS_LABELS,
  deviceClass,
  type DeviceClass,
  type FormatFamily,
} from './points';
export { fitCalibration, leaveOneOut, foldedError, type CalibrationParams } from './fit';

/** A class needs this many leave-one-out ratios for a band of its own. */
export const MIN_BAND_POINTS = 5;

const round5 = (x: number): number => Number(x.toPrecision(5));

/** Rounds every number in a fitted-parameter tree to five significant digits. */
export function roundParams<T>(value: T): T {
  if (typeof value === 'number') return round5(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: unknown) => roundParams(v)) as T;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, roundParams(v)]),
  ) as T;
}

/** TypeScript text for FITTED and BANDS, printed by the test when the constants drift. */
export function constantsSource(params: CalibrationParams, bands: typeof BANDS): string {
  return (
    `export const FITTED: CalibrationParams = ${JSON.stringify(roundParams(params), null, 2)};\n\n` +
    `export const BANDS: Record<BandGroup, Partial<Record<DeviceClass, Band>> & { pooled: Band }> = ${JSON.stringify(bands, null, 2)};`
  );
}

function band(ratios: readonly number[], basis: Band['basis']): Band {
  // The band always contains the expected value itself.
  return {
    low: round5(Math.min(1, quantile(ratios, 0.1))),
    high: round5(Math.max(1, quantile(ratios, 0.9))),
    points: ratios.length,
    basis,
  };
}

const groupOf = (p: ResolvedPoint): BandGroup =>
  p.kind === 'prefill' ? 'prefill' : p.kind === 'saturated' ? 'saturated' : 'decode';

/** Bands from leave-one-out results: per class where it has enough points, else pooled. */
export function bandsFrom(loo: readonly LooResult[]): typeof BANDS {
  const out = {} as typeof BANDS;
  for (const g of ['decode', 'prefill', 'saturated'] as const) {
    const inGroup = loo.filter((l) => groupOf(l.point) === g);
    const pooled = band(
      inGroup.map((l) => l.ratio),
      'pooled',
    );
    const row: Partial<Record<DeviceClass, Band>> & { pooled: Band } = { pooled };
    for (const cls of DEVICE_CLASSES) {
      const r = inGroup.filter((l) => l.point.deviceClass === cls).map((l) => l.ratio);
      if (r.length >= MIN_BAND_POINTS) row[cls] = band(r, 'class');
    }
    out[g] = row;
  }
  return out;
}

export { predict, median };
export {
  bandFor,
  CALIBRATION_SOURCE_PATH,
  defaultEngine,
  ENGINE_FAMILIES,
  ENGINE_LABELS,
  expectedStep,
  type AppliedParam,
  type ExpectedStep,
  type ExpectedStepInput,
} from './step';
export { BANDS, FITTED, type Band, type BandGroup } from './constants';
export {
  fittedOnIds,
  accuracyReport,
  accuracyRows,
  CALIBRATION_POINTS,
  FLAT_BASELINE,
  idealValue,
  PENDING_POINTS,
  summarise,
  summaryGroup,
  type AccuracyRow,
  type ErrorSummary,
  type SummaryGroup,
} from './report';
