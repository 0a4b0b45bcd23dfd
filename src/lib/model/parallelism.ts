// Arithmetic for the format, multi-device and TPU chapters: links per direction, all-reduce cost, fit and decode bounds, MXU fill.
import type { ModelArchitecture } from '../../data/models';
import type { Device } from '../../data/types';
import {
  BITS_PER_WEIGHT,
  KV_BYTES_PER_ELEMENT,
  type KvPrecision,
  type WeightPrecision,
} from '../../data/precisions';
import { kvBytesPerSequence, ridgePoint, weightGB } from './math';

/** Catalogue link figures count both directions together; one direction carries half. */
export function perDirectionGBs(bothDirectionsGBs: number): number {
  return bothDirectionsGBs / 2;
}

/** Bytes each device sends in a ring all-reduce of `payloadBytes` over `n` devices: 2(n-1)/n of it. */
export function ringAllReduceBytes(payloadBytes: number, n: number): number {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`device count must be a positive integer, got ${n}`);
  if (!(payloadBytes >= 0) || !Number.isFinite(payloadBytes)) {
    throw new RangeError(`payload must be a finite, non-negative byte count, got ${payloadBytes}`);
  }
  return (2 * (n - 1) * payloadBytes) / n;
}

export interface TensorParallelTraffic {
  /** Bytes of activations one all-reduce carries (hidden × sequences × bytes per value). */
  payloadBytes: number;
  /** All-reduces per decode step: two per layer (after attention and after the MLP). */
  allReducesPerStep: number;
  /** Bytes each device sends per decode step. */
  bytesSentPerStep: number;
  /** Seconds per step at the given one-way bandwidth, bandwidth term only (no latency). */
  secondsPerStep: number;
}

/**
 * Tensor-parallel traffic of one decode step (one new token per sequence) over `n` devices, Megatron
 * style: two all-reduces per layer of hidden-size activations per sequence.
 */
export function tensorParallelTraffic(input: {
  hiddenSize: number;
  layers: number;
  sequences: number;
  n: number;
  GBsPerDirection: number;
  bytesPerActivation?: number;
}): TensorParallelTraffic {
  const { hiddenSize, layers, sequences, n, GBsPerDirection } = input;
  const bytesPerActivation = input.bytesPerActivation ?? 2;
  if (!(GBsPerDirection > 0)) throw new RangeError('link bandwidth must be positive');
  const payloadBytes = hiddenSize * sequences * bytesPerActivation;
  const allReducesPerStep = 2 * layers;
  const bytesSentPerStep = allReducesPerStep * ringAllReduceBytes(payloadBytes, n);
  return {
    payloadBytes,
    allReducesPerStep,
    bytesSentPerStep,
    secondsPerStep: bytesSentPerStep / (GBsPerDirection * 1e9),
  };
}

/**
 * Seconds of tensor-parallel activation traffic per token a step carries, at the catalogue's
 * scale-up link figure (half of it per direction): the bandwidth term of tensorParallelTraffic for
 * one sequence. Zero on one device, without a sourced scale-up link or without a hidden size.
 */
export function linkSecondsPerToken(
  scaleUp: Device['scaleUp'],
  model: Pick<ModelArchitecture, 'hiddenSize' | 'layers'>,
  n: number,
): number {
  if (n <= 1 || scaleUp === null || model.hiddenSize === undefined) return 0;
  return tensorParallelTraffic({
    hiddenSize: model.hiddenSize,
    layers: model.layers,
    sequences: 1,
    n,
    GBsPerDirection: perDirectionGBs(scaleUp.GBs),
  }).secondsPerStep;
}

/** Share of a square systolic array's cells doing useful work when one operand side is `size` long. */
export function mxuFill(size: number, arrayDimension: number): number {
  if (!(size > 0) || !(arrayDimension > 0)) throw new RangeError('sizes must be positive');
  return size / (Math.ceil(size / arrayDimension) * arrayDimension);
}

/** How much faster a low-precision peak is than the same device's BF16 peak; null when either is missing. */
export function speedupOverBf16(
  device: Pick<Device, 'bf16Tflops'>,
  peak: number | null,
): number | null {
  if (peak === null || device.bf16Tflops === null || device.bf16Tflops <= 0) return null;
  return peak / device.bf16Tflops;
}

/** Ridge point of one peak against the device's memory bandwidth; null when the peak is missing. */
export function deviceRidge(
  device: Pick<Device, 'memoryBandwidthGBs'>,
  peakTflops: number | null,
): number | null {
  if (peakTflops === null || !(device.memoryBandwidthGBs > 0)) return null;
  return ridgePoint(peakTflops, device.memoryBandwidthGBs);
}

export interface FitAndBound {
  weightsGB: number;
  /** Memory left for KV cache after weights and the reserve. */
  kvBudgetGB: number;
  kvGBPerSequence: number;
  /** Whole sequences of `contextTokens` that fit; 0 when the weights alone do not fit. */
  sequences: number;
  /** Upper bound on one sequence's decode speed: read the weights and its cache once per token. */
  singleSequenceTokensPerSecond: number | null;
  /** Upper bound on the whole group's decode throughput with every fitting sequence running. */
  fullBatchTokensPerSecond: number | null;
}

/**
 * Memory fit and bandwidth bound for a dense model on `n` identical devices (tensor parallel, so
 * bandwidth adds up). `reserveShare` of memory is kept back for activations and the runtime.
 */
export function fitAndBound(input: {
  device: Pick<Device, 'memoryGB' | 'memoryBandwidthGBs'>;
  n: number;
  model: ModelArchitecture;
  weights: WeightPrecision;
  kv: KvPrecision;
  contextTokens: number;
  reserveShare?: number;
}): FitAndBound {
  const { device, n, model, weights, kv, contextTokens } = input;
  const reserveShare = input.reserveShare ?? 0.1;
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError('device count must be a positive integer');
  if (!(contextTokens > 0)) throw new RangeError('context must be positive');
  const weightsGB = weightGB(model.totalParamsB, BITS_PER_WEIGHT[weights]);
  const usableGB = n * device.memoryGB * (1 - reserveShare);
  const kvBudgetGB = Math.max(0, usableGB - weightsGB);
  const kvGBPerSequence = kvBytesPerSequence(model, KV_BYTES_PER_ELEMENT[kv], contextTokens) / 1e9;
  const sequences = weightsGB > usableGB ? 0 : Math.floor(kvBudgetGB / kvGBPerSequence);
  const bandwidthGBs = n * device.memoryBandwidthGBs;
  const single = sequences >= 1 ? bandwidthGBs / (weightsGB + kvGBPerSequence) : null;
  const full =
    sequences >= 1 ? (sequences * bandwidthGBs) / (weightsGB + sequences * kvGBPerSequence) : null;
  return {
    weightsGB,
    kvBudgetGB,
    kvGBPerSequence,
    sequences,
    singleSequenceTokensPerSecond: single,
    fullBatchTokensPerSecond: full,
  };
}
