// Columns of the catalogue table and how each sorts (no React here).
import type { CitedField, Device } from '../../data/types';
import { KIND_LABELS } from '../../lib/catalogue';
import { DEVICE_FIELDS, FIGURE_FIELDS } from '../../lib/catalogue';
import { compareText } from '../../lib/format';

export type SortDirection = 'ascending' | 'descending';
export type SortState = { column: ColumnKey; direction: SortDirection } | null;

/** The text columns, then every cited figure except the host link and the usable share. */
export type ColumnKey =
  'name' | 'vendor' | 'kind' | 'segment' | Exclude<CitedField, 'hostLink' | 'usableMemory'>;

export interface Column {
  key: ColumnKey;
  label: string;
  unit?: string;
  numeric: boolean;
  /** Which citation backs the figure (for the superscript source link). */
  cite?: CitedField;
  value: (device: Device) => string | number | null;
}

export const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'Device', numeric: false, value: (d) => d.name },
  { key: 'vendor', label: 'Vendor', numeric: false, value: (d) => d.vendor },
  { key: 'kind', label: 'Kind', numeric: false, value: (d) => KIND_LABELS[d.kind] },
  { key: 'segment', label: 'Segment', numeric: false, value: (d) => d.segment },
  { key: 'released', label: 'Released', numeric: true, cite: 'released', value: (d) => d.released },
  ...FIGURE_FIELDS.filter((key) => key !== 'hostLink').map((key) => {
    const { label, unit, value } = DEVICE_FIELDS[key];
    return { key, label, unit, numeric: true, cite: key, value };
  }),
];

/** Sorted copy; missing figures go last in either direction; ties keep catalogue order. */
export function sortCatalogue(devices: readonly Device[], sort: SortState): Device[] {
  if (!sort) return [...devices];
  const column = COLUMNS.find((c) => c.key === sort.column);
  if (!column) return [...devices];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return devices
    .map((device, index) => ({ device, index, value: column.value(device) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : compareText(String(a.value), String(b.value));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((entry) => entry.device);
}

/** Clicking a header: a new column sorts ascending, the same column flips direction. */
export function nextSort(current: SortState, column: ColumnKey): SortState {
  if (current?.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: 'ascending' };
}
