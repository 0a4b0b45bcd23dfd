// Serving capacity for a catalogue device: its boundary check, then the estimate for fit, peak and TTFT, then capacity().
import type { EngineFamily } from '../../data/measurements';
import type { ModelArchitecture } from '../../data/models';
import type { KvPrecision, WeightPrecision } from '../../data/precisions';
import type { Device } from '../../data/types';
import {
  capacity,
  checkServingRequest,
  type Capacity,
  type ExpertSplit,
  type ExpertsInHost,
  type StepModel,
} from './capacity';
import { estimate, parseEstimateInput, type Estimate, type EstimateInput } from '../model/estimate';
import { markParsed, type Parsed } from '../input/parsed';
import { Collector, isRecord, type Result } from '../input/validate';

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
  /** The engine whose fitted rates the calibrated capacity uses; omitted for the device's usual one. */
  engine?: EngineFamily;
}

/** How one run of deviceCapacity() differs from the ideal one: a plugged-in step, a shorter curve. */
export interface CapacityRun {
  step?: StepModel;
  curve?: 'full' | 'operating-point';
}

/**
 * The estimate's part of a serving input, at the full request length (context isl + osl, prompt
 * isl) and concurrency 1.
 */
function estimatePart(
  raw: Record<string, unknown>,
): Record<keyof EstimateInput, unknown> & { acceleratorShare: unknown } {
  const isl = raw.isl;
  const osl = raw.osl;
  return {
    device: raw.device,
    n: raw.n,
    model: raw.model,
    weightPrecision: raw.weightPrecision,
    kvPrecision: raw.kvPrecision,
    contextTokens: typeof isl === 'number' && typeof osl === 'number' ? isl + osl : Number.NaN,
    promptTokens: isl,
    concurrency: 1,
    reservePercent: raw.reservePercent,
    pricePerDeviceHour: raw.pricePerDeviceHour,
    acceleratorShare: raw.acceleratorShare ?? null,
  };
}

/**
 * The request's own checks (lengths, targets, load, experts) for an input whose device, model and
 * estimate fields are already parsed: the comparison calls this with its parsed scenario.
 */
export function parseServingRequest(
  base: Parsed<EstimateInput>,
  raw: Record<string, unknown>,
): Result<Parsed<DeviceCapacityInput>> {
  const c = new Collector();
  const device = base.device;
  const request = checkServingRequest(
    raw,
    base.model,
    { name: device.name, hostLinkGBsPerDirection: device.hostLink?.GBsPerDirection ?? null },
    c,
  );
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  const value: DeviceCapacityInput = {
    device,
    model: base.model,
    weightPrecision: base.weightPrecision,
    kvPrecision: base.kvPrecision,
    n: base.n,
    reservePercent: base.reservePercent,
    pricePerDeviceHour: base.pricePerDeviceHour,
    acceleratorShare: base.acceleratorShare ?? null,
    ...request,
  };
  if (typeof raw.engine === 'string') value.engine = raw.engine as EngineFamily;
  return { ok: true, value: markParsed(value) };
}

/**
 * The boundary check of a serving input for a catalogue device: the estimate's checks (device,
 * model, formats, workload), then the request's. deviceCapacity() takes only what this returns.
 */
export function parseDeviceCapacityInput(raw: unknown): Result<Parsed<DeviceCapacityInput>> {
  if (!isRecord(raw)) {
    return {
      ok: false,
      errors: [
        { input: 'input', message: 'input must be an object.', allowed: 'a DeviceCapacityInput' },
      ],
    };
  }
  const base = parseEstimateInput(estimatePart(raw));
  if (!base.ok) return base;
  return parseServingRequest(base.value, raw);
}

/**
 * The estimate is run at the full request length (context isl + osl, prompt isl) and concurrency 1:
 * it supplies usable memory, the dense peak at the compute precision, the bits per weight, KV bytes
 * per element and the unloaded time to first token; capacity() does the rest. Nothing is checked
 * again: both inner inputs derive from the parsed one.
 */
export function deviceCapacity(
  input: Parsed<DeviceCapacityInput>,
  run: CapacityRun = {},
): Result<{ estimate: Estimate; capacity: Capacity }> {
  const est = estimate(
    markParsed({
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
    }),
  );
  if (!est.ok) return est;
  const e = est.value;
  const cap = capacity(
    markParsed({
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
      ...(run.step ? { step: run.step } : {}),
      ...(run.curve ? { curve: run.curve } : {}),
    }),
  );
  if (!cap.ok) return cap;
  return { ok: true, value: { estimate: e, capacity: cap.value } };
}
