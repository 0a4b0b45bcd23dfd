// Expected (calibrated) decode speed, throughput and time to first token for one estimate, with bands.
import type { EngineFamily } from '../../data/measurements';
import type { Device } from '../../data/types';
import type { ModelArchitecture } from '../../data/models';
import type { WeightPrecision } from '../../data/precisions';
import { defaultEngine, expectedStep, type AppliedParam } from './step';
import { costPerMillion, type Estimate } from '../model/estimate';
import { forwardFlops, weightBytes } from '../model/math';

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
  /** Null when the device has no compute peak for prefill. */
  ttftSeconds: Banded | null;
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
}): Expected | null {
  const { device, model, weightPrecision, n, concurrency, promptTokens, estimate: e } = input;
  const engine = input.engine ?? defaultEngine(device);
  const common = { device, engine, n, precision: weightPrecision, layers: model.layers };
  const decode = expectedStep({
    ...common,
    phase: 'decode',
    bytes: e.weightBytesPerStep + e.kvBytesPerStep,
    flops: forwardFlops(model.activeParamsB, concurrency),
    concurrency,
  });
  if (!decode) return null;
  const prefill = expectedStep({
    ...common,
    phase: 'prefill',
    bytes: weightBytes(model.totalParamsB, e.bitsPerWeight),
    flops: forwardFlops(model.activeParamsB, promptTokens),
    concurrency: 1,
  });
  const throughput = rate(concurrency, decode.seconds, decode.lowSeconds, decode.highSeconds);
  const price = input.pricePerDeviceHour;
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
    ttftSeconds: prefill
      ? { value: prefill.seconds, low: prefill.lowSeconds, high: prefill.highSeconds }
      : null,
    decodeParams: decode.params,
    prefillParams: prefill?.params ?? [],
  };
}
