// The estimate for one model on n devices: memory fit, decode step, time to first token, cost.
import type { ModelArchitecture } from '../../data/models';
import {
  BITS_PER_WEIGHT,
  KV_BYTES_PER_ELEMENT,
  KV_PRECISIONS,
  WEIGHT_PRECISIONS,
  weightFormat,
  type KvPrecision,
  type PeakField,
  type WeightPrecision,
} from '../../data/precisions';
import type { Device } from '../../data/types';
import {
  forwardFlops,
  kvBytesPerLayerToken,
  kvBytesPerSequence,
  kvBytesPerToken as kvPerToken,
  PEAK_OF,
  selectPeak,
  weightBytes as bytesOfWeights,
  weightBytesReadPerStep,
} from './math';
import { perDirectionGBs, tensorParallelTraffic } from './parallelism';
import { markParsed, type Parsed } from '../input/parsed';
import {
  Collector,
  checkRange,
  isRecord,
  promptWithinContext,
  validateArchitecture,
  validateChoice,
  validateDevice,
  validateNumber,
  type Result,
} from '../input/validate';

export interface EstimateInput {
  device: Device;
  n: number;
  model: ModelArchitecture;
  weightPrecision: WeightPrecision;
  kvPrecision: KvPrecision;
  contextTokens: number;
  promptTokens: number;
  concurrency: number;
  reservePercent: number;
  pricePerDeviceHour: number | null;
  /**
   * Share of each device's memory the accelerator may use (0–1). Omitted: the catalogue's default
   * for unified-memory devices (e.g. the GPU's default wired limit on a Mac), else all of it.
   */
  acceleratorShare?: number | null;
}

export const DEFAULT_INPUT: Omit<EstimateInput, 'device' | 'model'> = {
  n: 1,
  weightPrecision: 'bf16',
  kvPrecision: 'bf16',
  contextTokens: 8192,
  promptTokens: 2048,
  concurrency: 1,
  reservePercent: 10,
  pricePerDeviceHour: null,
};

export interface Communication {
  link: string;
  GBs: number;
  secondsPerStep: number;
  note: string;
}

export interface Estimate {
  bitsPerWeight: number;
  kvBytesPerElement: number;
  weightsGB: number;
  /** KV bytes one token adds across all layers while the context is shorter than any window. */
  kvBytesPerToken: number;
  /** KV bytes one layer stores per token. */
  kvBytesPerLayerToken: number;
  /** KV bytes one sequence holds at the full context. */
  kvBytesPerSequence: number;
  /** Tokens a sliding-window layer keeps at this context (the context when there is no window). */
  windowedTokens: number;
  kvGB: number;
  /** Share of each device's memory the accelerator may use, and whether it came from the reader. */
  acceleratorShare: number;
  acceleratorShareSource: 'catalogue' | 'reader' | 'all';
  /** Memory the accelerators may use in all (n devices × memory × share), before the reserve. */
  acceleratorGB: number;
  usableGB: number;
  /** Weights plus the KV cache of every sequence. */
  neededGB: number;
  reserveGB: number;
  freeGB: number;
  fits: boolean;
  maxConcurrency: number;
  weightBytesPerStep: number;
  kvBytesPerStep: number;
  /** n × the device's bandwidth, in bytes per second. */
  aggregateBandwidthBytesPerSecond: number;
  memoryTimeSeconds: number;
  peakPrecision: PeakField | null;
  peakTflops: number | null;
  /** The peak is derived from documented per-core rates (CPUs), not published by the vendor. */
  peakDerived: boolean;
  computeTimeSeconds: number | null;
  stepSeconds: number;
  decodeTokensPerSecond: number;
  throughputTokensPerSecond: number;
  bound: 'memory' | 'compute';
  /** Prompt FLOPs over the aggregate peak (null without a peak). */
  prefillSeconds: number | null;
  /** Every weight byte read once from memory, at the aggregate bandwidth. */
  weightReadSeconds: number;
  ttftSeconds: number | null;
  costPerMillionTokens: number | null;
  communication: Communication | null;
  warnings: string[];
}

const SHARE_LIMIT = { min: 0.01, max: 1, integer: false, unit: 'of device memory' };

/**
 * The boundary check of an estimate's input: every figure of the device and the model, the
 * choices, the workload and the prompt-within-context rule. Errors name the field, the allowed
 * range and what was given. estimate() takes only what this returns.
 */
export function parseEstimateInput(raw: unknown): Result<Parsed<EstimateInput>> {
  const c = new Collector();
  if (!isRecord(raw)) {
    return {
      ok: false,
      errors: [
        { input: 'input', message: 'input must be an object.', allowed: 'an EstimateInput' },
      ],
    };
  }
  const device = validateDevice(raw.device, c);
  const modelErrors = new Collector();
  const model = validateArchitecture(raw.model, modelErrors);
  c.errors.push(...modelErrors.errors);
  const weightPrecision = validateChoice(
    'weightPrecision',
    raw.weightPrecision,
    WEIGHT_PRECISIONS,
    c,
  );
  const kvPrecision = validateChoice('kvPrecision', raw.kvPrecision, KV_PRECISIONS, c);
  const n = c.take(validateNumber('n', raw.n));
  const contextTokens = c.take(validateNumber('contextTokens', raw.contextTokens));
  const promptTokens = c.take(validateNumber('promptTokens', raw.promptTokens));
  const concurrency = c.take(validateNumber('concurrency', raw.concurrency));
  const reservePercent = c.take(validateNumber('reservePercent', raw.reservePercent));
  const price =
    raw.pricePerDeviceHour === null || raw.pricePerDeviceHour === undefined
      ? null
      : c.take(validateNumber('pricePerDeviceHour', raw.pricePerDeviceHour));
  const readerShare =
    raw.acceleratorShare === null || raw.acceleratorShare === undefined
      ? null
      : c.take(checkRange('acceleratorShare', raw.acceleratorShare, SHARE_LIMIT));
  const promptError = promptWithinContext(promptTokens, contextTokens);
  if (promptError) c.errors.push(promptError);
  if (c.errors.length > 0 || !device || !model || !weightPrecision || !kvPrecision) {
    return { ok: false, errors: c.errors };
  }
  return {
    ok: true,
    value: markParsed({
      // The device's figures passed; the object itself is kept for its usable-memory share and
      // derived-peak notes.
      device: raw.device as Device,
      n,
      model,
      weightPrecision,
      kvPrecision,
      contextTokens,
      promptTokens,
      concurrency,
      reservePercent,
      pricePerDeviceHour: price,
      acceleratorShare: readerShare,
    }),
  };
}

/** The catalogue's default share of memory for the accelerator (unified-memory devices), or null. */
function catalogueShare(device: Device): number | null {
  const share = device.usableMemory?.defaultShare;
  return typeof share === 'number' && share > 0 && share <= 1 ? share : null;
}

/** The estimate for a parsed input (see parseEstimateInput): nothing is checked again here. */
export function estimate(input: Parsed<EstimateInput>): Result<Estimate> {
  const { device, model, weightPrecision, kvPrecision, n, contextTokens, promptTokens } = input;
  const { concurrency, reservePercent } = input;
  const price = input.pricePerDeviceHour;
  const readerShare = input.acceleratorShare ?? null;
  const deviceShare = catalogueShare(device);

  const warnings: string[] = [];
  const bitsPerWeight = BITS_PER_WEIGHT[weightPrecision];
  const kvBytesPerElement = KV_BYTES_PER_ELEMENT[kvPrecision];

  // Memory capacity.
  const weightBytes = bytesOfWeights(model.totalParamsB, bitsPerWeight);
  const weightsGB = weightBytes / 1e9;
  const kvBytesPerToken = kvPerToken(model, kvBytesPerElement);
  const seqBytes = kvBytesPerSequence(model, kvBytesPerElement, contextTokens);
  const kvGB = (concurrency * seqBytes) / 1e9;
  const acceleratorShare = readerShare ?? deviceShare ?? 1;
  const acceleratorShareSource: Estimate['acceleratorShareSource'] =
    readerShare !== null ? 'reader' : deviceShare !== null ? 'catalogue' : 'all';
  const acceleratorGB = n * device.memoryGB * acceleratorShare;
  const reserveGB = (acceleratorGB * reservePercent) / 100;
  const usableGB = acceleratorGB - reserveGB;
  const freeGB = usableGB - weightsGB - kvGB;
  const fits = weightsGB + kvGB <= usableGB;
  const maxConcurrency =
    weightsGB > usableGB ? 0 : Math.floor((usableGB - weightsGB) / (seqBytes / 1e9));
  if (weightsGB > usableGB) {
    warnings.push(
      'The weights alone exceed usable memory: add devices or use a smaller precision.',
    );
  } else if (!fits) {
    warnings.push(
      `Weights and KV cache exceed usable memory; at most ${maxConcurrency} sequences of this length fit.`,
    );
  }

  // Memory time: each step reads the weights in use plus every sequence's KV cache.
  const weightBytesPerStep = weightBytesReadPerStep(model, bitsPerWeight, concurrency);
  const kvBytesPerStep = concurrency * seqBytes;
  const aggregateBandwidth = n * device.memoryBandwidthGBs * 1e9;
  const memoryTimeSeconds = (weightBytesPerStep + kvBytesPerStep) / aggregateBandwidth;
  const weightReadSeconds = weightBytes / aggregateBandwidth;

  // Compute time.
  const peak = selectPeak(device, weightPrecision);
  let computeTimeSeconds: number | null = null;
  let prefillSeconds: number | null = null;
  let ttftSeconds: number | null = null;
  if (peak.tflops === null) {
    warnings.push(
      'No sourced compute peak for this device: compute time and time to first token are not estimated, and the bound shown is memory only.',
    );
  } else {
    const aggregateFlops = n * peak.tflops * 1e12;
    computeTimeSeconds = forwardFlops(model.activeParamsB, concurrency) / aggregateFlops;
    prefillSeconds = forwardFlops(model.activeParamsB, promptTokens) / aggregateFlops;
    ttftSeconds = Math.max(prefillSeconds, weightReadSeconds);
    if (peak.precision !== peak.wanted) {
      warnings.push(
        `No sourced ${peak.wanted.toUpperCase()} peak for this device: ${weightFormat(weightPrecision).label} compute time uses the BF16 peak.`,
      );
    }
  }

  // With n > 1 the tensor-parallel all-reduce follows each layer's matrix multiplies: it adds to
  // the step rather than overlapping it.
  const communication =
    n > 1 ? tensorParallelCommunication(device, model, n, concurrency, warnings) : null;
  const linkSeconds = communication?.secondsPerStep ?? 0;
  const stepSeconds = Math.max(memoryTimeSeconds, computeTimeSeconds ?? 0) + linkSeconds;
  const bound: Estimate['bound'] =
    computeTimeSeconds !== null && computeTimeSeconds > memoryTimeSeconds ? 'compute' : 'memory';
  const decodeTokensPerSecond = 1 / stepSeconds;
  const throughputTokensPerSecond = concurrency / stepSeconds;
  const costPerMillionTokens =
    price === null ? null : costPerMillion(n, price, throughputTokensPerSecond);
  if (communication && linkSeconds > 0.1 * stepSeconds) {
    warnings.push(
      'Estimated all-reduce time exceeds 10% of the step time: the link, not memory, may limit speed.',
    );
  }

  const value: Estimate = {
    bitsPerWeight,
    kvBytesPerElement,
    weightsGB,
    kvBytesPerToken,
    kvBytesPerLayerToken: kvBytesPerLayerToken(model, kvBytesPerElement),
    kvBytesPerSequence: seqBytes,
    windowedTokens: Math.min(contextTokens, model.slidingWindow?.window ?? contextTokens),
    kvGB,
    acceleratorShare,
    acceleratorShareSource,
    acceleratorGB,
    usableGB,
    neededGB: weightsGB + kvGB,
    reserveGB,
    freeGB,
    fits,
    maxConcurrency,
    weightBytesPerStep,
    kvBytesPerStep,
    aggregateBandwidthBytesPerSecond: aggregateBandwidth,
    memoryTimeSeconds,
    peakPrecision: peak.precision,
    peakTflops: peak.tflops,
    peakDerived:
      peak.precision !== null && typeof device.derived[PEAK_OF[peak.precision]] === 'string',
    computeTimeSeconds,
    stepSeconds,
    decodeTokensPerSecond,
    throughputTokensPerSecond,
    bound,
    prefillSeconds,
    weightReadSeconds,
    ttftSeconds,
    costPerMillionTokens,
    communication,
    warnings,
  };
  return finiteOrError(value);
}

/** Dollars per million output tokens: n devices at `price` an hour producing `tokensPerSecond`. */
export function costPerMillion(
  n: number,
  pricePerDeviceHour: number,
  tokensPerSecond: number,
): number {
  return ((n * pricePerDeviceHour) / (tokensPerSecond * 3600)) * 1e6;
}

/**
 * Ring all-reduce estimate for tensor parallelism over n devices: two all-reduces per layer of
 * hidden × sequences × 2 bytes, each device sending 2(n−1)/n of it at half the catalogue's
 * both-directions link figure.
 */
function tensorParallelCommunication(
  device: Device,
  model: ModelArchitecture,
  n: number,
  concurrency: number,
  warnings: string[],
): Communication | null {
  if (device.scaleUp === null) {
    warnings.push(
      'No sourced scale-up link for this device: the time spent exchanging activations between devices is not estimated.',
    );
    return null;
  }
  if (model.hiddenSize === undefined) {
    warnings.push('The model has no hidden size: tensor-parallel communication is not estimated.');
    return null;
  }
  const traffic = tensorParallelTraffic({
    hiddenSize: model.hiddenSize,
    layers: model.layers,
    sequences: concurrency,
    n,
    GBsPerDirection: perDirectionGBs(device.scaleUp.GBs),
  });
  return {
    link: device.scaleUp.name,
    GBs: device.scaleUp.GBs,
    secondsPerStep: traffic.secondsPerStep,
    note:
      `Tensor parallelism over ${n} devices: 2 all-reduces per layer × ${model.layers} layers, ` +
      `each of hidden size ${model.hiddenSize} × ${concurrency} sequences × 2 bytes (BF16 ` +
      'activations). A ring all-reduce sends 2(n−1)/n of that from each device, at half the ' +
      `catalogue's ${device.scaleUp.GBs} GB/s ${device.scaleUp.name} figure on the assumption ` +
      'that it counts both directions. Bandwidth only: the few microseconds of latency per ' +
      'all-reduce are ignored, though at small batch they usually dominate (the expected figure ' +
      'includes a fitted latency). Added to the step time.',
  };
}

/** Guards against overflow at extreme (but valid) inputs: never hand back NaN or Infinity. */
function finiteOrError(value: Estimate): Result<Estimate> {
  const numbers: [string, number | null][] = [
    ['weightsGB', value.weightsGB],
    ['kvGB', value.kvGB],
    ['usableGB', value.usableGB],
    ['freeGB', value.freeGB],
    ['maxConcurrency', value.maxConcurrency],
    ['memoryTimeSeconds', value.memoryTimeSeconds],
    ['computeTimeSeconds', value.computeTimeSeconds],
    ['stepSeconds', value.stepSeconds],
    ['decodeTokensPerSecond', value.decodeTokensPerSecond],
    ['throughputTokensPerSecond', value.throughputTokensPerSecond],
    ['ttftSeconds', value.ttftSeconds],
    ['costPerMillionTokens', value.costPerMillionTokens],
    ['communication', value.communication?.secondsPerStep ?? null],
  ];
  const bad = numbers.find(([, v]) => v !== null && !Number.isFinite(v));
  if (bad) {
    return {
      ok: false,
      errors: [
        {
          input: 'input',
          message: `The inputs are too extreme to compute ${bad[0]} as a finite number.`,
          allowed: 'smaller context, concurrency or model size',
        },
      ],
    };
  }
  return { ok: true, value };
}
