// The hardware catalogue's public surface: every device, its ids and aliases, and the published envelope.
import type { Catalogue, Device } from '../types';
import { accelerators } from './accelerators';
import { appleChips } from './apple';
import { cpus } from './cpus';
import { amdGpus } from './gpus-amd';
import { nvidiaGpus } from './gpus-nvidia';
import { mobileChips } from './mobile';
import { tpus } from './tpus';

const REVIEWED = '2026-12-01';

const deviceList = [
  ...nvidiaGpus,
  ...amdGpus,
  ...accelerators,
  ...tpus,
  ...cpus,
  ...appleChips,
  ...mobileChips,
];

/** Public id of a catalogue device (part of the site's URL contract). */
export type DeviceId = (typeof deviceList)[number]['id'];

/**
 * Old public ids that keep working in links and URLs, each pointing at the id that replaced it.
 * `apple-m4-max` named the 40-core-GPU part before Apple chips were keyed by GPU-core bin.
 */
export const deviceAliases = {
  'apple-m4-max': 'apple-m4-max-40c',
} as const satisfies Record<string, DeviceId>;

export const catalogue: Catalogue = {
  schemaVersion: 2,
  updated: REVIEWED,
  devices: deviceList,
  aliases: deviceAliases,
};

/** Every device in the catalogue (the same array as catalogue.devices). */
export const devices: readonly Device[] = deviceList;

const deviceIds: ReadonlySet<string> = new Set(deviceList.map((device) => device.id));
const aliasTargets: Readonly<Record<string, DeviceId>> = deviceAliases;

/** True when `id` is the id of a catalogue device (aliases are not ids). */
export function isDeviceId(id: string): id is DeviceId {
  return deviceIds.has(id);
}

/** The catalogue id that `id` names, following an alias; undefined for an unknown id. */
export function resolveDeviceId(id: string): DeviceId | undefined {
  if (isDeviceId(id)) return id;
  return Object.hasOwn(aliasTargets, id) ? aliasTargets[id] : undefined;
}

/** The device with this public id or alias, or undefined. */
export function findDevice(id: string): Device | undefined {
  const resolved = resolveDeviceId(id);
  return resolved === undefined ? undefined : devices.find((device) => device.id === resolved);
}
