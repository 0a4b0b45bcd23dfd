// One catalogue device as a simulated replica: memory that holds KV, the step timer, the tensor-parallel link.
import type { EngineFamily } from '../../../data/measurements';
import type { ModelArchitecture } from '../../../data/models';
import type { KvPrecision, WeightPrecision } from '../../../data/precisions';
import type { Device } from '../../../data/types';
import { stepTimer } from '../../calibration/step';
import type { CalibrationParams } from '../../calibration/fit';
import { estimate, parseEstimateInput, type EstimateInput } from '../../model/estimate';
import type { Parsed } from '../../input/parsed';
import { kvBytesPerSequence, isMixtureOfExperts } from '../../model/math';
import type { Result } from '../../input/validate';
import type { SimReplica } from './types';
import { routedExperts } from '../../model/experts';
import { SERVING_BAND, stepBandOf } from './band';

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
  /**
   * Routed experts (see experts.ts); when left out, looked up by the preset id the model carries,
   * so a preset's layout applies and a custom model (no id) reads min(total, tokens × active).
   */
  experts?: SimReplica['experts'];
  /** Parameters (billions) each device holds whole: the attention block under data-parallel attention. */
  replicatedParamsB?: number;
  /** Step-model parameters to use instead of the fitted ones (a fit that held a source out). */
  stepParams?: CalibrationParams;
  /**
   * The same device, model and formats already parsed at the caller's boundary (the comparison
   * derives it from its parsed scenario); without it replicaFor parses its own.
   */
  estimateInput?: Parsed<EstimateInput>;
}

function modelIdOf(model: ModelArchitecture): string | undefined {
  const id: unknown = (model as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

const fail = (input: string, message: string, allowed: string): Result<never> => ({
  ok: false,
  errors: [{ input, message, allowed }],
});

/**
 * Copies of each token's KV cache across the replica. Tensor parallelism splits the KV heads over
 * the n devices; with fewer KV heads than devices each head is held by n / heads of them, and
 * multi-head latent attention caches one latent vector that every device's query heads read, so
 * each of the n devices holds the whole cache (the duplication SGLang's and vLLM's data-parallel
 * attention exists to remove). Data-parallel attention keeps one copy (each device holds its own
 * requests), and llama.cpp splits by layers, so one copy too.
 */
export function kvCopies(
  model: ModelArchitecture,
  n: number,
  engine: EngineFamily | null,
  dataParallelAttention: boolean,
): number {
  if (n <= 1 || dataParallelAttention || engine === 'llama.cpp') return 1;
  const heads = model.attention.kind === 'mla' ? 1 : Math.max(1, model.kvHeads);
  return Math.max(1, n / heads);
}

/**
 * The replica's figures from the catalogue: usable memory from the estimate (reserve and the
 * accelerator's share applied), the step timer of the calibration, and the tensor-parallel
 * all-reduce transfer per token (two per layer of hidden × 2 bytes, each device sending
 * 2(n − 1)/n of it over one direction of its scale-up link).
 */
export function replicaFor(input: ReplicaInput): Result<SimReplica> {
  const { device, model, n } = input;
  // Parsed once: by the caller when it passes its parsed input, else here (the validation suite
  // calls it with curve records, its own boundary).
  const parsed: Result<Parsed<EstimateInput>> = input.estimateInput
    ? { ok: true, value: input.estimateInput }
    : parseEstimateInput({
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
    ...(model.hiddenSize ? { hiddenSize: model.hiddenSize } : {}),
    moe: isMixtureOfExperts(model),
    ...(input.engine ? { engine: input.engine } : {}),
    ...(input.stepParams ? { params: input.stepParams } : {}),
  });
  const weightBytes = e.weightsGB * 1e9;
  const replicatedParamsB = input.replicatedParamsB ?? 0;
  const kvBytesPerToken =
    (kvCopies(model, n, input.engine, replicatedParamsB > 0) *
      kvBytesPerSequence(model, e.kvBytesPerElement, input.contextTokens)) /
    input.contextTokens;
  // Under data-parallel attention the n − 1 extra copies of the block take memory too.
  const freeBytes =
    e.usableGB * 1e9 - weightBytes - (n - 1) * replicatedParamsB * 1e9 * (e.bitsPerWeight / 8);
  if (freeBytes <= 0) {
    return fail(
      'memory',
      `The weights (${Math.round(e.weightsGB)} GB) leave no room for KV cache in the ${Math.round(e.usableGB)} GB usable on ${n} × ${device.name}.`,
      'weights smaller than usable memory',
    );
  }
  return {
    ok: true,
    value: {
      // The simulation's figures carry the serving band (from measured serving curves), not the
      // step model's band for one step: queueing and batching add their own spread.
      timer: { ...timer, band: stepBandOf(SERVING_BAND) },
      n,
      totalParamsB: model.totalParamsB,
      activeParamsB: model.activeParamsB,
      experts: input.experts === undefined ? routedExperts(modelIdOf(model)) : input.experts,
      ...(replicatedParamsB > 0 ? { replicatedParamsB } : {}),
      bytesPerParam: e.bitsPerWeight / 8,
      kvBytesPerToken,
      kvCapacityTokens: Math.floor(freeBytes / kvBytesPerToken),
      ...(input.engine === 'sglang' ? { schedule: 'prefill-first' as const } : {}),
      ...(input.engine === 'vllm' || input.engine === 'sglang'
        ? { kvAdmission: 'paged' as const }
        : {}),
      tokenBudget: input.tokenBudget ?? DEFAULT_TOKEN_BUDGET,
      maxRunning: input.maxRunning ?? DEFAULT_MAX_RUNNING,
      attention: {
        layers: model.layers,
        slidingWindow: model.slidingWindow,
        ...(model.hiddenSize ? { hiddenSize: model.hiddenSize } : {}),
      },
    },
  };
}
