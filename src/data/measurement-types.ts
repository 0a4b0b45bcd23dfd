// Types of the published measurements the expected-speed model is fitted to (src/data/measurements.ts).
import type { KvPrecision, WeightPrecision } from './precisions';
import type { Source } from './types';

/** Engine families the expected-speed model distinguishes (src/lib/calibration/refit.ts). */
export type EngineFamily =
  | 'llama.cpp'
  | 'mlx'
  | 'vllm'
  | 'sglang'
  | 'tensorrt-llm'
  | 'jetstream'
  | 'pytorch'
  | 'neuron'
  | 'mlc-llm'
  | 'executorch'
  | 'openvino';

/**
 * - `decode-tps`: tokens per second of one sequence decoded alone (batch 1).
 * - `throughput-tps-per-device`: output tokens per second of all sequences together, divided by
 *   the device count. `concurrency` null means the source ran at saturation (MLPerf Offline) and
 *   did not state a batch.
 * - `prompt-tps`: prompt tokens processed per second (prefill), one sequence.
 * - `ttft-s`: seconds from a request's arrival to its first output token, one request alone on
 *   an idle replica (`promptTokens` says how long its prompt was).
 */
export type MeasurementMetric =
  'decode-tps' | 'throughput-tps-per-device' | 'prompt-tps' | 'ttft-s';

/** Figures that stand in for a catalogue entry not yet in src/data/hardware.ts (the catalogue wins). */
export interface DeviceStandIn {
  name: string;
  kind: 'gpu' | 'cpu' | 'tpu';
  segment: 'datacenter' | 'workstation' | 'edge';
  vendor: string;
  memoryBandwidthGBs: number;
  /** True for unified-memory systems-on-chip other than Apple's (DGX Spark, Strix Halo). */
  unifiedMemory: boolean;
  source: Source;
  /**
   * Dense compute peaks of the stand-in, derived from documented per-unit rates (units × GHz ×
   * operations per cycle) or published, with the arithmetic in `derivation` and its source in
   * `peakSource`. Without them the fit's prompt rate per byte of bandwidth stands in.
   */
  peaks?: StandInPeaks;
}

/** A stand-in's dense peaks (TFLOPS, TOPS; null where the device has no such path). */
export interface StandInPeaks {
  bf16Tflops: number | null;
  int8Tops: number | null;
  /** The arithmetic behind each figure, in words. */
  derivation: string;
  peakSource: Source;
}

export interface Measurement {
  id: string;
  /** Catalogue device id (src/data/hardware.ts); ids fixed in the brief may not be there yet. */
  deviceId: string;
  deviceStandIn?: DeviceStandIn;
  /**
   * Memory bandwidth of the tested configuration when it is below the device's full figure
   * (for example a CPU with fewer memory channels populated), per device in GB/s.
   */
  configuredBandwidthGBs?: number;
  /** Devices used together for one model replica. */
  n: number;
  /** How the devices were connected; null for one device. */
  interconnect: string | null;
  engine: EngineFamily;
  /** Engine name, version or build as the source gives it. */
  engineVersion: string;
  /** Model preset id (src/data/models.ts). */
  modelId: string;
  weightPrecision: WeightPrecision;
  /**
   * Weight bytes in GB (10^9) as the source reports them (converted from GiB where it uses GiB),
   * or derived from the format's published layout when the format is not in our table;
   * `fileSizeReported` says which. Null: use the format table.
   */
  fileSizeGB: number | null;
  /** The size exactly as the source states it, or how it was derived; null when neither. */
  fileSizeReported: string | null;
  kvPrecision: KvPrecision;
  /**
   * 'engine' when the engine's own benchmark timed the requests with no server in front: its time
   * to first token has no receiving, tokenising or HTTP in it. Absent for a served request.
   */
  harness?: 'engine';
  /** Sequences decoded together; null when the source ran at saturation without stating it. */
  concurrency: number | null;
  promptTokens: number;
  outputTokens: number;
  /** Mean context length while decoding (prompt plus half the output, or as stated). */
  meanContextTokens: number;
  metric: MeasurementMetric;
  /** Tokens per second in the metric's unit. */
  value: number;
  /** When the measurement was made or published (ISO date; the earliest possible date where the source gives none, as the notes say). */
  date: string;
  source: Source;
  /** A short verbatim fact line from the source that carries the figure. */
  quote: string;
  /** Conditions and caveats in our words. */
  notes: string;
}

export interface ExcludedMeasurement {
  id: string;
  description: string;
  source: Source;
  reason: string;
}

const GIB = 1.073741824;
/** GiB (as llama-bench prints sizes) to GB, to the nearest MB. */
export const gib = (v: number): number => Math.round(v * GIB * 1000) / 1000;
