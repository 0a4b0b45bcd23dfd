// Predicted (each source held out) against measured speed for every calibration point: log-log scatter plus table.
import React, { useId } from 'react';
import {
  accuracyReport,
  BANDS,
  DEVICE_CLASS_LABELS,
  DEVICE_CLASSES,
} from '@site/src/lib/calibration/refit';
import type { AccuracyRow } from '@site/src/lib/calibration/refit';
import ScrollTable from '@site/src/components/ScrollTable';
import { formatNumber } from '@site/src/lib/format';
import styles from './styles.module.css';

export {
  AccuracyByClass,
  AccuracyExample,
  AccuracyFigure,
  AccuracySources,
  AccuracySummary,
  BandCoverage,
  ExcludedPoints,
  FittedParameters,
  MissingData,
  PendingPoints,
  WideningRule,
} from './tables';

export type Props = {
  /** Rows to plot; defaults to the full leave-one-out report (tests pass their own). */
  rows?: readonly AccuracyRow[];
  caption?: string;
};

// Geometry in SVG user units; the chart scales to the column, so 360 units ≈ 360 px on a phone.
const SIZE = 360;
const PAD_LEFT = 52;
const PAD_BOTTOM = 44;
const PAD_TOP = 10;
const PAD_RIGHT = 20;
const PLOT = SIZE - PAD_LEFT - PAD_RIGHT;
const PLOT_H = SIZE - PAD_TOP - PAD_BOTTOM;

/** Decades that cover every value, so no point sits on the frame. */
function decades(values: readonly number[]): { lo: number; hi: number } {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  const min = finite.length ? Math.min(...finite) : 1;
  const max = finite.length ? Math.max(...finite) : 10;
  return { lo: Math.floor(Math.log10(min)), hi: Math.ceil(Math.log10(max)) };
}

const tickLabel = (p: number): string =>
  p >= 3 ? `${formatNumber(10 ** (p - 3), 0)}k` : formatNumber(10 ** p, 0);

const kindLabel = (r: AccuracyRow): string =>
  r.point.kind === 'prefill'
    ? 'prompt'
    : r.point.kind === 'saturated'
      ? 'saturated'
      : r.point.measurement.metric === 'decode-tps'
        ? 'batch 1'
        : 'batched';

function Marker({ row, x, y }: { row: AccuracyRow; x: number; y: number }): React.JSX.Element {
  const cls = styles[`c_${row.point.deviceClass.replace('-', '_')}`] ?? styles.c_other;
  const title = `${row.point.deviceName}, ${row.point.measurement.modelId} ${row.point.measurement.weightPrecision}: measured ${formatNumber(row.point.measured, 1)}, predicted ${formatNumber(row.predicted, 1)} tokens/s`;
  if (row.point.kind === 'saturated') {
    return (
      <rect className={cls} x={x - 4} y={y - 4} width={8} height={8}>
        <title>{title}</title>
      </rect>
    );
  }
  if (row.point.kind === 'prefill') {
    return (
      <path className={cls} d={`M${x},${y - 5} L${x + 5},${y + 4} L${x - 5},${y + 4} Z`}>
        <title>{title}</title>
      </path>
    );
  }
  return (
    <circle className={cls} cx={x} cy={y} r={4}>
      <title>{title}</title>
    </circle>
  );
}

export default function AccuracyChart({ rows, caption }: Props): React.JSX.Element {
  const baseId = useId();
  const data = rows ?? accuracyReport();
  const title = caption ?? 'Predicted against measured tokens per second (log scales)';
  if (data.length === 0) return <p>No calibration points to plot.</p>;

  const { lo, hi } = decades(data.flatMap((r) => [r.point.measured, r.predicted]));
  const span = Math.max(1, hi - lo);
  const sx = (v: number): number => PAD_LEFT + ((Math.log10(v) - lo) / span) * PLOT;
  const sy = (v: number): number => PAD_TOP + PLOT_H - ((Math.log10(v) - lo) / span) * PLOT_H;
  const band = BANDS.decode.pooled;
  const a = 10 ** lo;
  const b = 10 ** hi;
  // Speeds: predicted = measured / ratio, so the seconds band [low, high] maps to speeds ×1/high … ×1/low.
  const bandPath = `M${sx(a)},${sy(a / band.high)} L${sx(b)},${sy(b / band.high)} L${sx(b)},${sy(b / band.low)} L${sx(a)},${sy(a / band.low)} Z`;
  const ticks = Array.from({ length: span + 1 }, (_, i) => lo + i);
  const classes = DEVICE_CLASSES.filter((c) => data.some((r) => r.point.deviceClass === c));
  const within = data.filter((r) => r.ratio >= 1 / 1.25 && r.ratio <= 1.25).length;

  return (
    <figure className={styles.figure}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-labelledby={`${baseId}-t ${baseId}-d`}
      >
        <title id={`${baseId}-t`}>{title}</title>
        <desc id={`${baseId}-d`}>
          {`${data.length} published measurements; ${within} of them are predicted within 25 %. The diagonal is perfect agreement; the shaded strip is the pooled decode band. The table below lists every point.`}
        </desc>
        <path className={styles.band} d={bandPath} />
        <g className={styles.grid}>
          {ticks.map((p) => (
            <g key={p}>
              <line x1={sx(10 ** p)} x2={sx(10 ** p)} y1={PAD_TOP} y2={PAD_TOP + PLOT_H} />
              <line x1={PAD_LEFT} x2={PAD_LEFT + PLOT} y1={sy(10 ** p)} y2={sy(10 ** p)} />
            </g>
          ))}
        </g>
        <line className={styles.ideal} x1={sx(a)} y1={sy(a)} x2={sx(b)} y2={sy(b)} />
        <g className={styles.axis}>
          {ticks.map((p) => (
            <g key={p}>
              <text x={sx(10 ** p)} y={PAD_TOP + PLOT_H + 16} textAnchor="middle">
                {tickLabel(p)}
              </text>
              <text x={PAD_LEFT - 6} y={sy(10 ** p)} textAnchor="end" dominantBaseline="middle">
                {tickLabel(p)}
              </text>
            </g>
          ))}
          <text x={PAD_LEFT + PLOT / 2} y={SIZE - 6} textAnchor="middle">
            Measured tokens/s
          </text>
          <text
            x={14}
            y={PAD_TOP + PLOT_H / 2}
            textAnchor="middle"
            transform={`rotate(-90 14 ${PAD_TOP + PLOT_H / 2})`}
          >
            Predicted tokens/s
          </text>
        </g>
        {data.map((r) => (
          <Marker
            key={r.point.measurement.id}
            row={r}
            x={sx(r.point.measured)}
            y={sy(r.predicted)}
          />
        ))}
      </svg>
      <ul className={styles.legend} aria-label="Marker colours and shapes">
        {classes.map((c) => (
          <li key={c}>
            <svg width="12" height="12" aria-hidden="true" focusable="false">
              <circle className={styles[`c_${c.replace('-', '_')}`]} cx="6" cy="6" r="5" />
            </svg>{' '}
            {DEVICE_CLASS_LABELS[c]}
          </li>
        ))}
        <li>● batch 1 or batched decode, ■ saturated server, ▲ prompt processing</li>
      </ul>
      <figcaption className={styles.caption}>
        {title}. Each prediction comes from a fit that left that point out. Diagonal: perfect
        agreement; shaded strip: the decode band ({formatNumber(band.low, 2)}× to{' '}
        {formatNumber(band.high, 2)}× of the expected step time).
      </figcaption>
      <ScrollTable label="Every calibration point: measured, predicted and ideal">
        <caption>Every calibration point: measured, predicted and the ideal ceiling</caption>
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">Engine</th>
            <th scope="col">Model and format</th>
            <th scope="col">Metric</th>
            <th scope="col" className={styles.num}>
              Measured
            </th>
            <th scope="col" className={styles.num}>
              Predicted
            </th>
            <th scope="col" className={styles.num}>
              Predicted ÷ measured
            </th>
            <th scope="col" className={styles.num}>
              Ideal ceiling
            </th>
            <th scope="col" className={styles.num}>
              Flat 68 % ÷ measured
            </th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {data.map((r) => {
            const m = r.point.measurement;
            return (
              <tr key={m.id}>
                <th scope="row">
                  {m.n > 1 ? `${m.n}× ` : ''}
                  {r.point.deviceName}
                </th>
                <td>{m.engineVersion}</td>
                <td>
                  {m.modelId}, {m.weightPrecision}
                  {m.fileSizeReported ? ` (${m.fileSizeReported})` : ''}
                </td>
                <td>
                  {kindLabel(r)}
                  {m.concurrency !== null && m.concurrency > 1
                    ? `, ${m.concurrency} sequences`
                    : ''}
                  {m.metric === 'throughput-tps-per-device' ? ', per device' : ''}
                </td>
                <td className={styles.num}>{formatNumber(r.point.measured, 1)}</td>
                <td className={styles.num}>{formatNumber(r.predicted, 1)}</td>
                <td className={styles.num}>{formatNumber(r.ratio, 2)}</td>
                <td className={styles.num}>{formatNumber(r.ideal, 1)}</td>
                <td className={styles.num}>{formatNumber(r.baseline / r.point.measured, 2)}</td>
                <td>
                  <a href={m.source.url}>{m.source.title}</a>
                  <span className="visually-hidden">, read {m.source.accessed}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
    </figure>
  );
}
