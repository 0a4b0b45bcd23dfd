// The simulation against the measured serving curves, grouped by source (leave-one-source-out): the targets, and where they are missed, the measured numbers.
import { describe, expect, it } from 'vitest';
import { findDevice } from '@site/src/data/hardware';
import { servingCurves } from '@site/src/data/serving-curves';
import { leaveOneSourceOut, summarise } from '@site/src/lib/serving/sim';

// Nothing the simulation or the step model's fit uses comes from these curves, so each source is
// held out already: leave-one-source-out predicts each group with the model as it stands.
const groups = leaveOneSourceOut(servingCurves);
const all = summarise(groups.flatMap((g) => g.checks));
const bySource = new Map(groups.map((g) => [g.source, g.summary]));

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

  it("the issue's own curve (NIM, 2 × H100, TensorRT-LLM, 5,000 / 500): target ≤ 20 %, measured 26 % (throughput) and 35 % (TPOT)", () => {
    const nim = bySource.get('nim-llm-benchmarking-performance');
    expect(nim).toBeDefined();
    if (!nim) return;
    // Measured on the step model refitted on 208 measurements (2026-12-07): median throughput
    // error 26.4 %, TPOT 35.0 %, worst ratio 1.45; all 8 points inside both bands. The simulation
    // runs slower than NIM's engine on this curve. Each figure is held with 5 % slack.
    expect(nim.medianThroughputError).toBeLessThanOrEqual(0.264 * 1.05);
    expect(nim.medianTpotError).toBeLessThanOrEqual(0.35 * 1.05);
    expect(nim.worstRatio).toBeLessThanOrEqual(1.45 * 1.05);
    expect(nim.throughputCoverage).toBeGreaterThanOrEqual(0.75);
  });

  // Over all curves the targets are missed. The numbers below are what the simulation scores on the
  // 25 curves present (152 points); each test holds that score (5 % slack) so it can only improve.
  it('all curves, median throughput error: target ≤ 20 %, measured 27 %', () => {
    // dstack's DeepSeek-R1 sweep (five curves, early-2025 engines on 8 × H200 / MI300X, 30 points)
    // runs up to 5 × slower than the step model predicts; the InferenceX DeepSeek-R1 curves (SGLang
    // on B200, B300, H200) are simulated too slow per token.
    expect(all.curves).toBeGreaterThanOrEqual(25);
    expect(all.medianThroughputError).toBeLessThanOrEqual(0.27 * 1.05);
  });

  it('all curves, median TPOT error: target ≤ 20 %, measured 45 %', () => {
    expect(all.medianTpotError).toBeLessThanOrEqual(0.447 * 1.05);
  });

  it('all curves, worst ratio: target ≤ 2, measured 5.3 (DeepSeek-R1 NVFP4 on B300, SGLang)', () => {
    expect(all.worstRatio).toBeLessThanOrEqual(5.31 * 1.05);
  });

  it('all curves, band coverage: target 75–90 %, measured 42 % (throughput) and 42 % (TPOT)', () => {
    expect(all.throughputCoverage).toBeGreaterThanOrEqual(0.42 - 0.05);
    expect(all.tpotCoverage).toBeGreaterThanOrEqual(0.42 - 0.05);
  });

  it('without the early-2025 DeepSeek-R1 source (20 curves, 122 points) the targets are still missed', () => {
    const rest = summarise(
      groups.filter((g) => g.source !== 'dstack-deepseek-r1-h200-mi300x').flatMap((g) => g.checks),
    );
    // Measured: median throughput error 25 %, TPOT 51 %, worst ratio 5.3, 48 % of points inside the
    // throughput band and 48 % inside TPOT's.
    expect(rest.medianThroughputError).toBeLessThanOrEqual(0.246 * 1.05);
    expect(rest.medianTpotError).toBeLessThanOrEqual(0.514 * 1.05);
    expect(rest.worstRatio).toBeLessThanOrEqual(5.31 * 1.05);
    expect(rest.throughputCoverage).toBeGreaterThanOrEqual(0.48 - 0.05);
    expect(rest.tpotCoverage).toBeGreaterThanOrEqual(0.48 - 0.05);
  });
});
