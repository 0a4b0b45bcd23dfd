// Types shared by the hardware catalogue and everything that reads it.

export type DeviceKind = 'cpu' | 'gpu' | 'tpu' | 'accelerator';
export type Segment = 'datacenter' | 'workstation' | 'edge';
/** What one entry describes: a chip, socket or package (the default), or a whole vendor system. */
export type DeviceUnit = 'chip' | 'system';

/** A document a figure was read from. `accessed` is an ISO date (YYYY-MM-DD). */
export interface Source {
  id: string;
  title: string;
  url: string;
  accessed: string;
  /**
   * True when the document is not the vendor's own (a review, wiki, reseller or news page).
   * Figures citing such a source are marked "third-party" on the page.
   */
  secondary?: boolean;
  /**
   * True when the URL names the figure's origin but no copy of the page could be read, so the
   * figure is unverified; the page labels such figures "unverified".
   */
  unverified?: boolean;
  /**
   * Shared by sources that are one author's runs on one machine (or one campaign), published as
   * separate documents: grouped validation holds them out together and the fit weighs them as one
   * source, so siblings cannot vouch for each other.
   */
  campaign?: string;
}

/** The chip-to-chip (scale-up) link: its name and bandwidth per chip in GB/s, both directions combined. */
export interface ScaleUpLink {
  name: string;
  GBs: number;
}

/** The link between the device and its host CPU (PCIe generation × lanes, or a C2C link). */
export interface HostLink {
  name: string;
  /** GB/s in each direction (PCIe Gen5 x16: 64 GB/s each way). */
  GBsPerDirection: number;
}

/** On unified-memory devices, how much of memoryGB the accelerator may use by default. */
export interface UsableMemory {
  /** Share of memoryGB in (0, 1]. */
  defaultShare: number;
  /** The rule behind the share and how a user raises it. */
  note: string;
}

/**
 * How memoryGB was reached from the capacity the vendor prints (see MEMORY_RULE in
 * src/data/hardware/define.ts): a runtime's own report, a vendor figure stated in GiB, a "GB"
 * label on memory built in binary sizes (label × 1.073741824), or the figure as published
 * (on-chip SRAM, whose unit no vendor states).
 */
export type MemoryBasis = 'reported' | 'vendor-gib' | 'binary-label' | 'as-published';

/** Peaks computed from documented per-unit rates rather than published by the vendor. */
export type DerivedPeak = 'bf16Tflops' | 'int8Tops' | 'fp8Tflops' | 'fp4Tflops';

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
  | 'scaleUp'
  | 'hostLink'
  | 'usableMemory';

/**
 * One chip, socket or package (or, with unit 'system', one vendor system). Compute peaks are
 * dense (no 2:4 sparsity); GB = 10^9 bytes. `null` means the device lacks the feature or no
 * source gives the figure (the notes say which).
 */
export interface Device {
  id: string;
  name: string;
  vendor: string;
  kind: DeviceKind;
  segment: Segment;
  unit: DeviceUnit;
  released: number;
  /** Memory a runtime sees, in 10^9 bytes (MEMORY_RULE); memoryLabel keeps the marketed figure. */
  memoryGB: number;
  /** The capacity as the vendor markets it, e.g. "80 GB" or "192 GiB". */
  memoryLabel: string;
  memoryBasis: MemoryBasis;
  memoryType: string;
  memoryBandwidthGBs: number;
  bf16Tflops: number | null;
  fp8Tflops: number | null;
  int8Tops: number | null;
  fp4Tflops: number | null;
  tdpW: number | null;
  scaleUp: ScaleUpLink | null;
  hostLink: HostLink | null;
  usableMemory: UsableMemory | null;
  /** For each derived peak, its arithmetic (units × GHz × ops per cycle); empty when none. */
  derived: Partial<Record<DerivedPeak, string>>;
  /**
   * CPUs whose `bf16Tflops`/`int8Tops` are a matrix engine's (AMX): the SIMD dot-product peaks
   * (AVX-512 BF16 and VNNI), derived, with their arithmetic. llama.cpp's CPU kernels run on these,
   * not on the matrix engine. Absent elsewhere.
   */
  simdPeaks?: SimdPeaks;
  /**
   * Fields whose figures are announced for a part not yet shipping in volume (or not yet
   * confirmed on shipping parts): marked "preliminary" wherever they are shown.
   */
  preliminary: CitedField[];
  notes: string;
  sources: Source[];
  cite: Partial<Record<CitedField, string>>;
}

/** SIMD (vector) dense peaks of a CPU with a matrix engine, and how they were derived. */
export interface SimdPeaks {
  bf16Tflops: number;
  int8Tops: number;
  derivation: string;
}

/** One figure that moved between two releases of the catalogue. */
export interface CatalogueChange {
  /** ISO date of the release that made the change. */
  date: string;
  id: string;
  /** The field that changed, 'added' for a new device, or 'removed'. */
  field: string;
  /** The value before (null for an added device or a figure that was missing). */
  from: number | string | null;
  /** The value after (null for a removed device or a figure now left out). */
  to: number | string | null;
  /** Why it changed, in one line. */
  reason: string;
}

export interface Catalogue {
  schemaVersion: number;
  /** ISO date the catalogue was last reviewed. */
  updated: string;
  /** The rule behind memoryGB, as the catalogue page states it. */
  memoryRule: string;
  devices: Device[];
  /** Old public ids that still resolve, each to the id that replaced it. */
  aliases: Record<string, string>;
  /** What changed since the previous release, newest first. */
  changes: CatalogueChange[];
}
