// The work one engine step carries: the shape the step model prices and the serving simulation builds.

/**
 * The work of one engine step under continuous batching: some sequences decode one token each,
 * and a chunk of prompt tokens is prefilled in the same forward pass. Decode-only (batch 1 or a
 * batch) and prompt-only steps are its special cases. Totals across the whole replica.
 */
export interface StepLoad {
  /** Weight bytes read once per step (experts in use included). */
  weightBytes: number;
  /** KV-cache bytes the decode sequences' attention reads in this step. */
  kvReadBytes: number;
  /**
   * Tokens the decode sequences carry in this step: one per sequence, or each sequence's drafts
   * plus one when speculative decoding verifies them.
   */
  decodeTokens: number;
  /** Prompt tokens prefilled in this step. */
  promptTokens: number;
  /** FLOPs of the decode tokens. */
  decodeFlops: number;
  /** FLOPs of the prompt tokens. */
  promptFlops: number;
}

/** What a step costs per unit of work on one setting: the fitted rates and fixed times. */
export interface StepRates {
  /** Bytes per second the replica's weight and KV reads reach. */
  bytesPerSecond: number;
  /** FLOPs per second decode tokens reach (the batched-decode matrix multiplies). */
  decodeFlopsPerSecond: number;
  /** FLOPs per second prompt tokens reach. */
  promptFlopsPerSecond: number;
  /** Fixed time of every step: launches, sampling, scheduling, host synchronisation. */
  fixedSeconds: number;
  /** Tensor-parallel all-reduce latency of one step (two per layer), 0 on one device. */
  allReduceSeconds: number;
  /**
   * Tensor-parallel activation traffic per token the step carries (decode and prompt tokens
   * alike), at the fitted share of the scale-up link's rate; 0 on one device or without a link.
   */
  linkSecondsPerToken: number;
  /**
   * How much of the shorter of memory and compute time shows on top of the longer one:
   * 0 would be perfect overlap (the longer alone), 1 no overlap (their sum).
   */
  overlapPenalty: number;
}

/**
 * Seconds of one step: the longer of memory and compute time, plus the fitted share of the
 * shorter one, plus the all-reduces and, when it decodes, the fixed time. An empty step takes no
 * time.
 */
export function stepSecondsAt(r: StepRates, load: StepLoad): number {
  if (load.decodeTokens === 0 && load.promptTokens === 0) return 0;
  const memory = (load.weightBytes + load.kvReadBytes) / r.bytesPerSecond;
  const compute =
    load.decodeFlops / r.decodeFlopsPerSecond + load.promptFlops / r.promptFlopsPerSecond;
  const long = Math.max(memory, compute);
  const short = Math.min(memory, compute);
  // Launches, sampling and host synchronisation are paid by steps that emit tokens; a prompt-only
  // step hides them behind its long kernels.
  const fixed = load.decodeTokens > 0 ? r.fixedSeconds : 0;
  const traffic = r.linkSecondsPerToken * (load.decodeTokens + load.promptTokens);
  return long + r.overlapPenalty * short + fixed + r.allReduceSeconds + traffic;
}
