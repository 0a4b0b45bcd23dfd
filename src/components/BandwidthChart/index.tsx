// Horizontal bar chart of device-memory bandwidth for catalogue devices, with a data table.
// Bars are HTML, not SVG, so labels keep body-text sizes at 390 px and the chart grows to ~50 rows.
import { KIND_LABELS } from '@site/src/data/kinds';
import { citationFor } from '@site/src/lib/catalogue';
import React, { useId } from 'react';
import type { CSSProperties } from 'react';
import { devices, findDevice } from '@site/src/data/hardware';
import type { Device, DeviceKind } from '@site/src/data/types';
import { formatGB, formatGBs } from '@site/src/lib/format';
import { DeferredTable } from '../DeferredDetails';
import bars from '../../css/bars.module.css';
import styles from './styles.module.css';

export type Props = {
  /** Catalogue ids to chart; unknown ids are skipped. Takes precedence over `kinds`. */
  ids?: string[];
  /** Chart every catalogue device of these kinds. Default: all devices. */
  kinds?: DeviceKind[];
  caption?: string;
};

function selectDevices(ids: string[] | undefined, kinds: DeviceKind[] | undefined): Device[] {
  const picked = ids
    ? ids.map((id) => findDevice(id)).filter((d): d is Device => d !== undefined)
    : devices.filter((d) => !kinds || kinds.includes(d.kind));
  return [...picked].sort((a, b) => b.memoryBandwidthGBs - a.memoryBandwidthGBs);
}

const formatBandwidth = formatGBs;

function bandwidthSource(device: Device) {
  return citationFor(device, 'memoryBandwidthGBs')?.source ?? null;
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
  const first = shown[0];
  const last = shown[shown.length - 1];
  const summary =
    first && last
      ? `${shown.length} devices, from ${first.name} at ${formatBandwidth(first.memoryBandwidthGBs)} down to ${last.name} at ${formatBandwidth(last.memoryBandwidthGBs)}. The table below lists every value with its source.`
      : '';

  return (
    <figure className={styles.figure}>
      <ol className={bars.bars} aria-labelledby={titleId} aria-describedby={descId}>
        {shown.map((device) => (
          <li key={device.id} className={bars.row}>
            <span className={bars.label}>{device.name}</span>
            <span className={bars.track}>
              <span
                className={`${bars.bar} ${styles[`bar_${device.kind}`] ?? styles.bar}`}
                style={{ '--share': device.memoryBandwidthGBs / max } as CSSProperties}
                aria-hidden="true"
              />
              <span className={bars.value}>{formatBandwidth(device.memoryBandwidthGBs)}</span>
            </span>
          </li>
        ))}
      </ol>
      <p id={descId} className="visually-hidden">
        {summary}
      </p>
      {kindsShown.length > 1 && (
        <ul className={styles.legend} aria-label="Bar colours">
          {kindsShown.map((kind) => (
            <li key={kind}>
              <svg width="12" height="12" aria-hidden="true" focusable="false">
                <rect className={styles[`bar_${kind}`] ?? styles.bar} width="12" height="12" />
              </svg>{' '}
              {KIND_LABELS[kind]}
            </li>
          ))}
        </ul>
      )}
      <figcaption id={titleId} className={styles.caption}>
        {title}
      </figcaption>
      <DeferredTable
        className={styles.details}
        summary="Bandwidth values as a table"
        caption={title}
        headings={['Device', 'Kind', 'Memory', 'Bandwidth', 'Source']}
      >
        {() => (
          <>
            {shown.map((device) => {
              const source = bandwidthSource(device);
              return (
                <tr key={device.id}>
                  <th scope="row">{device.name}</th>
                  <td>{KIND_LABELS[device.kind]}</td>
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
          </>
        )}
      </DeferredTable>
    </figure>
  );
}
