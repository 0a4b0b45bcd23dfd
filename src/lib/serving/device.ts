// Serving capacity for a catalogue device: runs the estimate for fit, peak and TTFT, then capacity().
import type { ModelArchitecture } from '../../data/models';
import type { KvPrecision, WeightPrecision } from '../../data/precisions';
import type { Device } from '../../data/types';
import {
  capacity,
  type Capacity,
  type ExpertSplit,
  type ExpertsInHost,
  type StepModel,
} from './capacity';
import { estimate, type Estimate } from '../model/estimate';
import type { Result } from '../input/validate';

export interface DeviceCapacityInput {
  device: Device;
  model: ModelArchitecture;
  weightPrecision: WeightPrecision;
  kvPrecision: KvPrecision;
  n: number;
  /** Prompt tokens (the widget's prompt) and generated tokens (context − prompt). */
  isl: number;
  osl: number;
  reservePercent: number;
  pricePerDeviceHour: number | null;
  tpotMs: number | null;
  ttftMs: number | null;
  rps: number | null;
  acceleratorShare?: number | null;
  experts?: ExpertSplit | null;
  expertsInHost?: ExpertsInHost | null;
  step?: StepModel;
  curve?: 'full' | 'operating-point';
}

/**
 * The estimate is run at the full request length (context isl + osl, prompt isl) and concurrency 1:
 * it supplies usable memory, the dense peak at the compute precision, the bits per weight, KV bytes
 * per element and the unloaded time to first token; capacity() does the rest.
 */
export function deviceCapacity(
  input: DeviceCapacityInput,
): Result<{ estimate: Estimate; capacity: Capacity }> {
  const est = estimate({
    device: input.device,
    n: input.n,
    model: input.model,
    weightPrecision: input.weightPrecision,
    kvPrecision: input.kvPrecision,
    contextTokens: input.isl + input.osl,
    promptTokens: input.isl,
    concurrency: 1,
    reservePercent: input.reservePercent,
    pricePerDeviceHour: input.pricePerDeviceHour,
    acceleratorShare: input.acceleratorShare ?? null,
  });
  if (!est.ok) return est;
  const e = est.value;
  const cap = capacity({
    device: {
      name: input.device.name,
      bandwidthGBs: input.device.memoryBandwidthGBs,
      peakTflops: e.peakTflops,
      usableMemoryGB: e.usableGB,
      scaleUpGBs: input.device.scaleUp?.GBs ?? null,
      hostLinkGBsPerDirection: input.device.hostLink?.GBsPerDirection ?? null,
      powerW: input.device.tdpW,
      pricePerDeviceHour: input.pricePerDeviceHour,
    },
    model: input.model,
    bitsPerWeight: e.bitsPerWeight,
    kvBytesPerElement: e.kvBytesPerElement,
    n: input.n,
    isl: input.isl,
    osl: input.osl,
    tpotMs: input.tpotMs,
    ttftMs: input.ttftMs,
    ttftSeconds: e.ttftSeconds,
    rps: input.rps,
    experts: input.experts ?? null,
    expertsInHost: input.expertsInHost ?? null,
    ...(input.step ? { step: input.step } : {}),
    ...(input.curve ? { curve: input.curve } : {}),
  });
  if (!cap.ok) return cap;
  return { ok: true, value: { estimate: e, capacity: cap.value } };
}
