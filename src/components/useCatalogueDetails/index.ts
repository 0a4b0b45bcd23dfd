// Device notes and the catalogue's change list where a page prints them: from the bundle on the server, from /hardware.json in the browser.
// The browser's catalogue chunk holds the figures only (src/plugins/hardware-data/strip-details.cjs).
// The server's HTML prints the notes, so on a first page load nothing is fetched; after a
// client-side navigation they are fetched once, when a reader opens them or a page shows them.
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useEffect, useState } from 'react';
import { DETAILS_IN_BUNDLE, catalogue } from '../../data/hardware';
import type { CatalogueChange, Device } from '../../data/types';

export interface CatalogueDetails {
  /** Each device's notes, by id. */
  notes: ReadonlyMap<string, string>;
  changes: readonly CatalogueChange[];
}

function fromBundle(): CatalogueDetails {
  return {
    notes: new Map(catalogue.devices.map((d) => [d.id, d.notes])),
    changes: catalogue.changes,
  };
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isCell = (v: unknown): boolean => v === null || typeof v === 'number' || isText(v);

/** /hardware.json's notes and changes, checked: the file is ours, but it crosses a network. */
export function parseCatalogueDetails(json: unknown): CatalogueDetails {
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const { devices, changes } = record;
  if (!Array.isArray(devices) || !Array.isArray(changes)) {
    throw new Error('hardware.json has no devices or changes list');
  }
  const notes = new Map<string, string>();
  for (const d of devices as unknown[]) {
    const entry = typeof d === 'object' && d !== null ? (d as Record<string, unknown>) : {};
    if (isText(entry.id) && isText(entry.notes)) notes.set(entry.id, entry.notes);
  }
  const checked = (changes as unknown[]).filter((c): c is CatalogueChange => {
    const row = typeof c === 'object' && c !== null ? (c as Record<string, unknown>) : {};
    return (
      isText(row.date) &&
      isText(row.id) &&
      isText(row.field) &&
      isCell(row.from) &&
      isCell(row.to) &&
      isText(row.reason)
    );
  });
  return { notes, changes: checked };
}

const loads = new Map<string, Promise<CatalogueDetails>>();

/** Fetches the details once per URL (a failed fetch may be retried). */
export function loadCatalogueDetails(url: string): Promise<CatalogueDetails> {
  if (DETAILS_IN_BUNDLE) return Promise.resolve(fromBundle());
  let load = loads.get(url);
  if (!load) {
    load = fetch(url, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${url}`);
        return response.json() as Promise<unknown>;
      })
      .then(parseCatalogueDetails);
    load.catch(() => loads.delete(url));
    loads.set(url, load);
  }
  return load;
}

/**
 * Hands `then` the devices with their notes filled in, for a download that carries them (the CSV):
 * at once when the bundle holds the notes, else once they are fetched (without them if that fails).
 */
export function withNotes(
  url: string,
  devices: readonly Device[],
  then: (devices: readonly Device[]) => void,
): void {
  if (DETAILS_IN_BUNDLE) {
    then(devices);
    return;
  }
  loadCatalogueDetails(url).then(
    ({ notes }) => then(devices.map((d) => ({ ...d, notes: notes.get(d.id) ?? d.notes }))),
    (error: unknown) => {
      console.warn('The catalogue notes could not be loaded; the CSV leaves them out', error);
      then(devices);
    },
  );
}

/** The /hardware.json address under the site's base URL. */
export function useCatalogueDetailsUrl(): string {
  return useBaseUrl('/hardware.json');
}

export type DetailsState =
  { status: 'ready'; details: CatalogueDetails } | { status: 'waiting' | 'failed'; details: null };

/** The details once `wanted` (at once when they are in the bundle); fetched at most once. */
export function useCatalogueDetails(wanted: boolean): DetailsState {
  const url = useCatalogueDetailsUrl();
  const [state, setState] = useState<DetailsState>(() =>
    DETAILS_IN_BUNDLE
      ? { status: 'ready', details: fromBundle() }
      : { status: 'waiting', details: null },
  );
  const ready = state.status === 'ready';
  useEffect(() => {
    if (ready || !wanted) return undefined;
    let live = true;
    loadCatalogueDetails(url).then(
      (details) => {
        if (live) setState({ status: 'ready', details });
      },
      (error: unknown) => {
        console.warn('The catalogue notes could not be loaded', error);
        if (live) setState({ status: 'failed', details: null });
      },
    );
    return () => {
      live = false;
    };
  }, [ready, wanted, url]);
  return state;
}
