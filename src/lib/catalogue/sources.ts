// The one lookup for where a catalogue figure came from: its source and its footnote number.
import type { CitedField, Device, Source } from '../../data/types';

export interface Citation {
  source: Source;
  /** 1-based position in the device's source list, as footnote marks print it. */
  number: number;
}

/** The source a device cites for one field, or null when it cites none. */
export function citationFor(
  device: Pick<Device, 'cite' | 'sources'>,
  field: CitedField,
): Citation | null {
  const id = device.cite[field];
  if (id === undefined) return null;
  const index = device.sources.findIndex((s) => s.id === id);
  const source = device.sources[index];
  return source ? { source, number: index + 1 } : null;
}

/** A figure's source as a link: its title with the date it was read, and its address. */
export function citedLink(
  device: Pick<Device, 'cite' | 'sources'>,
  field: CitedField,
): { title: string; url: string } | null {
  const citation = citationFor(device, field);
  if (!citation) return null;
  const { title, accessed, url } = citation.source;
  return { title: `${title} (read ${accessed})`, url };
}
