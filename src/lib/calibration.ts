// The expected-speed model: fitted constants, bands from leave-one-out, and expectedStep for the widget.
import type { Device } from '../data/types';
import type { EngineFamily } from '../data/measurements';
import type { WeightPrecision } from '../data/precisions';
import { BITS_PER_WEIGHT } from '../data/precisions';
import {
  computePeakTflops,
  DEVICE_CLASSES,
  deviceClass,
  formatFamily,
  type DeviceClass,
  type ResolvedPoint,
} from './calibration-points';
import {
  lookup,
  median,
  predict,
  quantile,
  type CalibrationParams,
  type LooResult,
} from './calibration-fit';
import { BANDS, FITTED, type Band, type BandGroup } from './calibration-constants';

export {
  DEVICE_CLASSES,
  DEVICE_CLASS_LABELS,
  deviceClass,
  type DeviceClass,
  type FormatFamily,
} from './calibration-points';
export {
  fitCalibration,
  leaveOneOut,
  foldedError,
  type CalibrationParams,
} from './calibration-fit';

export const ENGINE_FAMILIES: readonly EngineFamily[] = [
  'llama.cpp',
  'mlx',
  'vllm',
  'sglang',
  'tensorrt-llm',
  'jetstream',
  'pytorch',
];

export const ENGINE_LABELS: Readonly<Record<EngineFamily, string>> = {
  'llama.cpp': 'llama.cpp',
  mlx: 'MLX',
  vllm: 'vLLM',
  sglang: 'SGLang',
  'tensorrt-llm': 'TensorRT-LLM',
  jetstream: 'JetStream',
  pytorch: 'PyTorch (gpt-fast)',
};

/** The engine most readers would run on a device of this kind. */
export function defaultEngine(device: Device): EngineFamily {
  const cls = deviceClass(device);
  if (cls === 'tpu') return 'jetstream';
  if (cls === 'datacenter-gpu' || cls === 'accelerator') return 'vllm';
  return 'llama.cpp';
}

/** A class needs this many leave-one-out ratios for a band of its own. */
export const MIN_BAND_POINTS = 5;

const round5 = (x: number): number => Number(x.toPrecision(5));

/** Rounds every number in a fitted-parameter tree to five significant digits. */
export function roundParams<T>(value: T): T {
  if (typeof value === 'number') return round5(value) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, roundParams(v)]),
  ) as T;
}

/** TypeScript text for FITTED and BANDS, printed by the test when the constants drift. */
export function constantsSource(params: CalibrationParams, bands: typeof BANDS): string {
  return (
    `export const FITTED: CalibrationParams = ${JSON.stringify(roundParams(params), null, 2)};\n\n` +
    `export const BANDS: Record<BandGroup, Partial<Record<DeviceClass, Band>> & { pooled: Band }> = ${JSON.stringify(bands, null, 2)};`
  );
}

function band(ratios: readonly number[], basis: Band['basis']): Band {
  // The band always contains the expected value itself.
  return {
    low: round5(Math.min(1, quantile(ratios, 0.1))),
    high: round5(Math.max(1, quantile(ratios, 0.9))),
    points: ratios.length,
    basis,
  };
}

const groupOf = (p: ResolvedPoint): BandGroup =>
  p.kind === 'prefill' ? 'prefill' : p.kind === 'saturated' ? 'saturated' : 'decode';

/** Bands from leave-one-out results: per class where it has enough points, else pooled. */
export function bandsFrom(loo: readonly LooResult[]): typeof BANDS {
  const out = {} as typeof BANDS;
  for (const g of ['decode', 'prefill', 'saturated'] as const) {
    const inGroup = loo.filter((l) => groupOf(l.point) === g);
    const pooled = band(
      inGroup.map((l) => l.ratio),
      'pooled',
    );
    const row: Partial<Record<DeviceClass, Band>> & { pooled: Band } = { pooled };
    for (const cls of DEVICE_CLASSES) {
      const r = inGroup.filter((l) => l.point.deviceClass === cls).map((l) => l.ratio);
      if (r.length >= MIN_BAND_POINTS) row[cls] = band(r, 'class');
    }
    out[g] = row;
  }
  return out;
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
}

export interface ExpectedStep {
  seconds: number;
  lowSeconds: number;
  highSeconds: number;
  params: AppliedParam[];
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
  const params = input.params ?? FITTED;
  const bands = input.bands ?? BANDS;
  const engine = input.engine ?? defaultEngine(device);
  const precision = input.precision ?? 'bf16';
  const family = formatFamily(BITS_PER_WEIGHT[precision]);
  const cls = deviceClass(device);
  const d = params.decode;
  const eta = lookup(d.etaBw, cls, engine, family, d.defaultEtaBw);
  const memorySeconds = bytes / (eta.value * n * device.memoryBandwidthGBs * 1e9);
  const peak = computePeakTflops(device, precision, engine);
  const applied: AppliedParam[] = [
    {
      name: 'Bandwidth share',
      value: eta.value,
      unit: 'of datasheet bandwidth',
      basis: eta.basis,
      meaning: `Share of memory bandwidth a ${engine} step reaches on ${cls} devices (${family} formats).`,
    },
  ];
  let seconds: number;
  let compute = 0;
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
    });
    seconds = Math.max(flops / (eff * n * peak * 1e12), memorySeconds);
  } else {
    const overhead = d.overheadSeconds[cls];
    const fixed = overhead ?? d.defaultOverheadSeconds;
    applied.push({
      name: 'Fixed time per step',
      value: fixed,
      unit: 's',
      basis: overhead === undefined ? 'default' : 'fitted',
      meaning:
        'Kernel launches, sampling and host synchronisation that do not shrink with the model.',
    });
    compute = 0;
    if (peak !== null) {
      const sat = lookup(params.saturated.eta, cls, engine, family, params.saturated.defaultEta);
      compute = flops / (sat.value * n * peak * 1e12);
      applied.push({
        name: 'Compute share at large batch',
        value: sat.value,
        unit: 'of the dense peak',
        basis: sat.basis,
        meaning: 'Share of the peak a saturated server turns into generated tokens.',
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
      });
    }
    seconds = Math.max(memorySeconds, compute) + fixed + allReduces * d.allReduceSeconds;
  }
  // A decode step limited by compute is a saturated step: it takes the saturated band.
  const group: BandGroup =
    phase === 'prefill' ? 'prefill' : compute > memorySeconds ? 'saturated' : 'decode';
  const b = bands[group][cls] ?? bands[group].pooled;
  return { seconds, lowSeconds: seconds * b.low, highSeconds: seconds * b.high, params: applied };
}

export { predict, median };
export { BANDS, FITTED, type Band, type BandGroup } from './calibration-constants';
export {
  accuracyReport,
  accuracyRows,
  CALIBRATION_POINTS,
  FLAT_BASELINE,
  idealValue,
  PENDING_POINTS,
  summarise,
  summaryGroup,
  type AccuracyRow,
  type ErrorSummary,
  type SummaryGroup,
} from './calibration-report';
