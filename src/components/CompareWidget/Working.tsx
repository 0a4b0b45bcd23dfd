// "Show the working": each formula with this scenario's numbers substituted, device by device.
import DeferredDetails from '../DeferredDetails';
import Link from '@docusaurus/Link';
import { memo, type ReactNode } from 'react';
import type { Device } from '../../data/types';
import { ENGINE_LABELS } from '../../lib/calibration';
import type { DeviceComparison, ServingCapacity } from '../../lib/compare';
import type { Scenario } from '../../lib/compare';
import { isMixtureOfExperts, type Estimate } from '../../lib/model';
import type { Expected } from '../../lib/calibration';
import {
  formatBanded,
  formatBytesAsGB,
  formatGB,
  formatNumber,
  formatPercent,
  formatSeconds,
  formatTokensPerSecond,
  formatUsd,
} from '../../lib/format';
import styles from './styles.module.css';

export type Props = {
  scenario: Scenario;
  rows: readonly DeviceComparison[];
};

/** The calibrated model's parameters and results, substituted. */
export function expectedLines(e: Expected): string[] {
  const lines = [
    `Engine: ${ENGINE_LABELS[e.engine]}${e.engineIsDefault ? ' (the usual one for this device)' : ''}`,
    ...[...e.decodeParams, ...e.prefillParams].map(
      (p) => `${p.name} = ${num(p.value, 4)} ${p.unit} (${p.basis}): ${p.meaning}`,
    ),
    `Expected step = ${formatBanded(e.stepSeconds, formatSeconds)}, so ${formatBanded(e.decodeTokensPerSecond, formatTokensPerSecond)} per sequence and ${formatBanded(e.throughputTokensPerSecond, formatTokensPerSecond)} in all`,
  ];
  if (e.ttftSeconds) {
    const t = e.ttftParts;
    const flops =
      t.promptFlops >= 1e12
        ? `${num(t.promptFlops / 1e12, 1)} TFLOP`
        : `${num(t.promptFlops / 1e9, 1)} GFLOP`;
    // Attention is priced only where the model has a hidden size.
    const attention =
      t.attentionFlops > 0
        ? `, ${formatPercent(t.attentionFlops / t.promptFlops)} of it attention`
        : '';
    lines.push(
      `Expected time to first token = ${formatSeconds(t.requestSeconds)} per request + ${formatSeconds(t.promptSeconds)} prompt step ` +
        `(${flops}${attention}) + ${formatSeconds(t.firstDecodeSeconds)} first decode step = ${formatBanded(e.ttftSeconds, formatSeconds)}`,
    );
  }
  return lines;
}

/** The serving-capacity model at this scenario's targets, substituted. */
export function servingLines(s: Scenario, device: Device, c: ServingCapacity): string[] {
  const cap = c.ideal;
  const p = cap.sloPoint;
  const lines = [
    `Each request holds ${num(c.isl, 0)} + ${num(c.osl, 0)} tokens at most; while decoding it holds ${num(c.isl, 0)} + ${num(c.osl, 0)} ÷ 2 = ${num(cap.ctxAvgTokens, 0)} on average`,
    `Most requests that fit = ${num(cap.maxConcurrency, 0)} (weights plus that many full-length KV caches of ${formatBytesAsGB(cap.kvBytesPerRequest)} each)`,
  ];
  if (p) {
    const compute = p.computeSeconds === null ? 'no peak' : formatSeconds(p.computeSeconds);
    const link = p.linkSeconds === null ? '' : ` + ${formatSeconds(p.linkSeconds)} all-reduce`;
    const host = p.hostSeconds === null ? '' : ` + ${formatSeconds(p.hostSeconds)} host experts`;
    lines.push(
      `At ${num(p.concurrency, 0)} requests: step = max(memory ${formatSeconds(p.memorySeconds)}, compute ${compute})${link}${host} = ${formatSeconds(p.stepSeconds)}; ` +
        `per user 1 ÷ step = ${formatTokensPerSecond(p.perUserTokensPerSecond)}; replica ${num(p.concurrency, 0)} ÷ step = ${formatTokensPerSecond(p.throughputPerReplica)}`,
    );
  }
  lines.push(
    s.tpotMs === null
      ? `No time-per-token target: the operating point is the most that fit, ${num(cap.sloConcurrency, 0)}`
      : `Largest concurrency with step ≤ ${num(s.tpotMs)} ms = ${num(cap.sloConcurrency, 0)}`,
  );
  if (p && s.requestsPerSecond !== null && cap.replicas !== null) {
    lines.push(
      `Replicas = ceil(${num(s.requestsPerSecond)} requests/s × ${num(c.osl, 0)} tokens ÷ ${formatTokensPerSecond(p.throughputPerReplica)}) = ${num(cap.replicas, 0)}; devices = ${num(cap.replicas, 0)} × ${s.n} = ${num(cap.devicesNeeded ?? 0, 0)}`,
    );
  }
  if (p && s.pricePerDeviceHour !== null && cap.costPerMillionTokens !== null) {
    lines.push(
      `Cost there = ${s.n} × ${formatUsd(s.pricePerDeviceHour)} ÷ (${formatTokensPerSecond(p.throughputPerReplica)} × 3,600 s) × 10⁶ = ${formatUsd(cap.costPerMillionTokens)} per million output tokens`,
    );
  }
  if (p && device.tdpW !== null && cap.joulesPerToken !== null) {
    lines.push(
      `Energy ≤ ${s.n} × ${num(device.tdpW, 0)} W ÷ ${formatTokensPerSecond(p.throughputPerReplica)} = ${num(cap.joulesPerToken, 3)} J per output token (full board power: an upper end)`,
    );
  }
  return lines;
}

const num = (v: number, digits = 2): string => formatNumber(v, digits);

function kvLines(s: Scenario, e: Estimate): string[] {
  const m = s.model;
  const perSequenceBytes = e.kvBytesPerSequence;
  const perToken =
    m.attention.kind === 'mla'
      ? `${m.layers} layers × ${num(m.attention.cachedWidth)} cached values × ${e.kvBytesPerElement} B`
      : `2 (K and V) × ${m.layers} layers × ${m.kvHeads} KV heads × ${m.headDim} × ${e.kvBytesPerElement} B`;
  const lines = [`KV per token = ${perToken} = ${num(e.kvBytesPerToken, 0)} B`];
  if (m.slidingWindow && m.slidingWindow.layers > 0) {
    lines.push(
      `KV per sequence = (${m.layers - m.slidingWindow.layers} full layers × ${num(s.contextTokens, 0)} tokens + ` +
        `${m.slidingWindow.layers} windowed layers × ${num(e.windowedTokens, 0)} tokens) × ` +
        `${num(e.kvBytesPerLayerToken, 0)} B per layer-token = ${num(perSequenceBytes, 0)} B`,
    );
  } else {
    lines.push(
      `KV per sequence = ${num(e.kvBytesPerToken, 0)} B × ${num(s.contextTokens, 0)} tokens = ${num(perSequenceBytes, 0)} B`,
    );
  }
  lines.push(
    `KV cache = ${num(s.concurrency, 0)} sequences × ${num(perSequenceBytes, 0)} B = ${formatGB(e.kvGB)}`,
  );
  return lines;
}

/** The substituted formulas for one device, as lines of text. */
export function workingLines(s: Scenario, device: Device, e: Estimate): string[] {
  const m = s.model;
  const bw = `${s.n} × ${num(device.memoryBandwidthGBs, 0)} GB/s`;
  const share =
    e.acceleratorShareSource === 'all'
      ? ''
      : ` × ${num(e.acceleratorShare * 100)}% accelerator share`;
  const lines: string[] = [
    `Weights = ${num(m.totalParamsB)} × 10⁹ parameters × ${num(e.bitsPerWeight)} bits ÷ 8 = ${formatGB(e.weightsGB)}`,
    ...kvLines(s, e),
    `Usable memory = ${s.n} × ${num(device.memoryGB)} GB${share} × (1 − ${num(s.reservePercent)}%) = ${formatGB(e.usableGB)}; ` +
      `weights + KV = ${formatGB(e.neededGB)}, so it ${e.fits ? 'fits' : 'does not fit'}`,
    e.weightsGB > e.usableGB
      ? `Most sequences that fit = 0 (the weights alone exceed usable memory)`
      : `Most sequences that fit = floor((${formatGB(e.usableGB)} − ${formatGB(e.weightsGB)}) ÷ ${formatBytesAsGB(e.kvBytesPerSequence)}) = ${num(e.maxConcurrency, 0)}`,
  ];
  if (isMixtureOfExperts(m)) {
    lines.push(
      `Weights read per step = min(${num(m.totalParamsB)}, ${num(s.concurrency, 0)} × ${num(m.activeParamsB)}) × 10⁹ parameters = ${formatBytesAsGB(e.weightBytesPerStep)}`,
    );
  }
  lines.push(
    `Memory time = (${formatBytesAsGB(e.weightBytesPerStep)} weights + ${formatBytesAsGB(e.kvBytesPerStep)} KV) ÷ (${bw}) = ${formatSeconds(e.memoryTimeSeconds)}`,
  );
  if (e.peakTflops === null || e.computeTimeSeconds === null) {
    lines.push('Compute time: not estimated (no sourced compute peak for this device)');
  } else {
    const peak = `${s.n} × ${num(e.peakTflops, 0)} × 10¹² ${e.peakPrecision?.toUpperCase() ?? ''}`;
    lines.push(
      `Compute time = 2 × ${num(m.activeParamsB)} × 10⁹ × ${num(s.concurrency, 0)} sequences ÷ (${peak}) = ${formatSeconds(e.computeTimeSeconds)}`,
    );
  }
  lines.push(
    `Step = max(memory, compute) = ${formatSeconds(e.stepSeconds)}, so ${e.bound}-bound; ` +
      `per sequence 1 ÷ ${formatSeconds(e.stepSeconds)} = ${formatTokensPerSecond(e.decodeTokensPerSecond)}; ` +
      `all sequences ${num(s.concurrency, 0)} ÷ ${formatSeconds(e.stepSeconds)} = ${formatTokensPerSecond(e.throughputTokensPerSecond)}`,
  );
  if (e.peakTflops !== null && e.ttftSeconds !== null && e.prefillSeconds !== null) {
    lines.push(
      `Time to first token = max(2 × ${num(m.activeParamsB)} × 10⁹ × ${num(s.promptTokens, 0)} prompt tokens ÷ (${s.n} × ${num(e.peakTflops, 0)} × 10¹²), ` +
        `${formatGB(e.weightsGB)} ÷ (${bw})) = max(${formatSeconds(e.prefillSeconds)}, ${formatSeconds(e.weightReadSeconds)}) = ${formatSeconds(e.ttftSeconds)}`,
    );
  }
  if (s.pricePerDeviceHour !== null && e.costPerMillionTokens !== null) {
    lines.push(
      `Cost = ${s.n} × ${formatUsd(s.pricePerDeviceHour)} per hour ÷ (${formatTokensPerSecond(e.throughputTokensPerSecond)} × 3,600 s) × 10⁶ = ${formatUsd(e.costPerMillionTokens)} per million tokens`,
    );
  }
  return lines;
}

function Working({ scenario, rows }: Props): ReactNode {
  return (
    <DeferredDetails className={styles.working} summary="Show the working">
      {() => (
        <>
          <p>
            {scenario.modelName}, {num(scenario.concurrency, 0)} sequence
            {scenario.concurrency === 1 ? '' : 's'} of {num(scenario.contextTokens, 0)} tokens,{' '}
            {scenario.n} device{scenario.n === 1 ? '' : 's'} per replica. GB = 10⁹ bytes; B = bytes.
            Peaks are dense. Ideal figures are ceilings; expected ones come from a model fitted to
            public measurements, listed with every fitted value on{' '}
            <Link to="/hardware/accuracy/">the accuracy page</Link>.
          </p>
          {rows.map(({ device, result, expected, capacity }) => (
            <section key={device.id} className={styles.workingDevice}>
              <h4>{device.name}</h4>
              {result.ok ? (
                <>
                  <ol>
                    {workingLines(scenario, device, result.value).map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ol>
                  {expected ? (
                    <>
                      <p>Expected (calibrated):</p>
                      <ol>
                        {expectedLines(expected).map((line, i) => (
                          <li key={i}>{line}</li>
                        ))}
                      </ol>
                    </>
                  ) : null}
                  {capacity.ok ? (
                    <>
                      <p>Serving many requests (ideal):</p>
                      <ol>
                        {servingLines(scenario, device, capacity.value).map((line, i) => (
                          <li key={i}>{line}</li>
                        ))}
                      </ol>
                    </>
                  ) : null}
                </>
              ) : (
                <p>No estimate for this device.</p>
              )}
            </section>
          ))}
        </>
      )}
    </DeferredDetails>
  );
}

// Memoised: skipped when its inputs have not changed (e.g. while a typed value is invalid).
export default memo(Working);
