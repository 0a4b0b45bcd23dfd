// Roofline estimate of memory fit, decode speed, time to first token and cost for one model on n devices.
import type { Device, Source } from '../data/types';
import { findDevice, devices as catalogueDevices } from '../data/hardware';
import { findModel, modelPresets, type ModelArchitecture } from '../data/models';

export type WeightPrecision = 'bf16' | 'fp8' | 'int8' | 'int4' | 'fp4';
export type KvPrecision = 'bf16' | 'fp8' | 'int8';

export const WEIGHT_PRECISIONS: readonly WeightPrecision[] = ['bf16', 'fp8', 'int8', 'int4', 'fp4'];
export const KV_PRECISIONS: readonly KvPrecision[] = ['bf16', 'fp8', 'int8'];

/**
 * Effective bits stored per weight, including quantisation scales.
 * - int4: 4-bit values with one 16-bit scale per group of 32 weights: 4 + 16/32 = 4.5 bits.
 *   This is the layout of llama.cpp's Q4_0 and of group-size-32 weight-only int4 (gpt-fast's
 *   default); group size 128 would give 4.125 bits, so 4.5 is the conservative end.
 * - fp4: MXFP4 (OCP Microscaling spec), 4-bit E2M1 values with one 8-bit shared scale per 32
 *   weights: 4 + 8/32 = 4.25 bits.
 */
export const INT4_BITS_PER_WEIGHT = 4 + 16 / 32;
export const FP4_BITS_PER_WEIGHT = 4 + 8 / 32;

export const BITS_PER_WEIGHT: Readonly<Record<WeightPrecision, number>> = {
  bf16: 16,
  fp8: 8,
  int8: 8,
  int4: INT4_BITS_PER_WEIGHT,
  fp4: FP4_BITS_PER_WEIGHT,
};

export const KV_BYTES_PER_ELEMENT: Readonly<Record<KvPrecision, number>> = {
  bf16: 2,
  fp8: 1,
  int8: 1,
};

export type NumericInputName =
  | 'n'
  | 'contextTokens'
  | 'promptTokens'
  | 'concurrency'
  | 'reservePercent'
  | 'pricePerDeviceHour'
  | 'totalParamsB'
  | 'activeParamsB'
  | 'layers'
  | 'kvHeads'
  | 'headDim'
  | 'efficiency';

export interface Limit {
  min: number;
  max: number;
  integer: boolean;
  unit: string;
}

/** Allowed ranges; both ends inclusive. */
export const LIMITS: Readonly<Record<NumericInputName, Limit>> = {
  n: { min: 1, max: 1024, integer: true, unit: 'devices' },
  contextTokens: { min: 1, max: 10_000_000, integer: true, unit: 'tokens' },
  promptTokens: { min: 1, max: 10_000_000, integer: true, unit: 'tokens' },
  concurrency: { min: 1, max: 100_000, integer: true, unit: 'sequences' },
  reservePercent: { min: 0, max: 90, integer: false, unit: '%' },
  pricePerDeviceHour: {
    min: 0,
    max: 10_000,
    integer: false,
    unit: 'USD per device-hour',
  },
  totalParamsB: {
    min: 0.001,
    max: 100_000,
    integer: false,
    unit: 'billion parameters',
  },
  activeParamsB: {
    min: 0.001,
    max: 100_000,
    integer: false,
    unit: 'billion parameters',
  },
  layers: { min: 1, max: 1000, integer: true, unit: 'layers' },
  kvHeads: { min: 1, max: 1024, integer: true, unit: 'heads' },
  headDim: { min: 1, max: 4096, integer: true, unit: 'elements' },
  efficiency: {
    min: 0.01,
    max: 1,
    integer: false,
    unit: 'fraction of the ideal',
  },
};

/** Ranges for inputs outside NumericInputName (model extras and device fields). */
export const EXTRA_LIMITS = {
  hiddenSize: { min: 1, max: 1_000_000, integer: true, unit: 'elements' },
  cachedWidth: {
    min: 1,
    max: 1_000_000,
    integer: true,
    unit: 'elements per layer',
  },
  window: { min: 1, max: 10_000_000, integer: true, unit: 'tokens' },
  memoryGB: { min: 0.001, max: 1_000_000, integer: false, unit: 'GB' },
  memoryBandwidthGBs: {
    min: 0.001,
    max: 1_000_000,
    integer: false,
    unit: 'GB/s',
  },
  peakTflops: { min: 0.001, max: 10_000_000, integer: false, unit: 'TFLOPS' },
  scaleUpGBs: { min: 0.001, max: 1_000_000, integer: false, unit: 'GB/s' },
} as const satisfies Record<string, Limit>;

export interface InputError {
  /** The field at fault, e.g. 'contextTokens', 'device.memoryBandwidthGBs', 'modelId'. */
  input: string;
  message: string;
  /** Human-readable allowed range or set. */
  allowed: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: InputError[] };

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
  efficiency?: number;
}

/**
 * Default fraction of the ideal bound that a real decode loop reaches. gpt-fast (PyTorch, batch
 * 1, Llama-2-7B in BF16) reports 1,397 GB/s achieved on an A100-80GB whose peak is 2,039 GB/s:
 * 1397.31 / 2039 = 0.685, rounded down to 0.68. That A100 was power-limited to 330 W, and engines,
 * batch sizes and quantised kernels differ, so treat the realistic figure as a rough guide.
 */
export const DEFAULT_EFFICIENCY = 0.68;
export const EFFICIENCY_SOURCE: Source = {
  id: 'gpt-fast-benchmarks',
  title: 'gpt-fast README, Benchmarks (Llama-2-7B BF16, batch 1, A100-80GB: 1,397 GB/s achieved)',
  url: 'https://github.com/pytorch-labs/gpt-fast#benchmarks',
  accessed: '2026-11-29',
};

export const DEFAULT_INPUT: Omit<EstimateInput, 'device' | 'model'> = {
  n: 1,
  weightPrecision: 'bf16',
  kvPrecision: 'bf16',
  contextTokens: 8192,
  promptTokens: 2048,
  concurrency: 1,
  reservePercent: 10,
  pricePerDeviceHour: null,
  efficiency: DEFAULT_EFFICIENCY,
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
  kvGB: number;
  usableGB: number;
  reserveGB: number;
  freeGB: number;
  fits: boolean;
  maxConcurrency: number;
  weightBytesPerStep: number;
  kvBytesPerStep: number;
  memoryTimeSeconds: number;
  peakPrecision: 'bf16' | 'fp8' | 'int8' | 'fp4' | null;
  peakTflops: number | null;
  computeTimeSeconds: number | null;
  stepSeconds: number;
  decodeTokensPerSecond: number;
  throughputTokensPerSecond: number;
  bound: 'memory' | 'compute';
  ttftSeconds: number | null;
  costPerMillionTokens: number | null;
  communication: Communication | null;
  realistic: {
    efficiency: number;
    decodeTokensPerSecond: number;
    throughputTokensPerSecond: number;
    ttftSeconds: number | null;
  };
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// Validation

const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** 'an integer from 1 to 1,024 devices' */
export function describeLimit(limit: Limit): string {
  const kind = limit.integer ? 'an integer' : 'a number';
  return `${kind} from ${fmt.format(limit.min)} to ${fmt.format(limit.max)} ${limit.unit}`;
}

function describeRaw(raw: unknown): string {
  if (typeof raw === 'string') return `"${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}"`;
  if (typeof raw === 'number') return String(raw);
  if (raw === null) return 'null';
  return typeof raw;
}

const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Numbers pass through; strings are parsed (thousands separators and spaces allowed). */
function parseNumeric(raw: unknown): number | undefined {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return undefined;
  const cleaned = raw.trim().replace(/[,_\s]/g, '');
  if (!NUMBER_PATTERN.test(cleaned)) return undefined;
  return Number(cleaned);
}

function checkRange(input: string, raw: unknown, limit: Limit): Result<number> {
  const allowed = describeLimit(limit);
  const value = parseNumeric(raw);
  const fail = (message: string): Result<number> => ({
    ok: false,
    errors: [{ input, message, allowed }],
  });
  if (value === undefined || Number.isNaN(value)) {
    return fail(`${input} must be a number; got ${describeRaw(raw)}.`);
  }
  if (!Number.isFinite(value)) return fail(`${input} must be finite; got ${describeRaw(raw)}.`);
  if (limit.integer && !Number.isInteger(value)) {
    return fail(`${input} must be a whole number; got ${fmt.format(value)}.`);
  }
  if (value < limit.min || value > limit.max) {
    return fail(`${input} must be ${allowed}; got ${fmt.format(value)}.`);
  }
  // Normalise -0 to 0.
  return { ok: true, value: value === 0 ? 0 : value };
}

export function validateNumber(name: NumericInputName, raw: unknown): Result<number> {
  const limit = LIMITS[name];
  return checkRange(name, raw, limit);
}

/** Collects errors from several checks; `take` returns the value or NaN (never used when errors exist). */
class Collector {
  readonly errors: InputError[] = [];
  take(result: Result<number>): number {
    if (result.ok) return result.value;
    this.errors.push(...result.errors);
    return Number.NaN;
  }
  add(input: string, message: string, allowed: string): void {
    this.errors.push({ input, message, allowed });
  }
}

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null;
}

function validateArchitecture(raw: unknown, c: Collector): ModelArchitecture | undefined {
  if (!isRecord(raw)) {
    c.add(
      'model',
      `model must be a model architecture; got ${describeRaw(raw)}.`,
      'a model preset or custom model',
    );
    return undefined;
  }
  const totalParamsB = c.take(validateNumber('totalParamsB', raw.totalParamsB));
  const activeParamsB = c.take(validateNumber('activeParamsB', raw.activeParamsB));
  const layers = c.take(validateNumber('layers', raw.layers));
  const kvHeads = c.take(validateNumber('kvHeads', raw.kvHeads));
  const headDim = c.take(validateNumber('headDim', raw.headDim));
  if (activeParamsB > totalParamsB) {
    c.add(
      'activeParamsB',
      `activeParamsB (${fmt.format(activeParamsB)}B) cannot exceed totalParamsB (${fmt.format(totalParamsB)}B).`,
      `a number from ${fmt.format(LIMITS.activeParamsB.min)} to totalParamsB`,
    );
  }
  let hiddenSize: number | undefined;
  if (raw.hiddenSize !== undefined) {
    hiddenSize = c.take(checkRange('hiddenSize', raw.hiddenSize, EXTRA_LIMITS.hiddenSize));
  }

  let attention: ModelArchitecture['attention'] = { kind: 'gqa' };
  const att = raw.attention === undefined ? { kind: 'gqa' } : raw.attention;
  if (isRecord(att) && att.kind === 'gqa') {
    attention = { kind: 'gqa' };
  } else if (isRecord(att) && att.kind === 'mla') {
    const width = c.take(
      checkRange('attention.cachedWidth', att.cachedWidth, EXTRA_LIMITS.cachedWidth),
    );
    attention = { kind: 'mla', cachedWidth: width };
  } else {
    c.add('attention', `attention must be gqa or mla; got ${describeRaw(att)}.`, "'gqa' or 'mla'");
  }

  let slidingWindow: ModelArchitecture['slidingWindow'] = null;
  const sw = raw.slidingWindow;
  if (sw !== null && sw !== undefined) {
    if (!isRecord(sw)) {
      c.add(
        'slidingWindow',
        'slidingWindow must be null or { layers, window }.',
        'null or { layers, window }',
      );
    } else {
      const swLayers = c.take(
        checkRange('slidingWindow.layers', sw.layers, {
          ...LIMITS.layers,
          min: 0,
        }),
      );
      const window = c.take(checkRange('slidingWindow.window', sw.window, EXTRA_LIMITS.window));
      if (swLayers > layers) {
        c.add(
          'slidingWindow.layers',
          `slidingWindow.layers (${fmt.format(swLayers)}) cannot exceed layers (${fmt.format(layers)}).`,
          'an integer from 0 to layers',
        );
      }
      slidingWindow = { layers: swLayers, window };
    }
  }
  if (c.errors.length > 0) return undefined;
  const arch: ModelArchitecture = {
    totalParamsB,
    activeParamsB,
    layers,
    kvHeads,
    headDim,
    attention,
    slidingWindow,
  };
  if (hiddenSize !== undefined) arch.hiddenSize = hiddenSize;
  return arch;
}

/** Validates a user-typed model (grouped-query attention, no sliding window). */
export function validateCustomModel(raw: {
  totalParamsB: unknown;
  activeParamsB: unknown;
  layers: unknown;
  kvHeads: unknown;
  headDim: unknown;
  hiddenSize?: unknown;
}): Result<ModelArchitecture> {
  const c = new Collector();
  const arch = validateArchitecture(
    {
      totalParamsB: raw.totalParamsB,
      activeParamsB: raw.activeParamsB,
      layers: raw.layers,
      kvHeads: raw.kvHeads,
      headDim: raw.headDim,
      hiddenSize: raw.hiddenSize === '' || raw.hiddenSize === null ? undefined : raw.hiddenSize,
      attention: { kind: 'gqa' },
      slidingWindow: null,
    },
    c,
  );
  if (!arch || c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, value: arch };
}

interface DeviceFigures {
  memoryGB: number;
  bandwidthGBs: number;
  bf16: number | null;
  fp8: number | null;
  int8: number | null;
  fp4: number | null;
  scaleUp: { name: string; GBs: number } | null;
}

function validateDevice(raw: unknown, c: Collector): DeviceFigures | undefined {
  if (!isRecord(raw)) {
    c.add(
      'device',
      `device must be a catalogue device; got ${describeRaw(raw)}.`,
      'a catalogue device',
    );
    return undefined;
  }
  const before = c.errors.length;
  const memoryGB = c.take(checkRange('device.memoryGB', raw.memoryGB, EXTRA_LIMITS.memoryGB));
  const bandwidthGBs = c.take(
    checkRange(
      'device.memoryBandwidthGBs',
      raw.memoryBandwidthGBs,
      EXTRA_LIMITS.memoryBandwidthGBs,
    ),
  );
  const peak = (field: 'bf16Tflops' | 'fp8Tflops' | 'int8Tops' | 'fp4Tflops'): number | null => {
    const v = raw[field];
    if (v === null || v === undefined) return null;
    return c.take(checkRange(`device.${field}`, v, EXTRA_LIMITS.peakTflops));
  };
  const bf16 = peak('bf16Tflops');
  const fp8 = peak('fp8Tflops');
  const int8 = peak('int8Tops');
  const fp4 = peak('fp4Tflops');
  let scaleUp: DeviceFigures['scaleUp'] = null;
  if (isRecord(raw.scaleUp)) {
    const GBs = c.take(checkRange('device.scaleUp.GBs', raw.scaleUp.GBs, EXTRA_LIMITS.scaleUpGBs));
    const name = typeof raw.scaleUp.name === 'string' ? raw.scaleUp.name : 'scale-up link';
    scaleUp = { name, GBs };
  }
  if (c.errors.length > before) return undefined;
  return { memoryGB, bandwidthGBs, bf16, fp8, int8, fp4, scaleUp };
}

function validateChoice<T extends string>(
  input: string,
  raw: unknown,
  options: readonly T[],
  c: Collector,
): T | undefined {
  const found = options.find((o) => o === raw);
  if (found === undefined) {
    c.add(
      input,
      `${input} must be one of ${options.join(', ')}; got ${describeRaw(raw)}.`,
      options.join(', '),
    );
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Model arithmetic (exported for charts and tests)

/** KV bytes one layer stores per token. */
export function kvBytesPerLayerToken(model: ModelArchitecture, kvBytesPerElement: number): number {
  return model.attention.kind === 'mla'
    ? model.attention.cachedWidth * kvBytesPerElement
    : 2 * model.kvHeads * model.headDim * kvBytesPerElement;
}

/** KV bytes one sequence holds at a given context: windowed layers stop growing at the window. */
export function kvBytesPerSequence(
  model: ModelArchitecture,
  kvBytesPerElement: number,
  contextTokens: number,
): number {
  const perLayer = kvBytesPerLayerToken(model, kvBytesPerElement);
  const windowed = model.slidingWindow?.layers ?? 0;
  const window = model.slidingWindow?.window ?? contextTokens;
  const full = model.layers - windowed;
  return perLayer * (full * contextTokens + windowed * Math.min(contextTokens, window));
}

/** Picks the compute peak for the weight precision, falling back to BF16. */
export function selectPeak(
  device: Pick<Device, 'bf16Tflops' | 'fp8Tflops' | 'int8Tops' | 'fp4Tflops'>,
  weightPrecision: WeightPrecision,
): { precision: Estimate['peakPrecision']; tflops: number | null } {
  if (weightPrecision === 'fp8' && device.fp8Tflops !== null) {
    return { precision: 'fp8', tflops: device.fp8Tflops };
  }
  if (weightPrecision === 'int8' && device.int8Tops !== null) {
    return { precision: 'int8', tflops: device.int8Tops };
  }
  if (weightPrecision === 'fp4' && device.fp4Tflops !== null) {
    return { precision: 'fp4', tflops: device.fp4Tflops };
  }
  if (device.bf16Tflops !== null) return { precision: 'bf16', tflops: device.bf16Tflops };
  return { precision: null, tflops: null };
}

// ---------------------------------------------------------------------------------------------
// The estimate

export function estimate(input: EstimateInput): Result<Estimate> {
  const c = new Collector();
  const raw: unknown = input;
  if (!isRecord(raw)) {
    return {
      ok: false,
      errors: [
        {
          input: 'input',
          message: 'input must be an object.',
          allowed: 'an EstimateInput',
        },
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
  const efficiency =
    raw.efficiency === undefined
      ? DEFAULT_EFFICIENCY
      : c.take(validateNumber('efficiency', raw.efficiency));
  if (promptTokens > contextTokens) {
    c.add(
      'promptTokens',
      `promptTokens (${fmt.format(promptTokens)}) cannot exceed contextTokens (${fmt.format(contextTokens)}).`,
      `an integer from 1 to contextTokens`,
    );
  }
  if (c.errors.length > 0 || !device || !model || !weightPrecision || !kvPrecision) {
    return { ok: false, errors: c.errors };
  }

  const warnings: string[] = [];
  const bitsPerWeight = BITS_PER_WEIGHT[weightPrecision];
  const bytesPerWeight = bitsPerWeight / 8;
  const kvBytesPerElement = KV_BYTES_PER_ELEMENT[kvPrecision];

  // Memory capacity.
  const weightBytes = model.totalParamsB * 1e9 * bytesPerWeight;
  const weightsGB = weightBytes / 1e9;
  const kvBytesPerToken = model.layers * kvBytesPerLayerToken(model, kvBytesPerElement);
  const seqBytes = kvBytesPerSequence(model, kvBytesPerElement, contextTokens);
  const kvGB = (concurrency * seqBytes) / 1e9;
  const totalGB = n * device.memoryGB;
  const reserveGB = (totalGB * reservePercent) / 100;
  const usableGB = totalGB - reserveGB;
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
  const weightParamsPerStep = Math.min(model.totalParamsB, concurrency * model.activeParamsB) * 1e9;
  const weightBytesPerStep = weightParamsPerStep * bytesPerWeight;
  const kvBytesPerStep = concurrency * seqBytes;
  const aggregateBandwidth = n * device.bandwidthGBs * 1e9;
  const memoryTimeSeconds = (weightBytesPerStep + kvBytesPerStep) / aggregateBandwidth;

  // Compute time.
  const peak = selectPeak(
    {
      bf16Tflops: device.bf16,
      fp8Tflops: device.fp8,
      int8Tops: device.int8,
      fp4Tflops: device.fp4,
    },
    weightPrecision,
  );
  const activeFlopsPerToken = 2 * model.activeParamsB * 1e9;
  let computeTimeSeconds: number | null = null;
  let ttftSeconds: number | null = null;
  if (peak.tflops === null) {
    warnings.push(
      'No sourced compute peak for this device: compute time and time to first token are not estimated, and the bound shown is memory only.',
    );
  } else {
    const aggregateFlops = n * peak.tflops * 1e12;
    computeTimeSeconds = (activeFlopsPerToken * concurrency) / aggregateFlops;
    ttftSeconds = Math.max(
      (activeFlopsPerToken * promptTokens) / aggregateFlops,
      weightBytes / aggregateBandwidth,
    );
    const wanted = weightPrecision === 'int4' ? 'bf16' : weightPrecision;
    if (peak.precision !== wanted) {
      warnings.push(
        `No sourced ${weightPrecision.toUpperCase()} peak for this device: compute time uses the BF16 peak.`,
      );
    }
  }

  const stepSeconds = Math.max(memoryTimeSeconds, computeTimeSeconds ?? 0);
  const bound: Estimate['bound'] =
    computeTimeSeconds !== null && computeTimeSeconds > memoryTimeSeconds ? 'compute' : 'memory';
  const decodeTokensPerSecond = 1 / stepSeconds;
  const throughputTokensPerSecond = concurrency / stepSeconds;
  const costPerMillionTokens =
    price === null ? null : ((n * price) / (throughputTokensPerSecond * 3600)) * 1e6;

  // Tensor-parallel communication (n > 1).
  let communication: Communication | null = null;
  if (n > 1) {
    if (device.scaleUp === null) {
      warnings.push(
        'No sourced scale-up link for this device: the time spent exchanging activations between devices is not estimated.',
      );
    } else if (model.hiddenSize === undefined) {
      warnings.push(
        'The model has no hidden size: tensor-parallel communication is not estimated.',
      );
    } else {
      // 2 all-reduces per layer (after attention and after the MLP) of hidden × sequences × 2 bytes.
      const bytesPerAllReduce = model.hiddenSize * concurrency * 2;
      const ringFactor = (2 * (n - 1)) / n;
      const bytesSentPerStep = model.layers * 2 * bytesPerAllReduce * ringFactor;
      // Catalogue link figures count both directions (as NVIDIA quotes NVLink); a ring sends one way.
      const perDirectionGBs = device.scaleUp.GBs / 2;
      const secondsPerStep = bytesSentPerStep / (perDirectionGBs * 1e9);
      communication = {
        link: device.scaleUp.name,
        GBs: device.scaleUp.GBs,
        secondsPerStep,
        note:
          `Tensor parallelism over ${n} devices: 2 all-reduces per layer × ${model.layers} layers, ` +
          `each of hidden size ${model.hiddenSize} × ${concurrency} sequences × 2 bytes (BF16 ` +
          'activations). A ring all-reduce sends 2(n−1)/n of that from each device, at half the ' +
          `catalogue's ${device.scaleUp.GBs} GB/s ${device.scaleUp.name} figure on the assumption ` +
          'that it counts both directions. Bandwidth only: the few microseconds of latency per ' +
          'all-reduce are ignored, though at small batch they usually dominate. Not added to the ' +
          'step time.',
      };
      if (secondsPerStep > 0.1 * stepSeconds) {
        warnings.push(
          'Estimated all-reduce time exceeds 10% of the step time: the link, not memory, may limit speed.',
        );
      }
    }
  }

  const realisticTtft = ttftSeconds === null ? null : ttftSeconds / efficiency;
  const value: Estimate = {
    bitsPerWeight,
    kvBytesPerElement,
    weightsGB,
    kvBytesPerToken,
    kvGB,
    usableGB,
    reserveGB,
    freeGB,
    fits,
    maxConcurrency,
    weightBytesPerStep,
    kvBytesPerStep,
    memoryTimeSeconds,
    peakPrecision: peak.precision,
    peakTflops: peak.tflops,
    computeTimeSeconds,
    stepSeconds,
    decodeTokensPerSecond,
    throughputTokensPerSecond,
    bound,
    ttftSeconds,
    costPerMillionTokens,
    communication,
    realistic: {
      efficiency,
      decodeTokensPerSecond: decodeTokensPerSecond * efficiency,
      throughputTokensPerSecond: throughputTokensPerSecond * efficiency,
      ttftSeconds: realisticTtft,
    },
    warnings,
  };
  return finiteOrError(value);
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
    ['realistic.decodeTokensPerSecond', value.realistic.decodeTokensPerSecond],
    ['realistic.ttftSeconds', value.realistic.ttftSeconds],
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

// ---------------------------------------------------------------------------------------------
// Id-based helpers: unknown ids give a typed error naming the input.

export type IdEstimateInput = Omit<EstimateInput, 'device' | 'model'> & {
  deviceId: string;
  modelId: string;
};

export function resolveById<T extends { id: string }>(
  input: 'deviceId' | 'modelId',
  id: unknown,
  find: (id: string) => T | undefined,
  known: readonly { id: string }[],
): Result<T> {
  const found = typeof id === 'string' ? find(id) : undefined;
  if (found) return { ok: true, value: found };
  const list = known.map((k) => k.id);
  return {
    ok: false,
    errors: [
      {
        input,
        message: `Unknown ${input === 'deviceId' ? 'device' : 'model'} id ${describeRaw(id)}.`,
        allowed: list.length > 0 ? list.join(', ') : 'a known id',
      },
    ],
  };
}

/** Looks up a catalogue device and a model preset by id, then estimates. */
export function estimateById(input: IdEstimateInput): Result<Estimate> {
  const { deviceId, modelId, ...rest } = input;
  const device = resolveById('deviceId', deviceId, findDevice, catalogueDevices);
  const model = resolveById('modelId', modelId, findModel, modelPresets);
  if (!device.ok || !model.ok) {
    return {
      ok: false,
      errors: [...(device.ok ? [] : device.errors), ...(model.ok ? [] : model.errors)],
    };
  }
  return estimate({ ...rest, device: device.value, model: model.value });
}
