// The simulation against the measured serving curves, grouped by source (leave-one-source-out, nested for the band): the targets, met or missed, and the scores that hold.
import { describe, expect, it } from 'vitest';
import { findDevice } from '@site/src/data/hardware';
import { servingCurves } from '@site/src/data/serving-curves';
import {
  BAND_PERCENTILES,
  BAND_PERCENTILE_CANDIDATES,
  SERVING_BAND,
  leaveOneSourceOut,
  servingBandFromCurves,
  stepBandOf,
  summarise,
} from '@site/src/lib/serving/sim';
import { heldOutStepParams } from '@site/src/lib/serving/sim/held-out';
import { SERVING_HELD_OUT_PARAMS } from '@site/src/lib/serving/sim/held-out-params';
import { fitWithout, sourcesInCalibration } from '@site/src/lib/serving/sim/held-out-fit';

// Each source is simulated on a step model fitted without its calibration points (six serving
// sources also gave the calibration set a point or more), and checked against a band built from the
// other sources' residuals only (nested).
const heldOut = heldOutStepParams(servingCurves);
const groups = leaveOneSourceOut(servingCurves, heldOut);
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
      heldOut,
    );
    expect(nim.band).toEqual(others);
    // 33 curves, 197 points: NIM's 8 are left out of its own band.
    expect(nim.band.points).toBe(197 - 8);
  });

  it('the widget carries the band of all the curves (SERVING_BAND), as the validation rebuilds it', () => {
    // If this fails after a refit or a new curve, copy the rebuilt figures (3 decimals) into
    // src/lib/serving/sim/band.ts.
    const rebuilt = servingBandFromCurves(servingCurves, heldOut);
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    expect({
      throughput: { low: r3(rebuilt.throughput.low), high: r3(rebuilt.throughput.high) },
      tpot: { low: r3(rebuilt.tpot.low), high: r3(rebuilt.tpot.high) },
      points: rebuilt.points,
      tpotPoints: rebuilt.tpotPoints,
    }).toEqual(SERVING_BAND);
    // As step-time multipliers: the wider of the TPOT band (0.45–2.454) and the inverted
    // throughput band (1 / 1.351 = 0.740 to 1 / 0.392 = 2.551).
    const step = stepBandOf(SERVING_BAND);
    expect(step.low).toBeCloseTo(0.45, 3);
    expect(step.high).toBeCloseTo(2.551, 3);
  });

  it('predicts no source with a step model that saw its measurements: six source groups are refitted without theirs', () => {
    const refitted = sourcesInCalibration(servingCurves);
    expect(refitted).toHaveLength(6);
    for (const id of refitted) expect(heldOut(id)).toBeDefined();
    expect(heldOut('iog-llm-inference-benchmarks')).toBeUndefined();
  });

  it('stores held-out fits that equal a fresh refit (run npm run refit when this fails)', () => {
    const refitted = sourcesInCalibration(servingCurves);
    // The generated table holds exactly the sources that need one, and the first equals a refit.
    expect(Object.keys(SERVING_HELD_OUT_PARAMS).sort()).toEqual(refitted);
    const first = refitted[0]!;
    expect(SERVING_HELD_OUT_PARAMS[first]).toEqual(fitWithout(first));
  }, 60_000);
});

describe('the band keeps its promise', () => {
  it('is the narrowest candidate whose held-out coverage reaches 75 % on throughput and on TPOT', () => {
    const coverage = BAND_PERCENTILE_CANDIDATES.map((p) => {
      const s = summarise(leaveOneSourceOut(servingCurves, heldOut, p).flatMap((g) => g.checks));
      return { p, ok: s.throughputCoverage >= 0.75 && s.tpotCoverage >= 0.75 };
    });
    const chosen = coverage.find((c) => c.ok)?.p;
    expect(chosen).toEqual(BAND_PERCENTILES);
  }, 120_000);
});

describe("the issue's own curve (NIM, 2 × H100, TensorRT-LLM, 5,000 / 500)", () => {
  const nim = bySource.get('nim-llm-benchmarking-performance')?.summary;

  it("holds its held-out scores: 14 % (throughput), 18 % (TPOT), worst 1.24; all 8 points inside the other sources' band", () => {
    expect(nim).toBeDefined();
    if (!nim) return;
    // Each figure with 5 % slack. Refitted without NIM's own four calibration points (two
    // single-request speeds, two times to first token), the step model prices TensorRT-LLM on
    // H100 from other sources (since December also NVIDIA's course datasets of TensorRT-LLM 0.9 and an
    // early NIM, and TensorRT-LLM's own v0.5 table): simulated throughput is 0.81–0.87 of measured
    // and time per output token 1.14–1.19 of it at every concurrency. Before those sources the step
    // was 30 % slower than NIM's and every point was outside. Pricing the prompt's attention and
    // the activations' traffic over NVLink made the step 2–3 % slower again (13 % / 15 % before).
    expect(nim.medianThroughputError).toBeLessThanOrEqual(0.1413 * 1.05);
    expect(nim.medianTpotError).toBeLessThanOrEqual(0.1803 * 1.05);
    expect(nim.worstRatio).toBeLessThanOrEqual(1.239 * 1.05);
    expect(nim.throughputCoverage).toBe(1);
    expect(nim.tpotCoverage).toBe(1);
  });

  it('target: median error ≤ 20 % on throughput and TPOT (met: 14 % and 18 %)', () => {
    expect(nim?.medianThroughputError).toBeLessThanOrEqual(0.2);
    expect(nim?.medianTpotError).toBeLessThanOrEqual(0.2);
  });
});

describe('all 33 curves (197 points, 15 sources in 9 groups)', () => {
  it('holds its scores: 17 % (throughput), 30 % (TPOT), worst 11.7, 76 % / 77 % inside the band', () => {
    expect(all.curves).toBe(33);
    expect(all.points).toBe(197);
    // Each with 5 % slack so the scores can only improve. The worst point is kvcached's SGLang run
    // of Llama 3.2 3B on one A100 at 16 requests/s: 17 ms per token measured where the simulation,
    // whose prompt steps run slower than SGLang's there (its dense prompt share is learnt from
    // DeepSeek-R1 first tokens), saturates at about 200 ms.
    expect(all.medianThroughputError).toBeLessThanOrEqual(0.1662 * 1.05);
    expect(all.medianTpotError).toBeLessThanOrEqual(0.2991 * 1.05);
    expect(all.worstRatio).toBeLessThanOrEqual(11.688 * 1.05);
    expect(all.throughputCoverage).toBeGreaterThanOrEqual(0.756 - 0.05);
    expect(all.tpotCoverage).toBeGreaterThanOrEqual(0.771 - 0.05);
  });

  it('target: median throughput error ≤ 20 % (met: 17 %)', () => {
    expect(all.medianThroughputError).toBeLessThanOrEqual(0.2);
  });

  it.fails('target: median TPOT error ≤ 20 % (missed: 30 %)', () => {
    expect(all.medianTpotError).toBeLessThanOrEqual(0.2);
  });

  it.fails(
    'target: no point off by more than 2× (missed: 11.7×; 48 of 197 points beyond 2×)',
    () => {
      expect(all.worstRatio).toBeLessThanOrEqual(2);
    },
  );

  it('target: 75–90 % of throughput points inside the band (met: 76 %)', () => {
    expect(all.throughputCoverage).toBeGreaterThanOrEqual(0.75);
    expect(all.throughputCoverage).toBeLessThanOrEqual(0.9);
  });

  it('target: 75–90 % of TPOT points inside the band (met: 77 %)', () => {
    expect(all.tpotCoverage).toBeGreaterThanOrEqual(0.75);
    expect(all.tpotCoverage).toBeLessThanOrEqual(0.9);
  });
});

describe("without dstack's early-2025 DeepSeek-R1 sweep (28 curves, 167 points)", () => {
  const rest = summarise(groups.filter((g) => g.source !== EARLY_R1).flatMap((g) => g.checks));

  it('scores 14 % (throughput), 20 % (TPOT), worst 11.7, 86 % / 85 % inside the band', () => {
    // Shown because those engines (vLLM 0.7, SGLang 0.4.2–0.4.3, TensorRT-LLM 0.17) ran
    // DeepSeek-R1 up to 6 × slower per token than the step model, fitted on later engines, gives.
    expect(rest.points).toBe(167);
    expect(rest.medianThroughputError).toBeLessThanOrEqual(0.1391 * 1.05);
    expect(rest.medianTpotError).toBeLessThanOrEqual(0.2005 * 1.05);
    expect(rest.worstRatio).toBeLessThanOrEqual(11.688 * 1.05);
    expect(rest.throughputCoverage).toBeGreaterThanOrEqual(0.862 - 0.05);
    expect(rest.tpotCoverage).toBeGreaterThanOrEqual(0.845 - 0.05);
  });
});
