// Comparison widget state: the fields, their defaults and their validation into one typed scenario.
import { findDevice, sramSystems } from '../../data/hardware';
import { findModel, type ModelArchitecture, type ModelPreset } from '../../data/models';
import type { KvPrecision, WeightPrecision } from '../../data/precisions';
import type { EngineFamily } from '../../data/measurements';
import type { Device } from '../../data/types';
import { ENGINE_FAMILIES } from '../calibration/step';
import { DEFAULT_INPUT } from '../model/estimate';
import { LIMITS, describeLimit, type NumericInputName } from '../input/limits';
import { markParsed, type Parsed } from '../input/parsed';
import {
  Collector,
  promptWithinContext,
  type InputError,
  validateArchitecture,
  validateCustomModel,
  validateDevice,
  validateNumber,
} from '../input/validate';

export const MAX_DEVICES = 4;
export const MIN_DEVICES = 1;
export const CUSTOM_MODEL = 'custom';
export const DEFAULT_DEVICES: readonly string[] = ['h100-sxm', 'mi300x', 'tpu-v6e'];
// An 8B model fits on every default device, so the first view compares speed rather than failure.
export const DEFAULT_MODEL = 'llama-3.1-8b';
/** Longest raw value echoed back in the "ignored" notice. */
export const MAX_ECHO_LENGTH = 40;
/** The engine choice that means "the usual engine for each device". */
export const AUTO_ENGINE = 'auto';
/** Where a mixture of experts keeps its routed experts while serving. */
export const EXPERT_PLACEMENTS = ['device', 'host-link', 'cpu'] as const;
export type ExpertPlacement = (typeof EXPERT_PLACEMENTS)[number];
/** Latency percentiles the serving targets may be held at (MLPerf Server holds p99). */
export const TARGET_PERCENTILES = [50, 90, 95, 99] as const;
export type TargetPercentile = (typeof TARGET_PERCENTILES)[number];
export const DEFAULT_PERCENTILE: TargetPercentile = 99;
/** How requests arrive when a rate is set: Poisson, or bursty with the coefficient of variation `cv`. */
export const ARRIVAL_PROCESSES = ['poisson', 'bursty'] as const;
export type ArrivalChoice = (typeof ARRIVAL_PROCESSES)[number];
/** Acceptance rate used when speculative decoding is on and no rate is given. */
export const DEFAULT_ACCEPTANCE = 0.7;
/** Coefficient of variation used for bursty arrivals when none is given. */
export const DEFAULT_BURSTY_CV = 2;

/** The custom model's fields, named as in the URL; `hidden` is optional. */
export const CUSTOM_MODEL_PARAMS = [
  'params',
  'active',
  'layers',
  'kvheads',
  'headdim',
  'hidden',
] as const;
export type CustomModelParam = (typeof CUSTOM_MODEL_PARAMS)[number];
/** Workload fields, named as in the URL: the workload itself, then its serving targets. */
export const WORKLOAD_PARAMS = [
  ...(['ctx', 'prompt', 'batch', 'n', 'reserve', 'price', 'share'] as const),
  ...(['tpot', 'ttft', 'rps', 'hostbw'] as const),
  ...(['cv', 'prefix', 'spec', 'accept'] as const),
] as const;
export type WorkloadParam = (typeof WORKLOAD_PARAMS)[number];
export type NumericParam = CustomModelParam | WorkloadParam;

/**
 * Each URL field: the estimator input it feeds (for limits and messages), and whether an empty
 * value leaves it unset (no price, the catalogue's memory share, no target).
 */
const PARAMS: Readonly<Record<NumericParam, readonly [NumericInputName, 'optional'?]>> = {
  params: ['totalParamsB'],
  active: ['activeParamsB'],
  layers: ['layers'],
  kvheads: ['kvHeads'],
  headdim: ['headDim'],
  hidden: ['hiddenSize', 'optional'],
  ctx: ['contextTokens'],
  prompt: ['promptTokens'],
  batch: ['concurrency'],
  n: ['n'],
  reserve: ['reservePercent'],
  price: ['pricePerDeviceHour', 'optional'],
  share: ['acceleratorSharePercent', 'optional'],
  tpot: ['tpotMs', 'optional'],
  ttft: ['ttftMs', 'optional'],
  rps: ['requestsPerSecond', 'optional'],
  hostbw: ['hostBandwidthGBs', 'optional'],
  cv: ['arrivalCv', 'optional'],
  prefix: ['prefixTokens', 'optional'],
  spec: ['draftTokens', 'optional'],
  accept: ['acceptanceRate', 'optional'],
};

export const PARAM_INPUT = Object.fromEntries(
  Object.entries(PARAMS).map(([param, [input]]) => [param, input]),
) as Readonly<Record<NumericParam, NumericInputName>>;

const isOptional = (param: NumericParam): boolean => PARAMS[param][1] === 'optional';

/** Map an estimator input name (e.g. 'contextTokens') back to its URL field, if it has one. */
export function paramForInput(input: string): NumericParam | undefined {
  for (const param of [...CUSTOM_MODEL_PARAMS, ...WORKLOAD_PARAMS]) {
    if (PARAM_INPUT[param] === input) return param;
  }
  return undefined;
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
  /** An engine family, or 'auto' for each device's usual engine. */
  engine: EngineFamily | typeof AUTO_ENGINE;
  experts: ExpertPlacement;
  /** Percentile the latency targets hold at. */
  pct: TargetPercentile;
  arrival: ArrivalChoice;
  /** Size separate prefill and decode pools too. */
  disagg: boolean;
  inputs: Record<NumericParam, string>;
}

/**
 * The one validated scenario the cards, the chart, the working and the CSV all read. Only
 * validateState makes one (Parsed), so nothing inward can be handed an unchecked scenario.
 */
export type Scenario = Parsed<ScenarioFields>;

interface ScenarioFields {
  devices: Device[];
  /** Devices whose figures (or the preset's) failed their checks, with the messages their cards show. */
  figureErrors: ReadonlyMap<string, InputError[]>;
  model: ModelArchitecture;
  /** The preset's id, or 'custom'. */
  modelId: string;
  modelName: string;
  weights: WeightPrecision;
  kv: KvPrecision;
  engine: EngineFamily | null;
  /** Routed experts on the devices, or in host RAM read over the host link or run by the CPU. */
  experts: ExpertPlacement;
  /** Host memory bandwidth for experts run by the CPU, GB/s. */
  hostBandwidthGBs: number | null;
  n: number;
  contextTokens: number;
  promptTokens: number;
  concurrency: number;
  reservePercent: number;
  pricePerDeviceHour: number | null;
  /** Reader's override of the accelerator's share of memory, in percent; null for the default. */
  acceleratorSharePercent: number | null;
  tpotMs: number | null;
  ttftMs: number | null;
  requestsPerSecond: number | null;
  /** The serving simulation's settings (URL pct, arrival, cv, prefix, spec, accept, disagg). */
  simulation: SimulationSettings;
}

export interface SimulationSettings {
  pct: TargetPercentile;
  arrival: ArrivalChoice;
  /** Coefficient of variation of the gaps between arrivals (1 for Poisson). */
  cv: number;
  prefixTokens: number;
  /** Draft tokens per step; 0 turns speculative decoding off. */
  draftTokens: number;
  acceptance: number;
  disagg: boolean;
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

/** The allowed range of a field, in words: the estimator's wording, plus "or empty" if optional. */
export function allowedRange(param: NumericParam): string {
  const range = describeLimit(LIMITS[PARAM_INPUT[param]]);
  return isOptional(param) ? `${range}, or empty` : range;
}

function customInputsFrom(model: ModelArchitecture): Record<CustomModelParam, string> {
  return {
    params: String(model.totalParamsB),
    active: String(model.activeParamsB),
    layers: String(model.layers),
    kvheads: String(model.kvHeads),
    headdim: String(model.headDim),
    hidden: model.hiddenSize === undefined ? '' : String(model.hiddenSize),
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
  const known = (options.devices ?? DEFAULT_DEVICES)
    .map((id) => findDevice(id)?.id)
    .filter((id): id is string => id !== undefined);
  const unique = [...new Set(known)].slice(0, MAX_DEVICES);
  const fallback = DEFAULT_DEVICES.filter((id) => findDevice(id) !== undefined);
  const devices = unique.length > 0 ? unique : fallback;
  const preset = defaultPreset(options.model);
  return {
    devices,
    model: preset.id,
    weights: options.weights ?? DEFAULT_INPUT.weightPrecision,
    kv: DEFAULT_INPUT.kvPrecision,
    engine: AUTO_ENGINE,
    experts: 'device',
    pct: DEFAULT_PERCENTILE,
    arrival: 'poisson',
    disagg: false,
    inputs: {
      ...customInputsFrom(preset),
      ctx: String(DEFAULT_INPUT.contextTokens),
      prompt: String(DEFAULT_INPUT.promptTokens),
      batch: String(DEFAULT_INPUT.concurrency),
      n: String(DEFAULT_INPUT.n),
      reserve: String(DEFAULT_INPUT.reservePercent),
      price: '',
      share: '',
      tpot: '',
      ttft: '',
      rps: '',
      hostbw: '',
      cv: '',
      prefix: '',
      spec: '',
      accept: '',
    },
  };
}

/** Choose a model: a preset also resets the custom fields to its figures (hidden size included). */
export function withModel(state: CompareState, model: string): CompareState {
  if (model === CUSTOM_MODEL) return { ...state, model };
  const preset = findModel(model);
  if (!preset) return state;
  return { ...state, model, inputs: { ...state.inputs, ...customInputsFrom(preset) } };
}

export function isExpertPlacement(value: string): value is ExpertPlacement {
  return EXPERT_PLACEMENTS.some((p) => p === value);
}

export function isTargetPercentile(value: string): TargetPercentile | undefined {
  return TARGET_PERCENTILES.find((p) => String(p) === value);
}

export function isArrivalChoice(value: string): value is ArrivalChoice {
  return ARRIVAL_PROCESSES.some((a) => a === value);
}

export function isEngineChoice(value: string): value is CompareState['engine'] {
  return value === AUTO_ENGINE || ENGINE_FAMILIES.some((e) => e === value);
}

/** Check one numeric field; returns the number (null for an empty optional field) or a message. */
export function validateField(
  param: NumericParam,
  raw: string,
): { ok: true; value: number | null } | { ok: false; message: string } {
  if (isOptional(param) && raw.trim() === '') return { ok: true, value: null };
  const result = validateNumber(PARAM_INPUT[param], raw);
  if (result.ok) return { ok: true, value: result.value };
  return { ok: false, message: `Enter ${allowedRange(param)}.` };
}

/** The one custom-model check: each field alone, then together (e.g. active ≤ total). */
export function customModel(
  inputs: Record<NumericParam, string>,
): { ok: true; value: ModelArchitecture } | { ok: false; errors: FieldErrors } {
  const result = validateCustomModel({
    totalParamsB: inputs.params,
    activeParamsB: inputs.active,
    layers: inputs.layers,
    kvHeads: inputs.kvheads,
    headDim: inputs.headdim,
    hiddenSize: inputs.hidden.trim() === '' ? undefined : inputs.hidden,
  });
  if (result.ok) return result;
  const errors: FieldErrors = {};
  for (const error of result.errors) {
    const param = paramForInput(error.input) ?? 'params';
    errors[param] ??= `${error.message} Allowed: ${error.allowed}.`;
  }
  return { ok: false, errors };
}

/** A required number once its field has passed; throws only on a programming error. */
function required(value: number | null | undefined, param: NumericParam): number {
  if (value === null || value === undefined) throw new Error(`${param} was not validated`);
  return value;
}

const SRAM_SYSTEM_IDS: ReadonlySet<string> = new Set(sramSystems.map((d) => d.id));

/** Why an SRAM system (Cerebras, Groq) gets no figures: said in words, not as a range error. */
function sramSystemError(device: Device): InputError {
  return {
    input: 'devices',
    message: `${device.name} keeps a model's weights in on-chip SRAM across a wafer or many chips; this comparison models devices that read weights from their own DRAM or HBM, so it makes no estimate here (see the catalogue's SRAM systems).`,
    allowed: 'a device that holds its weights in DRAM or HBM',
  };
}

/**
 * The figures of each chosen catalogue device and of a preset model, checked once here so that
 * nothing inward checks them again. An SRAM system, which the estimate does not model, gets a
 * message that says so; its card shows it and nothing is computed.
 */
function figureErrors(
  devices: readonly Device[],
  model: ModelArchitecture,
  custom: boolean,
): ReadonlyMap<string, InputError[]> {
  const modelCheck = new Collector();
  // A custom model was checked field by field above (customModel).
  if (!custom) validateArchitecture(model, modelCheck);
  const errors = new Map<string, InputError[]>();
  for (const device of devices) {
    if (SRAM_SYSTEM_IDS.has(device.id)) {
      errors.set(device.id, [sramSystemError(device)]);
      continue;
    }
    const c = new Collector();
    validateDevice(device, c);
    const all = [...c.errors, ...modelCheck.errors];
    if (all.length > 0) errors.set(device.id, all);
  }
  return errors;
}

/**
 * The /compare/ boundary: validate a whole state into the one parsed scenario everything inward
 * trusts. On failure, `errors` names each bad field with a message that states the allowed range;
 * the caller keeps showing the last good results.
 */
export function validateState(
  state: CompareState,
): { ok: true; value: Scenario } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const numbers: Partial<Record<NumericParam, number | null>> = {};
  for (const param of WORKLOAD_PARAMS) {
    const checked = validateField(param, state.inputs[param]);
    if (checked.ok) numbers[param] = checked.value;
    else errors[param] = checked.message;
  }

  let model: ModelArchitecture | null = null;
  let preset: ModelPreset | null = null;
  if (state.model === CUSTOM_MODEL) {
    const custom = customModel(state.inputs);
    if (custom.ok) model = custom.value;
    else Object.assign(errors, custom.errors);
  } else {
    preset = findModel(state.model) ?? null;
    model = preset;
  }

  const ctx = numbers.ctx;
  const prompt = numbers.prompt;
  if (typeof ctx === 'number' && typeof prompt === 'number') {
    const tooLong = promptWithinContext(prompt, ctx);
    if (tooLong) errors.prompt = `${tooLong.message} Allowed: ${tooLong.allowed}.`;
  }

  const prefix = numbers.prefix;
  if (typeof prompt === 'number' && typeof prefix === 'number' && prefix >= prompt) {
    errors.prefix = `Enter fewer cached tokens than the prompt's ${prompt}: at least one is prefilled.`;
  }

  const devices = state.devices
    .map((id) => findDevice(id))
    .filter((d): d is Device => d !== undefined);

  if (Object.keys(errors).length > 0 || !model || devices.length === 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: markParsed<ScenarioFields>({
      devices,
      figureErrors: figureErrors(devices, model, preset === null),
      model,
      modelId: preset?.id ?? CUSTOM_MODEL,
      modelName: preset?.name ?? 'Custom model',
      weights: state.weights,
      kv: state.kv,
      engine: state.engine === AUTO_ENGINE ? null : state.engine,
      experts: state.experts,
      hostBandwidthGBs: numbers.hostbw ?? null,
      n: required(numbers.n, 'n'),
      contextTokens: required(numbers.ctx, 'ctx'),
      promptTokens: required(numbers.prompt, 'prompt'),
      concurrency: required(numbers.batch, 'batch'),
      reservePercent: required(numbers.reserve, 'reserve'),
      pricePerDeviceHour: numbers.price ?? null,
      acceleratorSharePercent: numbers.share ?? null,
      tpotMs: numbers.tpot ?? null,
      ttftMs: numbers.ttft ?? null,
      requestsPerSecond: numbers.rps ?? null,
      simulation: {
        pct: state.pct,
        arrival: state.arrival,
        cv: state.arrival === 'poisson' ? 1 : (numbers.cv ?? DEFAULT_BURSTY_CV),
        prefixTokens: numbers.prefix ?? 0,
        draftTokens: numbers.spec ?? 0,
        acceptance: numbers.accept ?? DEFAULT_ACCEPTANCE,
        disagg: state.disagg,
      },
    }),
  };
}
