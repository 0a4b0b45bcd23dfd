// Expected time to first token of one request on an idle replica: the one function the comparison's figure and the serving target check both use.
import type { ModelArchitecture } from '../../data/models';
import {
  forwardFlops,
  kvBytesPerSequence,
  promptAttentionFlops,
  promptFlops,
  weightBytes,
  weightBytesReadPerStep,
} from '../model/math';
import type { StepTimer } from './step';

export interface UnloadedTtft {
  /** Fixed time per request (the server receiving, tokenising and scheduling it). */
  requestSeconds: number;
  /** The prompt's own step: every weight read once, the prompt's FLOPs. */
  promptSeconds: number;
  /** The prompt step's FLOPs, and the part of them its attention takes. */
  promptFlops: number;
  attentionFlops: number;
  /** The first decode step, reading the KV cache the prompt wrote. */
  firstDecodeSeconds: number;
  /** Their sum: the figure shown and checked against a target. */
  seconds: number;
}

/**
 * The sum the fit predicts for a measured time to first token at concurrency 1: the fixed time
 * per request, one prompt-only step (its attention included) and the first decode step over the
 * prompt's KV. The
 * simulation's time to first token adds the same fixed time to the steps it simulates.
 */
export function unloadedTtft(
  timer: StepTimer,
  input: {
    model: ModelArchitecture;
    bitsPerWeight: number;
    promptTokens: number;
    kvBytesPerElement: number;
  },
): UnloadedTtft {
  const { model, bitsPerWeight, promptTokens, kvBytesPerElement } = input;
  const attentionFlops = promptAttentionFlops(model, promptTokens);
  const flops = promptFlops(model, promptTokens) + attentionFlops;
  const promptSeconds = timer.seconds({
    weightBytes: weightBytes(model.totalParamsB, bitsPerWeight),
    kvReadBytes: 0,
    decodeTokens: 0,
    promptTokens,
    decodeFlops: 0,
    promptFlops: flops,
  });
  const firstDecodeSeconds = timer.seconds({
    weightBytes: weightBytesReadPerStep(model, bitsPerWeight, 1),
    kvReadBytes: kvBytesPerSequence(model, kvBytesPerElement, promptTokens),
    decodeTokens: 1,
    promptTokens: 0,
    decodeFlops: forwardFlops(model.activeParamsB, 1),
    promptFlops: 0,
  });
  const requestSeconds = timer.requestSeconds;
  return {
    requestSeconds,
    promptSeconds,
    promptFlops: flops,
    attentionFlops,
    firstDecodeSeconds,
    seconds: requestSeconds + promptSeconds + firstDecodeSeconds,
  };
}
