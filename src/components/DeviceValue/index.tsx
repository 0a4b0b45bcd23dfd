// Inline catalogue figure (memory, bandwidth, power, peaks) so prose quotes a device number without retyping it.
import React from 'react';
import { devices as catalogueDevices, resolveDeviceId } from '@site/src/data/hardware';
import type { Device } from '@site/src/data/types';
import { formatNumber } from '@site/src/lib/format';
import { citationFor } from '@site/src/lib/catalogue';

type Field =
  | 'memoryGB'
  | 'memoryBandwidthGBs'
  | 'tdpW'
  | 'bf16Tflops'
  | 'int8Tops'
  | 'fp8Tflops'
  | 'fp4Tflops'
  | 'scaleUp'
  | 'hostLink';

const UNIT: Record<Field, string> = {
  memoryGB: 'GB',
  memoryBandwidthGBs: 'GB/s',
  tdpW: 'W',
  bf16Tflops: 'TFLOPS',
  int8Tops: 'TOPS',
  fp8Tflops: 'TFLOPS',
  fp4Tflops: 'TFLOPS',
  // Scale-up links are stored both directions combined, host links per direction.
  scaleUp: 'GB/s',
  hostLink: 'GB/s each way',
};

/** The number a field holds: links keep theirs inside an object. */
function figure(device: Device, field: Field): number | null {
  if (field === 'scaleUp') return device.scaleUp?.GBs ?? null;
  if (field === 'hostLink') return device.hostLink?.GBsPerDirection ?? null;
  return device[field];
}

export type Props = {
  /** Catalogue device id (or an alias such as apple-m4-max). */
  id: string;
  /** Which figure to show. */
  field: Field;
  /** Multiply the figure (e.g. 8 GPUs in a server); the unit is unchanged. Default 1. */
  times?: number;
  /** Device list to look in; defaults to the catalogue (tests pass fixtures). */
  devices?: readonly Device[];
};

function lookUp(devices: readonly Device[], id: string): Device | undefined {
  const resolved = resolveDeviceId(id) ?? id;
  return devices.find((d) => d.id === resolved);
}

/** The figure times `times`, or null when the device or figure is missing. */
export function deviceValue(
  devices: readonly Device[],
  id: string,
  field: Field,
  times = 1,
): number | null {
  const device = lookUp(devices, id);
  const value = device ? figure(device, field) : null;
  return typeof value === 'number' && Number.isFinite(value) && Number.isFinite(times)
    ? value * times
    : null;
}

export default function DeviceValue({
  id,
  field,
  times = 1,
  devices = catalogueDevices,
}: Props): React.ReactElement {
  const device = lookUp(devices, id);
  const value = deviceValue(devices, id, field, times);
  if (!device || value === null)
    return (
      <span>
        [no sourced {field} for “{id}”]
      </span>
    );
  const source = citationFor(device, field)?.source;
  const text = `${formatNumber(value, 1)} ${UNIT[field]}`;
  const derived = field in device.derived;
  // Visible qualifiers sit outside the link, so the link's name is exactly the visible figure.
  const qualifiers = [
    device.preliminary.includes(field) ? 'preliminary' : null,
    derived ? 'derived' : null,
    source?.secondary ? 'third-party source' : null,
    source?.unverified ? 'unverified' : null,
  ]
    .filter((q): q is string => q !== null)
    .join(', ');
  return (
    <span>
      {source ? (
        <a href={source.url} title={`${device.name}: ${source.title} (read ${source.accessed})`}>
          {text}
        </a>
      ) : (
        <span>{text}</span>
      )}
      {qualifiers ? ` (${qualifiers})` : null}
    </span>
  );
}
