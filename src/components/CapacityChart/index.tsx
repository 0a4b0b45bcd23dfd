// Per-user speed against throughput per device as concurrency grows: one line per device, plus a table.
import DeferredDetails from '../DeferredDetails';
import { chartMaxWidth, useChartWidth } from '../useElementWidth';
import React, { useId, useRef } from 'react';
import { formatCompactNumber, formatNumber, formatTokensPerSecond } from '@site/src/lib/format';
import ScrollTable from '../ScrollTable';
import { layoutFor, logDomain, logScale, logTicks } from './scale';
import chart from '../../css/chart.module.css';
import table from '../../css/table.module.css';
import styles from './styles.module.css';
import type { SimulatedChartSeries } from '@site/src/lib/compare/simulation';

/** One point of a curve, as src/lib/serving/capacity.ts computes it (CapacityPoint satisfies this). */
export interface CapacityChartPoint {
  concurrency: number;
  perUserTokensPerSecond: number;
  throughputPerDevice: number;
}

export interface CapacityChartSeries {
  /** Device name shown in the legend and the table, e.g. 'H100 SXM × 2'. */
  label: string;
  /** Points in ascending concurrency. */
  points: readonly CapacityChartPoint[];
  /** Concurrency of the operating point (largest meeting the targets); null or 0 for none. */
  operatingConcurrency: number | null;
  /** Concurrency where decode turns compute-bound; null when it does not within the fit. */
  kneeConcurrency: number | null;
}

export type Props = {
  /** Up to four devices; more are listed as not drawn. */
  series: readonly CapacityChartSeries[];
  /** Per-user speed the tpot target implies (1000 ÷ tpot ms), tokens/s; null for no target. */
  targetPerUserTokensPerSecond: number | null;
  /** Heading of the figure, e.g. 'Llama 3.1 70B, 2,048 in / 512 out, BF16'. */
  title?: string;
  /** Simulated curves (p50 and p99 TPOT) and measured points, matched to `series` by label. */
  simulated?: readonly SimulatedChartSeries[];
};

const MAX_SERIES = 4;
const SERIES = [chart.series1, chart.series2, chart.series3, chart.series4];
const DASHES = ['', '8 4', '2 4', '12 4 2 4'];

function Marker({ shape, x, y, r = 5 }: { shape: number; x: number; y: number; r?: number }) {
  if (shape === 1) return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} />;
  if (shape === 2)
    return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} />;
  if (shape === 3)
    return (
      <polygon points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`} />
    );
  return <circle cx={x} cy={y} r={r} />;
}

const tickText = formatCompactNumber;

const usable = (p: CapacityChartPoint) =>
  Number.isFinite(p.perUserTokensPerSecond) &&
  Number.isFinite(p.throughputPerDevice) &&
  p.perUserTokensPerSecond > 0 &&
  p.throughputPerDevice > 0;

function describeSeries(s: CapacityChartSeries): string {
  const op = s.points.find((p) => p.concurrency === s.operatingConcurrency);
  const opText = op
    ? `at ${formatNumber(op.concurrency, 0)} concurrent requests, ${formatTokensPerSecond(op.perUserTokensPerSecond)} per user and ${formatTokensPerSecond(op.throughputPerDevice)} per device`
    : 'no concurrency meets the targets';
  const knee = s.kneeConcurrency
    ? `; compute-bound from ${formatNumber(s.kneeConcurrency, 0)} requests`
    : '';
  return `${s.label}: ${opText}${knee}`;
}

export default function CapacityChart({
  series,
  targetPerUserTokensPerSecond,
  title,
  simulated = [],
}: Props): React.ReactElement {
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const descId = `${baseId}-desc`;
  const ref = useRef<HTMLDivElement | null>(null);
  // Drawn at a step of the frame's width; the SVG scales up to the frame by at most 1.25×.
  const containerWidth = useChartWidth(ref);
  const drawn = series.slice(0, MAX_SERIES).map((s) => ({ ...s, points: s.points.filter(usable) }));
  const skipped = series.slice(MAX_SERIES).map((s) => s.label);
  const empty = drawn.filter((s) => s.points.length === 0).map((s) => s.label);
  const target =
    targetPerUserTokensPerSecond !== null &&
    Number.isFinite(targetPerUserTokensPerSecond) &&
    targetPerUserTokensPerSecond > 0
      ? targetPerUserTokensPerSecond
      : null;
  const heading = title ?? 'Per-user speed against throughput per device';
  const sims = simulated
    .map((s) => ({ ...s, index: drawn.findIndex((d) => d.label === s.label) }))
    .filter((s) => s.index >= 0);
  // The axes follow the ideal curves only: simulated and measured points that arrive later are
  // clipped to the plot (the tables list them all) rather than rescaling every line already drawn.
  const xDomain = logDomain(drawn.flatMap((s) => s.points.map((p) => p.throughputPerDevice)));
  const yDomain = logDomain([
    ...drawn.flatMap((s) => s.points.map((p) => p.perUserTokensPerSecond)),
    ...(target === null ? [] : [target]),
  ]);

  const notDrawn =
    skipped.length + empty.length > 0 ? (
      <p className={styles.note}>
        {empty.length > 0 && `Nothing fits, so no curve: ${empty.join(', ')}. `}
        {skipped.length > 0 && `Not drawn (at most ${MAX_SERIES} lines): ${skipped.join(', ')}.`}
      </p>
    ) : null;

  const { width, height, margin, narrow } = layoutFor(containerWidth);
  const plotBottom = height - margin.bottom;
  const plotRight = width - margin.right;
  const summary = `${heading}. Each line follows one device as concurrency grows from 1: throughput per device rises while each user's speed falls. ${drawn.map(describeSeries).join('. ')}.${target === null ? '' : ` Target: ${formatTokensPerSecond(target)} per user.`}`;

  return (
    <figure className={chart.figure}>
      <div ref={ref} className={styles.frame}>
        {xDomain && yDomain ? (
          <Plot
            {...{
              drawn,
              target,
              width,
              height,
              margin,
              narrow,
              plotBottom,
              plotRight,
              xDomain,
              yDomain,
              sims,
              clipId: `clip${baseId.replace(/[^a-zA-Z0-9_-]/g, '')}-plot`,
            }}
            titleId={titleId}
            descId={descId}
            heading={heading}
            summary={summary}
          />
        ) : (
          <p className={styles.note}>
            No curve to draw: nothing fits in memory on the devices chosen.
          </p>
        )}
      </div>
      <ul className={styles.legend}>
        {drawn.map((s, i) => (
          <li key={s.label} className={SERIES[i]}>
            <svg className={styles.swatch} viewBox="0 0 44 14" aria-hidden="true">
              <line x1="0" x2="44" y1="7" y2="7" strokeDasharray={DASHES[i] || undefined} />
              <g className={chart.marker}>
                <Marker shape={i} x={22} y={7} r={4} />
              </g>
            </svg>
            <span>{s.label}</span>
          </li>
        ))}
        {sims.length > 0 ? (
          <li>
            <svg className={styles.swatch} viewBox="0 0 44 14" aria-hidden="true">
              <line className={styles.simP50} x1="0" x2="20" y1="7" y2="7" />
              <line className={styles.simP99} x1="24" x2="44" y1="7" y2="7" />
            </svg>
            <span>
              Simulated under load, same colour as the device: thin line at p50, dotted at p99 time
              per output token
            </span>
          </li>
        ) : null}
        {sims.some((s) => s.measured.length > 0) ? (
          <li>
            <svg className={styles.swatch} viewBox="0 0 44 14" aria-hidden="true">
              <circle className={styles.measured} cx="22" cy="7" r="4" />
            </svg>
            <span>Measured (published serving benchmark for this device, model and format)</span>
          </li>
        ) : null}
        <li>
          <svg className={styles.swatch} viewBox="0 0 44 14" aria-hidden="true">
            <circle className={styles.ring} cx="22" cy="7" r="6" />
          </svg>
          <span>Operating point (largest concurrency meeting the targets)</span>
        </li>
        <li>
          <svg className={styles.swatch} viewBox="0 0 44 14" aria-hidden="true">
            <line className={styles.kneeTick} x1="22" x2="22" y1="0" y2="14" />
          </svg>
          <span>Knee: decode turns compute-bound</span>
        </li>
      </ul>
      {notDrawn}
      <DeferredDetails className={chart.details} summary="Data table for this chart">
        {() => (
          <>
            {drawn.map((s) => (
              <ScrollTable
                key={s.label}
                label={`Capacity curve for ${s.label}`}
                className={chart.table}
              >
                <caption className={styles.tableCaption}>{s.label}</caption>
                <thead>
                  <tr>
                    <th scope="col">Concurrent requests</th>
                    <th scope="col">Per user (tok/s)</th>
                    <th scope="col">Per device (tok/s)</th>
                    <th scope="col">Marks</th>
                  </tr>
                </thead>
                <tbody>
                  {s.points.map((p) => (
                    <tr key={p.concurrency}>
                      <th scope="row" className={table.number}>
                        {formatNumber(p.concurrency, 0)}
                      </th>
                      <td className={table.number}>{formatNumber(p.perUserTokensPerSecond, 1)}</td>
                      <td className={table.number}>{formatNumber(p.throughputPerDevice, 0)}</td>
                      <td>
                        {[
                          p.concurrency === s.operatingConcurrency ? 'operating point' : '',
                          p.concurrency === s.kneeConcurrency ? 'compute-bound from here' : '',
                        ]
                          .filter(Boolean)
                          .join('; ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            ))}
            {sims.map((s) => (
              <ScrollTable
                key={`sim-${s.label}`}
                label={`Simulated curve for ${s.label}`}
                className={chart.table}
              >
                <caption className={styles.tableCaption}>{s.label}: simulated under load</caption>
                <thead>
                  <tr>
                    <th scope="col">Requests in flight</th>
                    <th scope="col">Per device (tok/s)</th>
                    <th scope="col">Per user at p50 (tok/s)</th>
                    <th scope="col">Per user at p99 (tok/s)</th>
                  </tr>
                </thead>
                <tbody>
                  {s.points.map((p) => (
                    <tr key={p.inFlight}>
                      <th scope="row" className={table.number}>
                        {formatNumber(p.inFlight, 0)}
                      </th>
                      <td className={table.number}>{formatNumber(p.throughputPerDevice, 0)}</td>
                      <td className={table.number}>{formatNumber(p.perUserP50, 1)}</td>
                      <td className={table.number}>{formatNumber(p.perUserP99, 1)}</td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            ))}
            {sims.flatMap((s) =>
              s.measured.map((m) => (
                <ScrollTable key={m.curveId} label={`Measured: ${m.label}`} className={chart.table}>
                  <caption className={styles.tableCaption}>
                    {s.label}, measured: {m.label}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Requests in flight</th>
                      <th scope="col">Per device (tok/s)</th>
                      <th scope="col">Per user (tok/s)</th>
                    </tr>
                  </thead>
                  <tbody>
                    {m.points.map((p) => (
                      <tr key={p.inFlight}>
                        <th scope="row" className={table.number}>
                          {formatNumber(p.inFlight, 0)}
                        </th>
                        <td className={table.number}>{formatNumber(p.throughputPerDevice, 0)}</td>
                        <td className={table.number}>
                          {formatNumber(p.perUserTokensPerSecond, 1)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </ScrollTable>
              )),
            )}
          </>
        )}
      </DeferredDetails>
    </figure>
  );
}

type Drawn = CapacityChartSeries & { points: CapacityChartPoint[] };

function Plot(p: {
  drawn: Drawn[];
  target: number | null;
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  narrow: boolean;
  plotBottom: number;
  plotRight: number;
  xDomain: [number, number];
  yDomain: [number, number];
  titleId: string;
  descId: string;
  heading: string;
  summary: string;
  sims: (SimulatedChartSeries & { index: number })[];
  clipId: string;
}): React.ReactElement {
  const { drawn, target, width, height, margin, narrow, plotBottom, plotRight } = p;
  const x = logScale(p.xDomain, margin.left, plotRight);
  const y = logScale(p.yDomain, plotBottom, margin.top);
  const xTicks = logTicks(p.xDomain, narrow ? 4 : 7);
  const yTicks = logTicks(p.yDomain, narrow ? 6 : 8);
  return (
    <svg
      className={`${chart.chart} ${styles.svg}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ maxWidth: chartMaxWidth(width) }}
      role="img"
      aria-labelledby={`${p.titleId} ${p.descId}`}
    >
      <title id={p.titleId}>{p.heading}</title>
      <desc id={p.descId}>{p.summary}</desc>
      <g className={chart.grid} aria-hidden="true">
        {yTicks.map((t) => (
          <line key={`gy${t}`} x1={margin.left} x2={plotRight} y1={y(t)} y2={y(t)} />
        ))}
        {xTicks.map((t) => (
          <line key={`gx${t}`} x1={x(t)} x2={x(t)} y1={margin.top} y2={plotBottom} />
        ))}
      </g>
      <g className={chart.axis} aria-hidden="true">
        <line x1={margin.left} x2={margin.left} y1={margin.top} y2={plotBottom} />
        <line x1={margin.left} x2={plotRight} y1={plotBottom} y2={plotBottom} />
        {yTicks.map((t) => (
          <text key={`ty${t}`} x={margin.left - 6} y={y(t) + 4} textAnchor="end">
            {tickText(t)}
          </text>
        ))}
        {xTicks.map((t, i) => (
          <text
            key={`tx${t}`}
            x={x(t)}
            y={plotBottom + 16}
            textAnchor={i === xTicks.length - 1 && narrow ? 'end' : 'middle'}
          >
            {tickText(t)}
          </text>
        ))}
        <text x={(margin.left + plotRight) / 2} y={height - 8} textAnchor="middle">
          Throughput per device (output tok/s, log)
        </text>
        <text
          transform={`translate(13 ${(margin.top + plotBottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          Per-user speed (tok/s, log)
        </text>
      </g>
      {target !== null && (
        <g className={styles.target} aria-hidden="true">
          <line x1={margin.left} x2={plotRight} y1={y(target)} y2={y(target)} />
          <text x={margin.left + 6} y={y(target) - 5}>
            target {formatNumber(target, 1)} tok/s per user
          </text>
        </g>
      )}
      {/* Always present, so the worker's curves arrive inside this layer rather than as new chart children. */}
      <defs>
        <clipPath id={p.clipId}>
          <rect
            x={margin.left}
            y={margin.top}
            width={plotRight - margin.left}
            height={plotBottom - margin.top}
          />
        </clipPath>
      </defs>
      <g data-layer="simulated" clipPath={`url(#${p.clipId})`}>
        {p.sims.map((s) => {
          const line = (v: (q: (typeof s.points)[number]) => number) =>
            s.points
              .filter((q) => Number.isFinite(v(q)) && v(q) > 0 && q.throughputPerDevice > 0)
              .map(
                (q, k) =>
                  `${k === 0 ? 'M' : 'L'}${x(q.throughputPerDevice).toFixed(1)},${y(v(q)).toFixed(1)}`,
              )
              .join(' ');
          return (
            <g key={`sim-${s.label}`} className={SERIES[s.index]} aria-hidden="true">
              <path className={styles.simP50} d={line((q) => q.perUserP50)} />
              <path className={styles.simP99} d={line((q) => q.perUserP99)} />
              {s.measured.flatMap((m) =>
                m.points.map((q) => (
                  <circle
                    key={`${m.curveId}-${q.inFlight}`}
                    className={styles.measured}
                    cx={x(q.throughputPerDevice)}
                    cy={y(q.perUserTokensPerSecond)}
                    r={4}
                  />
                )),
              )}
            </g>
          );
        })}
      </g>
      {drawn.map((s, i) => {
        if (s.points.length === 0) return null;
        const op = s.points.find((q) => q.concurrency === s.operatingConcurrency);
        const knee = s.points.find((q) => q.concurrency === s.kneeConcurrency);
        const d = s.points
          .map(
            (q, k) =>
              `${k === 0 ? 'M' : 'L'}${x(q.throughputPerDevice).toFixed(1)},${y(q.perUserTokensPerSecond).toFixed(1)}`,
          )
          .join(' ');
        const last = s.points[s.points.length - 1]!;
        return (
          <g key={s.label} className={`${chart.series} ${SERIES[i]}`} aria-hidden="true">
            <path d={d} strokeDasharray={DASHES[i] || undefined} />
            <g className={chart.marker}>
              <Marker
                shape={i}
                x={x(last.throughputPerDevice)}
                y={y(last.perUserTokensPerSecond)}
              />
            </g>
            {knee && (
              <line
                className={styles.kneeTick}
                x1={x(knee.throughputPerDevice)}
                x2={x(knee.throughputPerDevice)}
                y1={y(knee.perUserTokensPerSecond) - 8}
                y2={y(knee.perUserTokensPerSecond) + 8}
              />
            )}
            {op && (
              <g>
                <circle
                  className={styles.ring}
                  cx={x(op.throughputPerDevice)}
                  cy={y(op.perUserTokensPerSecond)}
                  r={8}
                />
                <g className={chart.marker}>
                  <Marker
                    shape={i}
                    x={x(op.throughputPerDevice)}
                    y={y(op.perUserTokensPerSecond)}
                    r={4}
                  />
                </g>
              </g>
            )}
          </g>
        );
      })}
    </svg>
  );
}
