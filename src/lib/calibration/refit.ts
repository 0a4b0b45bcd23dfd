// The expected-speed model's fitting side: rounding, bands from leave-one-source-out, the widening
// rule from leave-one-class-out, and re-exports for the accuracy page and tests.
import { DEVICE_CLASSES, type DeviceClass, type ResolvedPoint } from './points';
import { predict, quantile, type CalibrationParams, type LooResult } from './fit';
import type { BANDS, Band, BandGroup, SUPPORT, WIDENING } from './constants';
import { foldedError } from './fit';
import { bandGroupOf, secondsRatio as secondsMultiplier } from './validate';

export { DEVICE_CLASSES, DEVICE_CLASS_LABELS, deviceClass, type DeviceClass } from './points';
export {
  fitCalibration,
  foldedError,
  FIT_STRUCTURE,
  type CalibrationParams,
  type FitStructure,
} from './fit';
export { bandGroupOf, crossValidate, HOLDOUTS, type Holdout } from './validate';

/** A class needs this many grouped ratios for a band of its own. */
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

/** TypeScript text for the generated constants, printed by the test when they drift. */
export function constantsSource(
  params: CalibrationParams,
  bands: typeof BANDS,
  widening: typeof WIDENING,
  support: typeof SUPPORT,
): string {
  return (
    `export const FITTED: CalibrationParams = ${JSON.stringify(roundParams(params), null, 2)};\n\n` +
    `export const BANDS: Record<BandGroup, Partial<Record<DeviceClass, Band>> & { pooled: Band }> = ${JSON.stringify(bands, null, 2)};\n\n` +
    `export const WIDENING: Record<BandGroup, number> = ${JSON.stringify(widening, null, 2)};\n\n` +
    `export const SUPPORT: Record<BandGroup, Record<string, number>> = ${JSON.stringify(support, null, 2)};`
  );
}

function band(multipliers: readonly number[], basis: Band['basis']): Band {
  // The band always contains the expected value itself.
  return {
    low: round5(Math.min(1, quantile(multipliers, 0.1))),
    high: round5(Math.max(1, quantile(multipliers, 0.9))),
    points: multipliers.length,
    basis,
  };
}

const BAND_GROUPS: readonly BandGroup[] = ['decode', 'prefill', 'saturated'];

/** Bands from grouped (leave-one-source-out) results: per class where it has enough, else pooled. */
export function bandsFrom(grouped: readonly LooResult[]): typeof BANDS {
  const out = {} as typeof BANDS;
  for (const g of BAND_GROUPS) {
    const inGroup = grouped.filter((l) => bandGroupOf(l.point) === g);
    const row: Partial<Record<DeviceClass, Band>> & { pooled: Band } = {
      pooled: band(inGroup.map(secondsMultiplier), 'pooled'),
    };
    for (const cls of DEVICE_CLASSES) {
      const r = inGroup.filter((l) => l.point.deviceClass === cls).map(secondsMultiplier);
      if (r.length >= MIN_BAND_POINTS) row[cls] = band(r, 'class');
    }
    out[g] = row;
  }
  return out;
}

/**
 * The widening rule: where a class or an engine on a class has fewer than three measurements of a
 * kind, each end of the band moves out by 1 + e, where e is the 80th percentile of the
 * leave-one-class-out errors of that kind (the error met on a class the fit has not seen).
 * Groups without a leave-one-class-out error borrow the largest factor.
 */
export function wideningFrom(byClass: readonly LooResult[]): typeof WIDENING {
  const factors = BAND_GROUPS.map((g) => {
    const e = byClass.filter((l) => bandGroupOf(l.point) === g).map((l) => foldedError(l.ratio));
    return e.length > 0 ? round5(1 + quantile(e, 0.8)) : null;
  });
  const widest = Math.max(...factors.map((f) => f ?? 1));
  return Object.fromEntries(
    BAND_GROUPS.map((g, i) => [g, factors[i] ?? round5(widest)]),
  ) as typeof WIDENING;
}

/** Measurements per band group and `class/engine`. */
export function supportFrom(points: readonly ResolvedPoint[]): typeof SUPPORT {
  const out = { decode: {}, prefill: {}, saturated: {} } as typeof SUPPORT;
  for (const p of points) {
    const row = out[bandGroupOf(p)];
    const key = `${p.deviceClass}/${p.engine}`;
    row[key] = (Object.hasOwn(row, key) ? (row[key] ?? 0) : 0) + 1;
  }
  for (const g of BAND_GROUPS) {
    out[g] = Object.fromEntries(
      Object.entries(out[g]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  }
  return out;
}

/** Share of held-out points whose measured time falls inside the band a card would show. */
export function bandCoverage(
  grouped: readonly LooResult[],
  bandOf: (p: ResolvedPoint) => { low: number; high: number },
): number {
  if (grouped.length === 0) return Number.NaN;
  const inside = grouped.filter((l) => {
    const b = bandOf(l.point);
    const m = secondsMultiplier(l);
    return m >= b.low - 1e-9 && m <= b.high + 1e-9;
  });
  return inside.length / grouped.length;
}

export { predict };
export {
  bandFor,
  defaultEngine,
  ENGINE_FAMILIES,
  ENGINE_LABELS,
  expectedStep,
  MIN_SUPPORT,
  stepTimer,
} from './step';
export { BANDS, FITTED, SUPPORT, WIDENING, type BandGroup } from './constants';
export {
  accuracyReport,
  accuracyRows,
  bandCoverageOfReport,
  CALIBRATION_POINTS,
  idealValue,
  PENDING_POINTS,
  summarise,
  summaryGroup,
  type AccuracyRow,
  type SummaryGroup,
} from './report';
