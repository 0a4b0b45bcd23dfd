// Rent versus own a GPU server: adjustable assumptions, cumulative cost lines and the arithmetic spelled out.
import DeferredDetails from '../DeferredDetails';
import { chartMaxWidth, useChartWidth } from '../useElementWidth';
import ErrorBoundary from '../ErrorBoundary';
import React, { useId, useRef, useState } from 'react';
import { prices as allPrices, type PricePoint } from '@site/src/data/prices';
import { formatNumber, formatUsd } from '@site/src/lib/format';
import {
  ASSUMPTION_FIELDS,
  HOURS_PER_MONTH,
  breakEvenMonths,
  cumulativeSeries,
  monthTickStep,
  monthsApart,
  niceMax,
  ownMonthly,
  ownUsdPerDeviceHour,
  rentMonthly,
  toRaw,
  validateAssumptions,
  type AssumptionKey,
  type BreakEvenAssumptions,
  type OwnInputs,
  type RawAssumptions,
  type RentInputs,
} from '@site/src/lib/cost';
import ScrollTable from '../ScrollTable';
import { monthYear } from '../Price';
import chart from '../../css/chart.module.css';
import table from '../../css/table.module.css';
import styles from './styles.module.css';

/** The owning costs (OwnInputs in src/lib/cost/break-even.ts); the purchase comes from the price list. */
export type Props = Omit<OwnInputs, 'purchaseUsd'> & {
  /** Id of a 'purchase' entry in src/data/prices.ts: the server you would buy. */
  purchasePriceId: string;
  /** Ids of rental entries to compare; each is scaled to a server with the same device count. */
  rentalPriceIds: readonly string[];
  /** Share of hours the capacity is needed (rent is paid only for those hours). Default 1. */
  utilization?: number;
  /** Months to draw. Defaults to the write-off period. */
  horizonMonths?: number;
  /** Price list to read from; defaults to src/data/prices.ts (tests pass fixtures). */
  priceList?: readonly PricePoint[];
};

const NARROW = 480;
const SERIES = [styles.series1, styles.series2, styles.series3, styles.series4];
const DASHES = ['', '8 4', '2 4', '12 4 2 4'];
/** Prices read more than this many months apart are flagged as not like-for-like. */
const DATE_GAP_MONTHS = 3;

function compactUsd(value: number): string {
  if (value >= 1e6) return `$${formatNumber(value / 1e6, 2)}M`;
  if (value >= 1e3) return `$${formatNumber(value / 1e3, 0)}k`;
  return formatUsd(value);
}

function rentalFor(price: PricePoint, devices: number): RentInputs | null {
  if (price.usdPerDeviceHour === null) return null;
  return {
    label: `${price.offer} (${monthYear(price.observed)})`,
    usdPerHour: price.usdPerDeviceHour * devices,
  };
}

type FormProps = {
  idPrefix: string;
  raw: RawAssumptions;
  errors: Partial<Record<AssumptionKey, string>>;
  onChange: (key: AssumptionKey, text: string) => void;
  onReset: () => void;
};

function AssumptionsForm({ idPrefix, raw, errors, onChange, onReset }: FormProps) {
  return (
    <fieldset className={styles.form}>
      <legend>Assumptions (change any of them; the chart and figures follow)</legend>
      <div className={styles.fields}>
        {ASSUMPTION_FIELDS.map((field) => {
          const id = `${idPrefix}-${field.key}`;
          const error = errors[field.key];
          return (
            <div key={field.key} className={styles.field}>
              <label htmlFor={id}>
                {field.label}
                {field.unit ? <span className={styles.unit}> ({field.unit})</span> : null}
              </label>
              <input
                id={id}
                type="number"
                inputMode="decimal"
                min={field.min}
                max={field.max}
                step={field.step}
                value={raw[field.key]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => onChange(field.key, e.target.value)}
              />
              {error ? (
                <span id={`${id}-error`} className={styles.error}>
                  {error}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      <button type="button" className={styles.reset} onClick={onReset}>
        Restore the page’s assumptions
      </button>
    </fieldset>
  );
}

function BreakEvenChartInner({
  purchasePriceId,
  rentalPriceIds,
  utilization = 1,
  horizonMonths,
  priceList = allPrices,
  ...running
}: Props): React.ReactElement {
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const descId = `${baseId}-desc`;
  const figureRef = useRef<HTMLElement | null>(null);
  // Drawn at a step of the figure's width; the SVG scales up to the figure by at most 1.25×.
  const width = useChartWidth(figureRef);

  const purchase = priceList.find((p) => p.id === purchasePriceId && p.kind === 'purchase');
  const defaults: BreakEvenAssumptions = {
    purchaseUsd: purchase?.offerUsd ?? 1,
    ...running,
    utilization,
  };
  const [raw, setRaw] = useState<RawAssumptions>(() => toRaw(defaults));
  const [values, setValues] = useState<BreakEvenAssumptions>(defaults);
  const checked = validateAssumptions(raw);
  const errors = checked.ok ? {} : checked.errors;

  if (!purchase) {
    return (
      <p className={styles.note} role="alert">
        Break-even chart: no purchase price with id “{purchasePriceId}” in the price list.
      </p>
    );
  }

  const onChange = (key: AssumptionKey, text: string) => {
    const next = { ...raw, [key]: text };
    setRaw(next);
    const result = validateAssumptions(next);
    if (result.ok) setValues(result.value);
  };
  const onReset = () => {
    setRaw(toRaw(defaults));
    setValues(defaults);
  };

  const devices = purchase.devicesInOffer;
  // Each compared rental: its price entry, the server-sized hourly rate and the break-even month.
  const compared = rentalPriceIds
    .map((id) => priceList.find((p) => p.id === id))
    .filter((p): p is PricePoint => p !== undefined && p.kind !== 'purchase')
    .map((price) => ({ price, rent: rentalFor(price, devices) }))
    .filter((c): c is { price: PricePoint; rent: RentInputs } => c.rent !== null);
  const rents = compared.map((c) => c.rent);

  const own = values;
  const use = values.utilization;
  const horizon = Math.max(1, Math.round(horizonMonths ?? own.depreciationYears * 12));
  const ownLabel = `Own: ${purchase.offer} (${monthYear(purchase.observed)})`;
  const series = cumulativeSeries(own, ownLabel, rents, horizon, use);
  const monthly = ownMonthly(own);
  const rows = compared.map((c) => ({
    ...c,
    months: breakEvenMonths(own, c.rent, use),
    gap: monthsApart(purchase.observed, c.price.observed),
  }));
  const ownPerDeviceHour = ownUsdPerDeviceHour(own, devices, use);
  const mismatched = rows.filter((r) => r.gap > DATE_GAP_MONTHS);

  // Layout follows the measured width; on phones the margins shrink and ticks thin out instead of
  // the whole drawing being scaled down.
  const narrow = width < NARROW;
  const height = narrow ? 300 : 360;
  const margin = narrow
    ? { top: 16, right: 12, bottom: 44, left: 52 }
    : { top: 20, right: 24, bottom: 48, left: 76 };
  const yMax = niceMax(Math.max(...series.flatMap((s) => s.values)));
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const x = (m: number) => margin.left + (m / horizon) * plotW;
  const y = (usd: number) => margin.top + plotH - (usd / yMax) * plotH;
  const yTicks = (narrow ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1]).map((f) => f * yMax);
  const xStep = monthTickStep(horizon, narrow ? 5 : 13);
  const xTicks = Array.from({ length: Math.floor(horizon / xStep) + 1 }, (_, i) => i * xStep);
  // The data table keeps the same rows whatever the screen width.
  const tableStep = monthTickStep(horizon, 13);
  const tableMonths = Array.from(
    { length: Math.floor(horizon / tableStep) + 1 },
    (_, i) => i * tableStep,
  );

  const usePercent = formatNumber(use * 100, 0);
  const utilText = use === 1 ? 'every hour of the month' : `${usePercent}% of hours`;
  const summary = rows.map(({ rent: r, months }) =>
    months === null || months > horizon
      ? `${r.label}: owning does not pay back within ${horizon} months`
      : `${r.label}: owning becomes cheaper after ${formatNumber(months, 1)} months`,
  );
  const description =
    `Cumulative cost in US dollars over ${horizon} months of owning one ${devices}-device server ` +
    `versus renting the same capacity for ${utilText}. ${summary.join('. ')}.`;

  return (
    <figure className={`${chart.figure} ${styles.figure}`} ref={figureRef}>
      <AssumptionsForm
        idPrefix={baseId}
        raw={raw}
        errors={errors}
        onChange={onChange}
        onReset={onReset}
      />
      {checked.ok ? null : (
        <p className={styles.error} role="status">
          Some inputs are not valid; the chart still shows the last valid set of assumptions.
        </p>
      )}
      <svg
        className={chart.chart}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={{ maxWidth: chartMaxWidth(width) }}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        {/* One string child: React hydrates an SVG title with several text nodes as a mismatch. */}
        <title id={titleId}>{`Rent versus own: cumulative cost of a ${devices}-GPU server`}</title>
        <desc id={descId}>{description}</desc>
        <g className={chart.grid} aria-hidden="true">
          {yTicks.map((t) => (
            <line key={`gy${t}`} x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} />
          ))}
        </g>
        <g className={chart.axis} aria-hidden="true">
          <line x1={margin.left} x2={margin.left} y1={margin.top} y2={margin.top + plotH} />
          <line
            x1={margin.left}
            x2={width - margin.right}
            y1={margin.top + plotH}
            y2={margin.top + plotH}
          />
          {yTicks.map((t) => (
            <text key={`ty${t}`} x={margin.left - 6} y={y(t) + 4} textAnchor="end">
              {compactUsd(t)}
            </text>
          ))}
          {xTicks.map((m) => (
            <text key={`tx${m}`} x={x(m)} y={margin.top + plotH + 18} textAnchor="middle">
              {m}
            </text>
          ))}
          <text x={margin.left + plotW / 2} y={height - 8} textAnchor="middle">
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
          // Keep the label inside the plot: flip it to the left of the marker near the right edge.
          const flip = x(m) > width - margin.right - 56;
          return (
            <g key={`be-${r.label}`} className={styles.breakEven} aria-hidden="true">
              <circle cx={x(m)} cy={y(cost)} r={5} />
              <text
                x={flip ? x(m) - 8 : x(m) + 8}
                y={Math.max(margin.top + 12, y(cost) - 8)}
                textAnchor={flip ? 'end' : 'start'}
              >
                {formatNumber(m, 1)} mo
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={chart.legend}>
        {series.map((s, i) => (
          <li key={s.label} className={SERIES[i % SERIES.length]}>
            <svg className={chart.swatch} viewBox="0 0 36 12" aria-hidden="true">
              <line
                x1="0"
                x2="36"
                y1="6"
                y2="6"
                strokeDasharray={DASHES[i % DASHES.length] || undefined}
              />
            </svg>
            <span className={chart.legendText}>{s.label}</span>
          </li>
        ))}
      </ul>
      <figcaption className={styles.caption}>
        <p>
          Owning costs {formatUsd(own.purchaseUsd)} up front plus {formatUsd(monthly.totalUsd)} a
          month; written off over {formatNumber(own.depreciationYears, 1)} years at {usePercent}%
          use, that is {formatUsd(ownPerDeviceHour)} per GPU-hour.
        </p>
        <ul aria-live="polite">
          {summary.map((line) => (
            <li key={line}>{line}.</li>
          ))}
        </ul>
        {own.purchaseUsd !== purchase.offerUsd ? (
          <p className={styles.dates}>
            You entered your own purchase price; the rents compared were read{' '}
            {rows.map((r) => r.price.observed).join(' and ')}.
          </p>
        ) : null}
        {mismatched.length > 0 && own.purchaseUsd === purchase.offerUsd ? (
          <p className={styles.dates}>
            Not like-for-like in time: the purchase price is dated {purchase.observed}, while{' '}
            {mismatched.map((r) => `${r.price.offer} was read ${r.price.observed}`).join(' and ')}.
            Enter a current quote as the purchase price to compare prices of the same date.
          </p>
        ) : null}
      </figcaption>
      <DeferredDetails className={chart.details} summary="How the numbers are computed">
        {() => (
          <>
            <ol className={chart.steps}>
              <li>
                Electricity: {formatNumber(own.averageDrawKw, 1)} kW average draw × PUE{' '}
                {formatNumber(own.pue, 2)} × {HOURS_PER_MONTH} h ={' '}
                {formatNumber(monthly.energyKwh, 0)} kWh × {formatUsd(own.usdPerKwh)} ={' '}
                {formatUsd(monthly.electricityUsd)} a month.
              </li>
              <li>
                Colocation: {formatNumber(own.provisionedKw, 1)} kW reserved ×{' '}
                {formatUsd(own.colocationUsdPerKwMonth)} per kW-month ={' '}
                {formatUsd(monthly.colocationUsd)} a month.
              </li>
              <li>Operations (staff, support, spares): {formatUsd(monthly.opsUsd)} a month.</li>
              <li>
                Running cost of owning: {formatUsd(monthly.totalUsd)} a month, after paying{' '}
                {formatUsd(own.purchaseUsd)} (default from{' '}
                <a href={purchase.source.url}>{purchase.source.title}</a>, dated {purchase.observed}
                ).
              </li>
              {rows.map(({ rent: r, price, months: m }) => {
                const perMonth = rentMonthly(r, use);
                return (
                  <li key={`step-${r.label}`}>
                    Renting {r.label} (<a href={price.source.url}>source</a>, read {price.observed}
                    ): {formatUsd(r.usdPerHour)} per hour × {HOURS_PER_MONTH} h × {usePercent}% ={' '}
                    {formatUsd(perMonth)} a month.{' '}
                    {m === null
                      ? 'That is no more than the running cost of owning, so buying never pays back.'
                      : `Break-even = ${formatUsd(own.purchaseUsd)} ÷ (${formatUsd(perMonth)} − ${formatUsd(monthly.totalUsd)}) = ${formatNumber(m, 1)} months.`}
                  </li>
                );
              })}
              <li>
                Owned cost per GPU-hour = ({formatUsd(own.purchaseUsd)} +{' '}
                {formatUsd(monthly.totalUsd)} × {formatNumber(own.depreciationYears * 12, 0)}{' '}
                months) ÷ ({devices} GPUs × {HOURS_PER_MONTH} h ×{' '}
                {formatNumber(own.depreciationYears * 12, 0)} months × {usePercent}%) ={' '}
                {formatUsd(ownPerDeviceHour)}.
              </li>
            </ol>
          </>
        )}
      </DeferredDetails>
      <DeferredDetails className={chart.details} summary="Data table: cumulative cost by month">
        {() => (
          <>
            <ScrollTable
              label="Cumulative cost of owning versus renting, by month"
              className={chart.table}
            >
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
            </ScrollTable>
          </>
        )}
      </DeferredDetails>
    </figure>
  );
}

/** The break-even chart, inside an error boundary so a failure leaves the rest of the page readable. */
export default function BreakEvenChart(props: Props): React.ReactNode {
  return (
    <ErrorBoundary name="The break-even chart">
      <BreakEvenChartInner {...props} />
    </ErrorBoundary>
  );
}
