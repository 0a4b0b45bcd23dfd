// The expected-speed model: sourced data, constants that equal a refit, honest bands, held targets.
import { describe, expect, it } from 'vitest';
import { findDevice } from '@site/src/data/hardware';
import { findModel, type ModelArchitecture } from '@site/src/data/models';
import { excludedMeasurements, measurements } from '@site/src/data/measurements';
import { BITS_PER_WEIGHT } from '@site/src/data/precisions';
import type { Device } from '@site/src/data/types';
import {
  accuracyRows,
  BANDS,
  bandsFrom,
  CALIBRATION_POINTS,
  constantsSource,
  defaultEngine,
  deviceClass,
  ENGINE_FAMILIES,
  expectedStep,
  FITTED,
  fitCalibration,
  foldedError,
  idealValue,
  leaveOneOut,
  PENDING_POINTS,
  predict,
  roundParams,
  summarise,
  summaryGroup,
} from '@site/src/lib/calibration/refit';
import { expectedFor, type Expected } from '@site/src/lib/calibration/expected';
import { fittedOnIds, storedLeaveOneOut } from '@site/src/lib/calibration/report';
import { estimate } from '@site/src/lib/model/estimate';
import type { KvPrecision, WeightPrecision } from '@site/src/data/precisions';

const loo = leaveOneOut(CALIBRATION_POINTS);
const rows = accuracyRows(loo);
const device = (id: string): Device => {
  const d = findDevice(id);
  if (!d) throw new Error(`missing catalogue device ${id}`);
  return d;
};

describe('measured data', () => {
  it('holds at least 30 usable points, each sourced, quoted and dated', () => {
    expect(CALIBRATION_POINTS.length).toBeGreaterThanOrEqual(30);
    const ids = measurements.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of measurements) {
      expect(m.source.url, m.id).toMatch(/^https:\/\//);
      // Sources read for the first calibration (2026-12-01) and for the edge data (2026-12-07).
      expect(['2026-12-01', '2026-12-07'], m.id).toContain(m.source.accessed);
      expect(m.quote.length, m.id).toBeGreaterThan(5);
      expect(m.date, m.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isFinite(m.value) && m.value > 0, m.id).toBe(true);
      expect(findModel(m.modelId), m.id).toBeDefined();
      expect(findDevice(m.deviceId) ?? m.deviceStandIn, m.id).toBeDefined();
      expect(ENGINE_FAMILIES).toContain(m.engine);
    }
  });

  it('spreads over every device class, dense and MoE, 16-, 8- and 4-bit, batch 1 and saturated', () => {
    const classes = new Set(CALIBRATION_POINTS.map((p) => p.deviceClass));
    for (const c of ['datacenter-gpu', 'consumer-gpu', 'apple', 'unified', 'cpu', 'tpu'] as const) {
      expect(classes).toContain(c);
    }
    const moe = CALIBRATION_POINTS.filter((p) => {
      const m = findModel(p.measurement.modelId);
      return m !== undefined && m.activeParamsB < m.totalParamsB;
    });
    expect(moe.length).toBeGreaterThanOrEqual(3);
    const formats = new Set(measurements.map((m) => BITS_PER_WEIGHT[m.weightPrecision]));
    expect([...formats].some((b) => b === 16)).toBe(true);
    expect([...formats].some((b) => b === 8)).toBe(true);
    expect([...formats].some((b) => b < 5)).toBe(true);
    const kinds = new Set(CALIBRATION_POINTS.map((p) => p.kind));
    expect(kinds).toEqual(new Set(['decode', 'prefill', 'saturated']));
    expect(CALIBRATION_POINTS.some((p) => p.n > 1)).toBe(true);
  });

  it('GGUF file sizes match the format table within 2% on dense Llama 2 7B files', () => {
    // Q4_0: 3.56 GiB = 3.8226 GB; × 8 / 6.74e9 weights = 4.537 bits against 4.5 in the table.
    // Q8_0: 6.67 GiB = 7.1619 GB → 8.501 bits against 8.5. F16: 12.55 GiB → 15.99 against 16.
    const checked = measurements.filter(
      (m) =>
        m.modelId === 'llama-2-7b' &&
        m.fileSizeGB !== null &&
        m.engine === 'llama.cpp' &&
        ['q4_0', 'q8_0', 'bf16'].includes(m.weightPrecision),
    );
    expect(checked.length).toBeGreaterThanOrEqual(6);
    for (const m of checked) {
      const bits = ((m.fileSizeGB ?? 0) * 8e9) / 6.74e9;
      expect(Math.abs(bits / BITS_PER_WEIGHT[m.weightPrecision] - 1), m.id).toBeLessThan(0.02);
    }
  });

  it('records why each dropped point was dropped, and no point is both used and dropped', () => {
    expect(excludedMeasurements.length).toBeGreaterThanOrEqual(5);
    const used = new Set(measurements.map((m) => m.id));
    for (const e of excludedMeasurements) {
      expect(e.reason.length, e.id).toBeGreaterThan(30);
      expect(used.has(e.id), e.id).toBe(false);
    }
  });

  it('resolves the M4 Max Q4_0 point to the bytes its file and KV cache imply', () => {
    const p = CALIBRATION_POINTS.find(
      (x) => x.measurement.id === 'llamacpp-4167-m4max-40c-llama2-7b-q4_0',
    );
    // Weights 3.56 GiB = 3.8226 GB; KV 32 layers × 2 × 32 heads × 128 × 2 B = 524,288 B per
    // token × 64 tokens of mean context = 0.0336 GB; total 3.8561 GB per step.
    expect(p?.bytesPerStep).toBeCloseTo(3.8226e9 + 524_288 * 64, -6);
    // Ideal: 546 GB/s / 3.8561 GB = 141.6 tokens/s, against 83.06 measured.
    expect(idealValue(p!)).toBeCloseTo(141.6, 0);
  });
});

describe('the fitted constants', () => {
  it('equal a refit from the data (five significant digits)', () => {
    const refit = roundParams(fitCalibration(CALIBRATION_POINTS));
    const hint = `Refit differs; paste into src/lib/calibration/constants.ts:\n${constantsSource(refit, bandsFrom(loo))}`;
    expect(FITTED, hint).toEqual(refit);
  });

  it('stored leave-one-out predictions equal a fresh refit without each point', () => {
    const stored = storedLeaveOneOut(CALIBRATION_POINTS);
    const fresh = Object.fromEntries(
      loo.map((l) => [l.point.measurement.id, Number(l.predicted.toPrecision(5))]),
    );
    expect(Object.fromEntries(stored.map((l) => [l.point.measurement.id, l.predicted]))).toEqual(
      fresh,
    );
  });

  it('bands equal the 10th–90th percentiles of the leave-one-out ratios', () => {
    expect(BANDS).toEqual(bandsFrom(loo));
  });

  it('are physical: bandwidth shares in (0, 1.1], overheads under 10 ms, compute shares under 1', () => {
    for (const row of Object.values(FITTED.decode.etaBw)) {
      for (const v of Object.values(row)) expect(v > 0 && v <= 1.1).toBe(true);
    }
    for (const row of Object.values(FITTED.decode.overheadSeconds)) {
      for (const v of Object.values(row)) expect(v >= 0 && v < 0.01).toBe(true);
    }
    expect(FITTED.decode.allReduceSeconds).toBeLessThan(50e-6);
    for (const row of Object.values(FITTED.saturated.eta)) {
      for (const v of Object.values(row)) expect(v > 0 && v < 1).toBe(true);
    }
  });

  it('leave pending only points whose device or peak the catalogue lacks', () => {
    // Time-to-first-token points wait for their own fit.
    for (const p of PENDING_POINTS) expect(p.reason).toMatch(/catalogue|peak|not fitted yet/);
  });
});

describe('leave-one-out targets', () => {
  const by = (g: string) => rows.filter((r) => summaryGroup(r.point) === g);

  it('single-stream decode: median error at most 12 %', () => {
    expect(summarise(by('single-stream')).medianError).toBeLessThanOrEqual(0.12);
  });

  it('saturated throughput: median error at most 20 %', () => {
    expect(summarise(by('saturated')).medianError).toBeLessThanOrEqual(0.2);
  });

  it('no decode or saturated point is off by more than 1.5×', () => {
    for (const r of rows.filter((x) => x.point.kind !== 'prefill')) {
      expect(foldedError(r.ratio), r.point.measurement.id).toBeLessThanOrEqual(0.5);
    }
  });

  it('beat the flat 68 % baseline on single-stream decode', () => {
    const s = summarise(by('single-stream'));
    expect(s.medianError).toBeLessThan(s.baselineMedianError);
  });

  it('median band is at most 1.7× from low to high, and every band holds the expected value', () => {
    const widths = Object.values(BANDS).flatMap((g) => Object.values(g).map((b) => b.high / b.low));
    const sorted = [...widths].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(1.7);
    for (const g of Object.values(BANDS)) {
      for (const b of Object.values(g)) expect(b.low <= 1 && b.high >= 1).toBe(true);
    }
  });
});

describe('expectedStep', () => {
  const h100 = device('h100-sxm');
  const base = {
    device: h100,
    phase: 'decode' as const,
    bytes: 16e9,
    flops: 2 * 8e9,
    n: 1,
    concurrency: 1,
  };

  it('is slower than the ideal bound and its band brackets it', () => {
    const r = expectedStep(base)!;
    // Ideal: 16 GB / 3,350 GB/s = 4.78 ms; the expected step must be longer.
    expect(r.seconds).toBeGreaterThan(16e9 / 3350e9);
    expect(r.lowSeconds).toBeLessThanOrEqual(r.seconds);
    expect(r.highSeconds).toBeGreaterThanOrEqual(r.seconds);
    expect(r.params.map((p) => p.name)).toContain('Bandwidth share');
    // H100 with vLLM (the datacenter default) has its own fitted group: the vLLM CI points.
    const share = r.params.find((p) => p.name === 'Bandwidth share')!;
    expect(share.basis).toBe('fitted');
    const fittedOn = fittedOnIds(share);
    expect(fittedOn.length).toBeGreaterThanOrEqual(3);
    expect(fittedOn.every((id) => id.startsWith('vllm-ci-'))).toBe(true);
    expect(r.band.group).toBe('decode');
  });

  it('is monotonic: more bandwidth is faster, more bytes are slower', () => {
    const fast = { ...h100, memoryBandwidthGBs: 2 * h100.memoryBandwidthGBs };
    expect(expectedStep({ ...base, device: fast })!.seconds).toBeLessThan(
      expectedStep(base)!.seconds,
    );
    let last = 0;
    for (const gb of [1, 4, 16, 64, 140]) {
      const s = expectedStep({ ...base, bytes: gb * 1e9 })!.seconds;
      expect(s).toBeGreaterThan(last);
      last = s;
    }
  });

  it('adds two all-reduces per layer when split over devices', () => {
    const one = expectedStep({ ...base, n: 8 })!.seconds;
    const tp = expectedStep({ ...base, n: 8, layers: 32 })!.seconds;
    // 2 × 32 all-reduces at the fitted latency each.
    expect(tp - one).toBeCloseTo(64 * FITTED.decode.allReduceSeconds, 9);
  });

  it('turns compute-bound at large batch and then uses the saturated band', () => {
    const big = expectedStep({ ...base, concurrency: 4096, flops: 4096 * 2 * 8e9 })!;
    const small = expectedStep(base)!;
    expect(big.seconds).toBeGreaterThan(small.seconds);
    expect(big.params.map((p) => p.name)).toContain('Compute share at large batch');
  });

  it('returns null for prefill on a device with no compute peak, and rejects bad input', () => {
    const apple = device('apple-m4-max-40c');
    expect(apple.bf16Tflops).toBeNull();
    expect(expectedStep({ ...base, device: apple, phase: 'prefill' })).toBeNull();
    expect(() => expectedStep({ ...base, bytes: Number.NaN })).toThrow(/bytes/);
    expect(() => expectedStep({ ...base, n: 0 })).toThrow(/n must/);
  });

  it('prefill time grows with FLOPs on a device with a peak', () => {
    const a = expectedStep({ ...base, phase: 'prefill', flops: 1e13 })!.seconds;
    const b = expectedStep({ ...base, phase: 'prefill', flops: 4e13 })!.seconds;
    expect(b).toBeGreaterThan(a);
  });
});

describe('device classes and default engines', () => {
  it.each([
    ['apple-m4-max-40c', 'apple', 'llama.cpp'],
    ['dgx-spark', 'unified', 'llama.cpp'],
    ['h100-sxm', 'datacenter-gpu', 'vllm'],
    ['rtx-4090', 'consumer-gpu', 'llama.cpp'],
    ['tpu-v5e', 'tpu', 'jetstream'],
    ['epyc-9654', 'cpu', 'llama.cpp'],
  ])('%s is %s and defaults to %s', (id, cls, engine) => {
    const d = device(id);
    expect(deviceClass(d)).toBe(cls);
    expect(defaultEngine(d)).toBe(engine);
  });
});

/** The widget's expected figures for a setup: the estimate first, then the fitted model. */
function expectedFigures(input: {
  device: Device;
  model: ModelArchitecture;
  n: number;
  weightPrecision: WeightPrecision;
  kvPrecision: KvPrecision;
  contextTokens: number;
  promptTokens: number;
  concurrency: number;
}): Expected {
  const est = estimate({ ...input, reservePercent: 10, pricePerDeviceHour: null });
  if (!est.ok) throw new Error(JSON.stringify(est.errors));
  const e = expectedFor({ ...input, engine: null, pricePerDeviceHour: null, estimate: est.value });
  if (!e) throw new Error('no expected figures');
  return e;
}

describe('expectedFor (the widget’s per-device expected values)', () => {
  const llama2 = findModel('llama-2-7b')!;
  const base = {
    model: llama2,
    n: 1,
    weightPrecision: 'q4_0' as const,
    kvPrecision: 'bf16' as const,
    contextTokens: 64,
    promptTokens: 64,
    concurrency: 1,
  };

  it('reproduces the fitted prediction for a calibration setup (M4 Max, Llama 2 7B Q4_0)', () => {
    const point = CALIBRATION_POINTS.find(
      (p) => p.measurement.id === 'llamacpp-4167-m4max-40c-llama2-7b-q4_0',
    )!;
    const e = expectedFigures({ ...base, device: device('apple-m4-max-40c') });
    // The point uses the 3.8226 GB file; the format table gives 6.74e9 × 4.5 / 8 = 3.791 GB,
    // so the two agree to within the 0.8 % size difference.
    expect(e.decodeTokensPerSecond.value / predict(FITTED, point)).toBeCloseTo(1, 1);
    expect(e.decodeTokensPerSecond.low).toBeLessThanOrEqual(e.decodeTokensPerSecond.value);
    expect(e.decodeTokensPerSecond.high).toBeGreaterThanOrEqual(e.decodeTokensPerSecond.value);
    expect(e.engine).toBe('llama.cpp');
    expect(e.ttftSeconds).toBeNull(); // Apple publishes no GPU peak
  });

  it('throughput is concurrency × per-sequence speed, and rises with concurrency while each sequence slows', () => {
    const h100 = device('h100-sxm');
    const one = expectedFigures({ ...base, device: h100, weightPrecision: 'fp8' });
    const many = expectedFigures({
      ...base,
      device: h100,
      weightPrecision: 'fp8',
      concurrency: 32,
    });
    expect(many.throughputTokensPerSecond.value).toBeCloseTo(
      32 * many.decodeTokensPerSecond.value,
      6,
    );
    expect(many.throughputTokensPerSecond.value).toBeGreaterThan(
      one.throughputTokensPerSecond.value,
    );
    expect(many.decodeTokensPerSecond.value).toBeLessThan(one.decodeTokensPerSecond.value);
  });

  it('time to first token grows with the prompt on a device with a peak', () => {
    const h100 = device('h100-sxm');
    const short = expectedFigures({
      ...base,
      device: h100,
      weightPrecision: 'bf16',
      contextTokens: 8192,
    });
    const long = expectedFigures({
      ...base,
      device: h100,
      weightPrecision: 'bf16',
      contextTokens: 8192,
      promptTokens: 8192,
    });
    expect(long.ttftSeconds!.value).toBeGreaterThan(short.ttftSeconds!.value);
    expect(long.ttftSeconds!.low).toBeLessThanOrEqual(long.ttftSeconds!.value);
  });
});
