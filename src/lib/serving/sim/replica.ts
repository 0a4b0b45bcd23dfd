// One catalogue device as a simulated replica: memory that holds KV, the step timer, the tensor-parallel link.
import type { EngineFamily } from '../../../data/measurements';
import type { ModelArchitecture } from '../../../data/models';
import type { KvPrecision, WeightPrecision } from '../../../data/precisions';
import type { Device } from '../../../data/types';
import { stepTimer } from '../../calibration/step';
import { estimate, parseEstimateInput } from '../../model/estimate';
import { kvBytesPerSequence } from '../../model/math';
import type { Result } from '../../input/validate';
import type { SimReplica } from './types';

/** Prompt and decode tokens one step may carry: the chunked-prefill budget vLLM and TensorRT-LLM default to on datacenter GPUs. */
export const DEFAULT_TOKEN_BUDGET = 8192;
/** Requests one step may hold: vLLM's default max_num_seqs. */
export const DEFAULT_MAX_RUNNING = 256;
/** Share of memory held back for activations and fragmentation (vLLM's gpu_memory_utilization 0.9). */
export const DEFAULT_RESERVE_PERCENT = 10;

export interface ReplicaInput {
  device: Device;
  model: ModelArchitecture;
  weightPrecision: WeightPrecision;
  kvPrecision: KvPrecision;
  n: number;
  engine: EngineFamily | null;
  reservePercent: number;
  /** Reader's share of each device's memory the accelerator may use (0–1), or null. */
  acceleratorShare: number | null;
  /** Request length the KV cost per token is averaged over (sliding windows stop growing). */
  contextTokens: number;
  tokenBudget?: number;
  maxRunning?: number;
}

const fail = (input: string, message: string, allowed: string): Result<never> => ({
  ok: false,
  errors: [{ input, message, allowed }],
});

/**
 * The replica's figures from the catalogue: usable memory from the estimate (reserve and the
 * accelerator's share applied), the step timer of the calibration, and the tensor-parallel
 * all-reduce transfer per token (two per layer of hidden × 2 bytes, each device sending
 * 2(n − 1)/n of it over one direction of its scale-up link).
 */
export function replicaFor(input: ReplicaInput): Result<SimReplica> {
  const { device, model, n } = input;
  // Its own boundary (the comparison and the validation suite both call it): parsed, then run.
  const parsed = parseEstimateInput({
    device,
    n,
    model,
    weightPrecision: input.weightPrecision,
    kvPrecision: input.kvPrecision,
    contextTokens: input.contextTokens,
    promptTokens: 1,
    concurrency: 1,
    reservePercent: input.reservePercent,
    pricePerDeviceHour: null,
    acceleratorShare: input.acceleratorShare,
  });
  if (!parsed.ok) return parsed;
  const est = estimate(parsed.value);
  if (!est.ok) return est;
  const e = est.value;
  const timer = stepTimer({
    device,
    n,
    precision: input.weightPrecision,
    layers: model.layers,
    ...(input.engine ? { engine: input.engine } : {}),
  });
  if (timer === null || e.peakTflops === null) {
    return fail(
      'device',
      `No sourced compute peak for ${device.name}: prompt processing cannot be timed, so the load is not simulated.`,
      'a device with a compute peak',
    );
  }
  const weightBytes = e.weightsGB * 1e9;
  const kvBytesPerToken =
    kvBytesPerSequence(model, e.kvBytesPerElement, input.contextTokens) / input.contextTokens;
  const freeBytes = e.usableGB * 1e9 - weightBytes;
  if (freeBytes <= 0) {
    return fail(
      'memory',
      `The weights (${Math.round(e.weightsGB)} GB) leave no room for KV cache in the ${Math.round(e.usableGB)} GB usable on ${n} × ${device.name}.`,
      'weights smaller than usable memory',
    );
  }
  let linkSecondsPerToken = 0;
  if (n > 1 && device.scaleUp !== null && model.hiddenSize !== undefined) {
    const bytesPerToken = model.layers * 2 * model.hiddenSize * 2 * ((2 * (n - 1)) / n);
    linkSecondsPerToken = bytesPerToken / ((device.scaleUp.GBs / 2) * 1e9);
  }
  return {
    ok: true,
    value: {
      timer,
      n,
      totalParamsB: model.totalParamsB,
      activeParamsB: model.activeParamsB,
      bytesPerParam: e.bitsPerWeight / 8,
      kvBytesPerToken,
      kvCapacityTokens: Math.floor(freeBytes / kvBytesPerToken),
      tokenBudget: input.tokenBudget ?? DEFAULT_TOKEN_BUDGET,
      maxRunning: input.maxRunning ?? DEFAULT_MAX_RUNNING,
      linkSecondsPerToken,
    },
  };
}
