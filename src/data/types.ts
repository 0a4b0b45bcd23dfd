// Types shared by the hardware catalogue and everything that reads it.

export type DeviceKind = 'cpu' | 'gpu' | 'tpu' | 'accelerator';
export type Segment = 'datacenter' | 'workstation' | 'edge';

/** A document a figure was read from. `accessed` is an ISO date (YYYY-MM-DD). */
export interface Source {
  id: string;
  title: string;
  url: string;
  accessed: string;
}

/** The chip-to-chip (scale-up) link: its name and bandwidth per chip in GB/s. */
export interface ScaleUpLink {
  name: string;
  GBs: number;
}

/** Numeric fields that must each name the source they came from. */
export type CitedField =
  | 'released'
  | 'memoryGB'
  | 'memoryBandwidthGBs'
  | 'bf16Tflops'
  | 'fp8Tflops'
  | 'int8Tops'
  | 'fp4Tflops'
  | 'tdpW'
  | 'scaleUp';

/**
 * One chip or socket. Compute peaks are dense (no 2:4 sparsity); GB = 10^9 bytes.
 * `null` means the device lacks the feature or no source gives the figure (say which in notes).
 */
export interface Device {
  id: string;
  name: string;
  vendor: string;
  kind: DeviceKind;
  segment: Segment;
  released: number;
  memoryGB: number;
  memoryType: string;
  memoryBandwidthGBs: number;
  bf16Tflops: number | null;
  fp8Tflops: number | null;
  int8Tops: number | null;
  fp4Tflops: number | null;
  tdpW: number | null;
  scaleUp: ScaleUpLink | null;
  notes: string;
  sources: Source[];
  cite: Partial<Record<CitedField, string>>;
}

export interface Catalogue {
  schemaVersion: number;
  /** ISO date the catalogue was last reviewed. */
  updated: string;
  devices: Device[];
}
