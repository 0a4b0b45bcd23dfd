// The serving simulation against measured serving curves, for the accuracy page: a summary per source with the band built without it, and every point.
import type { ReactNode } from 'react';
import { servingCurves } from '@site/src/data/serving-curves';
import type { ServingCurve } from '@site/src/data/serving-curve-types';
import {
  curveCaption,
  leaveOneSourceOut,
  summarise,
  type CurveCheck,
  type ServingBand,
  type ValidationSummary,
} from '@site/src/lib/serving/sim';
import { heldOutStepParams } from '@site/src/lib/serving/sim/held-out';
import {
  formatNumber,
  formatPercent,
  formatSeconds,
  formatTokensPerSecond,
} from '@site/src/lib/format';
import StaticHtml from '../StaticHtml';
import ScrollRegion from '../ScrollRegion';
import table from '../../css/table.module.css';

const ratio = (v: number | null): string =>
  v === null || !Number.isFinite(v) ? '—' : `${formatNumber(v, 2)}×`;
const share = (v: number): string => (Number.isFinite(v) ? formatPercent(v) : '—');
const ms = (v: number | null): string => (v === null ? '—' : `${formatNumber(v, 1)} ms`);

const bandText = (b: { low: number; high: number }): string =>
  `${formatNumber(b.low, 2)}–${formatNumber(b.high, 2)}×`;

function SummaryRow({
  label,
  s,
  band,
}: {
  label: string;
  s: ValidationSummary;
  band: ServingBand | null;
}): ReactNode {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className={table.number}>{formatNumber(s.curves, 0)}</td>
      <td className={table.number}>{formatNumber(s.points, 0)}</td>
      <td className={table.number}>{share(s.medianThroughputError)}</td>
      <td className={table.number}>{share(s.medianTpotError)}</td>
      <td className={table.number}>{ratio(s.worstRatio)}</td>
      <td className={table.number}>{share(s.throughputCoverage)}</td>
      <td className={table.number}>{share(s.tpotCoverage)}</td>
      <td className={table.number}>{band === null ? '—' : bandText(band.throughput)}</td>
      <td className={table.number}>{band === null ? '—' : bandText(band.tpot)}</td>
    </tr>
  );
}

function CurveTable({ check }: { check: CurveCheck }): ReactNode {
  const c = check.curve;
  const caption = curveCaption(c);
  return (
    <figure className={table.figure} data-curve={c.id}>
      <ScrollRegion label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{c.mode === 'concurrency' ? 'In flight' : 'Requests/s'}</th>
              <th scope="col">Measured tok/s</th>
              <th scope="col">Simulated tok/s (band)</th>
              <th scope="col">Sim ÷ measured</th>
              <th scope="col">Measured TPOT</th>
              <th scope="col">Simulated TPOT (band)</th>
              <th scope="col">Sim ÷ measured</th>
              <th scope="col">Measured TTFT</th>
              <th scope="col">Simulated TTFT</th>
            </tr>
          </thead>
          <tbody>
            {check.points.map((p) => (
              <tr key={p.load}>
                <th scope="row" className={table.number}>
                  {formatNumber(p.load, 2)}
                </th>
                <td className={table.number}>{formatTokensPerSecond(p.point.throughputTps)}</td>
                <td className={table.number}>
                  {formatTokensPerSecond(p.simulated.throughputTps)} (
                  {formatNumber(p.throughputBand.low, 0)}–{formatNumber(p.throughputBand.high, 0)})
                </td>
                <td className={table.number}>{ratio(p.throughputRatio)}</td>
                <td className={table.number}>{ms(p.point.tpotMs)}</td>
                <td className={table.number}>
                  {p.tpotBand === null
                    ? ms(p.simulated.tpotMs)
                    : `${ms(p.simulated.tpotMs)} (${formatNumber(p.tpotBand.low, 1)}–${formatNumber(p.tpotBand.high, 1)})`}
                </td>
                <td className={table.number}>{ratio(p.tpotRatio)}</td>
                <td className={table.number}>{formatSeconds(p.point.ttftS)}</td>
                <td className={table.number}>
                  {formatSeconds(p.point.ttftS === null ? null : p.simulated.ttftS)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <figcaption className={table.notes}>
        {c.latencyStat === 'mean' ? 'Means' : `${c.latencyStat} values`} as the source reports them
        {c.tpotIsItl ? ' (inter-token latency compared with time per output token)' : ''}
        {c.derivedFrom ? '; one batch submitted at once, simulated the same way' : ''}
        {c.promptsPerRun === undefined
          ? ''
          : '; each point one run of a fixed number of prompts, simulated and measured whole'}
        . Source: <a href={c.source.url}>{c.source.title}</a> (read {c.source.accessed}).
      </figcaption>
    </figure>
  );
}

/** A source's title, or for a campaign of several documents its name and their count. */
function groupLabel(g: { source: string; checks: readonly { curve: ServingCurve }[] }): string {
  const titles = [...new Set(g.checks.map((c) => c.curve.source.title))];
  if (titles.length === 1) return titles[0] ?? g.source;
  return `${titles.length} documents of one campaign (${g.source}), held out together`;
}

function Tables(): ReactNode {
  const groups = leaveOneSourceOut(servingCurves, heldOutStepParams(servingCurves));
  const all = summarise(groups.flatMap((g) => g.checks));
  const caption = 'The simulation against measured serving curves, grouped by source';
  return (
    <>
      <figure className={table.figure}>
        <ScrollRegion label={caption}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Source (held out)</th>
                <th scope="col">Curves</th>
                <th scope="col">Points</th>
                <th scope="col">Median throughput error</th>
                <th scope="col">Median TPOT error</th>
                <th scope="col">Worst ratio</th>
                <th scope="col">Throughput inside band</th>
                <th scope="col">TPOT inside band</th>
                <th scope="col">Its throughput band (measured ÷ simulated)</th>
                <th scope="col">Its TPOT band (measured ÷ simulated)</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <SummaryRow key={g.source} label={groupLabel(g)} s={g.summary} band={g.band} />
              ))}
              <SummaryRow label="All curves" s={all} band={null} />
            </tbody>
          </table>
        </ScrollRegion>
      </figure>
      {groups
        .flatMap((g) => g.checks)
        .map((check) => (
          <CurveTable key={check.curve.id} check={check} />
        ))}
    </>
  );
}

/** Computed when the page is built; the first load keeps the server's HTML without re-running it. */
export default function ServingValidation(): ReactNode {
  return (
    <StaticHtml>
      <Tables />
    </StaticHtml>
  );
}
