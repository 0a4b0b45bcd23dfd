// Summary tables for the accuracy page: errors by group and class, fitted parameters, exclusions, sources.
import React from 'react';
import {
  accuracyReport,
  BANDS,
  DEVICE_CLASS_LABELS,
  DEVICE_CLASSES,
  ENGINE_LABELS,
  FITTED,
  PENDING_POINTS,
  summarise,
  summaryGroup,
  type AccuracyRow,
  type DeviceClass,
  type ErrorSummary,
  type SummaryGroup,
} from '@site/src/lib/calibration/refit';
import { excludedMeasurements, measurements } from '@site/src/data/measurements';
import type { Source } from '@site/src/data/types';
import ScrollTable from '@site/src/components/ScrollTable';
import { formatBytesAsGB, formatNumber, formatPercent, formatSeconds } from '@site/src/lib/format';
import { workedPoint } from '@site/src/lib/calibration/report';
import styles from './styles.module.css';

const GROUP_LABELS: Readonly<Record<SummaryGroup, string>> = {
  'single-stream': 'Single-stream decode (batch 1)',
  batched: 'Batched decode (known batch)',
  saturated: 'Saturated throughput (MLPerf Offline)',
  prefill: 'Prompt processing',
};
const GROUPS: readonly SummaryGroup[] = ['single-stream', 'batched', 'saturated', 'prefill'];

const pct = (x: number): string => formatPercent(x, 1);
const times = (x: number): string => `${formatNumber(1 + x, 2)}×`;

type RowsProp = { rows?: readonly AccuracyRow[] };

const ERROR_HEADINGS = ['Points', 'Median error', 'Worst', 'Flat 68 %: median'] as const;

/** The column headings the error tables share, right-aligned like their figures. */
function ErrorHeadings(): React.JSX.Element {
  return (
    <>
      {ERROR_HEADINGS.map((h) => (
        <th key={h} scope="col" className={styles.num}>
          {h}
        </th>
      ))}
    </>
  );
}

/** Points, median and worst error, and the flat baseline's median, for one group of rows. */
function ErrorCells({ s }: { s: ErrorSummary }): React.JSX.Element {
  return (
    <>
      <td className={styles.num}>{s.points}</td>
      <td className={styles.num}>{pct(s.medianError)}</td>
      <td className={styles.num}>{times(s.worstError)}</td>
      <td className={styles.num}>{pct(s.baselineMedianError)}</td>
    </>
  );
}

/** Median and worst leave-one-out error per metric group, with the flat-68 % baseline beside it. */
export function AccuracySummary({ rows }: RowsProp): React.JSX.Element {
  const data = rows ?? accuracyReport();
  return (
    <ScrollTable label="Leave-one-out error by metric">
      <caption>Leave-one-out error by metric (error: how far off, as a factor minus one)</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <ErrorHeadings />
          <th scope="col" className={styles.num}>
            Flat 68 %: worst
          </th>
        </tr>
      </thead>
      <tbody>
        {GROUPS.map((g) => {
          const r = data.filter((x) => summaryGroup(x.point) === g);
          if (r.length === 0) return null;
          const s = summarise(r);
          return (
            <tr key={g}>
              <th scope="row">{GROUP_LABELS[g]}</th>
              <ErrorCells s={s} />
              <td className={styles.num}>{times(s.baselineWorstError)}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

/** Errors and the decode band per device class. */
export function AccuracyByClass({ rows }: RowsProp): React.JSX.Element {
  const data = (rows ?? accuracyReport()).filter((r) => r.point.kind !== 'prefill');
  const classes = DEVICE_CLASSES.filter((c) => data.some((r) => r.point.deviceClass === c));
  return (
    <ScrollTable label="Leave-one-out error and band by device class">
      <caption>Leave-one-out error and band by device class (decode and saturated points)</caption>
      <thead>
        <tr>
          <th scope="col">Class</th>
          <ErrorHeadings />
          <th scope="col">Decode band (step time)</th>
        </tr>
      </thead>
      <tbody>
        {classes.map((c: DeviceClass) => {
          const s = summarise(data.filter((r) => r.point.deviceClass === c));
          const own = BANDS.decode[c];
          const b = own ?? BANDS.decode.pooled;
          return (
            <tr key={c}>
              <th scope="row">{DEVICE_CLASS_LABELS[c]}</th>
              <ErrorCells s={s} />
              <td>
                {formatNumber(b.low, 2)}× to {formatNumber(b.high, 2)}×
                {own ? '' : ' (pooled: fewer than 5 points)'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

type FigureStat =
  'medianError' | 'worstError' | 'baselineMedianError' | 'baselineWorstError' | 'points';

/** One figure from the report, inline in prose, so the text never disagrees with the tables. */
export function AccuracyFigure({
  group,
  stat,
}: {
  group: SummaryGroup | 'all';
  stat: FigureStat;
}): React.JSX.Element {
  const data = accuracyReport().filter((r) => group === 'all' || summaryGroup(r.point) === group);
  const s = summarise(data);
  if (stat === 'points') return <>{s.points}</>;
  const v = s[stat];
  return <>{stat.toLowerCase().includes('worst') ? times(v) : pct(v)}</>;
}

function formatParam(v: number, unit: 's' | 'share'): string {
  return unit === 's' ? formatSeconds(v) : formatNumber(v, 3);
}

/** The fitted parameters, as the widget applies them. */
export function FittedParameters(): React.JSX.Element {
  const d = FITTED.decode;
  const rows: { what: string; where: string; value: string }[] = [];
  for (const c of DEVICE_CLASSES) {
    for (const [key, v] of Object.entries(d.etaBw[c] ?? {})) {
      const [engine, family] = key.split('|') as [keyof typeof ENGINE_LABELS, string];
      rows.push({
        what: 'Share of bandwidth (decode)',
        where: `${DEVICE_CLASS_LABELS[c]}, ${ENGINE_LABELS[engine]}, ${family} formats`,
        value: formatParam(v, 'share'),
      });
    }
    for (const [engine, o] of Object.entries(d.overheadSeconds[c] ?? {})) {
      const borrowed = d.borrowedOverheads.includes(`${c}/${engine}`);
      rows.push({
        what: 'Fixed time per step',
        where: `${DEVICE_CLASS_LABELS[c]}, ${ENGINE_LABELS[engine as keyof typeof ENGINE_LABELS]}${borrowed ? ' (too few points: borrowed)' : ''}`,
        value: formatParam(o, 's'),
      });
    }
    const p = FITTED.prefill.eta[c];
    if (p !== undefined) {
      rows.push({
        what: 'Share of peak (prompt)',
        where: DEVICE_CLASS_LABELS[c],
        value: formatParam(p, 'share'),
      });
    }
    for (const [key, v] of Object.entries(FITTED.saturated.eta[c] ?? {})) {
      const [engine, family] = key.split('|') as [keyof typeof ENGINE_LABELS, string];
      rows.push({
        what: 'Share of peak (saturated)',
        where: `${DEVICE_CLASS_LABELS[c]}, ${ENGINE_LABELS[engine]}, ${family} formats`,
        value: formatParam(v, 'share'),
      });
    }
  }
  rows.push({
    what: 'All-reduce latency',
    where: 'Every class (tensor parallel)',
    value: formatSeconds(d.allReduceSeconds),
  });
  rows.push({
    what: 'Default share of bandwidth',
    where: 'Groups without data',
    value: formatParam(d.defaultEtaBw, 'share'),
  });
  rows.push({
    what: 'Default fixed time per step',
    where: 'Classes without data',
    value: formatParam(d.defaultOverheadSeconds, 's'),
  });
  return (
    <ScrollTable label="Fitted parameters">
      <caption>Fitted parameters</caption>
      <thead>
        <tr>
          <th scope="col">Parameter</th>
          <th scope="col">Applies to</th>
          <th scope="col" className={styles.num}>
            Value
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.what} ${r.where}`}>
            <th scope="row">{r.what}</th>
            <td>{r.where}</td>
            <td className={styles.num}>{r.value}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Points read and left out, with the reason. */
export function ExcludedPoints(): React.JSX.Element {
  return (
    <ScrollTable label="Measurements read and left out">
      <caption>Measurements read and left out</caption>
      <thead>
        <tr>
          <th scope="col">Measurement</th>
          <th scope="col">Why it is out</th>
        </tr>
      </thead>
      <tbody>
        {excludedMeasurements.map((e) => (
          <tr key={e.id}>
            <th scope="row">
              <a href={e.source.url}>{e.description}</a>
            </th>
            <td>{e.reason}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Points that wait for a catalogue entry (device or compute peak); empty once the catalogue has them. */
export function PendingPoints(): React.JSX.Element | null {
  if (PENDING_POINTS.length === 0) return null;
  return (
    <ul>
      {PENDING_POINTS.map((p) => (
        <li key={p.measurement.id}>
          {p.measurement.id}: {p.reason}
        </li>
      ))}
    </ul>
  );
}

/** Every distinct source of the measurements and exclusions, as a list of links. */
export function AccuracySources(): React.JSX.Element {
  const seen = new Map<string, Source>();
  for (const s of [
    ...measurements.map((m) => m.source),
    ...excludedMeasurements.map((e) => e.source),
  ]) {
    if (!seen.has(s.url)) seen.set(s.url, s);
  }
  return (
    <ul>
      {[...seen.values()].map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {s.title}
          </a>{' '}
          (read {s.accessed})
        </li>
      ))}
    </ul>
  );
}

/** The model's arithmetic for one calibration point, step by step, from the fitted constants. */
export function AccuracyExample({
  measurementId,
}: {
  measurementId: string;
}): React.JSX.Element | null {
  const worked = workedPoint(measurementId);
  if (!worked) return null;
  const { row, bandwidthShare: eta, overheadSeconds: overhead } = worked;
  const p = row.point;
  const ideal = worked.idealSeconds;
  const memory = worked.memorySeconds;
  const total = worked.expectedSeconds;
  const ms = formatSeconds;
  return (
    <ol>
      <li>
        Bytes per step: {formatBytesAsGB(worked.bytesPerStep)} (the{' '}
        {p.measurement.fileSizeReported ?? 'weight'} file plus the KV cache at{' '}
        {p.measurement.meanContextTokens} tokens of context).
      </li>
      <li>
        At the full {formatNumber(p.bandwidthGBs, 0)} GB/s that takes {ms(ideal)}: the ideal ceiling
        of {formatNumber(1 / ideal, 1)} tokens/s.
      </li>
      <li>
        Divide by the fitted bandwidth share for {DEVICE_CLASS_LABELS[p.deviceClass]} with{' '}
        {ENGINE_LABELS[p.engine]} ({p.family} formats), {formatNumber(eta, 3)}: {ms(memory)}.
      </li>
      <li>
        Add the fixed time per step for this engine on this class, {ms(overhead)}: {ms(total)}, or{' '}
        {formatNumber(1 / total, 1)} tokens/s expected with every point in the fit.
      </li>
      <li>
        Measured: {formatNumber(p.measured, 2)} tokens/s. Refitted without this point the model
        predicts {formatNumber(row.predicted, 1)}, a ratio of {formatNumber(row.ratio, 2)}; the flat
        68 % rule gives {formatNumber(row.baseline, 1)}.
      </li>
    </ol>
  );
}
