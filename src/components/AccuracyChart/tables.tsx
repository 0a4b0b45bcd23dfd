// Summary tables for the accuracy page: errors by group and class, fitted parameters, exclusions, sources.
import React from 'react';
import { classPhrase } from '@site/src/lib/calibration/points';
import {
  accuracyReport,
  BANDS,
  bandCoverageOfReport,
  HOLDOUTS,
  MIN_SUPPORT,
  SUPPORT,
  WIDENING,
  type BandGroup,
  type Holdout,
  DEVICE_CLASS_LABELS,
  DEVICE_CLASSES,
  ENGINE_LABELS,
  FITTED,
  PENDING_POINTS,
  summarise,
  summaryGroup,
  type AccuracyRow,
  type DeviceClass,
  type SummaryGroup,
} from '@site/src/lib/calibration/refit';
import { excludedMeasurements, measurements } from '@site/src/data/measurements';
import type { Source } from '@site/src/data/types';
import ScrollTable from '@site/src/components/ScrollTable';
import { formatBytesAsGB, formatNumber, formatPercent, formatSeconds } from '@site/src/lib/format';
import { workedPoint } from '@site/src/lib/calibration/report';
import styles from './styles.module.css';

const GROUP_LABELS: Readonly<Record<SummaryGroup, string>> = {
  'single-stream': 'Decode at batch 1',
  batched: 'Decode or serving at a stated batch',
  saturated: 'Saturated throughput',
  prefill: 'Prompt processing and time to first token',
};
const GROUPS: readonly SummaryGroup[] = ['single-stream', 'batched', 'prefill', 'saturated'];

const pct = (x: number): string => formatPercent(x, 1);
const times = (x: number): string => `${formatNumber(1 + x, 2)}×`;

type RowsProp = { rows?: readonly AccuracyRow[] };

const HOLDOUT_SHORT: Readonly<Record<Holdout, string>> = {
  point: 'One point out',
  source: 'One source out',
  device: 'One device out',
  class: 'One class out',
};

/** Median (and worst) error of the rows of one group under each holdout. */
function HoldoutCells({ pick }: { pick: (r: AccuracyRow) => boolean }): React.JSX.Element {
  return (
    <>
      {HOLDOUTS.map((h) => {
        const r = accuracyReport(h).filter(pick);
        if (r.length === 0) {
          return (
            <td key={h} className={styles.num}>
              –
            </td>
          );
        }
        const s = summarise(r);
        return (
          <td key={h} className={styles.num}>
            {pct(s.medianError)} ({times(s.worstError)})
          </td>
        );
      })}
    </>
  );
}

function HoldoutHeadings(): React.JSX.Element {
  return (
    <>
      {HOLDOUTS.map((h) => (
        <th key={h} scope="col" className={styles.num}>
          {HOLDOUT_SHORT[h]}
        </th>
      ))}
    </>
  );
}

/**
 * Median (worst) error per metric group under each holdout: one point, its source, its device or
 * its whole class left out of the fit. The source column is the headline.
 */
export function AccuracySummary({ rows }: RowsProp): React.JSX.Element {
  const data = rows ?? accuracyReport();
  const ids = new Set(data.map((r) => r.point.measurement.id));
  return (
    <ScrollTable label="Held-out error by metric">
      <caption>
        Held-out error by metric: median, with the worst in brackets (error: how far off, as a
        factor minus one)
      </caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col" className={styles.num}>
            Points
          </th>
          <HoldoutHeadings />
          <th scope="col" className={styles.num}>
            Flat 68 %
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
              <td className={styles.num}>{s.points}</td>
              <HoldoutCells
                pick={(x) => ids.has(x.point.measurement.id) && summaryGroup(x.point) === g}
              />
              <td className={styles.num}>{pct(s.baselineMedianError)}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

/** Held-out errors and the band per metric group and device class. */
export function AccuracyByClass({ rows }: RowsProp): React.JSX.Element {
  const data = rows ?? accuracyReport();
  const ids = new Set(data.map((r) => r.point.measurement.id));
  const bandGroup = (g: SummaryGroup) =>
    g === 'prefill' ? 'prefill' : g === 'saturated' ? 'saturated' : 'decode';
  return (
    <ScrollTable label="Held-out error and band by metric and device class">
      <caption>
        Held-out error by metric and device class: median (worst), and the band a card shows
      </caption>
      <thead>
        <tr>
          <th scope="col">Metric and class</th>
          <th scope="col" className={styles.num}>
            Points
          </th>
          <HoldoutHeadings />
          <th scope="col">Band (step time)</th>
        </tr>
      </thead>
      <tbody>
        {GROUPS.flatMap((g) =>
          DEVICE_CLASSES.filter((c) =>
            data.some((r) => summaryGroup(r.point) === g && r.point.deviceClass === c),
          ).map((c: DeviceClass) => {
            const pick = (x: AccuracyRow) =>
              ids.has(x.point.measurement.id) &&
              summaryGroup(x.point) === g &&
              x.point.deviceClass === c;
            const n = data.filter(pick).length;
            const own = BANDS[bandGroup(g)][c];
            const b = own ?? BANDS[bandGroup(g)].pooled;
            return (
              <tr key={`${g} ${c}`}>
                <th scope="row">
                  {GROUP_LABELS[g]}: {DEVICE_CLASS_LABELS[c]}
                </th>
                <td className={styles.num}>{n}</td>
                <HoldoutCells pick={pick} />
                <td>
                  {formatNumber(b.low, 2)}× to {formatNumber(b.high, 2)}×
                  {own ? '' : ' (pooled: fewer than 5 points)'}
                </td>
              </tr>
            );
          }),
        )}
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
  holdout = 'source',
}: {
  group: SummaryGroup | 'all';
  stat: FigureStat;
  holdout?: Holdout;
}): React.JSX.Element {
  const data = accuracyReport(holdout).filter(
    (r) => group === 'all' || summaryGroup(r.point) === group,
  );
  const s = summarise(data);
  if (stat === 'points') return <>{s.points}</>;
  const v = s[stat];
  return <>{stat.toLowerCase().includes('worst') ? times(v) : pct(v)}</>;
}

/** Share of points whose measured time fell inside the band a card shows, one source left out. */
export function BandCoverage(): React.JSX.Element {
  return <>{formatPercent(bandCoverageOfReport(), 0)}</>;
}

const TIER_ROWS: readonly {
  key:
    | 'bandwidthShare'
    | 'decodeComputeShare'
    | 'promptComputeShare'
    | 'promptFlopsPerByte'
    | 'fixedSeconds'
    | 'requestSeconds';
  what: string;
  unit: 's' | 'share';
}[] = [
  { key: 'bandwidthShare', what: 'Share of bandwidth', unit: 'share' },
  { key: 'fixedSeconds', what: 'Fixed time per step', unit: 's' },
  { key: 'requestSeconds', what: 'Fixed time per request (time to first token)', unit: 's' },
  { key: 'decodeComputeShare', what: 'Share of peak (decode tokens)', unit: 'share' },
  { key: 'promptComputeShare', what: 'Share of peak (prompt tokens)', unit: 'share' },
  {
    key: 'promptFlopsPerByte',
    what: 'Prompt FLOP/s per byte/s (no sourced peak)',
    unit: 'share',
  },
];

function formatParam(v: number, unit: 's' | 'share'): string {
  return unit === 's' ? formatSeconds(v) : formatNumber(v, 3);
}

function whereLabel(key: string): string {
  const [cls, rest] = key.split('/') as [DeviceClass, string | undefined];
  const label = DEVICE_CLASS_LABELS[cls];
  if (rest === undefined) return label;
  const [engine, family] = rest.split('|') as [keyof typeof ENGINE_LABELS, string | undefined];
  return `${label}, ${ENGINE_LABELS[engine]}${family === undefined ? '' : `, ${family} formats`}`;
}

/** The fitted parameters at each level, as the widget applies them (most specific first). */
export function FittedParameters(): React.JSX.Element {
  const rows: { what: string; where: string; value: string }[] = [];
  for (const t of TIER_ROWS) {
    const tier = FITTED[t.key];
    rows.push({ what: t.what, where: 'Every class', value: formatParam(tier.default, t.unit) });
    for (const [c, v] of Object.entries(tier.byClass)) {
      rows.push({ what: t.what, where: whereLabel(c), value: formatParam(v, t.unit) });
    }
    for (const [k, v] of Object.entries(tier.byEngine)) {
      rows.push({ what: t.what, where: whereLabel(k), value: formatParam(v, t.unit) });
    }
    for (const [k, v] of Object.entries(tier.byFamily)) {
      rows.push({ what: t.what, where: whereLabel(k), value: formatParam(v, t.unit) });
    }
    for (const [k, v] of Object.entries(tier.byVendor)) {
      rows.push({
        what: t.what,
        where: `${k} chips (factor on the level above)`,
        value: formatNumber(v, 3),
      });
    }
    for (const [k, v] of Object.entries(tier.byVendorEngine)) {
      const [vendor, engine] = k.split('/') as [string, keyof typeof ENGINE_LABELS];
      rows.push({
        what: t.what,
        where: `${vendor} chips with ${Object.hasOwn(ENGINE_LABELS, engine) ? ENGINE_LABELS[engine] : engine} (factor on the vendor's)`,
        value: formatNumber(v, 3),
      });
    }
  }
  rows.push({
    what: 'All-reduce latency (two devices; × 2(n − 1)/n for n)',
    where: 'Every class (tensor parallel)',
    value: formatSeconds(FITTED.allReduceSeconds),
  });
  rows.push({
    what: 'Link share (of the scale-up link, one direction)',
    where: 'Every class (tensor-parallel activation traffic)',
    value: formatNumber(FITTED.linkShare, 3),
  });
  rows.push({
    what: 'Mixture-of-experts prompt share (of the prompt rate)',
    where: 'Every class (prompt FLOPs of a mixture of experts)',
    value: formatNumber(FITTED.moePromptShare, 3),
  });
  rows.push({
    what: 'Overlap penalty',
    where: 'Every step (chosen by leave-one-source-out error)',
    value: formatNumber(FITTED.overlapPenalty, 2),
  });
  rows.push({
    what: 'Shrinkage (prior weight, points)',
    where: 'Every level below the top (chosen by leave-one-source-out error)',
    value: formatNumber(FITTED.shrinkage, 2),
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

const BAND_GROUP_LABELS: Readonly<Record<BandGroup, string>> = {
  decode: 'Decode speed and time per output token',
  prefill: 'Prompt processing and time to first token',
  saturated: 'Saturated throughput',
};

/** The widening factor per kind of figure, from leave-one-class-out errors. */
export function WideningRule(): React.JSX.Element {
  return (
    <ScrollTable label="Band widening where data is thin">
      <caption>
        Band widening where a class or an engine on it has fewer than three measurements
      </caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col" className={styles.num}>
            Each band end moves out by
          </th>
        </tr>
      </thead>
      <tbody>
        {(Object.keys(WIDENING) as BandGroup[]).map((g) => (
          <tr key={g}>
            <th scope="row">{BAND_GROUP_LABELS[g]}</th>
            <td className={styles.num}>{formatNumber(WIDENING[g], 2)}×</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Classes and engines with fewer than three measurements of a kind: where the data is missing. */
export function MissingData(): React.JSX.Element {
  const items: string[] = [];
  for (const g of Object.keys(SUPPORT) as BandGroup[]) {
    for (const c of DEVICE_CLASSES) {
      const engines = Object.entries(SUPPORT[g]).filter(([k]) => k.startsWith(`${c}/`));
      const total = engines.reduce((a, [, v]) => a + v, 0);
      if (total < MIN_SUPPORT) {
        items.push(
          `${BAND_GROUP_LABELS[g]} on ${classPhrase(c)}: ${total === 0 ? 'no measurement' : `${total} measurement${total === 1 ? '' : 's'}`}.`,
        );
        continue;
      }
      for (const [k, v] of engines) {
        if (v < MIN_SUPPORT) {
          items.push(
            `${BAND_GROUP_LABELS[g]}: ${whereLabel(k)}, ${v} measurement${v === 1 ? '' : 's'}.`,
          );
        }
      }
    }
  }
  return (
    <ul>
      {items.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
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
  const ms = formatSeconds;
  const total = worked.expectedSeconds;
  return (
    <ol>
      <li>
        Bytes per step: {formatBytesAsGB(worked.bytesPerStep)} (the{' '}
        {p.measurement.fileSizeReported ?? 'weight'} file plus the KV cache at{' '}
        {p.measurement.meanContextTokens} tokens of context).
      </li>
      <li>
        At the full {formatNumber(p.bandwidthGBs, 0)} GB/s that takes {ms(worked.idealSeconds)}: the
        ideal ceiling of {formatNumber(1 / worked.idealSeconds, 1)} tokens/s.
      </li>
      <li>
        Divide by the fitted bandwidth share for {DEVICE_CLASS_LABELS[p.deviceClass]} with{' '}
        {ENGINE_LABELS[p.engine]} ({p.family} formats), {formatNumber(eta, 3)}:{' '}
        {ms(worked.memorySeconds)}.
      </li>
      <li>
        The step&apos;s one-token matrix multiplies take {ms(worked.computeSeconds)} at the fitted
        compute rate; {formatNumber(worked.overlapPenalty, 2)} of that shorter time shows on top of
        the memory time.
      </li>
      <li>
        Add the fixed time per step for this engine on this class, {ms(overhead)}: {ms(total)}, or{' '}
        {formatNumber(1 / total, 1)} tokens/s expected with every point in the fit.
      </li>
      <li>
        Measured: {formatNumber(p.measured, 2)} tokens/s. Refitted without this point&apos;s source
        the model predicts {formatNumber(row.predicted, 1)}, a ratio of {formatNumber(row.ratio, 2)}
        ; the flat 68 % rule gives {formatNumber(row.baseline, 1)}.
      </li>
    </ol>
  );
}
