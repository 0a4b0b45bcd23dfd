// Filtering catalogue devices by free text, kind and vendor: shared by the device picker and the catalogue table.
import type { Device, DeviceKind } from '../../data/types';

export { KIND_LABELS } from '../../data/kinds';

/** Empty strings mean "any". */
export interface DeviceFilter {
  text: string;
  kind: string;
  vendor: string;
}

/** The filter that keeps every device. */
export const NO_FILTER: DeviceFilter = Object.freeze({ text: '', kind: '', vendor: '' });

/** True when the filter keeps every device (nothing typed or chosen). */
export function filtersNothing(filter: DeviceFilter): boolean {
  return filter.text === '' && filter.kind === '' && filter.vendor === '';
}

/**
 * The filter a link asks for, as in /hardware/catalogue/?kind=gpu&vendor=AMD&q=hbm3e. A kind or
 * vendor none of `devices` has is dropped, so a stale link shows everything rather than nothing.
 */
export function filterFromQuery(search: string, devices: readonly Device[]): DeviceFilter {
  const params = new URLSearchParams(search);
  const kind = params.get('kind') ?? '';
  const vendor = params.get('vendor') ?? '';
  return {
    text: (params.get('q') ?? '').trim().slice(0, 100),
    kind: devices.some((d) => d.kind === kind) ? kind : '',
    vendor: devices.some((d) => d.vendor === vendor) ? vendor : '',
  };
}

/** Devices whose kind and vendor match and whose name, id, vendor, memory or segment contain every typed word. */
export function filterDevices(devices: readonly Device[], filter: DeviceFilter): Device[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return devices.filter((d) => {
    if (filter.kind && d.kind !== filter.kind) return false;
    if (filter.vendor && d.vendor !== filter.vendor) return false;
    const haystack = `${d.id} ${d.name} ${d.vendor} ${d.memoryType} ${d.segment}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** The kinds present, in catalogue order, and the vendors present, sorted. */
export function kindsOf(devices: readonly Device[]): DeviceKind[] {
  return [...new Set(devices.map((d) => d.kind))];
}

export function vendorsOf(devices: readonly Device[]): string[] {
  return [...new Set(devices.map((d) => d.vendor))].sort();
}
