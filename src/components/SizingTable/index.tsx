// Sizing for a latency target and a load: devices needed, cost and energy per token, from src/lib/serving/capacity.ts.
import DeferredDetails from '../DeferredDetails';
import React from 'react';
import { devices as catalogueDevices, findDevice } from '@site/src/data/hardware';
import { modelPresets, type ModelArchitecture } from '@site/src/data/models';
import { weightFormat, type KvPrecision, type WeightPrecision } from '@site/src/data/precisions';
import { prices as allPrices, type PricePoint } from '@site/src/data/prices';
import type { Device } from '@site/src/data/types';
import { ENERGY_CAVEAT, ENERGY_SOURCE, type Capacity } from '@site/src/lib/serving';
import { deviceCapacity, parseDeviceCapacityInput } from '@site/src/lib/serving';
import type { Estimate } from '@site/src/lib/model';
import {
  formatBytesAsGB,
  formatGB,
  formatGBs,
  formatMilliseconds,
  formatNumber,
  formatSeconds,
  formatTokensPerSecond,
  formatUsd,
} from '@site/src/lib/format';
import CapacityChart from '../CapacityChart';
import ScrollTable from '../ScrollTable';
import chartCss from '../../css/chart.module.css';
import table from '../../css/table.module.css';
import styles from './styles.module.css';

export interface SizingRow {
  /** Catalogue id, e.g. 'h100-sxm'. */
  deviceId: string;
  /** Devices per tensor-parallel replica. */
  n: number;
  weights: WeightPrecision;
  /** KV-cache format; defaults to BF16. */
  kv?: KvPrecision;
  /** Id of a rental price in src/data/prices.ts; omitted: no cost is shown. */
  priceId?: string;
}

export type Props = {
  modelId: string;
  /** Prompt and generated tokens per request. */
  isl: number;
  osl: number;
  /** Time per output token target, ms (20 tokens/s per user is 50 ms). */
  tpotMs: number;
  /** Time to first token target, ms; omitted: none. */
  ttftMs?: number | null;
  /** Requests per second to serve. */
  rps: number;
  rows: readonly SizingRow[];
  /** Share of usable memory held back for activations and fragmentation, %. Default 10. */
  reservePercent?: number;
  /** Draw the capacity chart below the table. Default true. */
  chart?: boolean;
  /** Lookups; default to the catalogue, presets and price list (tests pass fixtures). */
  catalogue?: readonly Device[];
  models?: readonly (ModelArchitecture & { id: string; name: string })[];
  priceList?: readonly PricePoint[];
};

interface Sized {
  row: SizingRow;
  device: Device;
  price: PricePoint | null;
  label: string;
  result: { estimate: Estimate; capacity: Capacity } | null;
  error: string | null;
}

export default function SizingTable({
  modelId,
  isl,
  osl,
  tpotMs,
  ttftMs = null,
  rps,
  rows,
  reservePercent = 10,
  chart = true,
  catalogue = catalogueDevices,
  models = modelPresets,
  priceList = allPrices,
}: Props): React.ReactElement {
  const model = models.find((m) => m.id === modelId);
  if (!model) {
    return (
      <p className={styles.note} role="alert">
        Sizing table: no model preset with id “{modelId}”.
      </p>
    );
  }
  const unknown: string[] = [];
  const sized: Sized[] = [];
  for (const row of rows) {
    const device =
      catalogue.find((d) => d.id === row.deviceId) ??
      (catalogue === catalogueDevices ? findDevice(row.deviceId) : undefined);
    if (!device) {
      unknown.push(row.deviceId);
      continue;
    }
    const price = row.priceId ? (priceList.find((p) => p.id === row.priceId) ?? null) : null;
    // Each row is a chapter's own input: parsed once, then sized.
    const parsed = parseDeviceCapacityInput({
      device,
      model,
      weightPrecision: row.weights,
      kvPrecision: row.kv ?? 'bf16',
      n: row.n,
      isl,
      osl,
      reservePercent,
      pricePerDeviceHour: price?.usdPerDeviceHour ?? null,
      tpotMs,
      ttftMs,
      rps,
    });
    const r = parsed.ok ? deviceCapacity(parsed.value) : parsed;
    sized.push({
      row,
      device,
      price,
      label: `${device.name} × ${row.n}, ${weightFormat(row.weights).label}`,
      result: r.ok ? r.value : null,
      error: r.ok ? null : r.errors.map((e) => e.message).join(' '),
    });
  }

  const perUser = 1000 / tpotMs;
  const load = rps * osl;
  return (
    <figure className={table.figure}>
      <p className={styles.lead}>
        {model.name}, {formatNumber(isl, 0)} prompt and {formatNumber(osl, 0)} output tokens per
        request, at {formatNumber(perUser, 1)} tokens/s per user ({formatMilliseconds(tpotMs)} per
        token) for {formatNumber(rps, 2)} requests/s ({formatTokensPerSecond(load)} of output).
        Ideal bound: a ceiling on speed, so a floor on devices and cost.
      </p>
      <ScrollTable
        label={`Sizing ${model.name} for ${formatNumber(perUser, 1)} tokens/s per user`}
        className={chartCss.table}
      >
        <caption className={styles.caption}>
          Serving {model.name} at {formatNumber(perUser, 1)} tokens/s per user
        </caption>
        <thead>
          <tr>
            <th scope="col">Replica</th>
            <th scope="col">Requests that fit</th>
            <th scope="col">Requests at target</th>
            <th scope="col">Per user</th>
            <th scope="col">Per device</th>
            <th scope="col">Replicas (devices)</th>
            <th scope="col">USD per M output tokens</th>
            <th scope="col">J per token (upper end)</th>
          </tr>
        </thead>
        <tbody>
          {sized.map(({ row, label, price, result, error }) => {
            const c = result?.capacity;
            const p = c?.sloPoint ?? null;
            return (
              <tr key={`${row.deviceId}-${row.n}-${row.weights}`}>
                <th scope="row" className={table.device}>
                  {label}
                </th>
                {c ? (
                  <>
                    <td className={table.number}>{formatNumber(c.maxConcurrency, 0)}</td>
                    <td className={table.number}>{formatNumber(c.sloConcurrency, 0)}</td>
                    <td className={table.number}>
                      {p ? formatTokensPerSecond(p.perUserTokensPerSecond) : '—'}
                    </td>
                    <td className={table.number}>
                      {p ? formatTokensPerSecond(p.throughputPerDevice) : '—'}
                    </td>
                    <td className={table.number}>
                      {c.replicas === null
                        ? '—'
                        : `${formatNumber(c.replicas, 0)} (${formatNumber(c.devicesNeeded, 0)})`}
                    </td>
                    <td className={table.number}>
                      {c.costPerMillionTokens === null ? (
                        '—'
                      ) : price ? (
                        <a href={price.source.url} title={`${price.offer}, read ${price.observed}`}>
                          {formatUsd(c.costPerMillionTokens)}
                        </a>
                      ) : (
                        formatUsd(c.costPerMillionTokens)
                      )}
                    </td>
                    <td className={table.number}>
                      {c.joulesPerToken === null ? '—' : formatNumber(c.joulesPerToken, 2)}
                    </td>
                  </>
                ) : (
                  <td colSpan={7}>{error}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      <ul className={styles.notes}>
        {sized
          .flatMap(({ label, result, price, row }) => {
            const c = result?.capacity;
            if (!c) return [];
            const lines = [...c.sloReasons, ...c.notes].map((t) => `${label}: ${t}`);
            if (price) {
              lines.push(
                `${label}: ${price.offer} at ${formatUsd(price.usdPerDeviceHour)} per device-hour (read ${price.observed}).`,
              );
            } else if (c.sloPoint) {
              lines.push(
                `${label}: no rental price${row.priceId ? ` with id “${row.priceId}”` : ''} in the price list, so no cost.`,
              );
            }
            if (c.sloPoint && c.joulesPerToken === null)
              lines.push(`${label}: no sourced power figure, so no energy.`);
            return lines;
          })
          .map((line) => (
            <li key={line}>{line}</li>
          ))}
        {unknown.length > 0 && <li>Not in the catalogue: {unknown.join(', ')}.</li>}
        <li>
          Energy: {ENERGY_CAVEAT} (<a href={ENERGY_SOURCE.url}>{ENERGY_SOURCE.title}</a>, read{' '}
          {ENERGY_SOURCE.accessed}).
        </li>
      </ul>
      {chart && (
        <CapacityChart
          title={`${model.name}: per-user speed against throughput per device`}
          targetPerUserTokensPerSecond={perUser}
          series={sized
            .filter((s) => s.result !== null)
            .slice(0, 4)
            .map((s) => ({
              label: s.label,
              points: s.result!.capacity.curve,
              operatingConcurrency: s.result!.capacity.sloConcurrency || null,
              kneeConcurrency: s.result!.capacity.knee?.withinFit
                ? s.result!.capacity.knee.concurrency
                : null,
            }))}
        />
      )}
      <DeferredDetails className={chartCss.details} summary="Show the working">
        {() => (
          <>
            <ol className={chartCss.steps}>
              {sized.map(({ label, device, row, result }) => {
                if (!result) return null;
                const { estimate: e, capacity: c } = result;
                const p = c.sloPoint;
                return (
                  <li key={`w-${label}`}>
                    <strong>{label}.</strong> Weights {formatBytesAsGB(c.deviceWeightBytes)}; one
                    full request ({formatNumber(isl + osl, 0)} tokens ×{' '}
                    {formatNumber(c.kvBytesPerToken, 0)} bytes of KV per token) holds{' '}
                    {formatBytesAsGB(c.kvBytesPerRequest)}; {formatGB(e.usableGB)} usable, so (
                    {formatGB(e.usableGB)} − {formatBytesAsGB(c.deviceWeightBytes)}) ÷{' '}
                    {formatBytesAsGB(c.kvBytesPerRequest)} = {formatNumber(c.maxConcurrency, 0)}{' '}
                    requests fit.
                    {p ? (
                      <>
                        {' '}
                        At {formatNumber(p.concurrency, 0)} requests a step reads the weights in use
                        plus {formatNumber(p.concurrency, 0)} × {formatNumber(c.ctxAvgTokens, 0)}{' '}
                        tokens of KV over {row.n} × {formatGBs(device.memoryBandwidthGBs)}:{' '}
                        {formatSeconds(p.memorySeconds)}
                        {p.computeSeconds !== null && (
                          <>; compute {formatSeconds(p.computeSeconds)}</>
                        )}
                        {p.linkSeconds !== null && <>; all-reduce {formatSeconds(p.linkSeconds)}</>}
                        . Step {formatSeconds(p.stepSeconds)} ({p.bound}-bound), so{' '}
                        {formatTokensPerSecond(p.perUserTokensPerSecond)} per user and{' '}
                        {formatNumber(p.concurrency, 0)} ÷ {formatSeconds(p.stepSeconds)} ={' '}
                        {formatTokensPerSecond(p.throughputPerReplica)} per replica.{' '}
                        {c.replicas !== null && (
                          <>
                            Replicas: ⌈{formatTokensPerSecond(load)} ÷{' '}
                            {formatTokensPerSecond(p.throughputPerReplica)}⌉ ={' '}
                            {formatNumber(c.replicas, 0)}.
                          </>
                        )}
                      </>
                    ) : (
                      <> {c.sloReasons.join(' ')}</>
                    )}
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </DeferredDetails>
    </figure>
  );
}
