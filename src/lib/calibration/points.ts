// Turns each published measurement into the ideal quantities the expected-speed model is fitted on.
import type { Device, SimdPeaks } from '../../data/types';
import { findDevice } from '../../data/hardware';
import { findModel } from '../../data/models';
import { BITS_PER_WEIGHT, KV_BYTES_PER_ELEMENT, type WeightPrecision } from '../../data/precisions';
import type { EngineFamily, Measurement } from '../../data/measurements';
import {
  forwardFlops,
  kvBytesPerSequence,
  promptFlops,
  promptAttentionFlops,
  selectPeak,
  weightBytes,
  type PeakFigures,
  isMixtureOfExperts,
} from '../model/math';
import type { StepLoad } from './load';
import { linkSecondsPerToken } from '../model/parallelism';

/** Groups of devices that share a fitted bandwidth share, overhead and band. */
export type DeviceClass =
  'datacenter-gpu' | 'consumer-gpu' | 'apple' | 'unified' | 'cpu' | 'tpu' | 'accelerator';

export const DEVICE_CLASSES: readonly DeviceClass[] = [
  'datacenter-gpu',
  'consumer-gpu',
  'apple',
  'unified',
  'cpu',
  'tpu',
  'accelerator',
];

export const DEVICE_CLASS_LABELS: Readonly<Record<DeviceClass, string>> = {
  'datacenter-gpu': 'Datacenter GPUs',
  'consumer-gpu': 'Consumer and workstation GPUs',
  apple: 'Apple silicon',
  unified: 'Unified-memory x86 and Arm boxes',
  cpu: 'CPUs',
  tpu: 'TPUs',
  accelerator: 'Other accelerators',
};

/** A class's label inside a sentence: 'datacenter GPUs', 'CPUs', 'Apple silicon'. */
export function classPhrase(cls: DeviceClass): string {
  const label = DEVICE_CLASS_LABELS[cls];
  const keep = label.startsWith('Apple') || /^[A-Z]{2}/.test(label);
  return keep ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

type ClassFields = Pick<Device, 'vendor' | 'kind' | 'segment'> & { unifiedMemory: boolean };

function classOf(d: ClassFields): DeviceClass {
  if (d.vendor === 'Apple') return 'apple';
  if (d.kind === 'cpu') return 'cpu';
  if (d.kind === 'tpu') return 'tpu';
  if (d.kind === 'accelerator') return 'accelerator';
  if (d.unifiedMemory || d.segment === 'edge') return 'unified';
  return d.segment === 'datacenter' ? 'datacenter-gpu' : 'consumer-gpu';
}

/**
 * The class a catalogue device belongs to: Apple first, then kind, then unified memory (a
 * usable-memory share or a memory type named unified) and segment.
 */
export function deviceClass(device: Device): DeviceClass {
  const usable = (device as { usableMemory?: unknown }).usableMemory;
  const unifiedMemory =
    (usable !== null && usable !== undefined) || /unified/i.test(device.memoryType);
  return classOf({ ...device, unifiedMemory });
}

export type PointKind = 'decode' | 'prefill' | 'ttft' | 'saturated';

/**
 * Weight formats of about 4 bits (Q4_0, Q4_K_M, MXFP4, NVFP4, int4), about 8 bits (Q8_0, FP8,
 * int8) and 16 bits (BF16, FP16): 4- and 8-bit kernels unpack and rescale weights, and 16-bit
 * prompts on CPUs and phones lack the int8 dot-product paths, so each family reaches its own share
 * of bandwidth and of the peak. Splitting 8 from 16 bits cut the source-held-out prompt error from
 * 53.7 % to 49.1 % (calibration report of 2026-12-07).
 */
export type FormatFamily = '4-bit' | '8-bit' | '16-bit';

export function formatFamily(bitsPerWeight: number): FormatFamily {
  return bitsPerWeight < 6 ? '4-bit' : bitsPerWeight < 12 ? '8-bit' : '16-bit';
}

export interface ResolvedPoint {
  measurement: Measurement;
  kind: PointKind;
  deviceName: string;
  deviceClass: DeviceClass;
  /** The chip's vendor (a crossed effect in the fit). */
  vendor: string;
  /** A mixture of experts (fewer parameters used per token than stored). */
  moe: boolean;
  /** True when the figures came from the measurement's stand-in, not the catalogue. */
  standIn: boolean;
  engine: EngineFamily;
  family: FormatFamily;
  n: number;
  /** Per-device memory bandwidth the run had, GB/s. */
  bandwidthGBs: number;
  /** Dense peak the weight format runs on (TFLOPS), or null (a fitted prompt rate stands in). */
  peakTflops: number | null;
  /** Sequences per step (decode), prompt tokens (prefill), or 1 (saturated, per token). */
  tokensPerStep: number;
  /** Ideal bytes one step reads across the replica. */
  bytesPerStep: number;
  /** Ideal FLOPs one step performs across the replica. */
  flopsPerStep: number;
  /** Two all-reduces per layer when the model is split over devices. */
  allReducesPerStep: number;
  /** Their activation traffic per token at the catalogue's link rate (0 without a link). */
  linkSecondsPerToken: number;
  /** The published value in the metric's unit (tokens per second, per device when so labelled). */
  measured: number;
  /**
   * The steps the measured time spans, in order: one decode or prompt step; for time to first
   * token the prompt step then one decode step; for saturated serving one generated token's work.
   */
  loads: readonly StepLoad[];
}

export interface PendingPoint {
  measurement: Measurement;
  reason: string;
}

interface DeviceFacts {
  name: string;
  vendor: string;
  cls: DeviceClass;
  bandwidthGBs: number;
  peaks: PeakFigures;
  /** SIMD peaks of a CPU whose listed peaks are a matrix engine's. */
  simdPeaks: SimdPeaks | null;
  /** The catalogue's scale-up link; null for stand-ins and devices without one. */
  scaleUp: Device['scaleUp'];
  standIn: boolean;
}

const NO_PEAKS: PeakFigures = {
  bf16Tflops: null,
  fp8Tflops: null,
  int8Tops: null,
  fp4Tflops: null,
};

function deviceFacts(m: Measurement): DeviceFacts | null {
  const d = findDevice(m.deviceId);
  if (d) {
    return {
      name: d.name,
      vendor: d.vendor,
      cls: deviceClass(d),
      bandwidthGBs: d.memoryBandwidthGBs,
      peaks: d,
      simdPeaks: d.simdPeaks ?? null,
      scaleUp: d.scaleUp,
      standIn: false,
    };
  }
  const s = m.deviceStandIn;
  if (!s) return null;
  return {
    name: s.name,
    vendor: s.vendor,
    cls: classOf(s),
    bandwidthGBs: s.memoryBandwidthGBs,
    peaks: s.peaks
      ? { ...NO_PEAKS, bf16Tflops: s.peaks.bf16Tflops, int8Tops: s.peaks.int8Tops }
      : NO_PEAKS,
    simdPeaks: null,
    scaleUp: null,
    standIn: true,
  };
}

function kindOf(m: Measurement): PointKind {
  if (m.metric === 'prompt-tps') return 'prefill';
  if (m.metric === 'ttft-s') return 'ttft';
  if (m.metric === 'throughput-tps-per-device' && m.concurrency === null) return 'saturated';
  return 'decode';
}

/**
 * The dense peak a step's matrix multiplies run on. On a GPU, llama.cpp's large-batch (prompt) path
 * dequantises GGUF blocks to FP16 and multiplies on the FP16/BF16 units, so its GGUF prompts use
 * the BF16 peak. MXFP4 is one of its GGUF block types and takes the same path, so a Blackwell
 * card's FP4 peak does not apply: gpt-oss-20b's pp512 on an RTX 5090 ran at 60 TFLOPS, 4 % of the
 * card's dense FP4 rate. Chosen by leave-one-source-out error (mean log error 0.2076 to 0.2022 on
 * 279 points; that point went from 4.9× to inside 2×).
 * On a CPU its quantised dot products quantise the activations to 8 bits (Q8_0 or
 * Q8_K blocks) and multiply in integers (VNNI, SDOT), so GGUF prompts there use the INT8 peak when
 * the device has one; chosen over the BF16 peak by leave-one-source-out error (mean log error
 * 0.209 to 0.200 and prompt median 26 % to 21 % on 246 points). On a CPU with a matrix engine
 * (AMX), llama.cpp's kernels use the SIMD units, so their peaks apply. Every other format uses the
 * peak its format table names.
 * ExecuTorch's 4-bit schemes (SpinQuant, QAT+LoRA) quantise activations to 8 bits on the fly
 * ("8da4w"), so their matrix multiplies run on INT8 dot products: the INT8 peak when there is one.
 */
export function computePeakTflops(
  peaks: PeakFigures,
  precision: WeightPrecision,
  engine: EngineFamily,
  simdPeaks: SimdPeaks | null = null,
  cpu = false,
): number | null {
  const own = engine === 'llama.cpp' && simdPeaks ? { ...peaks, ...simdPeaks } : peaks;
  if (engine === 'llama.cpp' && (precision.startsWith('q') || precision === 'mxfp4'))
    return cpu ? (own.int8Tops ?? own.bf16Tflops) : own.bf16Tflops;
  if (engine === 'executorch' && precision === 'int4') return own.int8Tops ?? own.bf16Tflops;
  return selectPeak(own, precision).tflops;
}

/**
 * The source a point counts under for grouped validation and the fit's weights: its campaign
 * where sibling documents share one (Source.campaign), else its own id.
 */
export function sourceGroup(p: { measurement: Pick<Measurement, 'source'> }): string {
  return groupOfSource(p.measurement.source);
}

/** A source's group: its campaign where it shares one, else its own id. */
export function groupOfSource(s: { id: string; campaign?: string }): string {
  return s.campaign ?? s.id;
}

/** Resolves one measurement, or says why it cannot be used yet. */
export function resolvePoint(m: Measurement): ResolvedPoint | PendingPoint {
  const model = findModel(m.modelId);
  if (!model) return { measurement: m, reason: `Unknown model preset ${m.modelId}.` };
  const device = deviceFacts(m);
  if (!device) {
    return {
      measurement: m,
      reason: `Device ${m.deviceId} is not in the catalogue yet and the measurement carries no stand-in.`,
    };
  }
  const kind = kindOf(m);
  const peak = computePeakTflops(
    device.peaks,
    m.weightPrecision,
    m.engine,
    device.simdPeaks,
    device.cls === 'cpu',
  );
  if (kind === 'saturated' && peak === null) {
    return {
      measurement: m,
      reason: `No compute peak for ${device.name} in the catalogue, so this saturated point cannot be predicted.`,
    };
  }
  const totalBytes =
    m.fileSizeGB !== null
      ? m.fileSizeGB * 1e9
      : weightBytes(model.totalParamsB, BITS_PER_WEIGHT[m.weightPrecision]);
  const prompt = kind === 'prefill' || kind === 'ttft' ? m.promptTokens : 0;
  const batch = kind === 'decode' ? (m.concurrency ?? 1) : 1;
  const kvBytes = KV_BYTES_PER_ELEMENT[m.kvPrecision];
  // A mixture of experts reads the active share per token, at most every weight.
  const readShare = (tokens: number): number =>
    Math.min(1, (tokens * model.activeParamsB) / model.totalParamsB);
  const decodeLoad = (sequences: number, context: number): StepLoad => ({
    weightBytes: totalBytes * readShare(sequences),
    kvReadBytes: sequences * kvBytesPerSequence(model, kvBytes, context),
    decodeTokens: sequences,
    promptTokens: 0,
    decodeFlops: forwardFlops(model.activeParamsB, sequences),
    promptFlops: 0,
  });
  const promptLoad: StepLoad = {
    weightBytes: totalBytes * readShare(prompt),
    kvReadBytes: 0,
    decodeTokens: 0,
    promptTokens: prompt,
    decodeFlops: 0,
    // The calibrated step prices attention over the prompt too (the ideal figures leave it out).
    promptFlops: promptFlops(model, prompt) + promptAttentionFlops(model, prompt),
  };
  // Serving throughput at a stated batch also pays for its requests' prompts: under continuous
  // batching each step carries, on average, isl/osl prompt tokens per decoding sequence.
  const servedPrompt =
    kind === 'decode' && m.metric !== 'decode-tps' && m.outputTokens > 0
      ? (batch * m.promptTokens) / m.outputTokens
      : 0;
  const served = (load: StepLoad): StepLoad =>
    servedPrompt === 0
      ? load
      : {
          ...load,
          weightBytes: totalBytes * readShare(batch + servedPrompt),
          promptTokens: servedPrompt,
          promptFlops: forwardFlops(model.activeParamsB, servedPrompt),
        };
  const loads: StepLoad[] =
    kind === 'decode'
      ? [served(decodeLoad(batch, m.meanContextTokens))]
      : kind === 'prefill'
        ? [promptLoad]
        : kind === 'ttft'
          ? [promptLoad, decodeLoad(1, prompt)]
          : [
              {
                // Its own KV cache is read at the mean context: a batch shares the weights, not that.
                ...decodeLoad(1, m.meanContextTokens),
                weightBytes: 0,
                // Each generated token also carries its share of the prompts, isl/osl tokens.
                promptTokens: m.outputTokens > 0 ? m.promptTokens / m.outputTokens : 0,
                promptFlops:
                  m.outputTokens > 0
                    ? forwardFlops(model.activeParamsB, m.promptTokens / m.outputTokens)
                    : 0,
              },
            ];
  const first = loads[0]!;
  // llama.cpp splits a model over devices by layers (or NUMA nodes), with no per-layer
  // all-reduce; the other engines run tensor parallel.
  const tensorParallel = m.n > 1 && m.engine !== 'llama.cpp';
  const tokensPerStep = kind === 'prefill' || kind === 'ttft' ? prompt : batch;
  return {
    measurement: m,
    kind,
    deviceName: device.name,
    deviceClass: device.cls,
    vendor: device.vendor,
    moe: isMixtureOfExperts(model),
    standIn: device.standIn,
    engine: m.engine,
    family: formatFamily((totalBytes * 8) / (model.totalParamsB * 1e9)),
    n: m.n,
    bandwidthGBs: m.configuredBandwidthGBs ?? device.bandwidthGBs,
    peakTflops: peak,
    tokensPerStep,
    bytesPerStep: first.weightBytes + first.kvReadBytes,
    flopsPerStep: forwardFlops(model.activeParamsB, tokensPerStep),
    allReducesPerStep: tensorParallel ? 2 * model.layers : 0,
    linkSecondsPerToken: tensorParallel ? linkSecondsPerToken(device.scaleUp, model, m.n) : 0,
    measured: m.value,
    loads,
  };
}

export function isResolved(p: ResolvedPoint | PendingPoint): p is ResolvedPoint {
  return 'kind' in p;
}

/** The measured value a predicted step time implies, in the measurement's own unit. */
export function valueFromStepSeconds(p: ResolvedPoint, seconds: number): number {
  if (p.kind === 'decode' && p.measurement.metric === 'decode-tps') return 1 / seconds;
  if (p.kind === 'decode') return p.tokensPerStep / (seconds * p.n);
  if (p.kind === 'prefill') return p.tokensPerStep / seconds;
  if (p.kind === 'ttft') return seconds;
  return 1 / (seconds * p.n);
}
