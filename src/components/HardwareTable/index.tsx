// A server-rendered table of catalogue devices with their key figures, each linked to its source.
import {
  DEVICE_FIELDS,
  FIGURE_FIELDS,
  type FieldSpec,
  type FigureField,
} from '@site/src/lib/catalogue';
import { useState, type ReactNode } from 'react';
import { devices as allDevices, resolveDeviceId } from '../../data/hardware';
import type { CitedField, Device, DeviceKind } from '../../data/types';
import { formatNumber } from '../../lib/format';
import { citationFor } from '../../lib/catalogue';
import StaticHtml from '../StaticHtml';
import { useCatalogueDetails } from '../useCatalogueDetails';
import ScrollTable, { Missing } from '../ScrollTable';
import table from '../../css/table.module.css';
import styles from './styles.module.css';

export type Props = {
  /** What the table shows, read out as its caption. */
  caption: string;
  /** Show only devices of these kinds. */
  kinds?: readonly DeviceKind[];
  /** Show exactly these devices (ids or aliases), in this order (unknown ids are skipped). */
  ids?: readonly string[];
  /** Device list to draw from; defaults to the catalogue (tests pass their own). */
  devices?: readonly Device[];
};

type Column = FieldSpec & { field: FigureField };

const DERIVED_LABEL = {
  bf16Tflops: '16-bit',
  fp8Tflops: 'FP8',
  int8Tops: 'INT8',
  fp4Tflops: 'FP4',
} as const;

const COLUMNS: readonly Column[] = FIGURE_FIELDS.map((field) => ({
  field,
  ...DEVICE_FIELDS[field],
}));

export function selectDevices(
  devices: readonly Device[],
  kinds?: readonly DeviceKind[],
  ids?: readonly string[],
): Device[] {
  if (ids) {
    return ids.flatMap((id) => {
      const resolved = resolveDeviceId(id) ?? id;
      return devices.filter((d) => d.id === resolved);
    });
  }
  return devices.filter((d) => !kinds || kinds.includes(d.kind));
}

function SourceMark({ device, field }: { device: Device; field: CitedField }): ReactNode {
  const cited = citationFor(device, field);
  if (!cited) return null;
  const { source, number } = cited;
  // The accessible name starts with the visible number (WCAG 2.5.3, label in name).
  return (
    <sup className={styles.mark}>
      <a href={source.url}>
        {number}
        <span className="visually-hidden">
          : source: {source.title}
          {source.secondary ? ' (third party)' : ''}
          {source.unverified ? ' (not read; unverified)' : ''}
        </span>
      </a>
    </sup>
  );
}

/** Visible labels for figures that are preliminary, derived, read only at a third party, or unverified. */
function Flags({ device, field }: { device: Device; field: CitedField }): ReactNode {
  const preliminary = device.preliminary.includes(field);
  const derived = field in device.derived;
  const source = citationFor(device, field)?.source;
  const secondary = source?.secondary === true;
  const unverified = source?.unverified === true;
  if (!preliminary && !derived && !secondary && !unverified) return null;
  return (
    <span className={styles.flags}>
      {preliminary ? <span className={styles.flag}>preliminary</span> : null}
      {derived ? <span className={styles.flag}>derived</span> : null}
      {secondary ? <span className={styles.flag}>third-party</span> : null}
      {unverified ? <span className={styles.flag}>unverified</span> : null}
    </span>
  );
}

function Cell({ device, column }: { device: Device; column: Column }): ReactNode {
  const value = column.value(device);
  if (value === null) {
    return (
      <td className={table.number}>
        <Missing />
      </td>
    );
  }
  const name = column.name?.(device);
  const usable = column.field === 'memoryGB' ? device.usableMemory : null;
  return (
    <td className={table.number}>
      {name ? <span className={styles.linkName}>{name} </span> : null}
      {formatNumber(value)}
      <SourceMark device={device} field={column.field} />
      <Flags device={device} field={column.field} />
      {usable ? (
        <span className={styles.linkName}>
          accelerator default {formatNumber(usable.defaultShare * 100, 0)} %
          <SourceMark device={device} field="usableMemory" />
          <Flags device={device} field="usableMemory" />
        </span>
      ) : null}
    </td>
  );
}

/**
 * Each device's notes, arithmetic and sources in a native <details>. On a first page load the
 * server's HTML holds them (StaticHtml above keeps it); after a client-side navigation the notes
 * are fetched when the reader first opens the details.
 */
function DeviceNotes({ rows }: { rows: readonly Device[] }): ReactNode {
  const [open, setOpen] = useState(false);
  const details = useCatalogueDetails(open);
  // Notes are never empty in the catalogue: an empty one was left out of this browser bundle.
  const notesOf = ({ id, notes }: Device): string =>
    notes !== ''
      ? notes
      : details.status === 'ready'
        ? (details.details.notes.get(id) ?? '')
        : details.status === 'failed'
          ? 'The notes could not be loaded; they are in /hardware.json.'
          : 'Loading the notes…';
  return (
    <details
      className={styles.details}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpen(true);
      }}
    >
      <summary>Notes and sources for these {rows.length} devices</summary>
      <dl>
        {rows.map((device) => (
          <div key={device.id}>
            <dt>{device.name}</dt>
            <dd>
              <p>{notesOf(device)}</p>
              {device.usableMemory ? (
                <p>Memory the accelerator may use by default: {device.usableMemory.note}</p>
              ) : null}
              {Object.entries(device.derived).map(([key, arithmetic]) => (
                <p key={key}>
                  Derived {DERIVED_LABEL[key as keyof typeof DERIVED_LABEL]} peak: {arithmetic}
                </p>
              ))}
              {device.simdPeaks ? (
                <p>
                  Derived SIMD peaks (the vector units llama.cpp&apos;s CPU kernels use):{' '}
                  {formatNumber(device.simdPeaks.bf16Tflops)} TFLOPS BF16,{' '}
                  {formatNumber(device.simdPeaks.int8Tops)} TOPS INT8. {device.simdPeaks.derivation}
                </p>
              ) : null}
              <ol>
                {device.sources.map((s) => (
                  <li key={s.id}>
                    <a href={s.url}>{s.title}</a>
                    {s.secondary ? ' (third party)' : ''}
                    {s.unverified
                      ? ' (no copy could be read; figures citing it are unverified)'
                      : ` (read ${s.accessed})`}
                  </li>
                ))}
              </ol>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export default function HardwareTable({
  caption,
  kinds,
  ids,
  devices = allDevices,
}: Props): ReactNode {
  const rows = selectDevices(devices, kinds, ids);
  // Figures, source links and a native <details>: nothing to hydrate.
  return (
    <StaticHtml as="figure" className={table.figure}>
      <ScrollTable label={caption}>
        <caption>
          {caption}. Dense peaks per chip or socket unless a row says &ldquo;system&rdquo;; GB = 10
          <sup>9</sup> bytes; memory is what a runtime sees, with the marketed size beside the name.
          Superscripts link each figure&apos;s source; &ldquo;derived&rdquo; marks a peak computed
          from per-core rates, &ldquo;third-party&rdquo; a figure read only outside the
          vendor&apos;s own documents, &ldquo;preliminary&rdquo; an announced figure for a part not
          yet shipping.
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
                  {device.unit === 'system' ? 'System. ' : ''}
                  {device.vendor}, {device.released}, {device.memoryType}, sold as{' '}
                  {device.memoryLabel}
                </span>
              </th>
              {COLUMNS.map((c) => (
                <Cell key={c.field} device={device} column={c} />
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <DeviceNotes rows={rows} />
    </StaticHtml>
  );
}
