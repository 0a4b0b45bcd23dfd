// Choose one to four devices: filter the catalogue by name, kind and vendor, add, and remove.
import { memo, useState, type ReactNode } from 'react';
import type { Device } from '../../data/types';
import { MAX_DEVICES, MIN_DEVICES } from '../../lib/compare';
import { NO_FILTER, filterDevices, type DeviceFilter } from '../../lib/catalogue';
import DeviceFilterFields from '../DeviceFilterFields';
import styles from './styles.module.css';

export type Props = {
  idPrefix: string;
  /** Devices the reader may pick from (already limited to the allowed kinds). */
  options: readonly Device[];
  selected: readonly Device[];
  onAdd: (id: string) => void;
  onRemove: (id: string) => void;
};

function DevicePicker({ idPrefix, options, selected, onAdd, onRemove }: Props): ReactNode {
  const [filter, setFilter] = useState<DeviceFilter>(NO_FILTER);
  const [choice, setChoice] = useState('');

  const chosen = new Set(selected.map((d) => d.id));
  const matches = filterDevices(options, filter).filter((d) => !chosen.has(d.id));
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
        <DeviceFilterFields
          idPrefix={idPrefix}
          textLabel="Search devices"
          filter={filter}
          onChange={setFilter}
          devices={options}
          fieldClassName={styles.field}
        />
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

// Memoised: typing in the workload fields leaves the picker (and its list of options) alone.
export default memo(DevicePicker);
