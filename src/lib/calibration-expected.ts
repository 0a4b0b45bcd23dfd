// Expected decode speed, throughput and time to first token for one estimator setup, with bands.
import type { Device } from '../data/types';
import type { ModelArchitecture } from '../data/models';
import type { EngineFamily } from '../data/measurements';
import {
  BITS_PER_WEIGHT,
  KV_BYTES_PER_ELEMENT,
  type KvPrecision,
  type WeightPrecision,
} from '../data/precisions';
import {
  forwardFlops,
  kvBytesPerSequence,
  weightBytes,
  weightBytesReadPerStep,
} from './model-math';
import { defaultEngine, expectedStep, type AppliedParam } from './calibration';

export interface ExpectedFigures {
  engine: EngineFamily;
  /** Tokens per second one sequence sees, with the band's slow and fast ends. */
  decode: { tps: number; lowTps: number; highTps: number };
  /** Tokens per second of all sequences together. */
  throughput: { tps: number; lowTps: number; highTps: number };
  /** Expected prefill time of the prompt; null when the device has no compute peak. */
  ttft: { seconds: number; lowSeconds: number; highSeconds: number } | null;
  decodeParams: AppliedParam[];
  prefillParams: AppliedParam[];
}

export interface ExpectedInput {
  device: Device;
  n: number;
  model: ModelArchitecture;
  weightPrecision: WeightPrecision;
  kvPrecision: KvPrecision;
  /** Context length the KV cache holds while decoding. */
  contextTokens: number;
  promptTokens: number;
  concurrency: number;
  engine?: EngineFamily;
}

/**
 * The estimator's ideal quantities for one step (weights in use plus every sequence's KV cache;
 * two FLOPs per active weight per sequence) passed through the fitted model.
 */
export function expectedFigures(input: ExpectedInput): ExpectedFigures | null {
  const { device, n, model, weightPrecision, kvPrecision, concurrency } = input;
  const engine = input.engine ?? defaultEngine(device);
  const bits = BITS_PER_WEIGHT[weightPrecision];
  const kv = kvBytesPerSequence(model, KV_BYTES_PER_ELEMENT[kvPrecision], input.contextTokens);
  const decode = expectedStep({
    device,
    engine,
    phase: 'decode',
    bytes: weightBytesReadPerStep(model, bits, concurrency) + concurrency * kv,
    flops: concurrency * forwardFlops(model.activeParamsB, 1),
    n,
    concurrency,
    precision: weightPrecision,
    layers: model.layers,
  });
  if (decode === null) return null;
  const prefill = expectedStep({
    device,
    engine,
    phase: 'prefill',
    bytes: weightBytes(model.totalParamsB, bits),
    flops: forwardFlops(model.activeParamsB, input.promptTokens),
    n,
    concurrency: 1,
    precision: weightPrecision,
    layers: model.layers,
  });
  return {
    engine,
    decode: {
      tps: 1 / decode.seconds,
      lowTps: 1 / decode.highSeconds,
      highTps: 1 / decode.lowSeconds,
    },
    throughput: {
      tps: concurrency / decode.seconds,
      lowTps: concurrency / decode.highSeconds,
      highTps: concurrency / decode.lowSeconds,
    },
    ttft:
      prefill === null
        ? null
        : {
            seconds: prefill.seconds,
            lowSeconds: prefill.lowSeconds,
            highSeconds: prefill.highSeconds,
          },
    decodeParams: decode.params,
    prefillParams: prefill?.params ?? [],
  };
}
