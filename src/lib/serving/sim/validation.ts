// The simulation against measured serving curves: point by point, per curve and overall, with the step model's band.
import { findDevice } from '../../../data/hardware';
import { findModel } from '../../../data/models';
import type { ServingCurve, ServingCurvePoint } from '../../../data/serving-curve-types';
import { runSimulation } from './engine';
import { DEFAULT_RESERVE_PERCENT, replicaFor } from './replica';
import type { Distribution, SimInput, SimResult } from './types';
import { validateSimInput } from './input';

/** Requests per validation run (closed loops take at least three times the concurrency). */
export const VALIDATION_REQUESTS = 600;

export interface CurvePointCheck {
  curveId: string;
  point: ServingCurvePoint;
  /** Requests in flight (or batch size), or the request rate, as the point was run. */
  load: number;
  simulated: { throughputTps: number; tpotMs: number | null; ttftS: number | null };
  /** Simulated throughput at the band's slow and fast ends (slow end lower). */
  throughputBand: { low: number; high: number };
  /** Simulated time per output token at the band's fast and slow ends, ms. */
  tpotBand: { low: number; high: number } | null;
  /** Simulated over measured. */
  throughputRatio: number;
  tpotRatio: number | null;
  ttftRatio: number | null;
  throughputInBand: boolean;
  tpotInBand: boolean | null;
}

export interface CurveCheck {
  curve: ServingCurve;
  points: CurvePointCheck[];
  /** Why the curve could not be run (empty when it was). */
  skipped: string;
}

export interface ValidationSummary {
  curves: number;
  points: number;
  /** Median of |simulated / measured − 1| over points. */
  medianThroughputError: number;
  medianTpotError: number;
  /** Largest of simulated/measured and measured/simulated over points, throughput and TPOT. */
  worstRatio: number;
  /** Share of points whose measurement lies inside the simulated band (throughput, TPOT; NaN without TPOT points). */
  throughputCoverage: number;
  tpotCoverage: number;
}

function statOf(d: Distribution, stat: ServingCurve['latencyStat']): number {
  return stat === 'mean' ? d.mean : stat === 'median' ? d.p50 : stat === 'p90' ? d.p90 : d.p99;
}

/** The simulation input for one measured point, or a reason it cannot be run. */
export function inputForPoint(
  curve: ServingCurve,
  point: ServingCurvePoint,
  stepScale = 1,
): { ok: true; value: SimInput } | { ok: false; reason: string } {
  const device = findDevice(curve.deviceId);
  const model = findModel(curve.modelId);
  if (!device || !model) return { ok: false, reason: 'device or model not in the catalogue' };
  const replica = replicaFor({
    device,
    model,
    weightPrecision: curve.weightPrecision,
    kvPrecision: curve.kvPrecision,
    n: curve.n,
    engine: curve.engine,
    reservePercent: DEFAULT_RESERVE_PERCENT,
    acceleratorShare: null,
    contextTokens: curve.promptTokens + curve.outputTokens,
  });
  if (!replica.ok) return { ok: false, reason: replica.errors[0]?.message ?? 'no replica' };
  const oneBatch = curve.derivedFrom !== undefined && point.concurrency !== null;
  const traffic =
    point.requestRate !== null
      ? ({ mode: 'open', rps: point.requestRate, process: 'poisson', cv: 1 } as const)
      : oneBatch
        ? ({ mode: 'batch', size: point.concurrency ?? 1 } as const)
        : ({ mode: 'closed', inFlight: point.concurrency ?? 1 } as const);
  const checked = validateSimInput({
    replica: replica.value,
    workload: {
      isl: curve.promptTokens,
      osl: curve.outputTokens,
      lengths: curve.lengths.startsWith('fixed') ? 'fixed' : 'uniform',
      prefixTokens: 0,
      phase: 'both',
    },
    traffic,
    speculation: null,
    targets: { ttftSeconds: null, tpotSeconds: null },
    seed: 1,
    requests: VALIDATION_REQUESTS,
    stepScale,
  });
  if (!checked.ok) return { ok: false, reason: checked.errors[0]?.message ?? 'invalid input' };
  return { ok: true, value: checked.value };
}

/** Runs every point of a curve at the expected step and at the band's two ends. */
export function checkCurve(curve: ServingCurve): CurveCheck {
  const points: CurvePointCheck[] = [];
  for (const point of curve.points) {
    const mid = inputForPoint(curve, point);
    if (!mid.ok) return { curve, points: [], skipped: mid.reason };
    const band = mid.value.replica.timer.band;
    const runAt = (scale: number): SimResult => runSimulation({ ...mid.value, stepScale: scale });
    const expected = runSimulation(mid.value);
    const slow = runAt(band.high);
    const fast = runAt(band.low);
    // Inter-token latency and time per output token agree in the mean; both are compared to TPOT.
    const tpotMs = statOf(expected.tpot, curve.latencyStat) * 1000;
    const ttftS = statOf(expected.ttft, curve.latencyStat);
    const throughputBand = { low: slow.throughputTps, high: fast.throughputTps };
    const tpotBand =
      point.tpotMs === null
        ? null
        : {
            low: statOf(fast.tpot, curve.latencyStat) * 1000,
            high: statOf(slow.tpot, curve.latencyStat) * 1000,
          };
    const measuredTpot = point.tpotMs;
    points.push({
      curveId: curve.id,
      point,
      load: point.requestRate ?? point.concurrency ?? 0,
      simulated: {
        throughputTps: expected.throughputTps,
        tpotMs: Number.isFinite(tpotMs) ? tpotMs : null,
        ttftS: Number.isFinite(ttftS) ? ttftS : null,
      },
      throughputBand,
      tpotBand,
      throughputRatio: expected.throughputTps / point.throughputTps,
      tpotRatio: measuredTpot === null ? null : tpotMs / measuredTpot,
      ttftRatio: point.ttftS === null || !Number.isFinite(ttftS) ? null : ttftS / point.ttftS,
      throughputInBand:
        point.throughputTps >= throughputBand.low * (1 - 1e-9) &&
        point.throughputTps <= throughputBand.high * (1 + 1e-9),
      tpotInBand:
        tpotBand === null || measuredTpot === null
          ? null
          : measuredTpot >= tpotBand.low * (1 - 1e-9) && measuredTpot <= tpotBand.high * (1 + 1e-9),
    });
  }
  return { curve, points, skipped: '' };
}

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Errors and band coverage over a set of checked points. */
export function summarise(checks: readonly CurveCheck[]): ValidationSummary {
  const points = checks.flatMap((c) => c.points);
  const thr = points.map((p) => Math.abs(p.throughputRatio - 1));
  const tpots = points.flatMap((p) => (p.tpotRatio === null ? [] : [p.tpotRatio]));
  const ratios = [...points.map((p) => p.throughputRatio), ...tpots];
  const worst = ratios.reduce((w, r) => Math.max(w, r, 1 / r), 1);
  const tpotIn = points.flatMap((p) => (p.tpotInBand === null ? [] : [p.tpotInBand]));
  return {
    curves: checks.filter((c) => c.points.length > 0).length,
    points: points.length,
    medianThroughputError: median(thr),
    medianTpotError: median(tpots.map((r) => Math.abs(r - 1))),
    worstRatio: worst,
    throughputCoverage:
      points.filter((p) => p.throughputInBand).length / Math.max(1, points.length),
    tpotCoverage: tpotIn.length === 0 ? Number.NaN : tpotIn.filter(Boolean).length / tpotIn.length,
  };
}

/**
 * Leave-one-source-out: each source's curves predicted by a model fitted without them. Nothing in
 * the simulation or in the step model's fit uses the serving curves (the engine's batch limit and
 * token budget are its documented defaults), so every curve is already held out and the held-out
 * prediction is the prediction itself; the grouping by source is what this reports.
 */
export function leaveOneSourceOut(
  curves: readonly ServingCurve[],
): { source: string; checks: CurveCheck[]; summary: ValidationSummary }[] {
  const bySource = new Map<string, ServingCurve[]>();
  for (const c of curves) {
    const list = bySource.get(c.source.id) ?? [];
    list.push(c);
    bySource.set(c.source.id, list);
  }
  return [...bySource].map(([source, list]) => {
    const checks = list.map(checkCurve);
    return { source, checks, summary: summarise(checks) };
  });
}
