// Measured serving curves and the accelerator measurements: sourced, resolvable, ordered by load, broad enough to validate against.
import { describe, expect, it } from 'vitest';
import { findDevice } from '@site/src/data/hardware';
import { findModel } from '@site/src/data/models';
import { ENGINE_FAMILIES } from '@site/src/lib/calibration';
import { servingCurves } from '@site/src/data/serving-curves';
import { curveCaption } from '@site/src/lib/serving/sim';
import type { ServingCurve, ServingCurvePoint } from '@site/src/data/serving-curve-types';
import { acceleratorMeasurements } from '@site/src/data/measurements-accelerators';
import { moreAcceleratorMeasurements } from '@site/src/data/measurements-accelerators-more';
import { moreServingCurves } from '@site/src/data/serving-curves-more';
import { MORE_ACCELERATOR_SOURCES } from '@site/src/data/measurement-sources-accelerators-more';
import { ACCELERATOR_SOURCES } from '@site/src/data/measurement-sources-accelerators';
import { MEASUREMENT_SOURCES } from '@site/src/data/measurement-sources';
import { excludedMeasurements, measurements } from '@site/src/data/measurements';

function vendorOf(curve: ServingCurve): string | undefined {
  return findDevice(curve.deviceId)?.vendor ?? curve.deviceStandIn?.vendor;
}

/** The load a point runs at: requests in flight, or requests offered per second. */
function loadOf(curve: ServingCurve, p: ServingCurvePoint): number | null {
  return curve.mode === 'concurrency' ? p.concurrency : p.requestRate;
}

describe('serving curves', () => {
  it('has unique ids and resolves every device and model', () => {
    const ids = servingCurves.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of servingCurves) {
      expect(findDevice(c.deviceId) ?? c.deviceStandIn, c.id).toBeDefined();
      expect(findModel(c.modelId), c.id).toBeDefined();
      expect(ENGINE_FAMILIES, c.id).toContain(c.engine);
      expect(c.n, c.id).toBeGreaterThanOrEqual(1);
      expect(c.interconnect === null, c.id).toBe(c.n === 1);
    }
  });

  it('gives each curve a caption of its own (the accuracy page names each table region by it), mean and p99 tables apart', () => {
    const captions = servingCurves.map(curveCaption);
    expect(new Set(captions).size).toBe(captions.length);
    const p99 = servingCurves.find((c) => c.latencyStat === 'p99');
    expect(p99 && curveCaption(p99)).toMatch(/, p99$/);
  });

  it('states lengths, an engine build, a dated source and notes', () => {
    for (const c of servingCurves) {
      expect(c.promptTokens, c.id).toBeGreaterThan(0);
      expect(c.outputTokens, c.id).toBeGreaterThan(0);
      expect(c.lengths.length, c.id).toBeGreaterThan(0);
      expect(c.engineVersion.length, c.id).toBeGreaterThan(5);
      expect(c.date, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.source.url, c.id).toMatch(/^https:\/\//);
      expect(c.source.accessed, c.id).toBe('2026-12-07');
      expect(c.notes.length, c.id).toBeGreaterThan(30);
    }
  });

  it('has three or more points per curve, strictly ordered by load in the curve’s mode', () => {
    for (const c of servingCurves) {
      expect(c.points.length, c.id).toBeGreaterThanOrEqual(3);
      let previous = 0;
      c.points.forEach((p, i) => {
        // The unused load field is null, so a point cannot claim both modes.
        if (c.mode === 'concurrency') expect(p.requestRate, c.id).toBeNull();
        else expect(p.concurrency, c.id).toBeNull();
        const load = loadOf(c, p) ?? 0;
        expect(load, `${c.id} point ${i}`).toBeGreaterThan(previous);
        previous = load;
      });
    }
  });

  it('gives every point a positive throughput, sane latencies and a quote', () => {
    for (const c of servingCurves) {
      for (const p of c.points) {
        expect(Number.isFinite(p.throughputTps) && p.throughputTps > 0, c.id).toBe(true);
        if (p.tpotMs !== null) expect(p.tpotMs > 0 && p.tpotMs < 10_000, c.id).toBe(true);
        if (p.ttftS !== null) expect(p.ttftS > 0 && p.ttftS < 3_600, c.id).toBe(true);
        expect(p.quote.length, c.id).toBeGreaterThan(5);
      }
      // A point without streaming metrics must say how its throughput was derived.
      if (c.points.some((p) => p.tpotMs === null && p.ttftS === null)) {
        expect(c.derivedFrom, c.id).toBeDefined();
      }
    }
  });

  it('keeps throughput within what the latencies allow: at most concurrency / TPOT', () => {
    // Each in-flight request yields at most one token per TPOT, so the replica cannot exceed
    // concurrency × 1,000 / TPOT tokens per second (e.g. NIM at 250: 250 × 1000 / 93.2 = 2,682 ≥ 920).
    for (const c of servingCurves) {
      for (const p of c.points) {
        if (p.tpotMs === null || p.concurrency === null) continue;
        expect(p.throughputTps, c.id).toBeLessThanOrEqual((p.concurrency * 1000) / p.tpotMs);
      }
    }
  });

  it('spans at least 6 curves, 3 engines and 2 vendors', () => {
    expect(servingCurves.length).toBeGreaterThanOrEqual(6);
    expect(new Set(servingCurves.map((c) => c.engine)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(servingCurves.map(vendorOf)).size).toBeGreaterThanOrEqual(2);
  });
});

describe('accelerator measurements', () => {
  const sourceIds = new Set(acceleratorMeasurements.map((m) => m.source.id));

  it('holds at least 30 points from at least 10 sources new to the fit', () => {
    expect(acceleratorMeasurements.length).toBeGreaterThanOrEqual(30);
    expect(sourceIds.size).toBeGreaterThanOrEqual(10);
    const older = new Set(Object.values(MEASUREMENT_SOURCES).map((s) => s.id));
    for (const id of sourceIds) expect(older.has(id), id).toBe(false);
  });

  it('draws every source from ACCELERATOR_SOURCES, read on 2026-12-07', () => {
    const known = new Set(Object.values(ACCELERATOR_SOURCES).map((s) => s.id));
    for (const m of acceleratorMeasurements) {
      expect(known.has(m.source.id), m.id).toBe(true);
      expect(m.source.accessed, m.id).toBe('2026-12-07');
    }
  });

  it('includes at least 6 time-to-first-token or prompt points', () => {
    const prefill = acceleratorMeasurements.filter(
      (m) => m.metric === 'ttft-s' || m.metric === 'prompt-tps',
    );
    expect(prefill.length).toBeGreaterThanOrEqual(6);
  });

  it('covers Inferentia2, Trainium2, Gaudi 3, MI300X-class GPUs and Hopper and Blackwell GPUs', () => {
    const devices = new Set(acceleratorMeasurements.map((m) => m.deviceId));
    for (const id of [
      'inferentia2',
      'trainium2',
      'gaudi-3',
      'mi300x',
      'mi325x',
      'h100-sxm',
      'h200',
      'b200',
    ]) {
      expect(devices, id).toContain(id);
    }
  });

  it('states batch, lengths and a quote for every point, and lands in the fitted list once', () => {
    const all = measurements.map((m) => m.id);
    const dropped = new Set(excludedMeasurements.map((e) => e.id));
    for (const m of acceleratorMeasurements) {
      expect(
        all.filter((id) => id === m.id),
        m.id,
      ).toHaveLength(1);
      expect(dropped.has(m.id), m.id).toBe(false);
      expect(m.quote.length, m.id).toBeGreaterThan(5);
      expect(m.engineVersion.length, m.id).toBeGreaterThan(5);
      if (m.concurrency !== null) {
        expect(m.promptTokens > 0 && m.outputTokens > 0, m.id).toBe(true);
      }
      if (m.metric === 'decode-tps' || m.metric === 'ttft-s') expect(m.concurrency, m.id).toBe(1);
    }
  });
});

describe('second pass: more serving curves and points from new sources', () => {
  const older = new Set(
    [...Object.values(MEASUREMENT_SOURCES), ...Object.values(ACCELERATOR_SOURCES)].map((s) => s.id),
  );
  const known = new Set(Object.values(MORE_ACCELERATOR_SOURCES).map((s) => s.id));

  it('lands every new curve in servingCurves once', () => {
    const all = servingCurves.map((c) => c.id);
    for (const c of moreServingCurves) {
      expect(
        all.filter((id) => id === c.id),
        c.id,
      ).toHaveLength(1);
    }
  });

  it('adds at least 6 curves from at least 4 sources the first pass did not use', () => {
    expect(moreServingCurves.length).toBeGreaterThanOrEqual(6);
    const sources = new Set(moreServingCurves.map((c) => c.source.id));
    expect(sources.size).toBeGreaterThanOrEqual(4);
    for (const id of sources) {
      expect(older.has(id), id).toBe(false);
      expect(known.has(id), id).toBe(true);
    }
  });

  it('gives at least 6 curves throughput, TPOT and TTFT at every point', () => {
    const full = moreServingCurves.filter((c) =>
      c.points.every((p) => p.tpotMs !== null && p.ttftS !== null),
    );
    expect(full.length).toBeGreaterThanOrEqual(6);
  });

  it('covers B200, H100 with vLLM on a dense Llama, and the MI300X family, in both load modes', () => {
    const has = (test: (c: ServingCurve) => boolean) => moreServingCurves.some(test);
    expect(has((c) => c.deviceId === 'b200')).toBe(true);
    expect(
      has(
        (c) =>
          c.deviceId.startsWith('h100') && c.engine === 'vllm' && c.modelId.startsWith('llama'),
      ),
    ).toBe(true);
    expect(has((c) => ['mi300x', 'mi325x', 'mi355x'].includes(c.deviceId))).toBe(true);
    expect(has((c) => c.mode === 'request-rate')).toBe(true);
    expect(has((c) => c.mode === 'concurrency')).toBe(true);
  });

  it('holds at least 10 points from new sources, read on 2026-12-07, with prefill points among them', () => {
    expect(moreAcceleratorMeasurements.length).toBeGreaterThanOrEqual(10);
    for (const m of moreAcceleratorMeasurements) {
      expect(known.has(m.source.id), m.id).toBe(true);
      expect(older.has(m.source.id), m.id).toBe(false);
      expect(m.source.accessed, m.id).toBe('2026-12-07');
    }
    const prefill = moreAcceleratorMeasurements.filter((m) => m.metric === 'ttft-s');
    expect(prefill.length).toBeGreaterThanOrEqual(3);
    const devices = new Set(moreAcceleratorMeasurements.map((m) => m.deviceId));
    for (const id of ['tpu-v6e', 'b200']) expect(devices, id).toContain(id);
  });

  it('states batch, lengths, an engine build and a quote for every point, and fits it once', () => {
    const all = measurements.map((m) => m.id);
    const dropped = new Set(excludedMeasurements.map((e) => e.id));
    for (const m of moreAcceleratorMeasurements) {
      expect(findDevice(m.deviceId), m.id).toBeDefined();
      expect(findModel(m.modelId), m.id).toBeDefined();
      expect(
        all.filter((id) => id === m.id),
        m.id,
      ).toHaveLength(1);
      expect(dropped.has(m.id), m.id).toBe(false);
      expect(m.quote.length, m.id).toBeGreaterThan(5);
      expect(m.engineVersion.length, m.id).toBeGreaterThan(5);
      expect(m.promptTokens > 0 && m.outputTokens > 0, m.id).toBe(true);
      expect(Number.isFinite(m.value) && m.value > 0, m.id).toBe(true);
      if (m.metric === 'decode-tps' || m.metric === 'ttft-s') expect(m.concurrency, m.id).toBe(1);
    }
  });
});
