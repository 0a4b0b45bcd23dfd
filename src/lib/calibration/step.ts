// The expected-step model the widget runs: engines, the fitted step and its band. No measurement
// data is imported here, so pages with the widget do not download the calibration set.
import type { EngineFamily } from '../../data/measurements';
import { BITS_PER_WEIGHT, type WeightPrecision } from '../../data/precisions';
import type { Device } from '../../data/types';
import { BANDS, FITTED, type Band, type BandGroup } from './constants';
import { lookup, overheadFor, type CalibrationParams } from './fit';
import {
  computePeakTflops,
  deviceClass,
  formatFamily,
  type DeviceClass,
  type ResolvedPoint,
} from './points';

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
  if (cls === 'datacenter-gpu' || cls === 'accelerator') return 'vllm';
  return 'llama.cpp';
}

export function bandFor(group: BandGroup, cls: DeviceClass): Band {
  return BANDS[group][cls] ?? BANDS[group].pooled;
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

/** Where every fitted value comes from: the accuracy page lists these measurements. */
export const CALIBRATION_SOURCE_PATH = '/hardware/accuracy';

export interface ExpectedStep {
  seconds: number;
  lowSeconds: number;
  highSeconds: number;
  /** The band applied: multipliers on seconds, from leave-one-out ratios. */
  band: Band & { group: BandGroup };
  params: readonly AppliedParam[];
}

export interface ExpectedStepInput {
  device: Device;
  engine?: EngineFamily;
  phase: 'decode' | 'prefill';
  /** Bytes one step reads across the whole replica (weights in use plus KV cache). */
  bytes: number;
  /** FLOPs of one step across the whole replica. */
  flops: number;
  n: number;
  /** Sequences in the step (decode); 1 for a single prompt. */
  concurrency: number;
  /** Weight format, for the bandwidth share and the compute peak (default BF16). */
  precision?: WeightPrecision;
  /** Layers, for the tensor-parallel all-reduce term when n > 1. */
  layers?: number;
  /** Parameters to use instead of FITTED (tests, refits). */
  params?: CalibrationParams;
  bands?: typeof BANDS;
}

function check(name: string, v: number, min: number): void {
  if (!Number.isFinite(v) || v < min) {
    throw new RangeError(`expectedStep: ${name} must be a finite number ≥ ${min}; got ${v}.`);
  }
}

/**
 * Everything a step's expected time depends on except its bytes, FLOPs and batch: the device's
 * class, the fitted shares and fixed times that apply, the compute peak, and the parameters as the
 * working lists them. The capacity model asks for a step at dozens of batch sizes per device, so
 * this is resolved once per device and setting (see `contextFor`), not once per step.
 */
interface StepContext {
  cls: DeviceClass;
  eta: number;
  /** Dense peak for the format, TFLOPS; null when the device has none. */
  peak: number | null;
  /** Prefill: share of the peak; decode: share of the peak at large batch (0 without a peak). */
  computeShare: number;
  fixedSeconds: number;
  allReduces: number;
  allReduceSeconds: number;
  params: readonly AppliedParam[];
}

function resolveContext(input: ExpectedStepInput): StepContext | null {
  const { device, phase, n } = input;
  const params = input.params ?? FITTED;
  const engine = input.engine ?? defaultEngine(device);
  const precision = input.precision ?? 'bf16';
  const family = formatFamily(BITS_PER_WEIGHT[precision]);
  const cls = deviceClass(device);
  const d = params.decode;
  const eta = lookup(d.etaBw, cls, engine, family, d.defaultEtaBw);
  const peak = computePeakTflops(device, precision, engine);
  const applied: AppliedParam[] = [
    {
      name: 'Bandwidth share',
      value: eta.value,
      unit: 'of datasheet bandwidth',
      basis: eta.basis,
      meaning: `Share of memory bandwidth a ${engine} step reaches on ${cls} devices (${family} formats).`,
      covers: (p) =>
        p.kind === 'decode' &&
        (eta.basis === 'default' ||
          (p.deviceClass === cls &&
            (eta.basis !== 'fitted' || (p.engine === engine && p.family === family)))),
    },
  ];
  const base = {
    cls,
    eta: eta.value,
    peak,
    allReduceSeconds: d.allReduceSeconds,
  };
  if (phase === 'prefill') {
    if (peak === null) return null;
    const share = params.prefill.eta[cls];
    const eff = share ?? params.prefill.defaultEta;
    applied.push({
      name: 'Prefill compute share',
      value: eff,
      unit: 'of the dense peak',
      basis: share === undefined ? 'default' : 'fitted',
      meaning: 'Share of the dense compute peak prompt processing reaches.',
      covers: (p) => p.kind === 'prefill' && (share === undefined || p.deviceClass === cls),
    });
    return {
      ...base,
      params: Object.freeze(applied),
      computeShare: eff,
      fixedSeconds: 0,
      allReduces: 0,
    };
  }
  const overhead = overheadFor(d, cls, engine);
  applied.push({
    name: 'Fixed time per step',
    value: overhead.value,
    unit: 's',
    basis: overhead.basis,
    meaning:
      'Kernel launches, sampling and host synchronisation that do not shrink with the model.',
    covers: (p) =>
      p.kind === 'decode' &&
      (overhead.basis === 'default' ||
        (p.deviceClass === cls && (overhead.basis !== 'fitted' || p.engine === engine))),
  });
  let computeShare = 0;
  if (peak !== null) {
    const sat = lookup(params.saturated.eta, cls, engine, family, params.saturated.defaultEta);
    computeShare = sat.value;
    applied.push({
      name: 'Compute share at large batch',
      value: sat.value,
      unit: 'of the dense peak',
      basis: sat.basis,
      meaning: 'Share of the peak a saturated server turns into generated tokens.',
      covers: (p) =>
        p.kind === 'saturated' &&
        (sat.basis === 'default' ||
          (p.deviceClass === cls &&
            (sat.basis !== 'fitted' || (p.engine === engine && p.family === family)))),
    });
  }
  const allReduces = n > 1 && input.layers !== undefined ? 2 * input.layers : 0;
  if (allReduces > 0) {
    applied.push({
      name: 'All-reduce latency',
      value: d.allReduceSeconds,
      unit: 's each',
      basis: 'fitted',
      meaning: `Two tensor-parallel all-reduces per layer: ${allReduces} per step.`,
      covers: (p) => p.kind === 'decode' && p.n > 1,
    });
  }
  return {
    ...base,
    params: Object.freeze(applied),
    computeShare,
    fixedSeconds: overhead.value,
    allReduces,
  };
}

const contexts = new WeakMap<Device, Map<string, StepContext | null>>();

/** The step context, cached per device object for the fitted parameters (not for refits). */
function contextFor(input: ExpectedStepInput): StepContext | null {
  if (input.params !== undefined) return resolveContext(input);
  const { device, phase, engine, precision, n, layers } = input;
  const key = `${phase}|${engine ?? ''}|${precision ?? ''}|${n}|${n > 1 ? (layers ?? '') : ''}`;
  let byKey = contexts.get(device);
  if (!byKey) contexts.set(device, (byKey = new Map<string, StepContext | null>()));
  if (!byKey.has(key)) byKey.set(key, resolveContext(input));
  return byKey.get(key) ?? null;
}

/**
 * Expected seconds for one step and its band. Decode: bytes over the fitted share of bandwidth,
 * or FLOPs over the saturated share of the peak when that is longer, plus the class's fixed
 * overhead and the all-reduce latency. Prefill: FLOPs over the fitted share of the peak, or the
 * weight read when longer. Returns null when the phase needs a compute peak the device lacks.
 */
export function expectedStep(input: ExpectedStepInput): ExpectedStep | null {
  const { device, phase, bytes, flops, n, concurrency } = input;
  check('bytes', bytes, 0);
  check('flops', flops, 0);
  check('n', n, 1);
  check('concurrency', concurrency, 1);
  const ctx = contextFor(input);
  if (ctx === null) return null;
  const bands = input.bands ?? BANDS;
  const memorySeconds = bytes / (ctx.eta * n * device.memoryBandwidthGBs * 1e9);
  const compute = ctx.peak === null ? 0 : flops / (ctx.computeShare * n * ctx.peak * 1e12);
  const seconds =
    phase === 'prefill'
      ? Math.max(compute, memorySeconds)
      : Math.max(memorySeconds, compute) + ctx.fixedSeconds + ctx.allReduces * ctx.allReduceSeconds;
  // A decode step limited by compute is a saturated step: it takes the saturated band.
  const group: BandGroup =
    phase === 'prefill' ? 'prefill' : compute > memorySeconds ? 'saturated' : 'decode';
  const b = bands[group][ctx.cls] ?? bands[group].pooled;
  return {
    seconds,
    lowSeconds: seconds * b.low,
    highSeconds: seconds * b.high,
    band: { ...b, group },
    // Shared by every step of this device and setting, hence frozen.
    params: ctx.params,
  };
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
}

/**
 * The work of one engine step under continuous batching: some sequences decode one token each,
 * and a chunk of prompt tokens is prefilled in the same forward pass. Decode-only (batch 1 or a
 * batch) and prompt-only steps are its special cases. Totals across the whole replica.
 */
export interface StepLoad {
  /** Weight bytes read once per step (experts in use included). */
  weightBytes: number;
  /** KV-cache bytes the decode sequences' attention reads in this step. */
  kvReadBytes: number;
  /** Sequences that each decode one token in this step. */
  decodeTokens: number;
  /** Prompt tokens prefilled in this step. */
  promptTokens: number;
  /** FLOPs of the decode tokens. */
  decodeFlops: number;
  /** FLOPs of the prompt tokens. */
  promptFlops: number;
}

/** Prices steps for one setting; built once, then called for every step of a simulation. */
export interface StepTimer {
  /** Expected seconds of one step. Pure and cheap: the simulation calls it per step. */
  seconds(load: StepLoad): number;
  /** Multipliers on seconds for the slow (high) and fast (low) ends of the band. */
  band: { low: number; high: number };
  /** The parameters applied, as the working lists them. */
  params: readonly AppliedParam[];
}

/**
 * One step model for prefill and decode together. Preliminary form (to be refitted by the
 * calibration work): the step reads weights and KV at the fitted bandwidth share, runs decode
 * FLOPs at the saturated share and prompt FLOPs at the prefill share of the peak, and takes the
 * longer of memory and compute, plus the fixed time and the all-reduces when it decodes.
 * Null when the step needs a compute peak the device lacks.
 */
export function stepTimer(setting: StepSetting): StepTimer | null {
  const base = { ...setting, bytes: 0, flops: 0, concurrency: 1 } as const;
  const decode = contextFor({ ...base, phase: 'decode' });
  const prefill = contextFor({ ...base, phase: 'prefill' });
  if (decode === null) return null;
  const bw = decode.eta * setting.n * setting.device.memoryBandwidthGBs * 1e9;
  const decodeRate =
    decode.peak === null ? 0 : decode.computeShare * setting.n * decode.peak * 1e12;
  const prefillRate =
    prefill === null || prefill.peak === null
      ? 0
      : prefill.computeShare * setting.n * prefill.peak * 1e12;
  const fixed = decode.fixedSeconds + decode.allReduces * decode.allReduceSeconds;
  const b = bandFor('decode', decode.cls);
  return {
    seconds(load: StepLoad): number {
      const memory = (load.weightBytes + load.kvReadBytes) / bw;
      const computeDecode = decodeRate > 0 ? load.decodeFlops / decodeRate : 0;
      const computePrompt =
        load.promptTokens === 0 ? 0 : prefillRate > 0 ? load.promptFlops / prefillRate : Infinity;
      return Math.max(memory, computeDecode + computePrompt) + (load.decodeTokens > 0 ? fixed : 0);
    },
    band: { low: b.low, high: b.high },
    params: decode.params,
  };
}
