// Rent versus own an 8-GPU server: cumulative cost lines over months, with the arithmetic spelled out.
import React, { useId } from 'react';
import { prices as allPrices, type PricePoint } from '@site/src/data/prices';
import { formatNumber, formatUsd } from '@site/src/lib/format';
import {
  HOURS_PER_MONTH,
  breakEvenMonths,
  cumulativeSeries,
  niceMax,
  ownMonthly,
  ownUsdPerDeviceHour,
  rentMonthly,
  type OwnInputs,
  type RentInputs,
} from './breakEven';
import ScrollRegion from '../ScrollRegion';
import chart from '../../css/chart.module.css';
import table from '../../css/table.module.css';
import styles from './styles.module.css';

export type Props = {
  /** Id of a 'purchase' entry in src/data/prices.ts: the server you would buy. */
  purchasePriceId: string;
  /** Ids of rental entries to compare; each is scaled to a server with the same device count. */
  rentalPriceIds: readonly string[];
  /** Electrical draw assumed for the server, kW. */
  powerKw: number;
  /** Power usage effectiveness of the facility (facility power ÷ IT power). */
  pue: number;
  /** Electricity price, USD per kWh. */
  usdPerKwh: number;
  /** Colocation fee, USD per kW of IT power per month. */
  colocationUsdPerKwMonth: number;
  /** Staff, support and spares, USD per month. */
  opsUsdPerMonth: number;
  /** Straight-line write-off period, years. */
  depreciationYears: number;
  /** Fraction of hours the capacity is needed (rent is paid only for those hours). Default 1. */
  utilization?: number;
  /** Months to draw. Defaults to the depreciation period. */
  horizonMonths?: number;
  /** Price list to read from; defaults to src/data/prices.ts (tests pass fixtures). */
  priceList?: readonly PricePoint[];
};

const WIDTH = 640;
const HEIGHT = 360;
const MARGIN = { top: 20, right: 24, bottom: 48, left: 76 };
const SERIES = [styles.series1, styles.series2, styles.series3, styles.series4];
const DASHES = ['', '8 4', '2 4', '12 4 2 4'];

function compactUsd(value: number): string {
  if (value >= 1e6) return `$${formatNumber(value / 1e6, 2)}M`;
  if (value >= 1e3) return `$${formatNumber(value / 1e3, 0)}k`;
  return formatUsd(value);
}

function rentalFor(price: PricePoint, devices: number): RentInputs | null {
  if (price.usdPerDeviceHour === null) return null;
  return { label: price.offer, usdPerHour: price.usdPerDeviceHour * devices };
}

export default function BreakEvenChart({
  purchasePriceId,
  rentalPriceIds,
  powerKw,
  pue,
  usdPerKwh,
  colocationUsdPerKwMonth,
  opsUsdPerMonth,
  depreciationYears,
  utilization = 1,
  horizonMonths,
  priceList = allPrices,
}: Props): React.ReactElement {
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const descId = `${baseId}-desc`;

  const purchase = priceList.find((p) => p.id === purchasePriceId && p.kind === 'purchase');
  if (!purchase) {
    return (
      <p className={styles.note} role="alert">
        Break-even chart: no purchase price with id “{purchasePriceId}” in the price list.
      </p>
    );
  }
  const devices = purchase.devicesInOffer;
  // Each compared rental: its price entry, the server-sized hourly rate and the break-even month.
  const compared = rentalPriceIds
    .map((id) => priceList.find((p) => p.id === id))
    .filter((p): p is PricePoint => p !== undefined && p.kind !== 'purchase')
    .map((price) => ({ price, rent: rentalFor(price, devices) }))
    .filter((c): c is { price: PricePoint; rent: RentInputs } => c.rent !== null);
  const rents = compared.map((c) => c.rent);

  const own: OwnInputs = {
    purchaseUsd: purchase.offerUsd,
    powerKw,
    pue,
    usdPerKwh,
    colocationUsdPerKwMonth,
    opsUsdPerMonth,
    depreciationYears,
  };
  const horizon = Math.max(1, Math.round(horizonMonths ?? depreciationYears * 12));
  const ownLabel = `Own: ${purchase.offer}`;
  const series = cumulativeSeries(own, ownLabel, rents, horizon, utilization);
  const monthly = ownMonthly(own);
  const rows = compared.map((c) => ({ ...c, months: breakEvenMonths(own, c.rent, utilization) }));
  const ownPerDeviceHour = ownUsdPerDeviceHour(own, devices, utilization);

  const yMax = niceMax(Math.max(...series.flatMap((s) => s.values)));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (m: number) => MARGIN.left + (m / horizon) * plotW;
  const y = (usd: number) => MARGIN.top + plotH - (usd / yMax) * plotH;
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * yMax);
  const xStep = horizon > 24 ? 6 : horizon > 12 ? 3 : 1;
  const xTicks = Array.from({ length: Math.floor(horizon / xStep) + 1 }, (_, i) => i * xStep);
  const tableMonths = xTicks;

  const utilText =
    utilization === 1
      ? 'every hour of the month'
      : `${formatNumber(utilization * 100, 0)}% of hours`;
  const summary = rows.map(({ rent: r, months }) =>
    months === null || months > horizon
      ? `${r.label}: owning does not pay back within ${horizon} months`
      : `${r.label}: owning becomes cheaper after ${formatNumber(months, 1)} months`,
  );
  const description =
    `Cumulative cost in US dollars over ${horizon} months of owning one ${devices}-device server ` +
    `versus renting the same capacity for ${utilText}. ${summary.join('. ')}.`;

  return (
    <figure className={chart.figure}>
      <svg
        className={chart.chart}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        {/* One string child: React hydrates an SVG title with several text nodes as a mismatch. */}
        <title id={titleId}>{`Rent versus own: cumulative cost of a ${devices}-GPU server`}</title>
        <desc id={descId}>{description}</desc>
        <g className={chart.grid} aria-hidden="true">
          {yTicks.map((t) => (
            <line key={`gy${t}`} x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} />
          ))}
        </g>
        <g className={chart.axis} aria-hidden="true">
          <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={MARGIN.top + plotH} />
          <line
            x1={MARGIN.left}
            x2={WIDTH - MARGIN.right}
            y1={MARGIN.top + plotH}
            y2={MARGIN.top + plotH}
          />
          {yTicks.map((t) => (
            <text key={`ty${t}`} x={MARGIN.left - 8} y={y(t) + 4} textAnchor="end">
              {compactUsd(t)}
            </text>
          ))}
          {xTicks.map((m) => (
            <text key={`tx${m}`} x={x(m)} y={MARGIN.top + plotH + 18} textAnchor="middle">
              {m}
            </text>
          ))}
          <text x={MARGIN.left + plotW / 2} y={HEIGHT - 8} textAnchor="middle">
            Months
          </text>
        </g>
        {series.map((s, i) => (
          <g
            key={s.label}
            className={`${chart.series} ${SERIES[i % SERIES.length]}`}
            aria-hidden="true"
          >
            <path
              d={s.values.map((v, m) => `${m === 0 ? 'M' : 'L'}${x(m)},${y(v)}`).join(' ')}
              strokeDasharray={DASHES[i % DASHES.length] || undefined}
            />
          </g>
        ))}
        {rows.map(({ rent: r, months: m }) => {
          if (m === null || m > horizon) return null;
          const cost = own.purchaseUsd + monthly.totalUsd * m;
          return (
            <g key={`be-${r.label}`} className={styles.breakEven} aria-hidden="true">
              <circle cx={x(m)} cy={y(cost)} r={5} />
              <text x={x(m) + 8} y={y(cost) - 8}>
                {formatNumber(m, 1)} mo
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend}>
        {series.map((s, i) => (
          <li key={s.label} className={SERIES[i % SERIES.length]}>
            <svg className={styles.swatch} viewBox="0 0 36 12" aria-hidden="true">
              <line
                x1="0"
                x2="36"
                y1="6"
                y2="6"
                strokeDasharray={DASHES[i % DASHES.length] || undefined}
              />
            </svg>
            <span className={styles.legendText}>{s.label}</span>
          </li>
        ))}
      </ul>
      <figcaption className={styles.caption}>
        <p>
          Owning costs {formatUsd(own.purchaseUsd)} up front plus {formatUsd(monthly.totalUsd)} a
          month; written off over {depreciationYears} years at {formatNumber(utilization * 100, 0)}%
          use, that is {formatUsd(ownPerDeviceHour)} per GPU-hour.
        </p>
        <ul aria-live="polite">
          {summary.map((line) => (
            <li key={line}>{line}.</li>
          ))}
        </ul>
      </figcaption>
      <details className={styles.details}>
        <summary>How the numbers are computed</summary>
        <ol className={styles.steps}>
          <li>
            Electricity: {formatNumber(powerKw, 1)} kW × PUE {formatNumber(pue, 2)} ×{' '}
            {HOURS_PER_MONTH} h = {formatNumber(monthly.energyKwh, 0)} kWh × {formatUsd(usdPerKwh)}{' '}
            = {formatUsd(monthly.electricityUsd)} a month.
          </li>
          <li>
            Colocation: {formatNumber(powerKw, 1)} kW × {formatUsd(colocationUsdPerKwMonth)} per
            kW-month = {formatUsd(monthly.colocationUsd)} a month.
          </li>
          <li>Operations (staff, support, spares): {formatUsd(monthly.opsUsd)} a month.</li>
          <li>
            Running cost of owning: {formatUsd(monthly.totalUsd)} a month, after paying{' '}
            {formatUsd(own.purchaseUsd)} (<a href={purchase.source.url}>{purchase.source.title}</a>
            ).
          </li>
          {rows.map(({ rent: r, price, months: m }) => {
            const perMonth = rentMonthly(r, utilization);
            return (
              <li key={`step-${r.label}`}>
                Renting {r.label} (<a href={price.source.url}>source</a>, read {price.observed}):{' '}
                {formatUsd(r.usdPerHour)} per hour × {HOURS_PER_MONTH} h ×{' '}
                {formatNumber(utilization * 100, 0)}% = {formatUsd(perMonth)} a month.{' '}
                {m === null
                  ? 'That is no more than the running cost of owning, so buying never pays back.'
                  : `Break-even = ${formatUsd(own.purchaseUsd)} ÷ (${formatUsd(perMonth)} − ${formatUsd(monthly.totalUsd)}) = ${formatNumber(m, 1)} months.`}
              </li>
            );
          })}
          <li>
            Owned cost per GPU-hour = ({formatUsd(own.purchaseUsd)} + {formatUsd(monthly.totalUsd)}{' '}
            × {depreciationYears * 12} months) ÷ ({devices} GPUs × {HOURS_PER_MONTH} h ×{' '}
            {depreciationYears * 12} months × {formatNumber(utilization * 100, 0)}%) ={' '}
            {formatUsd(ownPerDeviceHour)}.
          </li>
        </ol>
      </details>
      <details className={styles.details}>
        <summary>Data table: cumulative cost by month</summary>
        <ScrollRegion label="Cumulative cost of owning versus renting, by month">
          <table className={styles.table}>
            <caption className={styles.tableCaption}>
              Cumulative cost (USD) of owning versus renting, by month
            </caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                {series.map((s) => (
                  <th scope="col" key={s.label}>
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tableMonths.map((m) => (
                <tr key={m}>
                  <th scope="row">{m}</th>
                  {series.map((s) => (
                    <td key={s.label} className={table.number}>
                      {formatUsd(s.values[m] ?? null)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}
