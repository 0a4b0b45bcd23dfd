// The simulation against the measured serving curves, grouped by source (leave-one-source-out, nested for the band): the targets, met or missed, and the scores that hold.
import { describe, expect, it } from 'vitest';
import { findDevice } from '@site/src/data/hardware';
import { servingCurves } from '@site/src/data/serving-curves';
import {
  SERVING_BAND,
  leaveOneSourceOut,
  servingBandFromCurves,
  stepBandOf,
  summarise,
} from '@site/src/lib/serving/sim';

// Nothing the simulation uses is fitted to these curves, so each curve's prediction is held out
// already. The band is built from the curves, so it is nested: each source is checked against a
// band made from the other sources' residuals only.
const groups = leaveOneSourceOut(servingCurves);
const all = summarise(groups.flatMap((g) => g.checks));
const bySource = new Map(groups.map((g) => [g.source, g]));
const EARLY_R1 = 'dstack-deepseek-r1-h200-mi300x';

describe('validation against measured serving curves', () => {
  it('runs at least six curves from three engines and two vendors, every one of them', () => {
    const checks = groups.flatMap((g) => g.checks);
    expect(checks.filter((c) => c.skipped !== '')).toEqual([]);
    expect(checks.length).toBeGreaterThanOrEqual(6);
    expect(new Set(checks.map((c) => c.curve.engine)).size).toBeGreaterThanOrEqual(3);
    expect(
      new Set(checks.map((c) => findDevice(c.curve.deviceId)?.vendor)).size,
    ).toBeGreaterThanOrEqual(2);
  });

  it("checks each source against a band built without it (nested): NIM's band is the band of the other sources", () => {
    const nim = bySource.get('nim-llm-benchmarking-performance');
    expect(nim).toBeDefined();
    if (!nim) return;
    const others = servingBandFromCurves(
      servingCurves.filter((c) => c.source.id !== 'nim-llm-benchmarking-performance'),
    );
    expect(nim.band).toEqual(others);
    // 25 curves, 152 points: NIM's 8 are left out of its own band.
    expect(nim.band.points).toBe(152 - 8);
  });

  it('the widget carries the band of all the curves (SERVING_BAND), as the validation rebuilds it', () => {
    // If this fails after a refit or a new curve, copy the rebuilt figures (3 decimals) into
    // src/lib/serving/sim/band.ts.
    const rebuilt = servingBandFromCurves(servingCurves);
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    expect({
      throughput: { low: r3(rebuilt.throughput.low), high: r3(rebuilt.throughput.high) },
      tpot: { low: r3(rebuilt.tpot.low), high: r3(rebuilt.tpot.high) },
      points: rebuilt.points,
      tpotPoints: rebuilt.tpotPoints,
    }).toEqual(SERVING_BAND);
    // As step-time multipliers: the wider of the TPOT band (0.453–1.415) and the inverted
    // throughput band (1 / 2.106 = 0.475 to 1 / 0.714 = 1.401).
    const step = stepBandOf(SERVING_BAND);
    expect(step.low).toBeCloseTo(0.453, 3);
    expect(step.high).toBeCloseTo(1.415, 3);
  });
});

describe("the issue's own curve (NIM, 2 × H100, TensorRT-LLM, 5,000 / 500)", () => {
  const nim = bySource.get('nim-llm-benchmarking-performance')?.summary;

  it('holds its scores: 26 % (throughput), 35 % (TPOT), worst 1.45, all 8 points inside both bands', () => {
    expect(nim).toBeDefined();
    if (!nim) return;
    // Each figure with 5 % slack. The simulated step is slower than NIM's engine on this curve.
    expect(nim.medianThroughputError).toBeLessThanOrEqual(0.264 * 1.05);
    expect(nim.medianTpotError).toBeLessThanOrEqual(0.35 * 1.05);
    expect(nim.worstRatio).toBeLessThanOrEqual(1.45 * 1.05);
    expect(nim.throughputCoverage).toBeGreaterThanOrEqual(0.75);
    expect(nim.tpotCoverage).toBeGreaterThanOrEqual(0.75);
  });

  it.fails('target: median error ≤ 20 % on throughput and TPOT (missed: 26 % and 35 %)', () => {
    expect(nim?.medianThroughputError).toBeLessThanOrEqual(0.2);
    expect(nim?.medianTpotError).toBeLessThanOrEqual(0.2);
  });
});

describe('all 25 curves (152 points, 12 sources)', () => {
  it('holds its scores: 24 % (throughput), 38 % (TPOT), worst 6.3, 74 % / 64 % inside the band', () => {
    expect(all.curves).toBe(25);
    expect(all.points).toBe(152);
    // Each with 5 % slack so the scores can only improve. The worst point is dstack's
    // TensorRT-LLM 0.17 (PyTorch backend) DeepSeek-R1 run at 4 in flight: 55 ms per token
    // measured where the step model gives 9 ms.
    expect(all.medianThroughputError).toBeLessThanOrEqual(0.242 * 1.05);
    expect(all.medianTpotError).toBeLessThanOrEqual(0.385 * 1.05);
    expect(all.worstRatio).toBeLessThanOrEqual(6.29 * 1.05);
    expect(all.throughputCoverage).toBeGreaterThanOrEqual(0.743 - 0.05);
    expect(all.tpotCoverage).toBeGreaterThanOrEqual(0.642 - 0.05);
  });

  it.fails('target: median throughput error ≤ 20 % (missed: 24 %)', () => {
    expect(all.medianThroughputError).toBeLessThanOrEqual(0.2);
  });

  it.fails('target: median TPOT error ≤ 20 % (missed: 38 %)', () => {
    expect(all.medianTpotError).toBeLessThanOrEqual(0.2);
  });

  it.fails(
    'target: no point off by more than 2× (missed: 6.3×; 34 of 152 points beyond 2×)',
    () => {
      expect(all.worstRatio).toBeLessThanOrEqual(2);
    },
  );

  it.fails('target: 75–90 % of points inside the band (missed: 74 % throughput, 64 % TPOT)', () => {
    for (const c of [all.throughputCoverage, all.tpotCoverage]) {
      expect(c).toBeGreaterThanOrEqual(0.75);
      expect(c).toBeLessThanOrEqual(0.9);
    }
  });
});

describe("without dstack's early-2025 DeepSeek-R1 sweep (20 curves, 122 points)", () => {
  const rest = summarise(groups.filter((g) => g.source !== EARLY_R1).flatMap((g) => g.checks));

  it('scores 19 % (throughput), 38 % (TPOT), worst 3.4, 89 % / 82 % inside the band', () => {
    // Shown because those engines (vLLM 0.7, SGLang 0.4.2–0.4.3, TensorRT-LLM 0.17) ran
    // DeepSeek-R1 up to 6 × slower per token than the step model, fitted on later engines, gives.
    expect(rest.points).toBe(122);
    expect(rest.medianThroughputError).toBeLessThanOrEqual(0.19 * 1.05);
    expect(rest.medianTpotError).toBeLessThanOrEqual(0.378 * 1.05);
    expect(rest.worstRatio).toBeLessThanOrEqual(3.4 * 1.05);
    expect(rest.throughputCoverage).toBeGreaterThanOrEqual(0.885 - 0.05);
    expect(rest.tpotCoverage).toBeGreaterThanOrEqual(0.815 - 0.05);
  });
});
