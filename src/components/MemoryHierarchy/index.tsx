// Diagram of a GPU's memory hierarchy, from per-SM registers out to device memory (HBM/GDDR).
import { citedLink } from '@site/src/lib/catalogue';
import React, { useId } from 'react';
import { findDevice } from '@site/src/data/hardware';
import type { Device } from '@site/src/data/types';
import { formatGB, formatGBs } from '@site/src/lib/format';
import { H100_ON_CHIP_LEVELS, type MemoryLevel } from '@site/src/data/memory-hierarchy';
import styles from './styles.module.css';
import { DeferredTable } from '../DeferredDetails';

export { H100_ON_CHIP_LEVELS, type MemoryLevel } from '@site/src/data/memory-hierarchy';

export type Props = {
  /** Catalogue id of the device whose memory forms the bottom level. Default: 'h100-sxm'. */
  deviceId?: string;
  /** On-chip levels, fastest first. Default: the H100 figures above. */
  onChip?: readonly MemoryLevel[];
  caption?: string;
};

interface Row {
  name: string;
  scope: string;
  capacity: string;
  bandwidth: string;
  role: string;
  source: { title: string; url: string } | null;
}

const sourceFor = citedLink;

function deviceRow(device: Device): Row {
  return {
    name: `Device memory (${device.memoryType})`,
    scope: 'per GPU, off the die but in the package',
    capacity: formatGB(device.memoryGB),
    bandwidth: formatGBs(device.memoryBandwidthGBs),
    role: 'Holds the weights and the KV cache; every decode step reads the weights from here.',
    source: sourceFor(device, 'memoryBandwidthGBs') ?? sourceFor(device, 'memoryGB'),
  };
}

export default function MemoryHierarchy({
  deviceId = 'h100-sxm',
  onChip = H100_ON_CHIP_LEVELS,
  caption,
}: Props): React.JSX.Element {
  const captionId = useId();
  const device = findDevice(deviceId);
  const rows: Row[] = onChip.map((level) => ({ ...level, bandwidth: 'not published' }));
  if (device) rows.push(deviceRow(device));
  const title =
    caption ??
    `Memory hierarchy of the ${device ? device.name : 'GPU'}: small and close at the top, large and far at the bottom`;

  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        {title}
      </figcaption>
      <ol className={styles.levels}>
        {rows.map((row, index) => (
          <li
            key={row.name}
            className={styles.level}
            // Each level is wider than the one above: capacity grows as speed falls.
            style={{ width: `${Math.min(100, 46 + (index * 54) / Math.max(1, rows.length - 1))}%` }}
          >
            <span className={styles.levelName}>{row.name}</span>
            <span className={styles.levelCapacity}>{row.capacity}</span>
            <span className={styles.levelScope}>{row.scope}</span>
            {row.bandwidth !== 'not published' && (
              <span className={styles.levelBandwidth}>{row.bandwidth}</span>
            )}
          </li>
        ))}
      </ol>
      {!device && (
        <p className={styles.note}>Device memory not shown: no catalogue entry for “{deviceId}”.</p>
      )}
      <DeferredTable
        className={styles.details}
        summary="Memory hierarchy as a table"
        caption={title}
        headings={[
          'Level',
          'Scope',
          'Capacity',
          'Bandwidth',
          'What it holds during inference',
          'Source',
        ]}
      >
        {() => (
          <>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                <td>{row.scope}</td>
                <td>{row.capacity}</td>
                <td>{row.bandwidth}</td>
                <td>{row.role}</td>
                <td>{row.source ? <a href={row.source.url}>{row.source.title}</a> : '—'}</td>
              </tr>
            ))}
          </>
        )}
      </DeferredTable>
    </figure>
  );
}
