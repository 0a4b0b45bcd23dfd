// The hardware catalogue's public surface: every device, its ids and aliases, and the published envelope.
import type { Catalogue, Device } from '../types';
import { accelerators } from './accelerators';
import { catalogueChanges } from './changes';
import { MEMORY_RULE } from './define';
import { appleChips } from './apple';
import { cpus } from './cpus';
import { amdGpus } from './gpus-amd';
import { intelGpus } from './gpus-intel';
import { nvidiaGpus } from './gpus-nvidia';
import { mobileChips } from './mobile';
import { sramSystems as sramList } from './sram-systems';
import { tpus } from './tpus';

/** Date of this release (issue 23): new devices, the memory rule, compute peaks for every device. */
const RELEASED = '2026-12-07';

/** Every device the charts, tables and the comparison draw from. */
const deviceList = [
  ...nvidiaGpus,
  ...amdGpus,
  ...intelGpus,
  ...accelerators,
  ...tpus,
  ...cpus,
  ...appleChips,
  ...mobileChips,
];

/**
 * Systems that hold the weights in on-chip SRAM spread over many chips (or one wafer). Their
 * bandwidths are 10 to 1,000 times any HBM part's, and a model must be split across the SRAM of
 * many chips, so they get their own table and stay out of the charts and the comparison.
 */
const sramDevices = [...sramList];

/** Public id of a catalogue device (part of the site's URL contract). */
export type DeviceId = (typeof deviceList)[number]['id'] | (typeof sramDevices)[number]['id'];

/**
 * Old public ids that keep working in links and URLs, each pointing at the id that replaced it.
 * `apple-m4-max` named the 40-core-GPU part before Apple chips were keyed by GPU-core bin.
 */
export const deviceAliases = {
  'apple-m4-max': 'apple-m4-max-40c',
} as const satisfies Record<string, DeviceId>;

/** The published catalogue (/hardware.json): every device, the SRAM systems last. */
export const catalogue: Catalogue = {
  schemaVersion: 3,
  updated: RELEASED,
  memoryRule: MEMORY_RULE,
  devices: [...deviceList, ...sramDevices],
  aliases: deviceAliases,
  changes: catalogueChanges,
};

/** Every device that charts, tables and the comparison use (catalogue.devices minus SRAM systems). */
export const devices: readonly Device[] = deviceList;

/** SRAM-based systems (Cerebras, Groq), shown in their own table. */
export const sramSystems: readonly Device[] = sramDevices;

export { MEMORY_RULE };

/**
 * False in browser builds: the hardware-data plugin leaves each device's `notes` and the change
 * list out of this module there (they are read where printed, from /hardware.json), so the
 * catalogue chunk every page loads holds the figures. True on the server, in tests and in Node.
 */
export const DETAILS_IN_BUNDLE: boolean = true;

const allDevices: readonly Device[] = catalogue.devices;
const deviceIds: ReadonlySet<string> = new Set(allDevices.map((device) => device.id));
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
  return resolved === undefined ? undefined : allDevices.find((device) => device.id === resolved);
}
