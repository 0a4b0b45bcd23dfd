// Types of measured serving curves: one replica under load at several concurrencies or request rates.
import type { KvPrecision, WeightPrecision } from './precisions';
import type { Source } from './types';
import type { DeviceStandIn, EngineFamily } from './measurement-types';

/**
 * One operating point of a serving benchmark. Throughput is output tokens per second of the whole
 * replica (all its devices). Latencies are the source's own statistic (`latencyStat` on the curve).
 */
export interface ServingCurvePoint {
  /** Requests kept in flight (concurrency mode); null in request-rate mode. */
  concurrency: number | null;
  /** Offered request rate, requests per second (request-rate mode); null in concurrency mode. */
  requestRate: number | null;
  /** Output tokens per second of the replica. */
  throughputTps: number;
  /** Time per output token (or inter-token latency where `tpotIsItl`), milliseconds; null if not given. */
  tpotMs: number | null;
  /** Time to first token, seconds; null if not given. */
  ttftS: number | null;
  /** Short verbatim fact line from the source that carries these figures. */
  quote: string;
}

export interface ServingCurve {
  id: string;
  /** Catalogue device id (src/data/hardware). */
  deviceId: string;
  deviceStandIn?: DeviceStandIn;
  /** Devices in the replica. */
  n: number;
  interconnect: string | null;
  engine: EngineFamily;
  engineVersion: string;
  /** Model preset id (src/data/models.ts). */
  modelId: string;
  weightPrecision: WeightPrecision;
  kvPrecision: KvPrecision;
  /** Mean prompt and output tokens per request. */
  promptTokens: number;
  outputTokens: number;
  /** How lengths vary: 'fixed', or the source's distribution in words (e.g. 'ShareGPT'). */
  lengths: string;
  /**
   * How the simulation draws varying lengths for this curve: 'uniform' in [0.5, 1.5] × the mean
   * (the default; a range ratio of 0.5), 'uniform-wide' in (0, 2] × the mean (a range ratio of 0),
   * 'exponential' for a chat dataset's long tail (ShareGPT). Ignored when `lengths` is 'fixed…'.
   */
  lengthDraw?: 'uniform' | 'uniform-wide' | 'exponential';
  /** Closed loop (fixed requests in flight) or open loop (arrivals at a rate). */
  mode: 'concurrency' | 'request-rate';
  /** Which statistic the latencies are: 'mean', 'median' (p50), 'p90', 'p99'. */
  latencyStat: 'mean' | 'median' | 'p90' | 'p99';
  /** True when the source reports inter-token latency rather than time per output token. */
  tpotIsItl: boolean;
  /** Prefix caching, speculative decoding or other settings that change the step, in words; '' if none. */
  features: string;
  /**
   * Set when the source prints only the end-to-end latency of a fixed batch (no streaming
   * metrics) and the points' throughput is derived from it: the arithmetic in words. Added for
   * vendor latency tables and offline sweeps, so a reader can tell printed from derived figures.
   */
  derivedFrom?: string;
  /**
   * Prompts each point's run sends, when the source states it: the tool reports the whole run
   * (ramp-up and tail included, throughput from the first send to the last completion), so the
   * simulation runs the same count and measures it whole. `perConcurrency` is a count per request
   * in flight (e.g. InferenceX sends 10 × the concurrency). Left out: a steady-state window.
   */
  promptsPerRun?: { count: number } | { perConcurrency: number };
  /**
   * Set when the source ran data-parallel attention: billions of parameters in the attention block,
   * which every device then holds and reads whole instead of its 1/n share (arithmetic in notes).
   */
  dataParallelAttentionParamsB?: number;
  /**
   * Scheduler limits the source launched the engine with, where it states them: tokens one step may
   * carry (the chunked-prefill budget) and requests one step may hold. Left out: the engine's
   * defaults as the simulation takes them (8,192 tokens, 256 requests).
   */
  engineLimits?: { tokenBudget?: number; maxRunning?: number };
  date: string;
  source: Source;
  notes: string;
  points: readonly ServingCurvePoint[];
}
