// One device's results: key specs, memory bar, fit, speeds (ideal and realistic), cost and caveats.
import { memo, type ReactNode } from 'react';
import type { Device } from '../../data/types';
import type { DeviceComparison } from '../../lib/compare';
import type { Estimate } from '../../lib/estimate';
import {
  formatGB,
  formatGBs,
  formatNumber,
  formatPercent,
  formatSeconds,
  formatTokensPerSecond,
  formatUsd,
} from '../../lib/format';
import MemoryBar from './MemoryBar';
import styles from './styles.module.css';

export type Props = {
  idPrefix: string;
  /** The device, its label and its estimate (or the reasons it could not be made). */
  comparison: DeviceComparison;
  n: number;
  concurrency: number;
};

/** Machine-readable value: a finite number, a word, or empty when there is none. */
function dataValue(value: number | string | boolean | null): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value === null) return '';
  return String(value);
}

function Metric({
  name,
  label,
  value,
  children,
}: {
  name: string;
  label: string;
  value: number | string | boolean | null;
  children: ReactNode;
}): ReactNode {
  return (
    <div className={styles.metric} data-metric={name} data-value={dataValue(value)}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Realistic({ children }: { children: ReactNode }): ReactNode {
  return <span className={styles.realistic}>{children}</span>;
}

function DeviceResult({ idPrefix, comparison, n, concurrency }: Props): ReactNode {
  const { device, label, result } = comparison;
  const headingId = `${idPrefix}-${device.id}-heading`;
  return (
    <article className={styles.card} data-device={device.id} aria-labelledby={headingId}>
      <h3 className={styles.cardTitle} id={headingId}>
        {label}
      </h3>
      <p className={styles.cardMeta}>
        {device.vendor} · {formatGB(device.memoryGB)} {device.memoryType} ·{' '}
        {formatGBs(device.memoryBandwidthGBs)}
        {n > 1 ? ' per device' : ''}
      </p>
      {result.ok ? (
        <Body device={device} n={n} concurrency={concurrency} estimate={result.value} />
      ) : (
        <div className={styles.cardError}>
          <p>No estimate for this device:</p>
          <ul>
            {result.errors.map((e) => (
              <li key={`${e.input}-${e.message}`}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}

function Body({
  device,
  n,
  concurrency,
  estimate: e,
}: {
  device: Device;
  n: number;
  concurrency: number;
  estimate: Estimate;
}): ReactNode {
  const efficiency = formatPercent(e.realistic.efficiency);
  const peak =
    e.peakTflops === null || e.peakPrecision === null
      ? 'no sourced peak'
      : `${formatNumber(e.peakTflops, 0)} ${e.peakPrecision === 'int8' ? 'TOPS' : 'TFLOPS'} ${e.peakPrecision.toUpperCase()}`;
  return (
    <>
      <p className={styles.cardMeta}>Dense peak used: {peak}</p>
      {e.acceleratorShareSource === 'all' ? null : (
        <p
          className={styles.cardMeta}
          data-metric="accelerator-share"
          data-value={dataValue(e.acceleratorShare)}
        >
          The accelerator may use {formatPercent(e.acceleratorShare)} of memory
          {e.acceleratorShareSource === 'catalogue'
            ? ` by default (${device.usableMemory?.note ?? 'see the catalogue'}); change it under "Accelerator share".`
            : ' (your setting).'}
        </p>
      )}
      <MemoryBar
        totalGB={e.acceleratorGB}
        weightsGB={e.weightsGB}
        kvGB={e.kvGB}
        reserveGB={e.reserveGB}
        freeGB={e.freeGB}
      />
      <p
        className={e.fits ? styles.good : styles.bad}
        data-metric="fits"
        data-value={dataValue(e.fits)}
      >
        {e.fits
          ? `Fits: weights and the KV cache of ${concurrency.toLocaleString('en-US')} sequence${concurrency === 1 ? '' : 's'} take ${formatGB(e.neededGB)} of ${formatGB(e.usableGB)} usable.`
          : `Does not fit: needs ${formatGB(e.neededGB)}, ${formatGB(e.usableGB)} usable.`}
      </p>
      <dl className={styles.metrics}>
        <Metric name="weights-gb" label="Weights" value={e.weightsGB}>
          {formatGB(e.weightsGB)}
        </Metric>
        <Metric name="kv-gb" label="KV cache" value={e.kvGB}>
          {formatGB(e.kvGB)}
        </Metric>
        <Metric name="max-batch" label="Most sequences that fit" value={e.maxConcurrency}>
          {e.maxConcurrency === 0 ? 'none (weights do not fit)' : formatNumber(e.maxConcurrency, 0)}
        </Metric>
        <Metric name="bound" label="Decode step is" value={e.bound}>
          {e.bound === 'memory' ? 'memory-bound' : 'compute-bound'} ({formatSeconds(e.stepSeconds)})
        </Metric>
        <Metric name="decode-tps" label="Decode, per sequence" value={e.decodeTokensPerSecond}>
          {formatTokensPerSecond(e.decodeTokensPerSecond)} ideal
          <Realistic>
            {formatTokensPerSecond(e.realistic.decodeTokensPerSecond)} realistic ({efficiency})
          </Realistic>
        </Metric>
        <Metric
          name="throughput-tps"
          label="Decode, all sequences"
          value={e.throughputTokensPerSecond}
        >
          {formatTokensPerSecond(e.throughputTokensPerSecond)} ideal
          <Realistic>
            {formatTokensPerSecond(e.realistic.throughputTokensPerSecond)} realistic ({efficiency})
          </Realistic>
        </Metric>
        <Metric name="ttft-s" label="Time to first token" value={e.ttftSeconds}>
          {e.ttftSeconds === null ? 'not estimated' : `${formatSeconds(e.ttftSeconds)} ideal`}
          {e.realistic.ttftSeconds === null ? null : (
            <Realistic>{formatSeconds(e.realistic.ttftSeconds)} realistic</Realistic>
          )}
        </Metric>
        {e.costPerMillionTokens === null ? null : (
          <Metric
            name="cost-per-million"
            label="Cost per million output tokens"
            value={e.costPerMillionTokens}
          >
            {formatUsd(e.costPerMillionTokens)} ideal
            <Realistic>
              {e.realistic.costPerMillionTokens === null
                ? 'not estimated'
                : formatUsd(e.realistic.costPerMillionTokens)}{' '}
              realistic
            </Realistic>
          </Metric>
        )}
      </dl>
      {e.communication ? (
        <details className={styles.note}>
          <summary>
            Between devices: about {formatSeconds(e.communication.secondsPerStep)} per step over{' '}
            {e.communication.link}
          </summary>
          <p>
            {formatGBs(e.communication.GBs)} link. {e.communication.note}
          </p>
        </details>
      ) : null}
      {e.warnings.length > 0 ? (
        <ul className={styles.warnings}>
          {e.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

// Memoised: skipped when its inputs have not changed (e.g. while a typed value is invalid).
export default memo(DeviceResult);
