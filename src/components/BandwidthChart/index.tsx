// Horizontal bar chart of device-memory bandwidth for catalogue devices, with a data table.
import React, { useId } from 'react';
import { devices, findDevice } from '@site/src/data/hardware';
import type { Device, DeviceKind } from '@site/src/data/types';
import { formatGB, formatGBs } from '@site/src/lib/format';
import styles from './styles.module.css';

export type Props = {
  /** Catalogue ids to chart; unknown ids are skipped. Takes precedence over `kinds`. */
  ids?: string[];
  /** Chart every catalogue device of these kinds. Default: all devices. */
  kinds?: DeviceKind[];
  caption?: string;
};

const ROW_HEIGHT = 26;
const LABEL_WIDTH = 190;
const BAR_AREA = 330;
const VALUE_WIDTH = 100;
const WIDTH = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;

function selectDevices(ids: string[] | undefined, kinds: DeviceKind[] | undefined): Device[] {
  const picked = ids
    ? ids.map((id) => findDevice(id)).filter((d): d is Device => d !== undefined)
    : devices.filter((d) => !kinds || kinds.includes(d.kind));
  return [...picked].sort((a, b) => b.memoryBandwidthGBs - a.memoryBandwidthGBs);
}

const KIND_LABEL: Record<DeviceKind, string> = {
  cpu: 'CPU',
  gpu: 'GPU',
  tpu: 'TPU',
  accelerator: 'Other accelerator',
};

// Long names would run off the left edge of the SVG; the table keeps the full name.
function shortName(name: string): string {
  return name.length > 28 ? `${name.slice(0, 27)}…` : name;
}

const formatBandwidth = formatGBs;

function bandwidthSource(device: Device) {
  const id = device.cite.memoryBandwidthGBs;
  return device.sources.find((s) => s.id === id) ?? null;
}

export default function BandwidthChart({ ids, kinds, caption }: Props): React.JSX.Element {
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const descId = `${baseId}-desc`;
  const shown = selectDevices(ids, kinds);
  const title = caption ?? 'Device-memory bandwidth (GB/s, per chip or socket)';

  if (shown.length === 0) {
    return <p className={styles.empty}>No catalogue devices match this chart.</p>;
  }

  const kindsShown = [...new Set(shown.map((d) => d.kind))];
  // Guard against a zero maximum so widths never become NaN.
  const max = Math.max(1, ...shown.map((d) => d.memoryBandwidthGBs));
  const height = shown.length * ROW_HEIGHT + 8;
  const first = shown[0];
  const last = shown[shown.length - 1];
  const summary =
    first && last
      ? `${shown.length} devices, from ${first.name} at ${formatBandwidth(first.memoryBandwidthGBs)} down to ${last.name} at ${formatBandwidth(last.memoryBandwidthGBs)}. The table below lists every value with its source.`
      : '';

  return (
    <figure className={styles.figure}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>
        {shown.map((device, index) => {
          const y = index * ROW_HEIGHT + 4;
          const barWidth = Math.max(1, (device.memoryBandwidthGBs / max) * BAR_AREA);
          return (
            <g key={device.id}>
              <text
                className={styles.label}
                x={LABEL_WIDTH - 8}
                y={y + ROW_HEIGHT / 2}
                textAnchor="end"
                dominantBaseline="middle"
              >
                {shortName(device.name)}
              </text>
              <rect
                className={styles[`bar_${device.kind}`] ?? styles.bar}
                x={LABEL_WIDTH}
                y={y + 4}
                width={barWidth}
                height={ROW_HEIGHT - 8}
                rx={2}
              />
              <text
                className={styles.value}
                x={LABEL_WIDTH + barWidth + 6}
                y={y + ROW_HEIGHT / 2}
                dominantBaseline="middle"
              >
                {formatBandwidth(device.memoryBandwidthGBs)}
              </text>
            </g>
          );
        })}
      </svg>
      {kindsShown.length > 1 && (
        <ul className={styles.legend} aria-label="Bar colours">
          {kindsShown.map((kind) => (
            <li key={kind}>
              <svg width="12" height="12" aria-hidden="true" focusable="false">
                <rect className={styles[`bar_${kind}`] ?? styles.bar} width="12" height="12" />
              </svg>{' '}
              {KIND_LABEL[kind]}
            </li>
          ))}
        </ul>
      )}
      <figcaption className={styles.caption}>{title}</figcaption>
      <details className={styles.details}>
        <summary>Bandwidth values as a table</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Kind</th>
              <th scope="col">Memory</th>
              <th scope="col">Bandwidth</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((device) => {
              const source = bandwidthSource(device);
              return (
                <tr key={device.id}>
                  <th scope="row">{device.name}</th>
                  <td>{KIND_LABEL[device.kind]}</td>
                  <td>
                    {formatGB(device.memoryGB)} {device.memoryType}
                  </td>
                  <td>{formatBandwidth(device.memoryBandwidthGBs)}</td>
                  <td>
                    {source ? (
                      <a href={source.url}>
                        {source.title} (read {source.accessed})
                      </a>
                    ) : (
                      'unsourced'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
