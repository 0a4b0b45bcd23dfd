// Types of the serving simulation: one replica's figures, the workload, the traffic, and what a run reports.
import type { StepTimer } from '../../calibration/step';
import type { ModelArchitecture } from '../../../data/models';
import type { RoutedExperts } from '../../model/experts';
import type { LengthShape } from './random';

/** Everything fixed about one replica (n devices, one engine): resolved once, then simulated. */
export interface SimReplica {
  /**
   * Prices one engine step; from stepTimer() in src/lib/calibration/step.ts, nothing else. Its
   * `band` is replaced by the serving band (band.ts) in replicaFor.
   */
  timer: StepTimer;
  /** Devices in the replica (tensor parallel); sizing multiplies replicas by it. */
  n: number;
  /** Parameters held and used per token, billions; weight bytes per parameter. */
  totalParamsB: number;
  activeParamsB: number;
  /**
   * Routed experts of a mixture of experts (null for a dense model or one without a layout):
   * their parameters in billions and the share of them one token picks (k of E per MoE layer).
   */
  experts: RoutedExperts | null;
  /**
   * Billions of parameters every device holds and reads whole rather than its 1/n share (the
   * attention block under data-parallel attention); 0 under plain tensor parallelism.
   */
  replicatedParamsB?: number;
  bytesPerParam: number;
  /** KV bytes one token of context holds, across the replica (copies under tensor parallelism included). */
  kvBytesPerToken: number;
  /** Tokens of KV cache that fit beside the weights in usable memory. */
  kvCapacityTokens: number;
  /** Tokens one step may carry (decode tokens plus prompt chunks): the chunked-prefill budget. */
  tokenBudget: number;
  /** Most requests a step may hold at once (the engine's batch limit). */
  maxRunning: number;
  /**
   * How prompts share steps with decode. 'mixed' (the default; vLLM's V1 scheduler, TensorRT-LLM's
   * in-flight batching): each step decodes every running sequence and fills the rest of the token
   * budget with prompt chunks. 'prefill-first' (SGLang's default, without --enable-mixed-chunk):
   * while any admitted prompt waits, steps carry prompt tokens only and decoding pauses.
   */
  schedule?: 'mixed' | 'prefill-first';
  /**
   * How admission counts KV memory. 'reserve' (the default; TensorRT-LLM's guaranteed-no-evict
   * policy): a request joins only when its whole context, prompt and output, fits. 'paged' (vLLM,
   * SGLang): a request joins when its prompt's pages fit; pages are added as tokens are generated,
   * and when they run out the latest admitted requests are preempted and later recomputed.
   */
  kvAdmission?: 'reserve' | 'paged';
  /**
   * The model's attention shape, for the FLOPs of prompt chunks attending to the tokens before
   * them (promptAttentionFlops); absent, those FLOPs are not priced. Tensor-parallel traffic is
   * priced by the timer.
   */
  attention?: Pick<ModelArchitecture, 'hiddenSize' | 'layers' | 'slidingWindow'>;
}

export type ArrivalProcess = 'poisson' | 'bursty';

/**
 * Open loop: requests arrive at `rps`; closed loop: `inFlight` requests are kept in flight; batch:
 * `size` requests all submitted at once and nothing after (an offline benchmark).
 */
export type SimTraffic =
  | { mode: 'open'; rps: number; process: ArrivalProcess; cv: number }
  | { mode: 'closed'; inFlight: number }
  | { mode: 'batch'; size: number };

export interface SimWorkload {
  /** Mean prompt and output tokens per request. */
  isl: number;
  osl: number;
  /** 'fixed' lengths, or each drawn around the mean (drawLength says how each shape spreads). */
  lengths: LengthShape;
  /** Prompt tokens already in the prefix cache: they skip prefill but their KV stays in memory. */
  prefixTokens: number;
  /**
   * 'both': a normal replica. 'prefill': a disaggregated prefill replica (each request ends at its
   * first token). 'decode': a disaggregated decode replica (prompts arrive already prefilled).
   */
  phase: 'both' | 'prefill' | 'decode';
}

/** Speculative decoding (a draft model or MTP heads): draft tokens per step and their acceptance rate. */
export interface SimSpeculation {
  draftTokens: number;
  /** Probability that each draft token is accepted, independently (0–1). */
  acceptance: number;
  /** Cost of drafting one token as a share of a target decode step's bytes and FLOPs. */
  draftCostShare: number;
}

/** Latency targets: seconds to first token and per output token; null for none. */
export interface SimTargets {
  ttftSeconds: number | null;
  tpotSeconds: number | null;
}

export interface SimInput {
  replica: SimReplica;
  workload: SimWorkload;
  traffic: SimTraffic;
  speculation: SimSpeculation | null;
  targets: SimTargets;
  /** Seed of the arrival and length draws. */
  seed: number;
  /** Requests simulated (warm-up included); capped by MAX_SIM_REQUESTS. */
  requests: number;
  /** Multiplier on every step time (1; the band's ends for the slow and fast runs). */
  stepScale: number;
  /**
   * What the figures cover. 'steady' (the default): a window that leaves out the warm-up and the
   * drain, as a long-running service sees. 'whole': every request of a run of exactly `requests`,
   * throughput from the start to the last completion, as benchmark_serving-style tools report a
   * run of a fixed number of prompts (ramp-up and tail included).
   */
  window?: 'steady' | 'whole';
}

export const PERCENTILES = [50, 90, 95, 99] as const;
export type Percentile = (typeof PERCENTILES)[number];

/** A latency's distribution over the measured requests, seconds. */
export interface Distribution {
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
}

export interface SimResult {
  /** Output tokens per second of the replica over the measured window. */
  throughputTps: number;
  /** Requests completed per second over the window. */
  completedRps: number;
  /** Offered load (open loop), requests per second; null in closed loop. */
  offeredRps: number | null;
  /** Requests per second meeting both targets (all completed ones when there are no targets). */
  goodputRps: number;
  /** Share of measured requests meeting both targets. */
  goodShare: number;
  ttft: Distribution;
  tpot: Distribution;
  e2e: Distribution;
  /** Time-averaged requests decoding or prefilling together (the batch). */
  meanBatch: number;
  /** Little's law on the output: time-averaged requests in the system, arrival rate, mean time in it. */
  little: { inSystem: number; arrivalRps: number; meanSeconds: number };
  /** Share of measured requests that waited to be admitted, and what held them. */
  queue: {
    waitedShare: number;
    meanWaitSeconds: number;
    limitedBy: 'kv-memory' | 'batch-limit' | null;
    /** Times a paged engine preempted a running request to free KV pages (0 when it reserves). */
    preemptions: number;
  };
  /** Open loop whose backlog kept growing: the figures depend on how long the run was. */
  overloaded: boolean;
  /** Expected tokens per sequence per step and the speed-up over plain decode at the mean batch. */
  speculation: { tokensPerStep: number; gain: number } | null;
  /** Requests simulated, requests measured (warm-up and drain left out), engine steps. */
  requests: number;
  measured: number;
  steps: number;
  /** True when the step cap ended the run early. */
  truncated: boolean;
}
