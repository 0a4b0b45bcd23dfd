// Pure rent-versus-own arithmetic for the break-even chart: inputs, validation, monthly costs, crossover.
import { formatNumber } from '../format/units';

/** What it costs to own and run one server. Every field is a reader-adjustable assumption. */
export interface OwnInputs {
  /** Up-front price of the server, USD. */
  purchaseUsd: number;
  /** Power the colocation contract reserves for the server, kW (its rated maximum). */
  provisionedKw: number;
  /** Average electrical draw over the month, kW (IT load, before facility overhead). */
  averageDrawKw: number;
  /** Power usage effectiveness: facility power ÷ IT power (≥ 1). */
  pue: number;
  /** Electricity price, USD per kWh. Zero when the colocation fee already includes power. */
  usdPerKwh: number;
  /** Colocation fee per provisioned kW per month, USD. */
  colocationUsdPerKwMonth: number;
  /** Staff time, support contracts and spares per month, USD. */
  opsUsdPerMonth: number;
  /** Years over which the purchase is written off (straight line). */
  depreciationYears: number;
}

/** The inputs the reader can change: the owning costs plus the share of hours the capacity is needed. */
export interface BreakEvenAssumptions extends OwnInputs {
  /** Share of the month's hours the capacity is needed, 0–1 (rent is paid only for those hours). */
  utilization: number;
}

export interface RentInputs {
  label: string;
  /** Price of the whole rented server per hour, USD. */
  usdPerHour: number;
}

/** Hours in an average month (8,760 h ÷ 12). */
export const HOURS_PER_MONTH = 730;

export type AssumptionKey = keyof BreakEvenAssumptions;

/** How one assumption is labelled, bounded and shown in the form (utilization is entered in %). */
export interface AssumptionField {
  key: AssumptionKey;
  label: string;
  unit: string;
  min: number;
  max: number;
  /** The form shows the value multiplied by this (100 for a share shown as a percentage). */
  displayScale: number;
  step: number;
  /** True when the value must be greater than `min`, not equal to it. */
  exclusiveMin?: boolean;
}

export const ASSUMPTION_FIELDS: readonly AssumptionField[] = [
  {
    key: 'purchaseUsd',
    label: 'Purchase price',
    unit: 'USD',
    min: 0,
    max: 1e8,
    displayScale: 1,
    step: 1000,
    exclusiveMin: true,
  },
  {
    key: 'utilization',
    label: 'Hours the capacity is needed',
    unit: '% of the month',
    min: 0,
    max: 100,
    displayScale: 100,
    step: 5,
    exclusiveMin: true,
  },
  {
    key: 'provisionedKw',
    label: 'Power reserved in the colocation contract',
    unit: 'kW',
    min: 0,
    max: 500,
    displayScale: 1,
    step: 0.1,
    exclusiveMin: true,
  },
  {
    key: 'averageDrawKw',
    label: 'Average electrical draw',
    unit: 'kW',
    min: 0,
    max: 500,
    displayScale: 1,
    step: 0.1,
  },
  { key: 'pue', label: 'Facility PUE', unit: '', min: 1, max: 3, displayScale: 1, step: 0.01 },
  {
    key: 'usdPerKwh',
    label: 'Electricity price',
    unit: 'USD per kWh',
    min: 0,
    max: 2,
    displayScale: 1,
    step: 0.01,
  },
  {
    key: 'colocationUsdPerKwMonth',
    label: 'Colocation fee',
    unit: 'USD per kW-month',
    min: 0,
    max: 5000,
    displayScale: 1,
    step: 1,
  },
  {
    key: 'opsUsdPerMonth',
    label: 'Operations (staff, support, spares)',
    unit: 'USD per month',
    min: 0,
    max: 1e7,
    displayScale: 1,
    step: 100,
  },
  {
    key: 'depreciationYears',
    label: 'Write-off period',
    unit: 'years',
    min: 1,
    max: 10,
    displayScale: 1,
    step: 1,
  },
];

export type RawAssumptions = Record<AssumptionKey, string>;

export type ValidationResult =
  | { ok: true; value: BreakEvenAssumptions }
  | { ok: false; errors: Partial<Record<AssumptionKey, string>> };

/** The form's text for a set of assumptions (utilization as a percentage). */
export function toRaw(values: BreakEvenAssumptions): RawAssumptions {
  const raw = {} as RawAssumptions;
  for (const field of ASSUMPTION_FIELDS) {
    // Round away binary noise such as 0.5 × 100 = 50.00000000000001.
    raw[field.key] = String(Number((values[field.key] * field.displayScale).toPrecision(12)));
  }
  return raw;
}

function describeRange(field: AssumptionField): string {
  const unit = field.unit ? ` ${field.unit}` : '';
  const low = field.exclusiveMin ? `more than ${field.min}` : `at least ${field.min}`;
  return `${low} and at most ${formatNumber(field.max, 3)}${unit}`;
}

/**
 * Parses and checks every assumption; returns the values or one message per bad field.
 * Rules: each is a finite number within its field's range, and the average draw cannot exceed
 * the power reserved for the server.
 */
export function validateAssumptions(raw: RawAssumptions): ValidationResult {
  const errors: Partial<Record<AssumptionKey, string>> = {};
  const value = {} as BreakEvenAssumptions;
  for (const field of ASSUMPTION_FIELDS) {
    const text = (raw[field.key] ?? '').trim().replace(/,/g, '');
    const shown = text === '' ? Number.NaN : Number(text);
    if (!Number.isFinite(shown)) {
      errors[field.key] = `${field.label}: enter a number.`;
      continue;
    }
    const belowMin = field.exclusiveMin ? shown <= field.min : shown < field.min;
    if (belowMin || shown > field.max) {
      errors[field.key] = `${field.label}: enter a value ${describeRange(field)}.`;
      continue;
    }
    value[field.key] = shown / field.displayScale;
  }
  if (
    errors.averageDrawKw === undefined &&
    errors.provisionedKw === undefined &&
    value.averageDrawKw > value.provisionedKw
  ) {
    errors.averageDrawKw =
      'Average electrical draw: it cannot exceed the power reserved for the server.';
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

export interface OwnMonthly {
  electricityUsd: number;
  colocationUsd: number;
  opsUsd: number;
  totalUsd: number;
  /** kWh drawn from the grid per month, facility overhead included. */
  energyKwh: number;
}

/**
 * Running cost of an owned server per month: average draw × PUE × hours × price for energy,
 * provisioned kW × fee for colocation, plus operations.
 */
export function ownMonthly(own: OwnInputs, hoursPerMonth = HOURS_PER_MONTH): OwnMonthly {
  const energyKwh = own.averageDrawKw * own.pue * hoursPerMonth;
  const electricityUsd = energyKwh * own.usdPerKwh;
  const colocationUsd = own.provisionedKw * own.colocationUsdPerKwMonth;
  const opsUsd = own.opsUsdPerMonth;
  return {
    electricityUsd,
    colocationUsd,
    opsUsd,
    totalUsd: electricityUsd + colocationUsd + opsUsd,
    energyKwh,
  };
}

/** Rental cost per month when the server is needed for `utilization` of all hours. */
export function rentMonthly(
  rent: RentInputs,
  utilization = 1,
  hoursPerMonth = HOURS_PER_MONTH,
): number {
  return rent.usdPerHour * hoursPerMonth * utilization;
}

/** Cumulative cost of owning after `month` months (purchase paid at month 0). */
export function ownCumulative(
  own: OwnInputs,
  month: number,
  hoursPerMonth = HOURS_PER_MONTH,
): number {
  return own.purchaseUsd + ownMonthly(own, hoursPerMonth).totalUsd * month;
}

/**
 * Months until owning becomes cheaper than renting: purchase ÷ (rent per month − own per month).
 * Null when renting costs no more per month than running an owned server (it never pays back).
 */
export function breakEvenMonths(
  own: OwnInputs,
  rent: RentInputs,
  utilization = 1,
  hoursPerMonth = HOURS_PER_MONTH,
): number | null {
  const saving =
    rentMonthly(rent, utilization, hoursPerMonth) - ownMonthly(own, hoursPerMonth).totalUsd;
  if (!(saving > 0)) return null;
  const months = own.purchaseUsd / saving;
  return Number.isFinite(months) ? months : null;
}

/**
 * Cost of owning per device-hour actually used, over the write-off period:
 * (purchase + running cost × months) ÷ (devices × hours × utilization × months).
 */
export function ownUsdPerDeviceHour(
  own: OwnInputs,
  devices: number,
  utilization = 1,
  hoursPerMonth = HOURS_PER_MONTH,
): number {
  const months = own.depreciationYears * 12;
  const total = own.purchaseUsd + ownMonthly(own, hoursPerMonth).totalUsd * months;
  return total / (devices * hoursPerMonth * months * utilization);
}

export interface Series {
  label: string;
  kind: 'own' | 'rent';
  /** Cumulative USD at months 0..horizon. */
  values: number[];
}

/** Cumulative cost lines for the chart, one point per month from 0 to `horizonMonths`. */
export function cumulativeSeries(
  own: OwnInputs,
  ownLabel: string,
  rents: readonly RentInputs[],
  horizonMonths: number,
  utilization = 1,
  hoursPerMonth = HOURS_PER_MONTH,
): Series[] {
  const months = Array.from({ length: horizonMonths + 1 }, (_, m) => m);
  const ownSeries: Series = {
    label: ownLabel,
    kind: 'own',
    values: months.map((m) => ownCumulative(own, m, hoursPerMonth)),
  };
  const rentSeries = rents.map<Series>((r) => ({
    label: r.label,
    kind: 'rent',
    values: months.map((m) => rentMonthly(r, utilization, hoursPerMonth) * m),
  }));
  return [ownSeries, ...rentSeries];
}

/** A 'nice' axis maximum (1, 2, 2.5 or 5 × 10^k) at or above `value`. */
export function niceMax(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const exp = Math.floor(Math.log10(value));
  const base = 10 ** exp;
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * base >= value) return step * base;
  }
  return 10 * base;
}

/** Month tick spacing that keeps labels apart: at most `maxTicks` labels across the axis. */
export function monthTickStep(horizonMonths: number, maxTicks: number): number {
  for (const step of [1, 2, 3, 6, 12, 24]) {
    if (Math.floor(horizonMonths / step) + 1 <= maxTicks) return step;
  }
  return 24;
}

/** Whole months between two ISO dates (YYYY-MM-DD), ignoring days: 2023-05-01 → 2026-11-09 is 42. */
export function monthsApart(a: string, b: string): number {
  const parse = (iso: string) => {
    const [year, month] = iso.split('-').map(Number);
    return (year ?? 0) * 12 + ((month ?? 1) - 1);
  };
  return Math.abs(parse(a) - parse(b));
}
