// Helpers every catalogue file uses: source constructors, review dates and the typed device-list builder.
import type { Device, Source } from '../types';

/** Date the stored copies of the first sources were read. */
export const ACCESSED = '2026-11-29';
/** Date of the first December 2026 review (host links, usable memory, derived CPU peaks). */
export const REVIEWED = '2026-12-01';
/** Date of the issue-23 release: sources read for it carry this date (the brief's access date). */
export const NEW = '2026-12-07';

/** A vendor document (datasheet, product page, documentation, vendor blog or submission). */
export function source(id: string, title: string, url: string, accessed = ACCESSED): Source {
  return { id, title, url, accessed };
}

/**
 * A vendor page whose figures we could not read in any stored copy: kept so the origin is known,
 * and labelled "unverified" wherever a figure cites it.
 */
export function unread(id: string, title: string, url: string, accessed = REVIEWED): Source {
  return { id, title, url, accessed, unverified: true };
}

/** A third-party document (review, wiki, reseller, news): figures citing it are labelled on the page. */
export function thirdParty(id: string, title: string, url: string, accessed = ACCESSED): Source {
  return { id, title, url, accessed, secondary: true };
}

/**
 * Identity function that keeps each entry's id as a string literal, so `DeviceId` is the union of
 * the ids actually in the lists (no second hand-typed list to fall out of step).
 */
export function defineDevices<const Id extends string>(
  list: (Device & { id: Id })[],
): (Device & { id: Id })[] {
  return list;
}

/** Bytes in a GiB over bytes in a GB: 2^30 / 10^9. */
const GIB_IN_GB = 1.073741824;

/** GiB to GB (10^9 bytes), to one decimal: gib(80) = 85.9. */
export function gib(gibibytes: number): number {
  return Math.round(gibibytes * GIB_IN_GB * 10) / 10;
}

/** A driver's MiB total to GB, to one decimal: mib(81559) = 85.5 (an H100's nvidia-smi total). */
export function mib(mebibytes: number): number {
  return Math.round(((mebibytes * 1_048_576) / 1e9) * 10) / 10;
}

/**
 * The one rule behind every memoryGB, as the catalogue page states it. DRAM, HBM and GDDR are
 * built in power-of-two sizes, so a vendor's "80 GB" on them means 80 GiB; runtimes allocate
 * against what the driver reports, which is that binary size or a little less.
 */
export const MEMORY_RULE =
  'memoryGB is the memory a runtime sees, in GB of 10^9 bytes. Where a driver or runtime report is cited (nvidia-smi, torch, Metal), that total is converted from MiB. Otherwise the vendor figure is taken as binary and converted from GiB (× 1.073741824): either the vendor writes GiB, or it writes "GB" on memory that is built in power-of-two sizes (HBM, GDDR, LPDDR and DDR all are), as an H100 "80GB" reports 81,559 MiB = 85.5 GB. On-chip SRAM is stored as published. The marketed figure stays visible as memoryLabel, and CPUs store the platform maximum per socket.';
