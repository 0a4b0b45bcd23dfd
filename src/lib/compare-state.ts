// Comparison widget state: defaults, validation, and the /compare/ URL query (parse and write).
import { findDevice } from '../data/hardware';
import { findModel, type ModelArchitecture, type ModelPreset } from '../data/models';
import type { Device } from '../data/types';
import {
  DEFAULT_INPUT,
  KV_PRECISIONS,
  LIMITS,
  WEIGHT_PRECISIONS,
  validateCustomModel,
  validateNumber,
  type KvPrecision,
  type NumericInputName,
  type WeightPrecision,
} from './estimator';

export const MAX_DEVICES = 4;
export const MIN_DEVICES = 1;
export const CUSTOM_MODEL = 'custom';
export const DEFAULT_DEVICES: readonly string[] = ['h100-sxm', 'mi300x', 'tpu-v6e'];
// An 8B model fits on every default device, so the first view compares speed rather than failure.
export const DEFAULT_MODEL = 'llama-3.1-8b';
/** Longest raw value echoed back in the "ignored" notice. */
export const MAX_ECHO_LENGTH = 40;

/** Numeric fields, named as in the URL. */
export type NumericParam =
  | 'params'
  | 'active'
  | 'layers'
  | 'kvheads'
  | 'headdim'
  | 'ctx'
  | 'prompt'
  | 'batch'
  | 'n'
  | 'reserve'
  | 'price';

export const CUSTOM_MODEL_PARAMS = ['params', 'active', 'layers', 'kvheads', 'headdim'] as const;
export type CustomModelParam = (typeof CUSTOM_MODEL_PARAMS)[number];
export const WORKLOAD_PARAMS = ['ctx', 'prompt', 'batch', 'n', 'reserve', 'price'] as const;
export type WorkloadParam = (typeof WORKLOAD_PARAMS)[number];

/** Which estimator input each URL field feeds (for limits and error messages). */
export const PARAM_INPUT: Readonly<Record<NumericParam, NumericInputName>> = {
  params: 'totalParamsB',
  active: 'activeParamsB',
  layers: 'layers',
  kvheads: 'kvHeads',
  headdim: 'headDim',
  ctx: 'contextTokens',
  prompt: 'promptTokens',
  batch: 'concurrency',
  n: 'n',
  reserve: 'reservePercent',
  price: 'pricePerDeviceHour',
};

const INPUT_PARAM: Readonly<Partial<Record<string, NumericParam>>> = Object.fromEntries(
  Object.entries(PARAM_INPUT).map(([param, input]) => [input, param as NumericParam]),
);

/** Map an estimator input name (e.g. 'contextTokens') back to its URL field, if it has one. */
export function paramForInput(input: string): NumericParam | undefined {
  return INPUT_PARAM[input];
}

/**
 * What the reader has chosen. Numbers stay as the text typed so a bad value can be shown and
 * flagged; `validateState` turns them into numbers. While a preset is chosen, the custom-model
 * fields mirror that preset, so switching to "custom" starts from its figures.
 */
export interface CompareState {
  devices: string[];
  model: string;
  weights: WeightPrecision;
  kv: KvPrecision;
  inputs: Record<NumericParam, string>;
}

/** The validated numbers, ready for the estimator. */
export interface ResolvedState {
  devices: Device[];
  model: ModelArchitecture;
  preset: ModelPreset | null;
  weights: WeightPrecision;
  kv: KvPrecision;
  n: number;
  contextTokens: number;
  promptTokens: number;
  concurrency: number;
  reservePercent: number;
  pricePerDeviceHour: number | null;
}

export interface IgnoredParam {
  param: string;
  value: string;
  reason: string;
}

export type FieldErrors = Partial<Record<NumericParam, string>>;

/** Shorten a raw value for display; React renders it as text, never as HTML. */
export function truncateValue(value: string, max: number = MAX_ECHO_LENGTH): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** The allowed range of a field, in words, for error messages and hints. */
export function allowedRange(param: NumericParam): string {
  const limit = LIMITS[PARAM_INPUT[param]];
  const kind = limit.integer ? 'a whole number' : 'a number';
  const unit = limit.unit ? ` ${limit.unit}` : '';
  const range = `${kind} from ${limit.min.toLocaleString('en-US')} to ${limit.max.toLocaleString('en-US')}${unit}`;
  return param === 'price' ? `${range}, or empty for no price` : range;
}

function customInputsFrom(model: ModelArchitecture): Record<CustomModelParam, string> {
  return {
    params: String(model.totalParamsB),
    active: String(model.activeParamsB),
    layers: String(model.layers),
    kvheads: String(model.kvHeads),
    headdim: String(model.headDim),
  };
}

function defaultPreset(id: string | undefined): ModelPreset {
  const preset = (id ? findModel(id) : undefined) ?? findModel(DEFAULT_MODEL);
  if (!preset) throw new Error(`default model ${DEFAULT_MODEL} is missing from the presets`);
  return preset;
}

export interface DefaultOptions {
  devices?: readonly string[];
  model?: string;
  weights?: WeightPrecision;
}

/** The state shown before the reader changes anything (and during server rendering). */
export function defaultState(options: DefaultOptions = {}): CompareState {
  const known = (options.devices ?? DEFAULT_DEVICES).filter((id) => findDevice(id) !== undefined);
  const unique = [...new Set(known)].slice(0, MAX_DEVICES);
  const fallback = DEFAULT_DEVICES.filter((id) => findDevice(id) !== undefined);
  const devices = unique.length > 0 ? unique : fallback;
  const preset = defaultPreset(options.model);
  return {
    devices,
    model: preset.id,
    weights: options.weights ?? DEFAULT_INPUT.weightPrecision,
    kv: DEFAULT_INPUT.kvPrecision,
    inputs: {
      ...customInputsFrom(preset),
      ctx: String(DEFAULT_INPUT.contextTokens),
      prompt: String(DEFAULT_INPUT.promptTokens),
      batch: String(DEFAULT_INPUT.concurrency),
      n: String(DEFAULT_INPUT.n),
      reserve: String(DEFAULT_INPUT.reservePercent),
      price:
        DEFAULT_INPUT.pricePerDeviceHour === null ? '' : String(DEFAULT_INPUT.pricePerDeviceHour),
    },
  };
}

/** Choose a model: a preset also resets the custom fields to its figures. */
export function withModel(state: CompareState, model: string): CompareState {
  if (model === CUSTOM_MODEL) return { ...state, model };
  const preset = findModel(model);
  if (!preset) return state;
  return { ...state, model, inputs: { ...state.inputs, ...customInputsFrom(preset) } };
}

/** Check one numeric field; returns the number (null for an empty price) or an error message. */
export function validateField(
  param: NumericParam,
  raw: string,
): { ok: true; value: number | null } | { ok: false; message: string } {
  if (param === 'price' && raw.trim() === '') return { ok: true, value: null };
  const result = validateNumber(PARAM_INPUT[param], raw);
  if (result.ok) return { ok: true, value: result.value };
  return { ok: false, message: `Enter ${allowedRange(param)}.` };
}

/**
 * Validate a whole state. On failure, `errors` names each bad field with a message that states
 * the allowed range; the caller keeps showing the last good results.
 */
export function validateState(
  state: CompareState,
): { ok: true; value: ResolvedState } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const numbers: Partial<Record<NumericParam, number | null>> = {};
  const fields: NumericParam[] = [
    ...WORKLOAD_PARAMS,
    ...(state.model === CUSTOM_MODEL ? CUSTOM_MODEL_PARAMS : []),
  ];
  for (const param of fields) {
    const checked = validateField(param, state.inputs[param]);
    if (checked.ok) numbers[param] = checked.value;
    else errors[param] = checked.message;
  }

  let model: ModelArchitecture | null = null;
  let preset: ModelPreset | null = null;
  if (state.model === CUSTOM_MODEL) {
    if (CUSTOM_MODEL_PARAMS.every((p) => errors[p] === undefined)) {
      const custom = validateCustomModel({
        totalParamsB: state.inputs.params,
        activeParamsB: state.inputs.active,
        layers: state.inputs.layers,
        kvHeads: state.inputs.kvheads,
        headDim: state.inputs.headdim,
      });
      if (custom.ok) model = custom.value;
      else {
        for (const error of custom.errors) {
          const param = paramForInput(error.input) ?? 'params';
          errors[param] ??= `${error.message} Allowed: ${error.allowed}.`;
        }
      }
    }
  } else {
    preset = findModel(state.model) ?? null;
    model = preset;
  }

  const ctx = numbers.ctx;
  const prompt = numbers.prompt;
  if (typeof ctx === 'number' && typeof prompt === 'number' && prompt > ctx) {
    errors.prompt = `The prompt cannot be longer than the context: enter a whole number from 1 to ${ctx.toLocaleString('en-US')} tokens.`;
  }

  const devices = state.devices
    .map((id) => findDevice(id))
    .filter((d): d is Device => d !== undefined);

  if (Object.keys(errors).length > 0 || !model || devices.length === 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      devices,
      model,
      preset,
      weights: state.weights,
      kv: state.kv,
      n: numbers.n as number,
      contextTokens: numbers.ctx as number,
      promptTokens: numbers.prompt as number,
      concurrency: numbers.batch as number,
      reservePercent: numbers.reserve as number,
      pricePerDeviceHour: numbers.price ?? null,
    },
  };
}

const KNOWN_PARAMS = new Set<string>([
  'devices',
  'model',
  'weights',
  'kv',
  ...CUSTOM_MODEL_PARAMS,
  ...WORKLOAD_PARAMS,
]);
/** A hostile link could carry thousands of parameters; report only the first few. */
const MAX_IGNORED = 20;

function isWeightPrecision(value: string): value is WeightPrecision {
  return (WEIGHT_PRECISIONS as readonly string[]).includes(value);
}

function isKvPrecision(value: string): value is KvPrecision {
  return (KV_PRECISIONS as readonly string[]).includes(value);
}

/**
 * Read a /compare/ query string. Anything unknown or invalid falls back to the default and is
 * listed in `ignored` (values truncated) so the page can say what it skipped and why.
 */
export function parseQuery(
  search: string,
  defaults: CompareState = defaultState(),
): { state: CompareState; ignored: IgnoredParam[] } {
  const query = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  const ignore = (param: string, value: string, reason: string): void => {
    ignored.push({ param: truncateValue(param), value: truncateValue(value), reason });
  };

  // First occurrence of each known parameter wins; repeats and unknown names are reported.
  const values = new Map<string, string>();
  for (const [key, value] of query) {
    if (!KNOWN_PARAMS.has(key)) ignore(key, value, 'unknown parameter');
    else if (values.has(key)) ignore(key, value, 'repeated parameter (the first one is used)');
    else values.set(key, value);
  }

  const state: CompareState = {
    ...defaults,
    devices: [...defaults.devices],
    inputs: { ...defaults.inputs },
  };

  const deviceList = values.get('devices');
  if (deviceList !== undefined) {
    const chosen: string[] = [];
    for (const raw of deviceList.split(',')) {
      const id = raw.trim();
      if (id === '') continue;
      if (!findDevice(id)) ignore('devices', id, 'unknown device id');
      else if (chosen.includes(id)) ignore('devices', id, 'listed twice');
      else if (chosen.length >= MAX_DEVICES)
        ignore('devices', id, `at most ${MAX_DEVICES} devices`);
      else chosen.push(id);
    }
    if (chosen.length > 0) state.devices = chosen;
    else if (deviceList.trim() === '') ignore('devices', deviceList, 'no device ids given');
  }

  const model = values.get('model');
  if (model !== undefined) {
    if (model === CUSTOM_MODEL || findModel(model)) {
      Object.assign(state, withModel(state, model));
    } else {
      ignore('model', model, 'unknown model id');
    }
  }

  for (const param of CUSTOM_MODEL_PARAMS) {
    const raw = values.get(param);
    if (raw === undefined) continue;
    if (state.model !== CUSTOM_MODEL) {
      ignore(param, raw, 'used only with model=custom');
      continue;
    }
    const checked = validateField(param, raw);
    if (checked.ok) state.inputs[param] = String(checked.value);
    else ignore(param, raw, `out of range: ${allowedRange(param)}`);
  }
  if (state.model === CUSTOM_MODEL) {
    // The fields may be fine alone but inconsistent together (e.g. active > total).
    const custom = validateCustomModel({
      totalParamsB: state.inputs.params,
      activeParamsB: state.inputs.active,
      layers: state.inputs.layers,
      kvHeads: state.inputs.kvheads,
      headDim: state.inputs.headdim,
    });
    if (!custom.ok) {
      for (const error of custom.errors) {
        const param = paramForInput(error.input) ?? 'params';
        ignore(param, state.inputs[param], error.message);
      }
      Object.assign(
        state,
        withModel(state, defaults.model === CUSTOM_MODEL ? DEFAULT_MODEL : defaults.model),
      );
    }
  }

  const weights = values.get('weights');
  if (weights !== undefined) {
    if (isWeightPrecision(weights)) state.weights = weights;
    else ignore('weights', weights, `not one of ${WEIGHT_PRECISIONS.join(', ')}`);
  }
  const kv = values.get('kv');
  if (kv !== undefined) {
    if (isKvPrecision(kv)) state.kv = kv;
    else ignore('kv', kv, `not one of ${KV_PRECISIONS.join(', ')}`);
  }

  for (const param of WORKLOAD_PARAMS) {
    const raw = values.get(param);
    if (raw === undefined) continue;
    const checked = validateField(param, raw);
    if (checked.ok) state.inputs[param] = checked.value === null ? '' : String(checked.value);
    else ignore(param, raw, `out of range: ${allowedRange(param)}`);
  }
  // A prompt longer than the context is impossible; a defaulted one is quietly shortened.
  const ctx = Number(state.inputs.ctx);
  if (Number(state.inputs.prompt) > ctx) {
    if (values.has('prompt')) ignore('prompt', state.inputs.prompt, 'longer than the context');
    state.inputs.prompt = String(Math.min(Number(defaults.inputs.prompt), ctx));
  }

  return { state, ignored: ignored.slice(0, MAX_IGNORED) };
}

/** Canonical text of a field for the URL, or null when the field is invalid (left out). */
function canonical(param: NumericParam, raw: string): string | null {
  const checked = validateField(param, raw);
  if (!checked.ok) return null;
  return checked.value === null ? '' : String(checked.value);
}

/**
 * Write a state as a query string (without the leading '?'). Every setting is written so a
 * copied link keeps its meaning even if the defaults change; invalid fields are left out.
 */
export function toQuery(state: CompareState): string {
  const parts: string[] = [];
  const add = (key: string, value: string): void => {
    parts.push(`${key}=${encodeURIComponent(value)}`);
  };
  parts.push(`devices=${state.devices.map(encodeURIComponent).join(',')}`);
  add('model', state.model);
  if (state.model === CUSTOM_MODEL) {
    for (const param of CUSTOM_MODEL_PARAMS) {
      const value = canonical(param, state.inputs[param]);
      if (value !== null) add(param, value);
    }
  }
  add('weights', state.weights);
  add('kv', state.kv);
  for (const param of WORKLOAD_PARAMS) {
    const value = canonical(param, state.inputs[param]);
    if (value === null || (param === 'price' && value === '')) continue;
    add(param, value);
  }
  return parts.join('&');
}
