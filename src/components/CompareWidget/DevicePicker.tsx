// Choose one to four devices: filter the catalogue by name, kind and vendor, add, and remove.
import { useMemo, useState, type ReactNode } from 'react';
import type { Device, DeviceKind } from '../../data/types';
import { MAX_DEVICES, MIN_DEVICES } from '../../lib/compare-state';
import styles from './styles.module.css';

export type Props = {
  idPrefix: string;
  /** Devices the reader may pick from (already limited to the allowed kinds). */
  options: readonly Device[];
  selected: readonly Device[];
  onAdd: (id: string) => void;
  onRemove: (id: string) => void;
};

const KIND_LABELS: Readonly<Record<DeviceKind, string>> = {
  cpu: 'CPU',
  gpu: 'GPU',
  tpu: 'TPU',
  accelerator: 'Other accelerator',
};

/** Devices matching the filters, minus those already chosen. */
export function filterDevices(
  options: readonly Device[],
  selectedIds: readonly string[],
  text: string,
  kind: string,
  vendor: string,
): Device[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return options.filter((d) => {
    if (selectedIds.includes(d.id)) return false;
    if (kind && d.kind !== kind) return false;
    if (vendor && d.vendor !== vendor) return false;
    const haystack = `${d.name} ${d.vendor} ${d.id}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

export default function DevicePicker({
  idPrefix,
  options,
  selected,
  onAdd,
  onRemove,
}: Props): ReactNode {
  const [text, setText] = useState('');
  const [kind, setKind] = useState('');
  const [vendor, setVendor] = useState('');
  const [choice, setChoice] = useState('');

  const kinds = useMemo(() => [...new Set(options.map((d) => d.kind))], [options]);
  const vendors = useMemo(() => [...new Set(options.map((d) => d.vendor))].sort(), [options]);
  const selectedIds = selected.map((d) => d.id);
  const matches = filterDevices(options, selectedIds, text, kind, vendor);
  // The select shows the first match until the reader picks another.
  const current = matches.some((d) => d.id === choice) ? choice : (matches[0]?.id ?? '');
  const full = selected.length >= MAX_DEVICES;

  return (
    <fieldset className={styles.picker}>
      <legend>
        Devices ({selected.length} of up to {MAX_DEVICES})
      </legend>
      <ul className={styles.chips} aria-label="Chosen devices">
        {selected.map((d) => (
          <li key={d.id} className={styles.chip}>
            <span>{d.name}</span>
            <button
              type="button"
              className={styles.chipButton}
              aria-label={`Remove ${d.name}`}
              disabled={selected.length <= MIN_DEVICES}
              onClick={() => onRemove(d.id)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <div className={styles.pickerRow}>
        <div className={styles.field}>
          <label htmlFor={`${idPrefix}-search`}>Search devices</label>
          <input
            id={`${idPrefix}-search`}
            type="search"
            autoComplete="off"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        {kinds.length > 1 ? (
          <div className={styles.field}>
            <label htmlFor={`${idPrefix}-kind`}>Kind</label>
            <select id={`${idPrefix}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="">All kinds</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className={styles.field}>
          <label htmlFor={`${idPrefix}-vendor`}>Vendor</label>
          <select
            id={`${idPrefix}-vendor`}
            value={vendor}
            onChange={(e) => setVendor(e.target.value)}
          >
            <option value="">All vendors</option>
            {vendors.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={`${idPrefix}-device`}>Device to add ({matches.length} matching)</label>
          <select
            id={`${idPrefix}-device`}
            value={current}
            disabled={matches.length === 0}
            onChange={(e) => setChoice(e.target.value)}
          >
            {matches.length === 0 ? <option value="">No matching device</option> : null}
            {matches.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name} ({d.vendor})
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button--primary button--sm"
          disabled={full || current === ''}
          aria-describedby={full ? `${idPrefix}-full` : undefined}
          onClick={() => onAdd(current)}
        >
          Add device
        </button>
      </div>
      {full ? (
        <p id={`${idPrefix}-full`} className={styles.hint}>
          Four devices is the most the comparison shows; remove one to add another.
        </p>
      ) : null}
    </fieldset>
  );
}
