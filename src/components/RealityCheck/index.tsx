// "Reality check": published decode measurements beside the estimator's ideal bound for the same setup.
import type { ReactNode } from 'react';
import { devices as catalogueDevices } from '../../data/hardware';
import { measurements as allMeasurements, type Measurement } from '../../data/measurements';
import { findModel, type ModelPreset } from '../../data/models';
import type { Device } from '../../data/types';
import { estimate } from '../../lib/estimator';
import { formatPercent, formatTokensPerSecond } from '../../lib/format';
import ScrollRegion from '../ScrollRegion';
import table from '../../css/table.module.css';
import styles from './styles.module.css';

export type Props = {
  /** Read out as the table's caption. */
  caption?: string;
  /** Show only these measurements, in this order (unknown ids are skipped). */
  ids?: readonly string[];
  /** Measurements to draw from; defaults to src/data/measurements (tests pass their own). */
  measurements?: readonly Measurement[];
  /** Device list to look ids up in; defaults to the catalogue. */
  devices?: readonly Device[];
};

export interface RealityRow {
  measurement: Measurement;
  device: Device | undefined;
  model: ModelPreset | undefined;
  /** Ideal tokens/s for all sequences (the roofline upper bound), or null if not computable. */
  boundTokensPerSecond: number | null;
  /** measured ÷ bound, or null. */
  ratio: number | null;
}

/** Pure: pairs each measurement with the estimator's ideal bound for the same scenario. */
export function realityRows(
  measurements: readonly Measurement[],
  devices: readonly Device[],
): RealityRow[] {
  return measurements.map((m) => {
    const device = devices.find((d) => d.id === m.deviceId);
    const model = findModel(m.modelId);
    if (!device || !model)
      return { measurement: m, device, model, boundTokensPerSecond: null, ratio: null };
    const result = estimate({
      device,
      model,
      n: m.n,
      weightPrecision: m.weightPrecision,
      kvPrecision: m.kvPrecision,
      contextTokens: m.contextTokens,
      promptTokens: m.promptTokens,
      concurrency: m.concurrency,
      reservePercent: 0,
      pricePerDeviceHour: null,
    });
    const bound = result.ok ? result.value.throughputTokensPerSecond : null;
    const ratio = bound !== null && bound > 0 ? m.measuredTokensPerSecond / bound : null;
    return { measurement: m, device, model, boundTokensPerSecond: bound, ratio };
  });
}

function setupLabel(row: RealityRow): string {
  const m = row.measurement;
  const deviceName = row.device?.name ?? `${m.deviceId} (not in catalogue)`;
  return m.n > 1 ? `${m.n} × ${deviceName}` : deviceName;
}

export default function RealityCheck({
  caption = 'Published decode speeds beside the ideal memory-bandwidth bound for the same setup',
  ids,
  measurements = allMeasurements,
  devices = catalogueDevices,
}: Props): ReactNode {
  const chosen = ids
    ? ids.flatMap((id) => measurements.filter((m) => m.id === id))
    : [...measurements];
  const rows = realityRows(chosen, devices);
  return (
    <ScrollRegion label={caption} className={styles.wrapper}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Hardware</th>
            <th scope="col">Model and scenario</th>
            <th scope="col" className={table.number}>
              Ideal bound
            </th>
            <th scope="col" className={table.number}>
              Measured
            </th>
            <th scope="col" className={table.number}>
              Measured ÷ bound
            </th>
            <th scope="col">Why they differ</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const m = row.measurement;
            return (
              <tr key={m.id}>
                <th scope="row">{setupLabel(row)}</th>
                <td>
                  {row.model?.name ?? m.modelId}, {m.scenario}; {m.engine}.{' '}
                  <a href={m.source.url}>Source</a>
                  <span className={styles.accessed}> (accessed {m.source.accessed})</span>
                </td>
                <td className={table.number}>
                  {row.boundTokensPerSecond === null
                    ? '—'
                    : formatTokensPerSecond(row.boundTokensPerSecond)}
                </td>
                <td className={table.number}>{formatTokensPerSecond(m.measuredTokensPerSecond)}</td>
                <td className={table.number}>{formatPercent(row.ratio)}</td>
                <td>{m.why}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className={styles.note}>
        The bound is the estimator&apos;s ideal figure: weights and KV cache read once per step at
        the catalogue&apos;s peak memory bandwidth, or the dense compute peak if that is slower.
        Real runs always fall below it; the ratio shows by how much.
      </p>
    </ScrollRegion>
  );
}
