// The /compare/ query string: read it into a comparison state (reporting what it ignores) and write it.
import { findDevice } from '../../data/hardware';
import { findModel } from '../../data/models';
import {
  KV_PRECISIONS,
  WEIGHT_PRECISIONS,
  WEIGHT_PRECISION_ALIASES,
  type KvPrecision,
  type WeightPrecision,
} from '../../data/precisions';
import {
  ARRIVAL_PROCESSES,
  AUTO_ENGINE,
  CUSTOM_MODEL,
  DEFAULT_PERCENTILE,
  TARGET_PERCENTILES,
  isArrivalChoice,
  isTargetPercentile,
  CUSTOM_MODEL_PARAMS,
  DEFAULT_MODEL,
  EXPERT_PLACEMENTS,
  MAX_DEVICES,
  WORKLOAD_PARAMS,
  allowedRange,
  customModel,
  defaultState,
  isEngineChoice,
  isExpertPlacement,
  truncateValue,
  validateField,
  withModel,
  type CompareState,
  type IgnoredParam,
  type NumericParam,
} from './state';
import { ENGINE_FAMILIES } from '../calibration/step';
import { promptWithinContext } from '../input/validate';

const KNOWN_PARAMS = new Set<string>([
  'devices',
  'model',
  'weights',
  'kv',
  'engine',
  'experts',
  'pct',
  'arrival',
  'disagg',
  ...CUSTOM_MODEL_PARAMS,
  ...WORKLOAD_PARAMS,
]);
/** A hostile link could carry thousands of parameters; report only the first few. */
const MAX_IGNORED = 20;

function weightPrecisionOf(value: string): WeightPrecision | undefined {
  return WEIGHT_PRECISIONS.find((p) => p === value) ?? WEIGHT_PRECISION_ALIASES.get(value);
}

function kvPrecisionOf(value: string): KvPrecision | undefined {
  return KV_PRECISIONS.find((p) => p === value);
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

  let state: CompareState = {
    ...defaults,
    devices: [...defaults.devices],
    inputs: { ...defaults.inputs },
  };

  const deviceList = values.get('devices');
  if (deviceList !== undefined) {
    const chosen: string[] = [];
    for (const raw of deviceList.split(',')) {
      const id = findDevice(raw.trim())?.id;
      if (raw.trim() === '') continue;
      if (id === undefined) ignore('devices', raw.trim(), 'unknown device id');
      else if (chosen.includes(id)) ignore('devices', raw.trim(), 'listed twice');
      else if (chosen.length >= MAX_DEVICES)
        ignore('devices', raw.trim(), `at most ${MAX_DEVICES} devices`);
      else chosen.push(id);
    }
    if (chosen.length > 0) state.devices = chosen;
    else if (deviceList.trim() === '') ignore('devices', deviceList, 'no device ids given');
  }

  const model = values.get('model');
  if (model !== undefined) {
    if (model === CUSTOM_MODEL || findModel(model)) state = withModel(state, model);
    else ignore('model', model, 'unknown model id');
  }

  for (const param of CUSTOM_MODEL_PARAMS) {
    const raw = values.get(param);
    if (raw === undefined) continue;
    if (state.model !== CUSTOM_MODEL) {
      ignore(param, raw, 'used only with model=custom');
      continue;
    }
    const checked = validateField(param, raw);
    if (checked.ok) state.inputs[param] = checked.value === null ? '' : String(checked.value);
    else ignore(param, raw, `out of range: ${allowedRange(param)}`);
  }
  if (state.model === CUSTOM_MODEL) {
    // The fields may be fine alone but inconsistent together (e.g. active > total).
    const custom = customModel(state.inputs);
    if (!custom.ok) {
      for (const param of CUSTOM_MODEL_PARAMS) {
        const message = custom.errors[param];
        if (message !== undefined) ignore(param, state.inputs[param], message);
      }
      state = withModel(state, defaults.model === CUSTOM_MODEL ? DEFAULT_MODEL : defaults.model);
    }
  }

  const weights = values.get('weights');
  if (weights !== undefined) {
    const precision = weightPrecisionOf(weights);
    if (precision) state.weights = precision;
    else ignore('weights', weights, `not one of ${WEIGHT_PRECISIONS.join(', ')}`);
  }
  const kv = values.get('kv');
  if (kv !== undefined) {
    const precision = kvPrecisionOf(kv);
    if (precision) state.kv = precision;
    else ignore('kv', kv, `not one of ${KV_PRECISIONS.join(', ')}`);
  }
  const engine = values.get('engine');
  if (engine !== undefined) {
    if (isEngineChoice(engine)) state.engine = engine;
    else ignore('engine', engine, `not one of ${[AUTO_ENGINE, ...ENGINE_FAMILIES].join(', ')}`);
  }

  const experts = values.get('experts');
  if (experts !== undefined) {
    if (isExpertPlacement(experts)) state.experts = experts;
    else ignore('experts', experts, `not one of ${EXPERT_PLACEMENTS.join(', ')}`);
  }

  const pct = values.get('pct');
  if (pct !== undefined) {
    const chosen = isTargetPercentile(pct);
    if (chosen !== undefined) state.pct = chosen;
    else ignore('pct', pct, `not one of ${TARGET_PERCENTILES.join(', ')}`);
  }
  const arrival = values.get('arrival');
  if (arrival !== undefined) {
    if (isArrivalChoice(arrival)) state.arrival = arrival;
    else ignore('arrival', arrival, `not one of ${ARRIVAL_PROCESSES.join(', ')}`);
  }
  const disagg = values.get('disagg');
  if (disagg !== undefined) {
    if (disagg === '1' || disagg === '0') state.disagg = disagg === '1';
    else ignore('disagg', disagg, 'not 0 or 1');
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
  if (promptWithinContext(Number(state.inputs.prompt), ctx)) {
    if (values.has('prompt')) ignore('prompt', state.inputs.prompt, 'longer than the context');
    state.inputs.prompt = String(Math.min(Number(defaults.inputs.prompt), ctx));
  }

  return { state, ignored: ignored.slice(0, MAX_IGNORED) };
}

/** Canonical text of a field for the URL, or null when the field is invalid or empty (left out). */
function canonical(param: NumericParam, raw: string): string | null {
  const checked = validateField(param, raw);
  if (!checked.ok || checked.value === null) return null;
  return String(checked.value);
}

/**
 * Write a state as a query string (without the leading '?'). Every setting is written so a
 * copied link keeps its meaning even if the defaults change; invalid or empty fields are left out.
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
  if (state.engine !== AUTO_ENGINE) add('engine', state.engine);
  if (state.experts !== 'device') add('experts', state.experts);
  // The simulation's choices are written only when changed, so existing links stay as they were.
  if (state.pct !== DEFAULT_PERCENTILE) add('pct', String(state.pct));
  if (state.arrival !== 'poisson') add('arrival', state.arrival);
  if (state.disagg) add('disagg', '1');
  for (const param of WORKLOAD_PARAMS) {
    const value = canonical(param, state.inputs[param]);
    if (value !== null) add(param, value);
  }
  return parts.join('&');
}
