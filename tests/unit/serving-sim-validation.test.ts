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

  it("meets every target on the issue's own curve (NIM, 2 × H100, TensorRT-LLM, 5,000 / 500)", () => {
    const nim = bySource.get('nim-llm-benchmarking-performance');
    expect(nim).toBeDefined();
    if (!nim) return;
    // Measured here: median throughput error 18 %, TPOT 14 %, worst ratio 1.31 (TPOT at one request
    // in flight); all 8 points inside both bands. The simulation runs 15-24 % slow on this curve.
    expect(nim.medianThroughputError).toBeLessThanOrEqual(0.2);
    expect(nim.medianTpotError).toBeLessThanOrEqual(0.2);
    expect(nim.worstRatio).toBeLessThanOrEqual(2);
    expect(nim.throughputCoverage).toBeGreaterThanOrEqual(0.75);
  });

  // Over all curves the targets are missed. The numbers below are what the simulation scores on the
  // 25 curves present (152 points); each test holds that score (5 % slack) so it can only improve.
  it('all curves, median throughput error: target ≤ 20 %, measured 30 %', () => {
    // dstack's DeepSeek-R1 sweep (five curves, early-2025 engines on 8 × H200 / MI300X, 30 points)
    // runs 1.5-4.7 × slower than the step model predicts; newer DeepSeek-R1 curves (InferenceX,
    // SGLang on B200, B300, H200, MI325X) are within 15-38 % at the median.
    expect(all.curves).toBeGreaterThanOrEqual(25);
    expect(all.medianThroughputError).toBeLessThanOrEqual(0.305 * 1.05);
  });

  it('all curves, median TPOT error: target ≤ 20 %, measured 40 %', () => {
    expect(all.medianTpotError).toBeLessThanOrEqual(0.404 * 1.05);
  });

  it('all curves, worst ratio: target ≤ 2, measured 4.7 (DeepSeek-R1 on TensorRT-LLM at 4 in flight, early 2025)', () => {
    expect(all.worstRatio).toBeLessThanOrEqual(4.7 * 1.05);
  });

  it('all curves, band coverage: target 75–90 %, measured 63 % (throughput) and 67 % (TPOT)', () => {
    expect(all.throughputCoverage).toBeGreaterThanOrEqual(0.625 - 0.05);
    expect(all.tpotCoverage).toBeGreaterThanOrEqual(0.674 - 0.05);
  });

  it('without the early-2025 DeepSeek-R1 source (20 curves, 122 points) the targets are nearly met', () => {
    const rest = summarise(
      groups.filter((g) => g.source !== 'dstack-deepseek-r1-h200-mi300x').flatMap((g) => g.checks),
    );
    // Measured: median throughput error 20.0 %, TPOT 25 %, worst ratio 2.54 (IOG's Nemotron 70B FP8
    // on 2 × H100 PCIe at high rate), 73 % of points inside the throughput band, 85 % inside TPOT's.
    expect(rest.medianThroughputError).toBeLessThanOrEqual(0.2 * 1.05);
    expect(rest.medianTpotError).toBeLessThanOrEqual(0.25 * 1.05);
    expect(rest.worstRatio).toBeLessThanOrEqual(2.54 * 1.05);
    expect(rest.throughputCoverage).toBeGreaterThanOrEqual(0.73 - 0.05);
    expect(rest.tpotCoverage).toBeGreaterThanOrEqual(0.75);
  });
});
