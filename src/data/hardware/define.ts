// Helpers every catalogue file uses: source constructors, review dates and the typed device-list builder.
import type { Device, Source } from '../types';

/** Date the stored copies of the first sources were read. */
export const ACCESSED = '2026-11-29';
/** Date of the first December 2026 review (host links, usable memory, derived CPU peaks). */
export const REVIEWED = '2026-12-01';

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
