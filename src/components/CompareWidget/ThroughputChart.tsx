// Bar chart of total decode throughput per device (ideal and realistic), with a table as its text alternative.
// HTML bars (not a scaled SVG), so labels stay at body-text sizes on a 390 px phone.
import { memo, type CSSProperties, type ReactNode } from 'react';
import type { Device } from '../../data/types';
import type { Estimate } from '../../lib/estimator';
import { formatTokensPerSecond } from '../../lib/format';
import DeferredDetails from '../DeferredDetails';
import bars from '../../css/bars.module.css';
import styles from './styles.module.css';

export type ChartRow = { device: Device; label: string; estimate: Estimate | null };

export type Props = {
  idPrefix: string;
  rows: readonly ChartRow[];
  concurrency: number;
};

function ThroughputChart({ idPrefix, rows, concurrency }: Props): ReactNode {
  const titleId = `${idPrefix}-chart-title`;
  const descId = `${idPrefix}-chart-desc`;
  const max = Math.max(1e-9, ...rows.map((r) => r.estimate?.throughputTokensPerSecond ?? 0));
  // A bar's share of the track, 0..1; anything not finite draws no bar.
  const share = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v / max)) : 0);
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
      <p id={descId} className="visually-hidden">
        {rows
          .map((r) =>
            r.estimate
              ? `${r.label}: ${formatTokensPerSecond(r.estimate.throughputTokensPerSecond)} ideal, ${formatTokensPerSecond(r.estimate.realistic.throughputTokensPerSecond)} realistic${r.estimate.fits ? '' : ' (does not fit in memory)'}`
              : `${r.label}: no estimate`,
          )
          .join('; ')}
      </p>
      <ol
        className={bars.bars}
        aria-labelledby={titleId}
        aria-describedby={descId}
        style={{ '--value-room': '11rem' } as CSSProperties}
      >
        {rows.map((r) => {
          const e = r.estimate;
          return (
            <li key={r.device.id} className={bars.row}>
              <span className={`${bars.label} ${styles.chartLabel}`}>
                {r.label}
                {e && !e.fits ? ' (does not fit)' : ''}
              </span>
              <span>
                <span className={bars.track}>
                  <span
                    className={`${bars.bar} ${styles.barIdeal}`}
                    style={
                      { '--share': e ? share(e.throughputTokensPerSecond) : 0 } as CSSProperties
                    }
                    aria-hidden="true"
                  />
                  <span className={bars.value}>
                    {e
                      ? `${formatTokensPerSecond(e.throughputTokensPerSecond)} ideal`
                      : 'no estimate'}
                  </span>
                </span>
                {e && (
                  <span className={bars.track}>
                    <span
                      className={`${bars.bar} ${styles.barRealistic}`}
                      style={
                        {
                          '--share': share(e.realistic.throughputTokensPerSecond),
                        } as CSSProperties
                      }
                      aria-hidden="true"
                    />
                    <span className={bars.value}>
                      {`${formatTokensPerSecond(e.realistic.throughputTokensPerSecond)} realistic`}
                    </span>
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
      <DeferredDetails className={styles.chartData} summary="Chart data as a table">
        {() => (
          <>
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
                      {r.estimate
                        ? formatTokensPerSecond(r.estimate.throughputTokensPerSecond)
                        : '—'}
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
          </>
        )}
      </DeferredDetails>
    </figure>
  );
}

// Memoised: skipped when its inputs have not changed (e.g. while a typed value is invalid).
export default memo(ThroughputChart);
