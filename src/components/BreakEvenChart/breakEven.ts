// Pure rent-versus-own arithmetic for the break-even chart: monthly costs, cumulative lines, crossover.

export interface OwnInputs {
  /** Up-front price of the server, USD. */
  purchaseUsd: number;
  /** Electrical draw assumed for the server, kW (IT load, before facility overhead). */
  powerKw: number;
  /** Power usage effectiveness: facility power ÷ IT power (≥ 1). */
  pue: number;
  /** Electricity price, USD per kWh. */
  usdPerKwh: number;
  /** Colocation fee per kW of provisioned IT power per month, USD. */
  colocationUsdPerKwMonth: number;
  /** Staff time, support contracts and spares per month, USD. */
  opsUsdPerMonth: number;
  /** Years over which the purchase is written off (straight line). */
  depreciationYears: number;
}

export interface RentInputs {
  label: string;
  /** Price of the whole rented server per hour, USD. */
  usdPerHour: number;
}

/** Hours in an average month (8,760 h ÷ 12). */
export const HOURS_PER_MONTH = 730;

export interface OwnMonthly {
  electricityUsd: number;
  colocationUsd: number;
  opsUsd: number;
  totalUsd: number;
  /** kWh drawn from the grid per month, facility overhead included. */
  energyKwh: number;
}

/** Running cost of an owned server per month: grid energy × price + colocation + operations. */
export function ownMonthly(own: OwnInputs, hoursPerMonth = HOURS_PER_MONTH): OwnMonthly {
  const energyKwh = own.powerKw * own.pue * hoursPerMonth;
  const electricityUsd = energyKwh * own.usdPerKwh;
  const colocationUsd = own.powerKw * own.colocationUsdPerKwMonth;
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
  return own.purchaseUsd / saving;
}

/**
 * Cost of owning per device-hour actually used, over the depreciation period:
 * (purchase + running cost × months) ÷ (devices × hours × utilization).
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
