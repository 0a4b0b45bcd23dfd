// Bar chart of total decode throughput per device (ideal and realistic), with a table as its text alternative.
import { memo, type ReactNode } from 'react';
import type { Device } from '../../data/types';
import type { Estimate } from '../../lib/estimator';
import { formatTokensPerSecond } from '../../lib/format';
import styles from './styles.module.css';

export type ChartRow = { device: Device; label: string; estimate: Estimate | null };

export type Props = {
  idPrefix: string;
  rows: readonly ChartRow[];
  concurrency: number;
};

const WIDTH = 640;
const VALUE_WIDTH = 200;
const LABEL_HEIGHT = 18;
const BAR_HEIGHT = 14;
const ROW_GAP = 12;
const ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT * 2 + 4 + ROW_GAP;

function ThroughputChart({ idPrefix, rows, concurrency }: Props): ReactNode {
  const titleId = `${idPrefix}-chart-title`;
  const descId = `${idPrefix}-chart-desc`;
  const barArea = WIDTH - VALUE_WIDTH;
  const max = Math.max(1e-9, ...rows.map((r) => r.estimate?.throughputTokensPerSecond ?? 0));
  const height = rows.length * ROW_HEIGHT + 8;
  const scale = (v: number): number => (Number.isFinite(v) ? Math.max(0, (v / max) * barArea) : 0);
  const sequences = `${concurrency.toLocaleString('en-US')} concurrent sequence${concurrency === 1 ? '' : 's'}`;

  return (
    <figure className={styles.chart}>
      <figcaption id={titleId} className={styles.chartTitle}>
        Decode throughput, all sequences ({sequences})
      </figcaption>
      <div className={styles.chartKey} aria-hidden="true">
        <span>
          <span className={`${styles.swatch} ${styles.barIdeal}`} /> ideal bound
        </span>
        <span>
          <span className={`${styles.swatch} ${styles.barRealistic}`} /> realistic estimate
        </span>
      </div>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className={styles.chartSvg}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <desc id={descId}>
          {rows
            .map((r) =>
              r.estimate
                ? `${r.label}: ${formatTokensPerSecond(r.estimate.throughputTokensPerSecond)} ideal, ${formatTokensPerSecond(r.estimate.realistic.throughputTokensPerSecond)} realistic${r.estimate.fits ? '' : ' (does not fit in memory)'}`
                : `${r.label}: no estimate`,
            )
            .join('; ')}
        </desc>
        {rows.map((r, i) => {
          const top = i * ROW_HEIGHT + 4;
          const y = top + LABEL_HEIGHT;
          const e = r.estimate;
          const ideal = e ? scale(e.throughputTokensPerSecond) : 0;
          const realistic = e ? scale(e.realistic.throughputTokensPerSecond) : 0;
          return (
            <g key={r.device.id}>
              <text x={0} y={top + 12} className={styles.chartLabel}>
                {r.label}
                {e && !e.fits ? ' (does not fit)' : ''}
              </text>
              <rect x={0} y={y} width={ideal} height={BAR_HEIGHT} className={styles.barIdeal} />
              <rect
                x={0}
                y={y + BAR_HEIGHT + 4}
                width={realistic}
                height={BAR_HEIGHT}
                className={styles.barRealistic}
              />
              <text x={ideal + 6} y={y + BAR_HEIGHT - 3} className={styles.chartValue}>
                {e ? `${formatTokensPerSecond(e.throughputTokensPerSecond)} ideal` : 'no estimate'}
              </text>
              <text x={realistic + 6} y={y + BAR_HEIGHT * 2 + 1} className={styles.chartValue}>
                {e
                  ? `${formatTokensPerSecond(e.realistic.throughputTokensPerSecond)} realistic`
                  : ''}
              </text>
            </g>
          );
        })}
      </svg>
      <details className={styles.chartData}>
        <summary>Chart data as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Ideal, all sequences</th>
              <th scope="col">Realistic, all sequences</th>
              <th scope="col">Ideal, per sequence</th>
              <th scope="col">Fits</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.device.id}>
                <th scope="row">{r.label}</th>
                <td>
                  {r.estimate ? formatTokensPerSecond(r.estimate.throughputTokensPerSecond) : '—'}
                </td>
                <td>
                  {r.estimate
                    ? formatTokensPerSecond(r.estimate.realistic.throughputTokensPerSecond)
                    : '—'}
                </td>
                <td>
                  {r.estimate ? formatTokensPerSecond(r.estimate.decodeTokensPerSecond) : '—'}
                </td>
                <td>{r.estimate ? (r.estimate.fits ? 'yes' : 'no') : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

// Memoised: skipped when its inputs have not changed (e.g. while a typed value is invalid).
export default memo(ThroughputChart);
