// Validation at the boundary: numbers, choices, a device's figures and a model architecture.
import type { ModelArchitecture } from '../../data/models';
import {
  EXTRA_LIMITS,
  LIMITS,
  describeLimit,
  formatLimitNumber,
  type Limit,
  type NumericInputName,
} from './limits';

export interface InputError {
  /** The field at fault, e.g. 'contextTokens', 'device.memoryBandwidthGBs', 'modelId'. */
  input: string;
  message: string;
  /** Human-readable allowed range or set. */
  allowed: string;
}

/**
 * How many times the device and model checks have run. Nothing in the site reads it: tests reset it
 * and count, to prove that one comparison checks its input once, at the boundary.
 */
export const checkRuns = { device: 0, model: 0 };

export type Result<T> = { ok: true; value: T } | { ok: false; errors: InputError[] };

export function describeRaw(raw: unknown): string {
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

export function checkRange(input: string, raw: unknown, limit: Limit): Result<number> {
  const value = parseNumeric(raw);
  // The range is worded only for a failure: formatting it took a fifth of a widget update.
  const fail = (message: string): Result<number> => ({
    ok: false,
    errors: [{ input, message, allowed: describeLimit(limit) }],
  });
  if (value === undefined || Number.isNaN(value)) {
    return fail(`${input} must be a number; got ${describeRaw(raw)}.`);
  }
  if (!Number.isFinite(value)) return fail(`${input} must be finite; got ${describeRaw(raw)}.`);
  if (limit.integer && !Number.isInteger(value)) {
    return fail(`${input} must be a whole number; got ${formatLimitNumber(value)}.`);
  }
  if (value < limit.min || value > limit.max) {
    return fail(`${input} must be ${describeLimit(limit)}; got ${formatLimitNumber(value)}.`);
  }
  // Normalise -0 to 0.
  return { ok: true, value: value === 0 ? 0 : value };
}

export function validateNumber(name: NumericInputName, raw: unknown): Result<number> {
  const limit = LIMITS[name];
  return checkRange(name, raw, limit);
}

/** Collects errors from several checks; `take` returns the value or NaN (never used when errors exist). */
export class Collector {
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

export function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null;
}

/** True when `raw` is an object; otherwise records that `input` must be `what`. */
function isObjectInput(
  raw: unknown,
  input: string,
  what: string,
  c: Collector,
): raw is Record<string, unknown> {
  if (isRecord(raw)) return true;
  c.add(input, `${input} must be ${what}; got ${describeRaw(raw)}.`, what);
  return false;
}

export function validateArchitecture(raw: unknown, c: Collector): ModelArchitecture | undefined {
  checkRuns.model += 1;
  if (!isObjectInput(raw, 'model', 'a model architecture', c)) return undefined;
  const totalParamsB = c.take(validateNumber('totalParamsB', raw.totalParamsB));
  const activeParamsB = c.take(validateNumber('activeParamsB', raw.activeParamsB));
  const layers = c.take(validateNumber('layers', raw.layers));
  const kvHeads = c.take(validateNumber('kvHeads', raw.kvHeads));
  const headDim = c.take(validateNumber('headDim', raw.headDim));
  if (activeParamsB > totalParamsB) {
    c.add(
      'activeParamsB',
      `activeParamsB (${formatLimitNumber(activeParamsB)}B) cannot exceed totalParamsB (${formatLimitNumber(totalParamsB)}B).`,
      `a number from ${formatLimitNumber(LIMITS.activeParamsB.min)} to totalParamsB`,
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
          `slidingWindow.layers (${formatLimitNumber(swLayers)}) cannot exceed layers (${formatLimitNumber(layers)}).`,
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

export interface DeviceFigures {
  memoryGB: number;
  bandwidthGBs: number;
  bf16: number | null;
  fp8: number | null;
  int8: number | null;
  fp4: number | null;
  scaleUp: { name: string; GBs: number } | null;
}

export function validateDevice(raw: unknown, c: Collector): DeviceFigures | undefined {
  checkRuns.device += 1;
  if (!isObjectInput(raw, 'device', 'a catalogue device', c)) return undefined;
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

export function validateChoice<T extends string>(
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

/** The one rule tying the prompt to the context: a prompt cannot be longer than its context. */
export function promptWithinContext(
  promptTokens: number,
  contextTokens: number,
): InputError | null {
  if (promptTokens <= contextTokens) return null;
  return {
    input: 'promptTokens',
    message: `promptTokens (${formatLimitNumber(promptTokens)}) cannot exceed contextTokens (${formatLimitNumber(contextTokens)}).`,
    allowed: `${describeLimit({ ...LIMITS.promptTokens, max: contextTokens })} (at most the context)`,
  };
}
