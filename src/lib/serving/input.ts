// Serving-capacity input: its types and the boundary checks that turn raw figures into a parsed input.
import type { ModelArchitecture } from '../../data/models';
import { formatLimitNumber } from '../input/limits';
import { markParsed, type Parsed } from '../input/parsed';
import {
  Collector,
  checkRange,
  checkRuns,
  isRecord,
  validateArchitecture,
  type Result,
} from '../input/validate';

/**
 * Seconds one step takes for `bytes` read from device memory and `flops` computed, both for the
 * whole replica, at `concurrency` sequences. Plug in the calibrated (expected) step beside the
 * ideal one; it must rise (or stay level) as bytes, flops and concurrency rise.
 */
export type StepModel = (bytes: number, flops: number, concurrency: number) => number;

/** The figures of one device, as the replica of `n` of them uses them. */
export interface CapacityDevice {
  /** Shown in notes, e.g. 'H100 SXM'. */
  name: string;
  /** Memory bandwidth of one device, GB/s. */
  bandwidthGBs: number;
  /** Dense peak of one device at the compute precision, TFLOPS; null when not sourced. */
  peakTflops: number | null;
  /** Memory the whole replica (n devices) may fill with weights and KV cache, GB, after any reserve. */
  usableMemoryGB: number;
  /** Scale-up link of one device, GB/s with both directions combined; null when not sourced. */
  scaleUpGBs: number | null;
  /** Link to host memory (PCIe or chip-to-chip), GB/s per direction; null when not sourced. */
  hostLinkGBsPerDirection: number | null;
  /** TDP or board power of one device, W; null when not sourced. */
  powerW: number | null;
  /** Price of one device-hour, USD; null when none is set. */
  pricePerDeviceHour: number | null;
}

/**
 * Split of a mixture of experts between routed experts and everything else (attention, shared
 * experts, embeddings). `routedExpertParamsB` counts every routed expert of every layer;
 * `activeRoutedParamsB` the routed-expert parameters one token uses. The rest,
 * totalParamsB − routedExpertParamsB, is read on every step.
 */
export interface ExpertSplit {
  routedExpertParamsB: number;
  activeRoutedParamsB: number;
}

/** Routed experts kept in host RAM; the rest of the model and the KV cache stay on the devices. */
export interface ExpertsInHost {
  /**
   * 'host-link': the accelerators read the experts they need over the host link each step (the
   * device's hostLink figure, per direction, times n). 'cpu': the CPU runs the experts, reading
   * them at host memory bandwidth.
   */
  via: 'host-link' | 'cpu';
  /** Host memory bandwidth, GB/s; required for 'cpu'. */
  hostBandwidthGBs: number | null;
  /** Host dense peak, TFLOPS, for 'cpu' (null: the CPU's compute time is not modelled). */
  hostPeakTflops: number | null;
  /** Host RAM available for the experts, GB (null: assumed to fit, and said so). */
  hostMemoryGB: number | null;
}

export interface CapacityInput {
  device: CapacityDevice;
  model: ModelArchitecture;
  bitsPerWeight: number;
  kvBytesPerElement: number;
  /** Devices in one tensor-parallel replica. */
  n: number;
  /** Prompt tokens per request. */
  isl: number;
  /** Generated tokens per request. */
  osl: number;
  /** Latency targets: ms per output token, ms to first token; null for none. */
  tpotMs: number | null;
  ttftMs: number | null;
  /** Unloaded time to first token from the estimate, s; null when it could not be estimated. */
  ttftSeconds: number | null;
  /** Requests per second to serve; null for no load. */
  rps: number | null;
  /** Needed for expertsInHost (without it, a step reads min(total, B × active) weights). */
  experts?: ExpertSplit | null;
  expertsInHost?: ExpertsInHost | null;
  /** Replaces max(memory time, compute time); host-expert and all-reduce time are still added. */
  step?: StepModel;
  /**
   * 'operating-point' skips the sampled curve (it then holds only the operating point): for runs
   * whose curve nobody draws, such as the slow and fast ends of the expected band.
   */
  curve?: 'full' | 'operating-point';
}

const limit = (min: number, max: number, unit: string, integer = false) => ({
  min,
  max,
  integer,
  unit,
});

const LIMITS = {
  bandwidthGBs: limit(0.001, 1_000_000, 'GB/s'),
  peakTflops: limit(0.001, 10_000_000, 'TFLOPS'),
  usableMemoryGB: limit(0, 100_000_000, 'GB'),
  linkGBs: limit(0.001, 1_000_000, 'GB/s'),
  powerW: limit(0.1, 10_000_000, 'W'),
  price: limit(0, 1_000_000, 'USD per device-hour'),
  bitsPerWeight: limit(1, 64, 'bits'),
  kvBytesPerElement: limit(0.125, 8, 'bytes'),
  n: limit(1, 1024, 'devices', true),
  tokens: limit(1, 10_000_000, 'tokens', true),
  ms: limit(0.001, 3_600_000, 'ms'),
  ttftSeconds: limit(0, 1e9, 's'),
  rps: limit(0.000001, 10_000_000, 'requests per second'),
  paramsB: limit(0, 100_000, 'billion parameters'),
  hostMemoryGB: limit(0, 100_000_000, 'GB'),
};

function optional(
  c: Collector,
  name: string,
  raw: unknown,
  lim: (typeof LIMITS)[keyof typeof LIMITS],
): number | null {
  if (raw === null || raw === undefined) return null;
  return c.take(checkRange(name, raw, lim));
}

function validateDevice(raw: unknown, c: Collector): CapacityDevice | undefined {
  checkRuns.device += 1;
  if (!isRecord(raw)) {
    c.add('device', 'device must be an object of device figures.', 'a CapacityDevice');
    return undefined;
  }
  return {
    name: typeof raw.name === 'string' && raw.name !== '' ? raw.name : 'this device',
    bandwidthGBs: c.take(checkRange('device.bandwidthGBs', raw.bandwidthGBs, LIMITS.bandwidthGBs)),
    peakTflops: optional(c, 'device.peakTflops', raw.peakTflops, LIMITS.peakTflops),
    usableMemoryGB: c.take(
      checkRange('device.usableMemoryGB', raw.usableMemoryGB, LIMITS.usableMemoryGB),
    ),
    scaleUpGBs: optional(c, 'device.scaleUpGBs', raw.scaleUpGBs, LIMITS.linkGBs),
    hostLinkGBsPerDirection: optional(
      c,
      'device.hostLinkGBsPerDirection',
      raw.hostLinkGBsPerDirection,
      LIMITS.linkGBs,
    ),
    powerW: optional(c, 'device.powerW', raw.powerW, LIMITS.powerW),
    pricePerDeviceHour: optional(
      c,
      'device.pricePerDeviceHour',
      raw.pricePerDeviceHour,
      LIMITS.price,
    ),
  };
}

function validateExperts(raw: unknown, model: ModelArchitecture, c: Collector): ExpertSplit | null {
  if (raw === null || raw === undefined) return null;
  if (!isRecord(raw)) {
    c.add(
      'experts',
      'experts must be { routedExpertParamsB, activeRoutedParamsB }.',
      'an ExpertSplit',
    );
    return null;
  }
  const routed = c.take(
    checkRange('experts.routedExpertParamsB', raw.routedExpertParamsB, LIMITS.paramsB),
  );
  const active = c.take(
    checkRange('experts.activeRoutedParamsB', raw.activeRoutedParamsB, LIMITS.paramsB),
  );
  if (routed > model.totalParamsB) {
    c.add(
      'experts.routedExpertParamsB',
      `routedExpertParamsB (${formatLimitNumber(routed)}B) cannot exceed totalParamsB (${formatLimitNumber(model.totalParamsB)}B).`,
      'at most totalParamsB',
    );
  }
  if (active > routed || active > model.activeParamsB) {
    c.add(
      'experts.activeRoutedParamsB',
      `activeRoutedParamsB (${formatLimitNumber(active)}B) cannot exceed routedExpertParamsB or activeParamsB.`,
      'at most routedExpertParamsB and activeParamsB',
    );
  }
  return { routedExpertParamsB: routed, activeRoutedParamsB: active };
}

function validateHost(raw: unknown, c: Collector): ExpertsInHost | null {
  if (raw === null || raw === undefined) return null;
  if (!isRecord(raw) || (raw.via !== 'host-link' && raw.via !== 'cpu')) {
    c.add(
      'expertsInHost.via',
      "expertsInHost.via must be 'host-link' or 'cpu'.",
      "'host-link' or 'cpu'",
    );
    return null;
  }
  const host: ExpertsInHost = {
    via: raw.via,
    hostBandwidthGBs: optional(
      c,
      'expertsInHost.hostBandwidthGBs',
      raw.hostBandwidthGBs,
      LIMITS.bandwidthGBs,
    ),
    hostPeakTflops: optional(
      c,
      'expertsInHost.hostPeakTflops',
      raw.hostPeakTflops,
      LIMITS.peakTflops,
    ),
    hostMemoryGB: optional(c, 'expertsInHost.hostMemoryGB', raw.hostMemoryGB, LIMITS.hostMemoryGB),
  };
  if (host.via === 'cpu' && host.hostBandwidthGBs === null) {
    c.add(
      'expertsInHost.hostBandwidthGBs',
      'Experts run by the CPU need the host memory bandwidth.',
      'a number from 0.001 to 1,000,000 GB/s',
    );
  }
  return host;
}

/** What a serving request asks, checked: the request shape, the targets, the load, where experts live. */
export interface ServingRequest {
  isl: number;
  osl: number;
  tpotMs: number | null;
  ttftMs: number | null;
  rps: number | null;
  experts: ExpertSplit | null;
  expertsInHost: ExpertsInHost | null;
}

/**
 * The request's checks, shared by both boundaries (parseCapacityInput and the per-device
 * parseDeviceCapacityInput): `model` and `device` have been checked already (undefined when they
 * failed, so rules that need them are skipped).
 */
export function checkServingRequest(
  input: Record<string, unknown>,
  model: ModelArchitecture | undefined,
  device: { name: string; hostLinkGBsPerDirection: number | null } | undefined,
  c: Collector,
): ServingRequest {
  return { ...checkShape(input, c), ...checkLoad(input, model, device, c) };
}

/** Prompt and output lengths and the latency targets. */
function checkShape(
  input: Record<string, unknown>,
  c: Collector,
): Pick<ServingRequest, 'isl' | 'osl' | 'tpotMs' | 'ttftMs'> {
  const isl = c.take(checkRange('isl', input.isl, LIMITS.tokens));
  const osl =
    input.osl === 0
      ? (c.add(
          'osl',
          'osl must be at least 1: the context must be longer than the prompt, or nothing is generated.',
          'an integer from 1 to 10,000,000 tokens',
        ),
        Number.NaN)
      : c.take(checkRange('osl', input.osl, LIMITS.tokens));
  const tpotMs = optional(c, 'tpotMs', input.tpotMs, LIMITS.ms);
  const ttftMs = optional(c, 'ttftMs', input.ttftMs, LIMITS.ms);
  return { isl, osl, tpotMs, ttftMs };
}

function checkLoad(
  input: Record<string, unknown>,
  model: ModelArchitecture | undefined,
  device: { name: string; hostLinkGBsPerDirection: number | null } | undefined,
  c: Collector,
): Pick<ServingRequest, 'rps' | 'experts' | 'expertsInHost'> {
  const rps = optional(c, 'rps', input.rps, LIMITS.rps);
  const experts = model ? validateExperts(input.experts, model, c) : null;
  const expertsInHost = validateHost(input.expertsInHost, c);
  if (expertsInHost && !experts && model) {
    c.add(
      'experts',
      'Keeping experts in host memory needs the split between routed experts and the rest.',
      '{ routedExpertParamsB, activeRoutedParamsB }',
    );
  }
  if (expertsInHost?.via === 'host-link' && device && device.hostLinkGBsPerDirection === null) {
    c.add(
      'device.hostLinkGBsPerDirection',
      `No sourced host-link figure for ${device.name}: experts read over the host link cannot be timed.`,
      'a number from 0.001 to 1,000,000 GB/s',
    );
  }
  return { rps, experts, expertsInHost };
}

/**
 * The boundary check of capacity()'s input: every figure, errors naming the field, the allowed
 * range and what was given. capacity() takes only what this returns.
 */
export function parseCapacityInput(input: unknown): Result<Parsed<CapacityInput>> {
  const c = new Collector();
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [{ input: 'input', message: 'input must be an object.', allowed: 'a CapacityInput' }],
    };
  }
  const device = validateDevice(input.device, c);
  const model = validateArchitecture(input.model, c);
  const bitsPerWeight = c.take(
    checkRange('bitsPerWeight', input.bitsPerWeight, LIMITS.bitsPerWeight),
  );
  const kvBytesPerElement = c.take(
    checkRange('kvBytesPerElement', input.kvBytesPerElement, LIMITS.kvBytesPerElement),
  );
  const n = c.take(checkRange('n', input.n, LIMITS.n));
  const { isl, osl, tpotMs, ttftMs } = checkShape(input, c);
  const ttftSeconds = optional(c, 'ttftSeconds', input.ttftSeconds, LIMITS.ttftSeconds);
  const { rps, experts, expertsInHost } = checkLoad(input, model, device, c);
  if (input.step !== undefined && typeof input.step !== 'function') {
    c.add('step', 'step must be a function (bytes, flops, concurrency) => seconds.', 'a StepModel');
  }
  if (c.errors.length > 0 || !device || !model) return { ok: false, errors: c.errors };
  const value: CapacityInput = {
    device,
    model,
    bitsPerWeight,
    kvBytesPerElement,
    n,
    isl,
    osl,
    tpotMs,
    ttftMs,
    ttftSeconds,
    rps,
    experts,
    expertsInHost,
  };
  if (typeof input.step === 'function') value.step = input.step as StepModel;
  if (input.curve === 'operating-point') value.curve = 'operating-point';
  return { ok: true, value: markParsed(value) };
}
