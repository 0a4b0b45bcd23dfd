// The expected-step model the widget runs: engines, the one fitted step for prefill and decode, and
// its band. No measurement data is imported here, so pages with the widget do not download the
// calibration set.
import type { EngineFamily } from '../../data/measurements';
import { BITS_PER_WEIGHT, type WeightPrecision } from '../../data/precisions';
import type { Device } from '../../data/types';
import { BANDS, SUPPORT, WIDENING, type Band, type BandGroup } from './constants';
import {
  allReduceScale,
  ratesFor,
  type CalibrationParams,
  type Looked,
  type ResolvedRates,
} from './fit';
import { stepSecondsAt, type StepLoad, type StepRates } from './load';
import { FITTED } from './constants';
import { linkSecondsPerToken } from '../model/parallelism';
import {
  classPhrase,
  computePeakTflops,
  deviceClass,
  formatFamily,
  type DeviceClass,
  type FormatFamily,
  type ResolvedPoint,
} from './points';

export type { StepLoad, StepRates } from './load';

export const ENGINE_FAMILIES: readonly EngineFamily[] = [
  'llama.cpp',
  'mlx',
  'vllm',
  'sglang',
  'tensorrt-llm',
  'jetstream',
  'pytorch',
  'neuron',
  'mlc-llm',
  'executorch',
  'openvino',
];

export const ENGINE_LABELS: Readonly<Record<EngineFamily, string>> = {
  'llama.cpp': 'llama.cpp',
  mlx: 'MLX',
  vllm: 'vLLM',
  sglang: 'SGLang',
  'tensorrt-llm': 'TensorRT-LLM',
  jetstream: 'JetStream',
  pytorch: 'PyTorch (gpt-fast)',
  neuron: 'AWS Neuron (vLLM / NxD Inference)',
  'mlc-llm': 'MLC LLM',
  executorch: 'ExecuTorch',
  openvino: 'OpenVINO',
};

/** The engine most readers would run on a device of this kind. */
export function defaultEngine(device: Device): EngineFamily {
  const cls = deviceClass(device);
  if (cls === 'tpu') return 'jetstream';
  // Inferentia and Trainium run models through the Neuron SDK (NxD Inference, or vLLM on it).
  if (device.vendor === 'AWS') return 'neuron';
  if (cls === 'datacenter-gpu' || cls === 'accelerator') return 'vllm';
  return 'llama.cpp';
}

/** Fewer measurements than this for a class, or an engine on a class, widen the band. */
export const MIN_SUPPORT = 3;

/** Measurements behind a band group for a class and engine (from the calibration set). */
export function supportFor(
  group: BandGroup,
  cls: DeviceClass,
  engine: EngineFamily,
): { classPoints: number; enginePoints: number } {
  const row = SUPPORT[group];
  const classPoints = Object.entries(row)
    .filter(([k]) => k.startsWith(`${cls}/`))
    .reduce((a, [, v]) => a + v, 0);
  const key = `${cls}/${engine}`;
  return { classPoints, enginePoints: Object.hasOwn(row, key) ? (row[key] ?? 0) : 0 };
}

const GROUP_WORDS: Readonly<Record<BandGroup, string>> = {
  decode: 'decode speed',
  prefill: 'prompt processing or time to first token',
  saturated: 'saturated throughput',
};

/** A band with the reason it was widened, if it was. */
export type AppliedBand = Band & { group: BandGroup; widenedBecause: string | null };

/**
 * The band for a figure: the class's own (from leave-one-source-out ratios) when it has enough,
 * else the pooled one; each end moved out by the group's widening factor (from leave-one-class-out
 * errors) when the class or the engine on it has fewer than MIN_SUPPORT measurements.
 */
export function bandFor(
  group: BandGroup,
  cls: DeviceClass,
  engine?: EngineFamily,
  bands: typeof BANDS = BANDS,
): AppliedBand {
  const base = bands[group][cls] ?? bands[group].pooled;
  const support = supportFor(group, cls, engine ?? 'vllm');
  const className = classPhrase(cls);
  let widenedBecause: string | null = null;
  if (support.classPoints < MIN_SUPPORT) {
    widenedBecause =
      support.classPoints === 0
        ? `No public measurement of ${GROUP_WORDS[group]} on ${className} in the calibration set; the range is wide.`
        : `Only ${support.classPoints} public measurement${support.classPoints === 1 ? '' : 's'} of ${GROUP_WORDS[group]} on ${className}; the range is wide.`;
  } else if (engine !== undefined && support.enginePoints < MIN_SUPPORT) {
    const name = ENGINE_LABELS[engine];
    widenedBecause =
      support.enginePoints === 0
        ? `No public measurement of ${GROUP_WORDS[group]} with ${name} on ${className}; the range is wide.`
        : `Only ${support.enginePoints} public measurement${support.enginePoints === 1 ? '' : 's'} of ${GROUP_WORDS[group]} with ${name} on ${className}; the range is wide.`;
  }
  if (widenedBecause === null) return { ...base, group, widenedBecause };
  const w = WIDENING[group];
  return {
    ...base,
    low: Math.min(1, base.low) / w,
    high: Math.max(1, base.high) * w,
    basis: 'widened',
    group,
    widenedBecause,
  };
}

export interface AppliedParam {
  name: string;
  value: number;
  unit: string;
  /** 'fitted' for the group's own value; otherwise which fallback supplied it. */
  basis: string;
  meaning: string;
  /**
   * Which calibration points the value was fitted to; `fittedOnIds` in calibration-report lists
   * them. A predicate, so the widget needs no measurement data to run the model.
   */
  covers: (p: ResolvedPoint) => boolean;
}

export interface ExpectedStep {
  seconds: number;
  lowSeconds: number;
  highSeconds: number;
  /** The band applied: multipliers on seconds, from leave-one-source-out ratios. */
  band: AppliedBand;
  params: readonly AppliedParam[];
}

/** One step of a setting, by its bytes and FLOPs. */
export interface ExpectedStepInput extends StepSetting {
  phase: 'decode' | 'prefill';
  /** Bytes one step reads across the whole replica (weights in use plus KV cache). */
  bytes: number;
  /** FLOPs of one step across the whole replica. */
  flops: number;
  /** Sequences in the step (decode); 1 for a single prompt. */
  concurrency: number;
  bands?: typeof BANDS;
}

function check(name: string, v: number, min: number): void {
  if (!Number.isFinite(v) || v < min) {
    throw new RangeError(`expectedStep: ${name} must be a finite number ≥ ${min}; got ${v}.`);
  }
}

/** Everything fixed for one replica: the device, engine, format and tensor-parallel width. */
export interface StepSetting {
  device: Device;
  engine?: EngineFamily;
  precision?: WeightPrecision;
  /** Devices in the replica (tensor parallel). */
  n: number;
  /** Layers, for the tensor-parallel all-reduce term when n > 1. */
  layers?: number;
  /** Hidden size, for the all-reduces' activation traffic over the scale-up link when n > 1. */
  hiddenSize?: number;
  /** A mixture of experts: its prompt FLOPs run at the fitted MoE share of the prompt rate. */
  moe?: boolean;
  /** Parameters to use instead of FITTED (tests, refits). */
  params?: CalibrationParams;
}

/** Prices steps for one setting; built once, then called for every step of a simulation. */
export interface StepTimer {
  /** Expected seconds of one step. Pure and cheap: the simulation calls it per step. */
  seconds(load: StepLoad): number;
  /** Multipliers on seconds for the slow (high) and fast (low) ends of the band. */
  band: { low: number; high: number };
  /** The parameters applied, as the working lists them. */
  params: readonly AppliedParam[];
  /** The rates behind seconds(), for callers that price many steps in bulk. */
  rates?: StepRates;
  /** The class, engine and format family the rates were looked up for. */
  cls?: DeviceClass;
  engine?: EngineFamily;
  /** True when the device has no sourced compute peak and prompts run at a fitted rate. */
  promptRateFitted?: boolean;
  /** Band for prompt-only steps and time to first token. */
  promptBand?: AppliedBand;
  /** Band for decode steps. */
  decodeBand?: AppliedBand;
  /** Fixed time per request before its first token, added once to time to first token. */
  requestSeconds: number;
}

const BASIS_WORDS: Readonly<Record<Looked['basis'], string>> = {
  fitted: 'fitted',
  engine: 'this engine on the class, any format',
  class: 'the class, any engine',
  default: 'every class (no data for this class)',
};

interface Resolved {
  cls: DeviceClass;
  engine: EngineFamily;
  family: FormatFamily;
  resolved: ResolvedRates;
  peak: number | null;
  params: readonly AppliedParam[];
}

/** Which points a tiered value was fitted on, as a predicate. */
function coversFor(
  looked: Looked,
  cls: DeviceClass,
  engine: EngineFamily,
  family: FormatFamily,
  kinds: readonly ResolvedPoint['kind'][],
  peakless?: boolean,
): (p: ResolvedPoint) => boolean {
  return (p) =>
    kinds.includes(p.kind) &&
    (peakless === undefined || (p.peakTflops === null) === peakless) &&
    (looked.basis === 'default' ||
      (p.deviceClass === cls &&
        (looked.basis === 'class' ||
          (p.engine === engine && (looked.basis === 'engine' || p.family === family)))));
}

function resolveSetting(setting: StepSetting): Resolved {
  const { device, n } = setting;
  const params = setting.params ?? FITTED;
  const engine = setting.engine ?? defaultEngine(device);
  const precision = setting.precision ?? 'bf16';
  const family = formatFamily(BITS_PER_WEIGHT[precision]);
  const cls = deviceClass(device);
  const peak = computePeakTflops(
    device,
    precision,
    engine,
    device.simdPeaks ?? null,
    cls === 'cpu',
  );
  const allReduces =
    n > 1 && engine !== 'llama.cpp' && setting.layers !== undefined ? 2 * setting.layers : 0;
  const link =
    allReduces > 0 && setting.layers !== undefined
      ? linkSecondsPerToken(
          device.scaleUp,
          {
            layers: setting.layers,
            ...(setting.hiddenSize ? { hiddenSize: setting.hiddenSize } : {}),
          },
          n,
        )
      : 0;
  const resolved = ratesFor(params, {
    cls,
    engine,
    family,
    vendor: device.vendor,
    bandwidthGBs: device.memoryBandwidthGBs,
    peakTflops: peak,
    n,
    allReduces,
    linkSecondsPerToken: link,
    moe: setting.moe === true,
  });
  const r = resolved;
  const where = `${ENGINE_LABELS[engine]} on ${classPhrase(cls)} (${family} formats)`;
  const applied: AppliedParam[] = [
    {
      name: 'Bandwidth share',
      value: r.bandwidthShare.value,
      unit: 'of datasheet bandwidth',
      basis: BASIS_WORDS[r.bandwidthShare.basis],
      meaning: `Share of memory bandwidth a step's weight and KV reads reach with ${where}.`,
      covers: coversFor(r.bandwidthShare, cls, engine, family, ['decode', 'prefill', 'ttft']),
    },
    {
      name: 'Fixed time per step',
      value: r.fixedSeconds.value,
      unit: 's',
      basis: BASIS_WORDS[r.fixedSeconds.basis],
      meaning:
        'Kernel launches, sampling, scheduling and host synchronisation that do not shrink with the model.',
      covers: coversFor(r.fixedSeconds, cls, engine, family, ['decode', 'prefill', 'ttft']),
    },
    {
      name: 'Fixed time per request',
      value: r.requestSeconds.value,
      unit: 's',
      basis: BASIS_WORDS[r.requestSeconds.basis],
      meaning:
        'Receiving, tokenising and scheduling a request and returning its first token: paid once, by the time to first token.',
      covers: coversFor(r.requestSeconds, cls, engine, family, ['ttft']),
    },
  ];
  if (peak === null) {
    applied.push({
      name: 'Prompt rate per byte/s of bandwidth',
      value: r.promptFlopsPerByte.value,
      unit: 'FLOP per byte',
      basis:
        r.promptFlopsPerByte.basis === 'default'
          ? 'no sourced compute peak: fitted from every device without one'
          : 'no sourced compute peak: fitted from measurements of this class',
      meaning:
        'No sourced compute peak for this device and format: prompt tokens (and large decode batches) run at this many FLOP/s per byte/s of memory bandwidth, as measured on devices of the class.',
      covers: coversFor(
        r.promptFlopsPerByte,
        cls,
        engine,
        family,
        ['prefill', 'ttft', 'decode'],
        true,
      ),
    });
  } else {
    applied.push(
      {
        name: 'Prompt compute share',
        value: r.promptComputeShare.value,
        unit: 'of the dense peak',
        basis: BASIS_WORDS[r.promptComputeShare.basis],
        meaning: 'Share of the dense compute peak prompt tokens reach.',
        covers: coversFor(r.promptComputeShare, cls, engine, family, ['prefill', 'ttft'], false),
      },
      {
        name: 'Decode compute share',
        value: r.decodeComputeShare.value,
        unit: 'of the dense peak',
        basis: BASIS_WORDS[r.decodeComputeShare.basis],
        meaning:
          'Share of the dense peak the decode tokens reach; it decides large batches and saturated serving.',
        covers: coversFor(
          r.decodeComputeShare,
          cls,
          engine,
          family,
          ['decode', 'ttft', 'saturated'],
          false,
        ),
      },
    );
  }
  applied.push({
    name: 'Overlap penalty',
    value: params.overlapPenalty,
    unit: 'of the shorter of memory and compute time',
    basis: 'chosen by leave-one-source-out error',
    meaning:
      'A step takes the longer of its memory and compute time plus this share of the shorter: measured steps do not overlap the two perfectly.',
    covers: () => true,
  });
  if (setting.moe === true) {
    applied.push({
      name: 'Mixture-of-experts prompt share',
      value: params.moePromptShare,
      unit: 'of the prompt rate',
      basis: 'fitted from every mixture-of-experts measurement with a prompt in it',
      meaning:
        'A mixture of experts runs its prompt FLOPs at this share of the rate a dense model reaches: routing, token shuffling and many small expert matrix multiplies.',
      covers: (p) => p.moe && p.loads.some((l) => l.promptFlops > 0),
    });
  }
  if (allReduces > 0) {
    applied.push({
      name: 'All-reduce latency',
      value: params.allReduceSeconds * allReduceScale(n),
      unit: 's each',
      basis: 'fitted',
      meaning: `Two tensor-parallel all-reduces per layer: ${allReduces} per step, each 2(n − 1)/n times the fitted two-device latency.`,
      covers: (p) => p.n > 1,
    });
  }
  if (link > 0 && params.linkShare > 0) {
    applied.push({
      name: 'Link share',
      value: params.linkShare,
      unit: `of ${device.scaleUp?.name ?? 'the scale-up link'}, one direction`,
      basis: 'fitted',
      meaning: `Share of one direction of the link the all-reduces' activations reach: ${(link * 1e6).toPrecision(3)} µs per token at its full rate.`,
      covers: (p) => p.linkSecondsPerToken > 0,
    });
  }
  return { cls, engine, family, resolved, peak, params: Object.freeze(applied) };
}

const settings = new WeakMap<Device, Map<string, Resolved>>();

/** The resolved setting, cached per device object for the fitted parameters (not for refits). */
function settingFor(setting: StepSetting): Resolved {
  if (setting.params !== undefined) return resolveSetting(setting);
  const { device, engine, precision, n, layers, hiddenSize, moe } = setting;
  const key = `${engine ?? ''}|${precision ?? ''}|${n}|${n > 1 ? `${layers ?? ''}x${hiddenSize ?? ''}` : ''}|${moe === true ? 'moe' : ''}`;
  let byKey = settings.get(device);
  if (!byKey) settings.set(device, (byKey = new Map<string, Resolved>()));
  let r = byKey.get(key);
  if (!r) byKey.set(key, (r = resolveSetting(setting)));
  return r;
}

/**
 * Expected seconds for one step and its band, from the one step model: a decode step carries
 * `concurrency` decode tokens (bytes = weights in use plus their KV), a prefill step one prompt's
 * tokens (bytes = the weights). A device without a compute peak uses the fitted prompt rate of its
 * class.
 */
export function expectedStep(input: ExpectedStepInput): ExpectedStep {
  const { phase, bytes, flops, concurrency } = input;
  check('bytes', bytes, 0);
  check('flops', flops, 0);
  check('n', input.n, 1);
  check('concurrency', concurrency, 1);
  const s = settingFor(input);
  const rates = s.resolved.rates;
  const load: StepLoad =
    phase === 'prefill'
      ? {
          weightBytes: bytes,
          kvReadBytes: 0,
          decodeTokens: 0,
          // The count is not known here; one marks the step as carrying a prompt (so tensor-parallel
          // traffic is priced for one token: callers that know the prompt use stepTimer).
          promptTokens: 1,
          decodeFlops: 0,
          promptFlops: flops,
        }
      : {
          weightBytes: bytes,
          kvReadBytes: 0,
          decodeTokens: concurrency,
          promptTokens: 0,
          decodeFlops: flops,
          promptFlops: 0,
        };
  const seconds = stepSecondsAt(rates, load);
  const memory = bytes / rates.bytesPerSecond;
  const compute = phase === 'decode' ? flops / rates.decodeFlopsPerSecond : 0;
  // A decode step limited by compute is a saturated step: it takes the saturated band.
  const group: BandGroup =
    phase === 'prefill' ? 'prefill' : compute > memory ? 'saturated' : 'decode';
  const b = bandFor(group, s.cls, s.engine, input.bands);
  return {
    seconds,
    lowSeconds: seconds * b.low,
    highSeconds: seconds * b.high,
    band: b,
    // Shared by every step of this device and setting, hence frozen.
    params: s.params,
  };
}

/**
 * The one step model for prefill and decode together, for one setting: the step reads weights and
 * KV at the fitted bandwidth share, runs decode FLOPs at the decode share and prompt FLOPs at the
 * prompt share of the peak (or, without a peak, at the class's fitted prompt rate), takes the
 * longer of memory and compute plus the fitted overlap penalty times the shorter, and adds the
 * fixed time and the all-reduces. Decode-only and prompt-only steps are its special cases, and the
 * fit uses this same function.
 */
export function stepTimer(setting: StepSetting): StepTimer {
  const s = settingFor(setting);
  const rates = s.resolved.rates;
  const decodeBand = bandFor('decode', s.cls, s.engine);
  const promptBand = bandFor('prefill', s.cls, s.engine);
  return {
    seconds: (load: StepLoad): number => stepSecondsAt(rates, load),
    band: { low: decodeBand.low, high: decodeBand.high },
    params: s.params,
    rates,
    cls: s.cls,
    engine: s.engine,
    promptRateFitted: s.peak === null,
    promptBand,
    decodeBand,
    requestSeconds: s.resolved.requestSeconds.value,
  };
}
