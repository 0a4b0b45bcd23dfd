// Expected (calibrated) decode speed, throughput and time to first token for one estimate, with bands.
import type { EngineFamily } from '../../data/measurements';
import type { Device } from '../../data/types';
import type { ModelArchitecture } from '../../data/models';
import type { WeightPrecision } from '../../data/precisions';
import { defaultEngine, expectedStep, stepTimer, type AppliedParam } from './step';
import { costPerMillion, type Estimate } from '../model/estimate';
import { forwardFlops, isMixtureOfExperts } from '../model/math';
import { unloadedTtft, type UnloadedTtft } from './ttft';
import { KV_BYTES_PER_ELEMENT, type KvPrecision } from '../../data/precisions';

/** A calibrated figure and the ends of its leave-one-out band (low ≤ value ≤ high). */
export interface Banded {
  value: number;
  low: number;
  high: number;
}

export interface Expected {
  engine: EngineFamily;
  /** The engine was chosen per device kind (no engine set by the reader). */
  engineIsDefault: boolean;
  stepSeconds: Banded;
  decodeTokensPerSecond: Banded;
  throughputTokensPerSecond: Banded;
  /**
   * The fixed time per request, the prompt's step and one decode step. Never null since every device has a prompt estimate
   * (a fitted rate where no peak is sourced); the type keeps null for older callers.
   */
  ttftSeconds: Banded | null;
  /** The parts of the expected time to first token, for the working. */
  ttftParts: UnloadedTtft;
  /** True when the device has no sourced compute peak and the prompt runs at a fitted rate. */
  promptRateFitted: boolean;
  /** Why a band was widened (too few measurements behind it), for the card; empty when none. */
  bandNotes: readonly string[];
  /** USD per million output tokens at the expected throughput; null without a price. */
  costPerMillionTokens: Banded | null;
  /** Fitted parameters that applied, for "Show the working". */
  decodeParams: readonly AppliedParam[];
  prefillParams: readonly AppliedParam[];
}

/** Inverts a band of seconds into a band of rates: the slow end is the low rate. */
function rate(tokens: number, seconds: number, lowSeconds: number, highSeconds: number): Banded {
  return { value: tokens / seconds, low: tokens / highSeconds, high: tokens / lowSeconds };
}

export function expectedFor(input: {
  device: Device;
  model: ModelArchitecture;
  weightPrecision: WeightPrecision;
  n: number;
  concurrency: number;
  promptTokens: number;
  engine: EngineFamily | null;
  pricePerDeviceHour: number | null;
  estimate: Estimate;
  /** KV format for the first decode step after the prompt (default BF16). */
  kvPrecision?: KvPrecision;
}): Expected {
  const { device, model, weightPrecision, n, concurrency, promptTokens, estimate: e } = input;
  const engine = input.engine ?? defaultEngine(device);
  const common = {
    device,
    engine,
    n,
    precision: weightPrecision,
    layers: model.layers,
    ...(model.hiddenSize ? { hiddenSize: model.hiddenSize } : {}),
    moe: isMixtureOfExperts(model),
  };
  const decode = expectedStep({
    ...common,
    phase: 'decode',
    bytes: e.weightBytesPerStep + e.kvBytesPerStep,
    flops: forwardFlops(model.activeParamsB, concurrency),
    concurrency,
  });
  const timer = stepTimer(common);
  // Time to first token: the fixed time per request, the prompt's own step, then the first decode
  // step over its KV (the same sum the fit predicts for measured times to first token).
  const ttftParts = unloadedTtft(timer, {
    model,
    bitsPerWeight: e.bitsPerWeight,
    promptTokens,
    kvBytesPerElement: KV_BYTES_PER_ELEMENT[input.kvPrecision ?? 'bf16'],
  });
  const ttft = ttftParts.seconds;
  const ttftBand = timer.promptBand ?? { low: 1, high: 1, widenedBecause: null };
  const throughput = rate(concurrency, decode.seconds, decode.lowSeconds, decode.highSeconds);
  const price = input.pricePerDeviceHour;
  const bandNotes = [decode.band.widenedBecause, ttftBand.widenedBecause].filter(
    (x): x is string => x !== null,
  );
  return {
    engine,
    engineIsDefault: input.engine === null,
    stepSeconds: { value: decode.seconds, low: decode.lowSeconds, high: decode.highSeconds },
    decodeTokensPerSecond: rate(1, decode.seconds, decode.lowSeconds, decode.highSeconds),
    throughputTokensPerSecond: throughput,
    // A faster device costs less per token: the high throughput gives the low cost.
    costPerMillionTokens:
      price === null
        ? null
        : {
            value: costPerMillion(n, price, throughput.value),
            low: costPerMillion(n, price, throughput.high),
            high: costPerMillion(n, price, throughput.low),
          },
    ttftSeconds: { value: ttft, low: ttft * ttftBand.low, high: ttft * ttftBand.high },
    ttftParts,
    promptRateFitted: timer.promptRateFitted ?? false,
    bandNotes: [...new Set(bandNotes)],
    decodeParams: decode.params,
    prefillParams: timer.params,
  };
}
