// A server-rendered table of catalogue devices with their key figures, each linked to its source.
import type { ReactNode } from 'react';
import { devices as allDevices } from '../../data/hardware';
import type { CitedField, Device, DeviceKind } from '../../data/types';
import { formatNumber } from '../../lib/format';
import ScrollRegion from '../ScrollRegion';
import table from '../../css/table.module.css';
import styles from './styles.module.css';

export type Props = {
  /** What the table shows, read out as its caption. */
  caption: string;
  /** Show only devices of these kinds. */
  kinds?: readonly DeviceKind[];
  /** Show exactly these devices, in this order (unknown ids are skipped). */
  ids?: readonly string[];
  /** Device list to draw from; defaults to the catalogue (tests pass their own). */
  devices?: readonly Device[];
};

type Column = {
  field: Exclude<CitedField, 'released'>;
  label: string;
  unit: string;
  value: (device: Device) => number | null;
};

const COLUMNS: readonly Column[] = [
  { field: 'memoryGB', label: 'Memory', unit: 'GB', value: (d) => d.memoryGB },
  {
    field: 'memoryBandwidthGBs',
    label: 'Bandwidth',
    unit: 'GB/s',
    value: (d) => d.memoryBandwidthGBs,
  },
  { field: 'bf16Tflops', label: 'BF16', unit: 'TFLOPS', value: (d) => d.bf16Tflops },
  { field: 'fp8Tflops', label: 'FP8', unit: 'TFLOPS', value: (d) => d.fp8Tflops },
  { field: 'int8Tops', label: 'INT8', unit: 'TOPS', value: (d) => d.int8Tops },
  { field: 'fp4Tflops', label: 'FP4', unit: 'TFLOPS', value: (d) => d.fp4Tflops },
  { field: 'tdpW', label: 'Power', unit: 'W', value: (d) => d.tdpW },
  { field: 'scaleUp', label: 'Scale-up link', unit: 'GB/s', value: (d) => d.scaleUp?.GBs ?? null },
];

export function selectDevices(
  devices: readonly Device[],
  kinds?: readonly DeviceKind[],
  ids?: readonly string[],
): Device[] {
  if (ids) {
    return ids.flatMap((id) => devices.filter((d) => d.id === id));
  }
  return devices.filter((d) => !kinds || kinds.includes(d.kind));
}

function SourceMark({ device, field }: { device: Device; field: CitedField }): ReactNode {
  const sourceId = device.cite[field];
  const index = device.sources.findIndex((s) => s.id === sourceId);
  const source = device.sources[index];
  if (!source) return null;
  return (
    <sup className={styles.mark}>
      <a href={source.url} aria-label={`Source: ${source.title}`}>
        {index + 1}
      </a>
    </sup>
  );
}

function Cell({ device, column }: { device: Device; column: Column }): ReactNode {
  const value = column.value(device);
  if (value === null) {
    return (
      <td className={table.number}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">not available</span>
      </td>
    );
  }
  return (
    <td className={table.number}>
      {column.field === 'scaleUp' && device.scaleUp ? (
        <span className={styles.linkName}>{device.scaleUp.name} </span>
      ) : null}
      {formatNumber(value)}
      <SourceMark device={device} field={column.field} />
    </td>
  );
}

export default function HardwareTable({
  caption,
  kinds,
  ids,
  devices = allDevices,
}: Props): ReactNode {
  const rows = selectDevices(devices, kinds, ids);
  return (
    <figure className={table.figure}>
      <ScrollRegion label={caption}>
        <table>
          <caption>
            {caption}. Dense peaks per chip or socket; GB = 10<sup>9</sup> bytes. Superscripts link
            each figure&apos;s source.
          </caption>
          <thead>
            <tr>
              <th scope="col">Device</th>
              {COLUMNS.map((c) => (
                <th scope="col" key={c.field}>
                  {c.label} <span className={styles.unit}>({c.unit})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((device) => (
              <tr key={device.id} data-device={device.id}>
                <th scope="row" className={styles.device}>
                  {device.name}
                  <span className={styles.meta}>
                    {device.vendor}, {device.released}, {device.memoryType}
                  </span>
                </th>
                {COLUMNS.map((c) => (
                  <Cell key={c.field} device={device} column={c} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <details className={styles.details}>
        <summary>Notes and sources for these {rows.length} devices</summary>
        <dl>
          {rows.map((device) => (
            <div key={device.id}>
              <dt>{device.name}</dt>
              <dd>
                <p>{device.notes}</p>
                <ol>
                  {device.sources.map((s) => (
                    <li key={s.id}>
                      <a href={s.url}>{s.title}</a> (read {s.accessed})
                    </li>
                  ))}
                </ol>
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </figure>
  );
}
