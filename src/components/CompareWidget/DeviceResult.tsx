// One device's results: key specs, memory bar, fit, speeds (ideal ceiling and expected), serving capacity.
import Link from '@docusaurus/Link';
import { memo, type ReactNode } from 'react';
import type { Device } from '../../data/types';
import { ENERGY_CAVEAT } from '../../lib/serving';
import type { DeviceComparison, ServingCapacity } from '../../lib/compare';
import type { Estimate } from '../../lib/model';
import type { Banded, Expected } from '../../lib/calibration';
import {
  formatBanded,
  formatGB,
  formatGBs,
  formatKWhPerMillion,
  formatNumber,
  formatPercent,
  formatSeconds,
  formatTokensPerSecond,
  formatUsd,
} from '../../lib/format';
import { ENGINE_LABELS } from '../../lib/calibration';
import MemoryBar from './MemoryBar';
import SimulatedServing from './SimulatedServing';
import type { DeviceSimulation, SimulationState } from './useServingSimulation';
import styles from './styles.module.css';

export type Props = {
  idPrefix: string;
  /** The device, its label, its estimate and capacity (or the reasons they could not be made). */
  comparison: DeviceComparison;
  n: number;
  concurrency: number;
  /** The accuracy page, linked from the expected figures. */
  accuracyPath?: string;
  /** The serving simulation's status, and this device's results so far. */
  simulationStatus?: SimulationState['status'];
  simulated?: DeviceSimulation;
};

/** Machine-readable value: a finite number, a word, or empty when there is none. */
function dataValue(value: number | string | boolean | null | undefined): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value === null || value === undefined) return '';
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

/** The calibrated figure under the ideal one, with its band as machine-readable attributes. */
function ExpectedValue({
  name,
  band,
  format,
  bare,
}: {
  name: string;
  band: Banded | null;
  format: (v: number) => string;
  /** The band's ends without the unit, when the unit is the same for all three. */
  bare?: (v: number) => string;
}): ReactNode {
  if (band === null) return <span className={styles.expected}>expected: not estimated</span>;
  return (
    <span
      className={styles.expected}
      data-metric={name}
      data-value={dataValue(band.value)}
      data-low={dataValue(band.low)}
      data-high={dataValue(band.high)}
    >
      expected {formatBanded(band, format, bare)}
    </span>
  );
}

/** A rate's number without its unit, to the same digits formatTokensPerSecond uses. */
const bareRate = (v: number): string => formatTokensPerSecond(v).replace(/ tok\/s$/, '');

function DeviceResult({
  idPrefix,
  comparison,
  n,
  concurrency,
  accuracyPath = '/hardware/accuracy/',
  simulationStatus = 'idle',
  simulated,
}: Props): ReactNode {
  const { device, label, result, expected, capacity } = comparison;
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
        <>
          <Body
            device={device}
            concurrency={concurrency}
            estimate={result.value}
            expected={expected}
            accuracyPath={accuracyPath}
          />
          <Serving idPrefix={idPrefix} device={device} capacity={capacity}>
            <SimulatedServing
              deviceName={device.name}
              status={simulationStatus}
              device={simulated}
            />
          </Serving>
          <Caveats estimate={result.value} />
        </>
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

// The parts below are memoised: the simulation's results arrive (and its status changes) several
// times per edit, and each time only SimulatedServing has anything new to show.
const Body = memo(function Body({
  device,
  concurrency,
  estimate: e,
  expected,
  accuracyPath,
}: {
  device: Device;
  concurrency: number;
  estimate: Estimate;
  expected: Expected | null;
  accuracyPath: string;
}): ReactNode {
  const peak =
    e.peakTflops === null || e.peakPrecision === null
      ? 'no sourced peak'
      : `${formatNumber(e.peakTflops, 0)} ${e.peakPrecision === 'int8' ? 'TOPS' : 'TFLOPS'} ${e.peakPrecision.toUpperCase()}${e.peakDerived ? ' (derived from per-core rates)' : ''}`;
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
            ? ` by default (${device.usableMemory?.note ?? 'see the catalogue'}); set your own under "Accelerator share".`
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
          ? `Fits: weights and the KV cache of ${formatNumber(concurrency, 0)} sequence${concurrency === 1 ? '' : 's'} take ${formatGB(e.neededGB)} of ${formatGB(e.usableGB)} usable.`
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
          {e.bound === 'memory' ? 'memory-bound' : 'compute-bound'} ({formatSeconds(e.stepSeconds)}{' '}
          at best)
        </Metric>
        {(
          [
            [
              'decode-tps',
              'Decode, per sequence',
              e.decodeTokensPerSecond,
              expected?.decodeTokensPerSecond,
            ],
            [
              'throughput-tps',
              'Decode, all sequences',
              e.throughputTokensPerSecond,
              expected?.throughputTokensPerSecond,
            ],
          ] as const
        ).map(([name, label, ceiling, band]) => (
          <Metric key={name} name={name} label={label} value={ceiling}>
            {formatTokensPerSecond(ceiling)} ceiling
            <ExpectedValue
              name={`${name}-expected`}
              band={band ?? null}
              format={formatTokensPerSecond}
              bare={bareRate}
            />
          </Metric>
        ))}
        <Metric name="ttft-s" label="Time to first token" value={e.ttftSeconds}>
          {e.ttftSeconds === null
            ? 'no ceiling (no sourced compute peak)'
            : `${formatSeconds(e.ttftSeconds)} at best${e.peakDerived ? ' (derived peak)' : ''}`}
          <ExpectedValue
            name="ttft-s-expected"
            band={expected?.ttftSeconds ?? null}
            format={formatSeconds}
          />
        </Metric>
        {e.costPerMillionTokens === null ? null : (
          <Metric
            name="cost-per-million"
            label="Cost per million output tokens"
            value={e.costPerMillionTokens}
          >
            {formatUsd(e.costPerMillionTokens)} at the ceiling
            <ExpectedValue
              name="cost-per-million-expected"
              band={expected?.costPerMillionTokens ?? null}
              format={formatUsd}
            />
          </Metric>
        )}
      </dl>
      {expected ? (
        <p className={styles.cardNote}>
          Expected figures: {ENGINE_LABELS[expected.engine]}
          {expected.engineIsDefault ? ' (the usual engine here)' : ''}, fitted to public
          measurements; the range held about 80% of measurements from sources the fit had not seen.
          {expected.promptRateFitted
            ? ' No sourced compute peak: the prompt runs at a rate fitted to measurements of this class.'
            : ''}
          {expected.bandNotes.map((n) => ` ${n}`).join('')}{' '}
          <Link to={accuracyPath}>How accurate is this?</Link>
        </p>
      ) : null}
    </>
  );
});

const SloMetrics = memo(function SloMetrics({
  capacity: s,
  device,
}: {
  capacity: ServingCapacity;
  device: Device;
}): ReactNode {
  const c = s.ideal;
  const point = c.sloPoint;
  return (
    <dl className={styles.metrics}>
      <Metric name="slo-concurrency" label="Requests served at once" value={c.sloConcurrency}>
        {c.sloConcurrency === 0 ? 'none meet the targets' : formatNumber(c.sloConcurrency, 0)} at
        best
        <ExpectedValue
          name="slo-concurrency-expected"
          band={s.expectedSloConcurrency}
          format={(v) => formatNumber(v, 0)}
        />
      </Metric>
      <Metric name="slo-step-ms" label="Time per output token there" value={s.sloStepMs}>
        {point ? formatSeconds(point.stepSeconds) : '—'}
      </Metric>
      <Metric
        name="slo-throughput-tps"
        label="Output tokens/s per replica"
        value={point ? point.throughputPerReplica : null}
      >
        {point ? `${formatTokensPerSecond(point.throughputPerReplica)} ceiling` : '—'}
        <ExpectedValue
          name="slo-throughput-tps-expected"
          band={s.expectedSloThroughput}
          format={formatTokensPerSecond}
          bare={bareRate}
        />
      </Metric>
      <Metric
        name="slo-throughput-per-device"
        label="Output tokens/s per device"
        value={point ? point.throughputPerDevice : null}
      >
        {point ? formatTokensPerSecond(point.throughputPerDevice) : '—'}
      </Metric>
      <Metric name="replicas" label="Replicas for the load" value={c.replicas}>
        {c.replicas === null ? 'set a load (requests/s)' : formatNumber(c.replicas, 0)}
      </Metric>
      <Metric
        name="devices-needed"
        label={`${device.name} devices for the load`}
        value={c.devicesNeeded}
      >
        {c.devicesNeeded === null ? '—' : formatNumber(c.devicesNeeded, 0)}
        {s.expected?.expected.devicesNeeded != null ? (
          <span className={styles.expected}>
            expected {formatNumber(s.expected.expected.devicesNeeded, 0)}
          </span>
        ) : null}
      </Metric>
      {c.costPerMillionTokens === null ? null : (
        <Metric
          name="cost-per-mtok-slo"
          label="Cost per million output tokens there"
          value={c.costPerMillionTokens}
        >
          {formatUsd(c.costPerMillionTokens)} at the ceiling
          {s.expected?.expected.costPerMillionTokens != null ? (
            <span className={styles.expected}>
              expected {formatUsd(s.expected.expected.costPerMillionTokens)}
            </span>
          ) : null}
        </Metric>
      )}
      <Metric name="joules-per-token" label="Energy per output token" value={c.joulesPerToken}>
        {c.joulesPerToken === null
          ? 'no sourced power figure'
          : `at most ${formatNumber(c.joulesPerToken, 3)} J (${formatKWhPerMillion(c.joulesPerToken)} per million)`}
      </Metric>
    </dl>
  );
});

function Serving({
  idPrefix,
  device,
  capacity,
  children,
}: {
  idPrefix: string;
  device: Device;
  capacity: DeviceComparison['capacity'];
  /** The simulated figures under load. */
  children: ReactNode;
}): ReactNode {
  const headingId = `${idPrefix}-${device.id}-serving`;
  // Named by the card's heading too, so each device's section is a distinct landmark.
  return (
    <section
      className={styles.serving}
      aria-labelledby={`${idPrefix}-${device.id}-heading ${headingId}`}
    >
      <h4 id={headingId} className={styles.servingTitle}>
        Serving many requests
      </h4>
      {capacity.ok ? (
        <>
          <p className={styles.cardNote}>
            Each request: {formatNumber(capacity.value.isl, 0)} prompt +{' '}
            {formatNumber(capacity.value.osl, 0)} generated tokens.
          </p>
          <SloMetrics capacity={capacity.value} device={device} />
          {capacity.value.ideal.sloReasons.length > 0 ? (
            <ul className={styles.warnings}>
              {capacity.value.ideal.sloReasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : null}
          {capacity.value.ideal.joulesPerToken === null ? null : (
            <p className={styles.cardNote}>{ENERGY_CAVEAT}</p>
          )}
        </>
      ) : (
        <ul className={styles.warnings}>
          {capacity.errors.map((e) => (
            <li key={e.message}>{e.message}</li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

const Caveats = memo(function Caveats({ estimate: e }: { estimate: Estimate }): ReactNode {
  return (
    <>
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
});

// Memoised: skipped when its inputs have not changed (e.g. while a typed value is invalid).
export default memo(DeviceResult);
