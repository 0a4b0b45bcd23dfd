// "Show the working": each formula with this scenario's numbers substituted, device by device.
import { memo, type ReactNode } from 'react';
import type { Device } from '../../data/types';
import type { DeviceComparison } from '../../lib/compare';
import type { Scenario } from '../../lib/compare-state';
import { EFFICIENCY_SOURCE, type Estimate } from '../../lib/estimate';
import {
  formatBytesAsGB,
  formatGB,
  formatNumber,
  formatSeconds,
  formatTokensPerSecond,
  formatUsd,
} from '../../lib/format';
import styles from './styles.module.css';

export type Props = {
  scenario: Scenario;
  rows: readonly DeviceComparison[];
};

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
  if (m.activeParamsB < m.totalParamsB) {
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
  lines.push(
    `Realistic = ideal × ${num(e.realistic.efficiency)}: ${formatTokensPerSecond(e.realistic.decodeTokensPerSecond)} per sequence, ` +
      `${formatTokensPerSecond(e.realistic.throughputTokensPerSecond)} in all`,
  );
  return lines;
}

function Working({ scenario, rows }: Props): ReactNode {
  return (
    <details className={styles.working}>
      <summary>Show the working</summary>
      <p>
        {scenario.modelName}, {num(scenario.concurrency, 0)} sequence
        {scenario.concurrency === 1 ? '' : 's'} of {num(scenario.contextTokens, 0)} tokens,{' '}
        {scenario.n} device{scenario.n === 1 ? '' : 's'} per replica. GB = 10⁹ bytes; B = bytes.
        Peaks are dense. The realistic factor comes from{' '}
        <a href={EFFICIENCY_SOURCE.url}>{EFFICIENCY_SOURCE.title}</a> (read{' '}
        {EFFICIENCY_SOURCE.accessed}).
      </p>
      {rows.map(({ device, result }) => (
        <section key={device.id} className={styles.workingDevice}>
          <h4>{device.name}</h4>
          {result.ok ? (
            <ol>
              {workingLines(scenario, device, result.value).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ol>
          ) : (
            <p>No estimate for this device.</p>
          )}
        </section>
      ))}
    </details>
  );
}

// Memoised: skipped when its inputs have not changed (e.g. while a typed value is invalid).
export default memo(Working);
