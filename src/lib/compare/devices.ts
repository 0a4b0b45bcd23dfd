// Everything the comparison shows for each device, computed once from the validated scenario.
import type { Device } from '../../data/types';
import type { Scenario } from './state';
import { estimate, type Estimate, type EstimateInput } from '../model/estimate';
import { expertSplit } from '../model/math';
import { expertLayoutFor } from '../../data/expert-layouts';
import type { Capacity } from '../serving/capacity';
import { deviceCapacity, parseServingRequest } from '../serving/device';
import { markParsed, type Parsed } from '../input/parsed';
import { expectedDeviceCapacity, type ExpectedCapacity } from '../serving/expected';
import { expectedFor, type Banded, type Expected } from '../calibration/expected';
import type { Result } from '../input/validate';

export interface DeviceComparison {
  device: Device;
  /** 'H100 SXM', or '8 × H100 SXM' for a replica of several devices. */
  label: string;
  result: Result<Estimate>;
  /** Calibrated figures beside the ideal bound; null when the estimate failed. */
  expected: Expected | null;
  /** Serving capacity at the scenario's targets: ideal and calibrated, or why it is not shown. */
  capacity: Result<ServingCapacity>;
}

export interface ServingCapacity {
  ideal: Capacity;
  expected: ExpectedCapacity | null;
  /** Time per output token at the ideal operating point, ms; null when no concurrency meets it. */
  sloStepMs: number | null;
  /** Calibrated requests served at once, with the band's slow and fast ends. */
  expectedSloConcurrency: Banded | null;
  /** Calibrated output tokens/s per replica at the calibrated operating point, with its band. */
  expectedSloThroughput: Banded | null;
  /** Prompt and generated tokens per request: prompt, and context − prompt. */
  isl: number;
  osl: number;
}

/** The estimator's input for one device of a parsed scenario: derived, so parsed as well. */
export function estimateInputFor(scenario: Scenario, device: Device): Parsed<EstimateInput> {
  return markParsed({
    device,
    n: scenario.n,
    model: scenario.model,
    weightPrecision: scenario.weights,
    kvPrecision: scenario.kv,
    contextTokens: scenario.contextTokens,
    promptTokens: scenario.promptTokens,
    concurrency: scenario.concurrency,
    reservePercent: scenario.reservePercent,
    pricePerDeviceHour: scenario.pricePerDeviceHour,
    acceleratorShare:
      scenario.acceleratorSharePercent === null ? null : scenario.acceleratorSharePercent / 100,
  });
}

export function replicaLabel(device: Device, n: number): string {
  return n > 1 ? `${n} × ${device.name}` : device.name;
}

/** Capacity needs at least one generated token: the prompt must leave room in the context. */
function servingCapacity(scenario: Scenario, device: Device): Result<ServingCapacity> {
  const isl = scenario.promptTokens;
  const osl = scenario.contextTokens - scenario.promptTokens;
  if (osl < 1) {
    return {
      ok: false,
      errors: [
        {
          input: 'promptTokens',
          message:
            'Serving capacity needs generated tokens: make the context longer than the prompt.',
          allowed: 'a prompt shorter than the context',
        },
      ],
    };
  }
  const layout = expertLayoutFor(scenario.modelId);
  const experts = layout ? expertSplit(layout) : null;
  if (scenario.experts !== 'device' && !experts) {
    return {
      ok: false,
      errors: [
        {
          input: 'experts',
          message: `${scenario.modelName} has no routed-expert layout in the presets: keeping experts in host memory needs a mixture-of-experts preset.`,
          allowed: 'experts on the devices, or an MoE preset',
        },
      ],
    };
  }
  const failed = scenario.figureErrors.get(device.id);
  if (failed) return { ok: false, errors: failed };
  // The scenario's device, model and workload are parsed; the request's own rules (a CPU running
  // the experts needs the host bandwidth, a host link needs a sourced figure) are checked here.
  const input = parseServingRequest(
    markParsed({
      ...estimateInputFor(scenario, device),
      contextTokens: isl + osl,
      promptTokens: isl,
      concurrency: 1,
    }),
    {
      experts,
      expertsInHost:
        scenario.experts === 'device'
          ? null
          : {
              via: scenario.experts,
              hostBandwidthGBs: scenario.hostBandwidthGBs,
              hostPeakTflops: null,
              hostMemoryGB: null,
            },
      isl,
      osl,
      tpotMs: scenario.tpotMs,
      ttftMs: scenario.ttftMs,
      rps: scenario.requestsPerSecond,
      ...(scenario.engine ? { engine: scenario.engine } : {}),
    },
  );
  if (!input.ok) return input;
  const ideal = deviceCapacity(input.value);
  if (!ideal.ok) return ideal;
  const calibrated = expectedDeviceCapacity(input.value);
  const cal = calibrated.ok ? calibrated.value : null;
  const point = ideal.value.capacity.sloPoint;
  const [mid, slow, fast] = [cal?.expected.sloPoint, cal?.slow.sloPoint, cal?.fast.sloPoint];
  return {
    ok: true,
    value: {
      ideal: ideal.value.capacity,
      expected: cal,
      sloStepMs: point ? point.stepSeconds * 1000 : null,
      expectedSloConcurrency: cal
        ? {
            value: cal.expected.sloConcurrency,
            low: cal.slow.sloConcurrency,
            high: cal.fast.sloConcurrency,
          }
        : null,
      expectedSloThroughput:
        mid && slow && fast
          ? {
              value: mid.throughputPerReplica,
              low: slow.throughputPerReplica,
              high: fast.throughputPerReplica,
            }
          : null,
      isl,
      osl,
    },
  };
}

// Per scenario object, the comparison of each of its devices: the widget's cards, chart, working
// and CSV all ask for the same rows, and each card asks for its own while React hydrates it.
const comparisons = new WeakMap<Scenario, Map<string, DeviceComparison>>();

/** Everything the comparison shows for one device of the scenario (computed once per scenario). */
export function compareDevice(scenario: Scenario, device: Device): DeviceComparison {
  let byDevice = comparisons.get(scenario);
  if (!byDevice) comparisons.set(scenario, (byDevice = new Map<string, DeviceComparison>()));
  const cached = byDevice.get(device.id);
  if (cached) return cached;
  // Figures that failed at the boundary: the card shows their messages, and nothing is computed.
  const failed = scenario.figureErrors.get(device.id);
  const result: Result<Estimate> = failed
    ? { ok: false, errors: failed }
    : estimate(estimateInputFor(scenario, device));
  const row: DeviceComparison = {
    device,
    label: replicaLabel(device, scenario.n),
    result,
    expected: result.ok
      ? expectedFor({
          device,
          model: scenario.model,
          weightPrecision: scenario.weights,
          n: scenario.n,
          concurrency: scenario.concurrency,
          promptTokens: scenario.promptTokens,
          engine: scenario.engine,
          pricePerDeviceHour: scenario.pricePerDeviceHour,
          estimate: result.value,
        })
      : null,
    capacity: servingCapacity(scenario, device),
  };
  byDevice.set(device.id, row);
  return row;
}

export function compareDevices(scenario: Scenario): DeviceComparison[] {
  return scenario.devices.map((device) => compareDevice(scenario, device));
}

/** One device's line on the throughput–interactivity chart. */
export interface CapacitySeries {
  label: string;
  points: { concurrency: number; perUserTokensPerSecond: number; throughputPerDevice: number }[];
  operatingConcurrency: number | null;
  kneeConcurrency: number | null;
}

/** The chart's lines (ideal ceilings) and the per-user speed a tpot target implies (1000 ÷ tpot). */
export function capacityChart(
  scenario: Scenario,
  rows: readonly DeviceComparison[],
): { series: CapacitySeries[]; targetPerUserTokensPerSecond: number | null } {
  const series: CapacitySeries[] = [];
  for (const row of rows) {
    if (!row.capacity.ok || row.capacity.value.ideal.curve.length === 0) continue;
    const c = row.capacity.value.ideal;
    series.push({
      label: row.label,
      points: c.curve.map((p) => ({
        concurrency: p.concurrency,
        perUserTokensPerSecond: p.perUserTokensPerSecond,
        throughputPerDevice: p.throughputPerDevice,
      })),
      operatingConcurrency: c.sloConcurrency > 0 ? c.sloConcurrency : null,
      kneeConcurrency: c.knee?.withinFit ? c.knee.concurrency : null,
    });
  }
  return {
    series,
    targetPerUserTokensPerSecond: scenario.tpotMs === null ? null : 1000 / scenario.tpotMs,
  };
}
