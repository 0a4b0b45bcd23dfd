// What the serving simulation shows for one device of a comparison: figures with their band, sizing, the simulated curve, notes.
import type { Device } from '../../data/types';
import type { ServingCurve } from '../../data/serving-curve-types';
import type { Banded } from '../calibration/expected';
import { formatNumber, formatPercent, formatSeconds } from '../format/units';
import type { Result } from '../input/validate';
import {
  replicaFor,
  runSimulation,
  sizeDisaggregated,
  sizeReplicas,
  validateSimInput,
  DEFAULT_KV_LINK_GBS,
  type SimInput,
  type SimResult,
} from '../serving/sim';
import { estimateInputFor, replicaLabel } from './devices';
import { validateState, type IgnoredParam, type Scenario } from './state';
import { parseQuery } from './url';

/** Requests per run on /compare/ (the sizing search uses fewer per run). */
export const CARD_REQUESTS = 1000;
/** Requests per point of the simulated curve. */
export const CURVE_REQUESTS = 400;

export interface SimulatedFigures {
  /** Open loop at the reader's rate, or closed loop with `batch` requests in flight. */
  traffic: { mode: 'open'; rps: number } | { mode: 'closed'; inFlight: number };
  throughputTps: Banded;
  ttftP50S: Banded;
  ttftP99S: Banded;
  tpotP50Ms: Banded;
  tpotP99Ms: Banded;
  e2eP99S: Banded;
  goodputRps: Banded;
  /** What the reader should know about this run: waits, overload, speculation. */
  notes: string[];
}

/**
 * A count for the load with its band: `low` at the band's fast end; `high` at its slow end, or null
 * when at that end no number of replicas meets the targets (the step alone is past them).
 */
export interface SizingBand {
  value: number;
  low: number;
  high: number | null;
}

export interface SimulatedSizing {
  pct: number;
  /** Replicas and devices for the load at the targets; the band's fast end needs fewer. */
  replicas: SizingBand | null;
  devices: SizingBand | null;
  reason: string;
  disagg: {
    prefillDevices: number | null;
    decodeDevices: number | null;
    kvTransferSeconds: number;
    kvLinkGBs: number;
    reason: string;
  } | null;
}

/** One point of the simulated curve: requests in flight, throughput per device, p50 and p99 TPOT. */
export interface SimulatedCurvePoint {
  inFlight: number;
  throughputPerDevice: number;
  tpotP50Ms: number;
  tpotP99Ms: number;
}

export interface SimulatedDevice {
  deviceId: string;
  label: string;
  n: number;
  figures: SimulatedFigures;
  /** Null until computed (it follows the figures), or when there is no rate to size for. */
  sizing: SimulatedSizing | null;
  curve: SimulatedCurvePoint[] | null;
}

/** A worker message, parsed: its id, the scenario its query describes, and the fields it ignored. */
export interface SimRequestParsed {
  id: number;
  scenario: Scenario;
  ignored: IgnoredParam[];
}

/**
 * The worker's boundary: the message's shape ({ id, query }), then the query through the same
 * parser /compare/ uses. The worker trusts what this returns and checks nothing again.
 */
export function parseSimRequest(
  message: unknown,
): { ok: true; value: SimRequestParsed } | { ok: false; id: number; errors: string[] } {
  const record = typeof message === 'object' && message !== null ? message : {};
  const id = 'id' in record && typeof record.id === 'number' ? record.id : -1;
  const query = 'query' in record ? record.query : undefined;
  if (id < 0 || typeof query !== 'string') {
    return { ok: false, id, errors: ['message: expected { id, query } with a query string.'] };
  }
  const parsed = parseQuery(query);
  const checked = validateState(parsed.state);
  if (!checked.ok) {
    const errors = Object.entries(checked.errors).map(([param, text]) => `${param}: ${text}`);
    return { ok: false, id, errors };
  }
  return { ok: true, value: { id, scenario: checked.value, ignored: parsed.ignored } };
}

/** The validated simulation input for a device of the scenario at its traffic, or why there is none. */
export function simulationInput(scenario: Scenario, device: Device): Result<SimInput> {
  const isl = scenario.promptTokens;
  const osl = scenario.contextTokens - scenario.promptTokens;
  if (osl < 1) {
    return {
      ok: false,
      errors: [
        {
          input: 'promptTokens',
          message:
            'The simulation needs generated tokens: make the context longer than the prompt.',
          allowed: 'a prompt shorter than the context',
        },
      ],
    };
  }
  const replica = replicaFor({
    device,
    model: scenario.model,
    weightPrecision: scenario.weights,
    kvPrecision: scenario.kv,
    n: scenario.n,
    engine: scenario.engine,
    reservePercent: scenario.reservePercent,
    acceleratorShare:
      scenario.acceleratorSharePercent === null ? null : scenario.acceleratorSharePercent / 100,
    contextTokens: scenario.contextTokens,
    estimateInput: estimateInputFor(scenario, device),
  });
  if (!replica.ok) return replica;
  const sim = scenario.simulation;
  const rps = scenario.requestsPerSecond;
  return validateSimInput({
    replica: replica.value,
    workload: { isl, osl, lengths: 'fixed', prefixTokens: sim.prefixTokens, phase: 'both' },
    traffic:
      rps === null
        ? { mode: 'closed', inFlight: scenario.concurrency }
        : { mode: 'open', rps, process: sim.arrival, cv: sim.cv },
    speculation:
      sim.draftTokens === 0
        ? null
        : {
            draftTokens: sim.draftTokens,
            acceptance: sim.acceptance,
            // A one-layer draft head (MTP, EAGLE): each draft token costs about one layer's share.
            draftCostShare: 1 / scenario.model.layers,
          },
    targets: {
      ttftSeconds: scenario.ttftMs === null ? null : scenario.ttftMs / 1000,
      tpotSeconds: scenario.tpotMs === null ? null : scenario.tpotMs / 1000,
    },
    seed: 1,
    requests: CARD_REQUESTS,
    stepScale: 1,
  });
}

const banded = (value: number, a: number, b: number): Banded => ({
  value,
  low: Math.min(a, b),
  high: Math.max(a, b),
});

function notesFor(r: SimResult, input: SimInput): string[] {
  const notes: string[] = [];
  if (r.truncated) {
    notes.push(
      `The run stopped at its cap after ${formatNumber(r.steps, 0)} scheduler rounds: the figures cover the requests that finished.`,
    );
  }
  if (r.overloaded) {
    notes.push(
      `Overloaded: ${formatNumber(r.completedRps, 2)} requests/s complete against ${formatNumber(r.offeredRps, 2)} offered, so the queue and the time to first token keep growing with the length of the run.`,
    );
  }
  if (r.queue.limitedBy !== null && r.queue.waitedShare > 0.01) {
    const why =
      r.queue.limitedBy === 'kv-memory'
        ? `the KV cache is full (${formatNumber(input.replica.kvCapacityTokens, 0)} tokens fit beside the weights)`
        : `the engine's batch limit of ${formatNumber(input.replica.maxRunning, 0)} requests is reached`;
    notes.push(
      `${formatPercent(r.queue.waitedShare)} of requests wait to start, ${formatSeconds(r.queue.meanWaitSeconds)} on average, because ${why}.`,
    );
  }
  if (r.queue.preemptions > 0) {
    notes.push(
      `The KV cache filled as requests generated: the engine preempted running requests ${formatNumber(r.queue.preemptions, 0)} times and recomputed their tokens when room came back.`,
    );
  }
  if (r.speculation !== null) {
    const { tokensPerStep, gain } = r.speculation;
    notes.push(
      gain >= 1
        ? `Speculative decoding keeps ${formatNumber(tokensPerStep, 2)} tokens per step and is ${formatNumber(gain, 2)}× as fast as plain decoding at this batch.`
        : `Speculative decoding stops paying here: at a batch of ${formatNumber(r.meanBatch, 0)} the step is compute-bound, and verifying the drafts costs more than the ${formatNumber(tokensPerStep, 2)} tokens per step it keeps (${formatNumber(gain, 2)}× plain decoding).`,
    );
  }
  return notes;
}

/** The figures at the scenario's traffic: the expected step, and the band's slow and fast ends. */
export function simulatedFigures(input: SimInput): SimulatedFigures {
  const band = input.replica.timer.band;
  const mid = runSimulation(input);
  const slow = runSimulation({ ...input, stepScale: band.high });
  const fast = runSimulation({ ...input, stepScale: band.low });
  const pick = (f: (r: SimResult) => number, scale = 1): Banded =>
    banded(f(mid) * scale, f(slow) * scale, f(fast) * scale);
  return {
    traffic:
      input.traffic.mode === 'open'
        ? { mode: 'open', rps: input.traffic.rps }
        : {
            mode: 'closed',
            inFlight: input.traffic.mode === 'closed' ? input.traffic.inFlight : 1,
          },
    throughputTps: pick((r) => r.throughputTps),
    ttftP50S: pick((r) => r.ttft.p50),
    ttftP99S: pick((r) => r.ttft.p99),
    tpotP50Ms: pick((r) => r.tpot.p50, 1000),
    tpotP99Ms: pick((r) => r.tpot.p99, 1000),
    e2eP99S: pick((r) => r.e2e.p99),
    goodputRps: pick((r) => r.goodputRps),
    notes: notesFor(mid, input),
  };
}

/** Replicas and devices for the scenario's rate at its targets and percentile; null without a rate. */
export function simulatedSizing(scenario: Scenario, input: SimInput): SimulatedSizing | null {
  const rps = scenario.requestsPerSecond;
  if (rps === null) return null;
  const pct = scenario.simulation.pct;
  const band = input.replica.timer.band;
  const mid = sizeReplicas(input, rps, pct);
  const slow = sizeReplicas({ ...input, stepScale: band.high }, rps, pct);
  const fast = sizeReplicas({ ...input, stepScale: band.low }, rps, pct);
  const both = (f: (s: typeof mid) => number | null): SizingBand | null => {
    const [m, s, q] = [f(mid), f(slow), f(fast)];
    if (m === null) return null;
    // A slow end that cannot meet the targets at all is no upper bound: say so, never clamp it to
    // the expected count.
    return { value: m, low: Math.min(q ?? m, m), high: s === null ? null : Math.max(s, m) };
  };
  let disagg: SimulatedSizing['disagg'] = null;
  if (scenario.simulation.disagg) {
    const d = sizeDisaggregated(input, rps, pct);
    disagg = {
      prefillDevices: d.prefill.devices,
      decodeDevices: d.decode.devices,
      kvTransferSeconds: d.kvTransferSeconds,
      kvLinkGBs: DEFAULT_KV_LINK_GBS,
      reason: [d.prefill.reason, d.decode.reason].filter((r) => r !== '').join(' '),
    };
  }
  return {
    pct,
    replicas: both((s) => s.replicas),
    devices: both((s) => s.devices),
    reason: mid.reason,
    disagg,
  };
}

/** In-flight counts for the curve: doubling from 1 to the most that fit (at most the batch limit). */
export function curveLoads(input: SimInput): number[] {
  const perRequest = input.workload.isl + input.workload.osl;
  const most = Math.max(
    1,
    Math.min(input.replica.maxRunning, Math.floor(input.replica.kvCapacityTokens / perRequest)),
  );
  const loads: number[] = [];
  for (let b = 1; b < most; b *= 2) loads.push(b);
  loads.push(most);
  return loads;
}

/** The simulated curve: closed loops at rising concurrency, as benchmark tools sweep it. */
export function simulatedCurve(input: SimInput): SimulatedCurvePoint[] {
  return curveLoads(input).map((inFlight) => {
    const r = runSimulation({
      ...input,
      requests: CURVE_REQUESTS,
      traffic: { mode: 'closed', inFlight },
    });
    return {
      inFlight,
      throughputPerDevice: r.throughputTps / input.replica.n,
      tpotP50Ms: r.tpot.p50 * 1000,
      tpotP99Ms: r.tpot.p99 * 1000,
    };
  });
}

/** The whole card for one device (the worker computes it in stages; tests call this). */
export function simulateDevice(scenario: Scenario, device: Device): Result<SimulatedDevice> {
  const input = simulationInput(scenario, device);
  if (!input.ok) return input;
  return {
    ok: true,
    value: {
      deviceId: device.id,
      label: replicaLabel(device, scenario.n),
      n: scenario.n,
      figures: simulatedFigures(input.value),
      sizing: simulatedSizing(scenario, input.value),
      curve: simulatedCurve(input.value),
    },
  };
}

/** The statistic a sizing percentile names, for labels. */
export function percentileLabel(pct: number): string {
  return pct === 50 ? 'median (p50)' : `p${pct}`;
}

/** A measured point for the chart: throughput per device and per-user speed (1000 ÷ TPOT ms). */
export interface MeasuredChartPoint {
  inFlight: number;
  throughputPerDevice: number;
  perUserTokensPerSecond: number;
}

export interface MeasuredChartCurve {
  curveId: string;
  /** Engine and source, for the legend and the table. */
  label: string;
  points: MeasuredChartPoint[];
}

/**
 * What the capacity chart needs of one measured serving curve: what it matches on, its legend
 * label and its plotted points. The worker carries these (CHART_CURVES in chart-curves.ts, written
 * by `npm run refit`), not the curves themselves, whose quotes and notes are many times larger.
 */
export interface ChartCurveData {
  id: string;
  deviceId: string;
  modelId: string;
  n: number;
  weightPrecision: string;
  label: string;
  points: MeasuredChartPoint[];
}

/**
 * The chart's view of measured curves. Points without a time per output token or a concurrency are
 * left out: the chart's vertical axis needs one, and its horizontal axis is requests in flight.
 */
export function chartCurvesOf(curves: readonly ServingCurve[]): ChartCurveData[] {
  return curves
    .map((c) => ({
      id: c.id,
      deviceId: c.deviceId,
      modelId: c.modelId,
      n: c.n,
      weightPrecision: c.weightPrecision,
      label: `${c.engineVersion.split(',')[0] ?? c.engine}, ${c.promptTokens} in / ${c.outputTokens} out (${c.source.title})`,
      points: c.points.flatMap((p) =>
        p.tpotMs === null || p.concurrency === null
          ? []
          : [
              {
                inFlight: p.concurrency,
                throughputPerDevice: p.throughputTps / c.n,
                perUserTokensPerSecond: 1000 / p.tpotMs,
              },
            ],
      ),
    }))
    .filter((c) => c.points.length > 0);
}

/**
 * Measured curves for the same device, model, weight format and replica size as the scenario
 * (the curves are passed in so the widget's own bundle does not carry them).
 */
export function measuredCurvesFor(
  scenario: Scenario,
  device: Device,
  curves: readonly ChartCurveData[],
): MeasuredChartCurve[] {
  return curves
    .filter(
      (c) =>
        c.deviceId === device.id &&
        c.modelId === scenario.modelId &&
        c.n === scenario.n &&
        c.weightPrecision === scenario.weights,
    )
    .map((c) => ({ curveId: c.id, label: c.label, points: c.points }));
}

/** One device's simulated line for the capacity chart: per-user speed at p50 and p99 TPOT. */
export interface SimulatedChartSeries {
  /** The ideal series it sits beside (same label, same colour). */
  label: string;
  points: {
    inFlight: number;
    throughputPerDevice: number;
    /** 1000 ÷ p50 and p99 TPOT (ms): a slower p99 is a lower per-user speed. */
    perUserP50: number;
    perUserP99: number;
  }[];
  measured: MeasuredChartCurve[];
}

export function simulatedChartSeries(
  label: string,
  curve: readonly SimulatedCurvePoint[],
  measured: readonly MeasuredChartCurve[],
): SimulatedChartSeries {
  return {
    label,
    points: curve.map((p) => ({
      inFlight: p.inFlight,
      throughputPerDevice: p.throughputPerDevice,
      perUserP50: 1000 / p.tpotP50Ms,
      perUserP99: 1000 / p.tpotP99Ms,
    })),
    measured: [...measured],
  };
}
