// Specification of the serving-capacity model (issue 13): worked examples by hand, then properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelArchitecture } from '@site/src/data/models';
import { stepTimer } from '@site/src/lib/calibration/refit';
import { expectedFor } from '@site/src/lib/calibration';
import {
  capacityOf,
  deviceCapacityOf,
  estimateOf,
  expectedDeviceCapacityOf,
  fixtureDense8b,
  testDevice,
} from './fixtures';
import {
  CURVE_SAMPLES,
  MAX_CONCURRENCY,
  sampleConcurrencies,
  type Capacity,
  type CapacityDevice,
  type CapacityInput,
} from '@site/src/lib/serving/capacity';

// Inline fixtures so the worked examples do not move when catalogue or preset figures are revised.
// Llama-3.1-8B-like: 8.03B dense, 32 layers, 8 KV heads of 128 (tests/unit/fixtures.ts).
const dense8b = fixtureDense8b;
// Llama-3.1-70B-like: 70.6B dense, 80 layers, 8 KV heads of 128, hidden 8192.
const dense70b: ModelArchitecture = {
  ...dense8b,
  totalParamsB: 70.6,
  activeParamsB: 70.6,
  layers: 80,
  hiddenSize: 8192,
};
// Mixtral-8x7B-like: 46.7B stored, 12.9B per token.
const moe: ModelArchitecture = { ...dense8b, totalParamsB: 46.7, activeParamsB: 12.9 };

// H100-SXM-like: 3,350 GB/s, 989 dense BF16 TFLOPS, 72 GB usable (80 GB less a 10% reserve).
const gpu: CapacityDevice = {
  name: 'Fixture GPU',
  bandwidthGBs: 3350,
  peakTflops: 989,
  usableMemoryGB: 72,
  scaleUpGBs: 900,
  hostLinkGBsPerDirection: 64,
  powerW: 700,
  pricePerDeviceHour: 2,
};

function input(over: Partial<CapacityInput> = {}): CapacityInput {
  return {
    device: gpu,
    model: dense8b,
    bitsPerWeight: 16,
    kvBytesPerElement: 2,
    n: 1,
    isl: 1000,
    osl: 1000,
    tpotMs: null,
    ttftMs: null,
    ttftSeconds: null,
    rps: null,
    ...over,
  };
}

function ok(over: Partial<CapacityInput> = {}): Capacity {
  const r = capacityOf(input(over));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

// Shared arithmetic for the 8B fixture at isl = osl = 1,000:
// weights 8.03e9 × 2 B = 16.06e9 B; KV per token 32 × 2 × 8 × 128 × 2 B = 131,072 B.
const W8 = 16.06e9;
const KV8 = 131_072;
const BW = 3350e9;

describe('fit', () => {
  it('holds as many full-length requests as the memory left after the weights allows', () => {
    // Full request: 2,000 tokens × 131,072 B = 262.144 MB; (72e9 − 16.06e9) / 262.144e6 = 213.4 → 213.
    const c = ok();
    expect(c.kvBytesPerToken).toBe(KV8);
    expect(c.kvBytesPerRequest).toBe(2000 * KV8);
    expect(c.maxConcurrency).toBe(Math.floor((72e9 - W8) / (2000 * KV8)));
    expect(c.maxConcurrency).toBe(213);
  });

  it('memory binds without a tpot target: the operating point is the fit limit', () => {
    // step(213) = (16.06e9 + 213 × 1,500 × 131,072) / 3.35e12 = (16.06e9 + 41.878e9) / 3.35e12 = 17.29 ms.
    const c = ok();
    expect(c.sloConcurrency).toBe(213);
    expect(c.sloPoint?.bound).toBe('memory');
    expect(c.sloPoint?.stepSeconds).toBeCloseTo((W8 + 213 * 1500 * KV8) / BW, 12);
    expect(c.sloPoint?.stepSeconds).toBeCloseTo(0.01729, 5);
    // 213 / 17.29 ms = 12,318 tok/s per replica.
    expect(c.sloPoint?.throughputPerReplica).toBeCloseTo(213 / ((W8 + 213 * 1500 * KV8) / BW), 6);
  });

  it('reports when nothing fits, with the reason', () => {
    // 70.6B × 2 B = 141.2 GB of weights > 72 GB usable.
    const c = ok({ model: dense70b, tpotMs: 50 });
    expect(c.maxConcurrency).toBe(0);
    expect(c.sloConcurrency).toBe(0);
    expect(c.curve).toEqual([]);
    expect(c.sloReasons.join(' ')).toMatch(/Nothing fits/);
    expect(c.replicas).toBeNull();
    expect(c.costPerMillionTokens).toBeNull();
  });
});

describe('a latency target that binds (dense 8B, isl = osl = 1,000)', () => {
  // step(B) = (16.06e9 + B × 1,500 × 131,072) / 3.35e12 = 4.794 ms + B × 58.69 µs (memory-bound:
  // compute is 2 × 8.03e9 × B × 2 / 989e12 = B × 32.5 µs, a smaller slope, so no knee).
  // tpot 10 ms: B ≤ (0.010 × 3.35e12 − 16.06e9) / (1,500 × 131,072) = 17.44e9 / 196.6e6 = 88.7 → 88.
  const c = ok({ tpotMs: 10, rps: 10, ttftMs: 500, ttftSeconds: 0.2 });

  it('finds the largest concurrency whose step meets the target', () => {
    expect(c.sloConcurrency).toBe(Math.floor((0.01 * BW - W8) / (1500 * KV8)));
    expect(c.sloConcurrency).toBe(88);
    expect(c.sloPoint!.stepSeconds).toBeLessThanOrEqual(0.01);
    expect(c.knee).toBeNull();
  });

  it('sizes replicas, cost and energy from the throughput there', () => {
    // step(88) = (16.06e9 + 88 × 196.608e6) / 3.35e12 = 33.361e9 / 3.35e12 = 9.959 ms; 88 / 9.959 ms = 8,837 tok/s.
    const step = (W8 + 88 * 1500 * KV8) / BW;
    const tps = 88 / step;
    expect(c.sloPoint!.throughputPerReplica).toBeCloseTo(tps, 6);
    expect(tps).toBeCloseTo(8837, 0);
    // 10 req/s × 1,000 tokens = 10,000 tok/s; 10,000 / 8,837 = 1.13 → 2 replicas of 1 device.
    expect(c.replicas).toBe(2);
    expect(c.devicesNeeded).toBe(2);
    // $2 / (8,837 × 3,600) × 1e6 = $0.0629 per million; 700 W / 8,837 = 0.0792 J per token.
    expect(c.costPerMillionTokens).toBeCloseTo((2 / (tps * 3600)) * 1e6, 9);
    expect(c.joulesPerToken).toBeCloseTo(700 / tps, 9);
    // 0.0792 J × 1e6 tokens = 79,200 J = 0.022 kWh per million tokens.
    expect(c.kWhPerMillionTokens).toBeCloseTo(((700 / tps) * 1e6) / 3.6e6, 12);
  });

  it('is 0 with reasons when even one request misses tpot, or the unloaded TTFT misses ttft', () => {
    // step(1) = (16.06e9 + 196.6e6) / 3.35e12 = 4.853 ms > 4 ms.
    const slow = ok({ tpotMs: 4 });
    expect(slow.sloConcurrency).toBe(0);
    expect(slow.sloReasons.join(' ')).toMatch(/Even one request/);
    const late = ok({ tpotMs: 10, ttftMs: 100, ttftSeconds: 0.2 });
    expect(late.sloConcurrency).toBe(0);
    expect(late.sloReasons.join(' ')).toMatch(/time to first token/);
    expect(late.replicas).toBeNull();
  });
});

describe('compute-bound at high concurrency (dense 8B, isl = osl = 100)', () => {
  // memory(B) = (16.06e9 + B × 150 × 131,072) / 3.35e12 = 4.794 ms + B × 5.869 µs;
  // compute(B) = 2 × 8.03e9 × B × (1 + 100/100) / 989e12 = B × 32.477 µs.
  // Knee: 32.477 B > 4,794 + 5.869 B → B > 4,794 / 26.608 = 180.2 → 181.
  const c = ok({ isl: 100, osl: 100 });
  const memory = (b: number) => (W8 + b * 150 * KV8) / BW;
  const compute = (b: number) => (2 * 8.03e9 * b * 2) / 989e12;

  it('marks the knee where compute first exceeds memory time', () => {
    expect(c.knee?.concurrency).toBe(181);
    expect(compute(181)).toBeGreaterThan(memory(181));
    expect(compute(180)).toBeLessThanOrEqual(memory(180));
    expect(c.knee?.withinFit).toBe(true);
    expect(c.curve.some((p) => p.concurrency === 181)).toBe(true);
  });

  it('saturates at 1 / 32.477 µs ≈ 30,790 tok/s once compute-bound', () => {
    // (72e9 − 16.06e9) / (200 × 131,072) = 2,133.9 → 2,133 requests fit.
    expect(c.maxConcurrency).toBe(2133);
    expect(c.sloPoint!.bound).toBe('compute');
    expect(c.sloPoint!.throughputPerReplica).toBeCloseTo(2133 / compute(2133), 6);
    expect(c.sloPoint!.throughputPerReplica).toBeCloseTo(30_791, 0);
  });
});

describe('mixture of experts', () => {
  // Weights read per step: min(46.7, B × 12.9) × 1e9 × 2 B. Fit: 93.4 GB of weights > 72 GB on one
  // GPU, so use 100 GB usable. isl = osl = 1,000: (100e9 − 93.4e9) / 262.144e6 = 25.2 → 25.
  const device = { ...gpu, usableMemoryGB: 100 };

  it('reads only the active experts at B = 1 and all of them from B = 4', () => {
    const c = ok({ model: moe, device });
    expect(c.maxConcurrency).toBe(25);
    const at = (b: number) => c.curve.find((p) => p.concurrency === b)!;
    // B = 1: (12.9e9 × 2 + 196.608e6) / 3.35e12 = 7.76 ms.
    expect(at(1).memorySeconds).toBeCloseTo((12.9e9 * 2 + 1500 * KV8) / BW, 12);
    // B = 4: min(46.7, 51.6) = 46.7 → (93.4e9 + 4 × 196.608e6) / 3.35e12 = 28.11 ms.
    expect(at(4).memorySeconds).toBeCloseTo((93.4e9 + 4 * 1500 * KV8) / BW, 12);
  });

  it('with experts in host memory, times the routed experts over the host link', () => {
    // Split: 45.1B routed (32 layers × 8 experts × 3 × 4,096 × 14,336), 11.27B of them per token.
    // Device holds (46.7 − 45.1) × 2 = 3.2 GB of weights; fit (72e9 − 3.2e9) / 262.144e6 = 262.4 → 262.
    const c = ok({
      model: moe,
      experts: { routedExpertParamsB: 45.1, activeRoutedParamsB: 11.27 },
      expertsInHost: {
        via: 'host-link',
        hostBandwidthGBs: null,
        hostPeakTflops: null,
        hostMemoryGB: 256,
      },
      tpotMs: 2000,
    });
    expect(c.deviceWeightBytes).toBeCloseTo(3.2e9, 0);
    expect(c.hostWeightBytes).toBeCloseTo(90.2e9, 0);
    expect(c.maxConcurrency).toBe(262);
    const one = c.curve[0]!;
    // B = 1: 11.27e9 × 2 B = 22.54e9 B over 64 GB/s = 352.2 ms; device part (3.2e9 + 196.6e6) / 3.35e12 = 1.01 ms.
    expect(one.hostSeconds).toBeCloseTo((11.27e9 * 2) / 64e9, 9);
    expect(one.stepSeconds).toBeCloseTo((11.27e9 * 2) / 64e9 + (3.2e9 + 1500 * KV8) / BW, 9);
    expect(one.bound).toBe('host-memory');
    // From ceil(45.1 / 11.27) = 5 requests all 90.2 GB cross per step: 1.409 s + device time.
    const five = c.curve.find((p) => p.concurrency === 5)!;
    expect(five.hostSeconds).toBeCloseTo(90.2e9 / 64e9, 9);
    expect(c.notes.join(' ')).toMatch(/host link, not the device/);
    expect(c.notes.join(' ')).toMatch(/every routed expert/);
  });

  it('with the CPU running the experts, uses host memory bandwidth and says when the host is too small', () => {
    const experts = { routedExpertParamsB: 45.1, activeRoutedParamsB: 11.27 };
    const cpu = ok({
      model: moe,
      experts,
      expertsInHost: {
        via: 'cpu',
        hostBandwidthGBs: 200,
        hostPeakTflops: null,
        hostMemoryGB: null,
      },
    });
    // 22.54e9 B / 200e9 B/s = 112.7 ms at B = 1.
    expect(cpu.curve[0]!.hostSeconds).toBeCloseTo(22.54e9 / 200e9, 9);
    expect(cpu.notes.join(' ')).toMatch(/assumed to fit/);
    const small = ok({
      model: moe,
      experts,
      expertsInHost: { via: 'cpu', hostBandwidthGBs: 200, hostPeakTflops: null, hostMemoryGB: 64 },
    });
    expect(small.maxConcurrency).toBe(0);
    expect(small.sloReasons.join(' ')).toMatch(/host memory/);
  });
});

describe('tensor parallelism (n = 2)', () => {
  // 70B on 2 GPUs: 144 GB usable, weights 141.2 GB; (144e9 − 141.2e9) / (2,000 × 327,680) = 4.27 → 4.
  // KV per token 80 × 2 × 8 × 128 × 2 = 327,680 B. All-reduce per request per step:
  // 80 layers × 2 × 8,192 × 2 B × 2(2−1)/2 = 2,621,440 B, at 900 / 2 = 450 GB/s = 5.825 µs.
  const device = { ...gpu, usableMemoryGB: 144 };

  it('adds the all-reduce time to the step', () => {
    const c = ok({ model: dense70b, device, n: 2 });
    expect(c.maxConcurrency).toBe(4);
    const p = c.curve.find((q) => q.concurrency === 4)!;
    const memory = (141.2e9 + 4 * 1500 * 327_680) / (2 * BW);
    const link = (4 * 2_621_440) / 450e9;
    expect(p.linkSeconds).toBeCloseTo(link, 15);
    expect(p.stepSeconds).toBeCloseTo(memory + link, 12);
    // Per device is half the replica's throughput.
    expect(p.throughputPerDevice).toBeCloseTo(p.throughputPerReplica / 2, 9);
  });

  it('says which device lacks a link figure and leaves the time out', () => {
    const c = ok({ model: dense70b, device: { ...device, scaleUpGBs: null }, n: 2 });
    expect(c.curve[0]!.linkSeconds).toBeNull();
    expect(c.notes.join(' ')).toMatch(/No sourced scale-up link for Fixture GPU/);
  });

  it('counts n devices per replica in devices needed and cost', () => {
    const c = ok({ model: dense70b, device, n: 2, rps: 1 });
    // 1 req/s × 1,000 tokens over the replica throughput at B = 4, then × 2 devices.
    const tps = c.sloPoint!.throughputPerReplica;
    expect(c.replicas).toBe(Math.ceil(1000 / tps));
    expect(c.devicesNeeded).toBe(2 * c.replicas!);
    expect(c.costPerMillionTokens).toBeCloseTo(((2 * 2) / (tps * 3600)) * 1e6, 9);
  });
});

describe('a plugged-in step model', () => {
  it('replaces max(memory, compute) and is labelled', () => {
    // 80% of bandwidth plus 1 ms: at B = 1, (16.06e9 + 196.6e6) / (0.8 × 3.35e12) + 1 ms = 7.066 ms.
    const c = ok({ step: (bytes) => bytes / (0.8 * BW) + 0.001 });
    expect(c.stepModel).toBe('plugged-in');
    expect(c.curve[0]!.stepSeconds).toBeCloseTo((W8 + 1500 * KV8) / (0.8 * BW) + 0.001, 12);
  });

  it('rejects a step model that returns nonsense', () => {
    const r = capacityOf(input({ step: () => Number.NaN }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.input).toBe('step');
  });
});

describe('sampling and efficiency', () => {
  it('samples at most CURVE_SAMPLES geometric points plus the extras, from 1 to the maximum', () => {
    const s = sampleConcurrencies(100_000, [777, 5]);
    expect(s[0]).toBe(1);
    expect(s[s.length - 1]).toBe(100_000);
    expect(s.length).toBeLessThanOrEqual(CURVE_SAMPLES + 2);
    expect(s).toContain(777);
    expect([...s].sort((a, b) => a - b)).toEqual(s);
    expect(sampleConcurrencies(3)).toEqual([1, 2, 3]);
  });

  it('caps the search at MAX_CONCURRENCY and finds the target by bisection, not a scan', () => {
    // A 1B model with 8-token requests in 10 TB: far more than 100,000 requests fit.
    let calls = 0;
    const tiny = { ...dense8b, totalParamsB: 1, activeParamsB: 1 };
    const c = ok({
      model: tiny,
      isl: 4,
      osl: 4,
      device: { ...gpu, usableMemoryGB: 10_000 },
      tpotMs: 1000,
      step: (bytes) => {
        calls += 1;
        return bytes / BW;
      },
    });
    expect(c.maxConcurrency).toBe(MAX_CONCURRENCY);
    expect(c.maxConcurrencyCapped).toBe(true);
    expect(calls).toBeLessThan(200);
  });
});

describe('validation', () => {
  it('gives clear errors for invalid input', () => {
    const r = capacityOf(input({ osl: 0, n: 0, tpotMs: -1 }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const fields = r.errors.map((e) => e.input);
    expect(fields).toEqual(expect.arrayContaining(['osl', 'n', 'tpotMs']));
    expect(r.errors.find((e) => e.input === 'osl')!.message).toMatch(/longer than the prompt/);
  });

  it('rejects a bad device, a bad expert split and a missing host link', () => {
    const bad = capacityOf(input({ device: { ...gpu, bandwidthGBs: Number.NaN } }));
    expect(bad.ok).toBe(false);
    const split = capacityOf(
      input({ model: moe, experts: { routedExpertParamsB: 50, activeRoutedParamsB: 11 } }),
    );
    expect(split.ok).toBe(false);
    const link = capacityOf(
      input({
        model: moe,
        device: { ...gpu, hostLinkGBsPerDirection: null },
        experts: { routedExpertParamsB: 45.1, activeRoutedParamsB: 11.27 },
        expertsInHost: {
          via: 'host-link',
          hostBandwidthGBs: null,
          hostPeakTflops: null,
          hostMemoryGB: null,
        },
      }),
    );
    expect(link.ok).toBe(false);
    if (!link.ok)
      expect(link.errors[0]!.message).toMatch(/No sourced host-link figure for Fixture GPU/);
  });
});

// Random but valid inputs: dense or MoE models, one to eight devices, short to long requests.
const validInput: fc.Arbitrary<CapacityInput> = fc
  .record({
    totalParamsB: fc.double({ min: 0.5, max: 800, noNaN: true }),
    activeShare: fc.double({ min: 0.02, max: 1, noNaN: true }),
    layers: fc.integer({ min: 1, max: 128 }),
    kvHeads: fc.integer({ min: 1, max: 64 }),
    headDim: fc.constantFrom(64, 128, 256),
    hiddenSize: fc.integer({ min: 256, max: 16_384 }),
    bandwidthGBs: fc.double({ min: 50, max: 10_000, noNaN: true }),
    peakTflops: fc.option(fc.double({ min: 1, max: 5000, noNaN: true }), { nil: null }),
    usableMemoryGB: fc.double({ min: 1, max: 20_000, noNaN: true }),
    scaleUpGBs: fc.option(fc.double({ min: 10, max: 2000, noNaN: true }), { nil: null }),
    n: fc.integer({ min: 1, max: 8 }),
    isl: fc.integer({ min: 1, max: 200_000 }),
    osl: fc.integer({ min: 1, max: 50_000 }),
    bits: fc.constantFrom(4, 4.5, 8, 16),
    kv: fc.constantFrom(1, 2),
    tpotMs: fc.option(fc.double({ min: 1, max: 1000, noNaN: true }), { nil: null }),
    rps: fc.option(fc.double({ min: 0.01, max: 1000, noNaN: true }), { nil: null }),
    // Half the layers windowed, MLA instead of GQA, and routed experts in host memory, sometimes.
    windowed: fc.option(fc.integer({ min: 64, max: 8192 }), { nil: null }),
    mla: fc.boolean(),
    host: fc.option(
      fc.record({
        routedShare: fc.double({ min: 0.5, max: 0.97, noNaN: true }),
        via: fc.constantFrom('host-link' as const, 'cpu' as const),
        hostBandwidthGBs: fc.double({ min: 20, max: 1000, noNaN: true }),
      }),
      { nil: null },
    ),
  })
  .map((r) => {
    const activeParamsB = Math.max(0.001, r.totalParamsB * r.activeShare);
    const routed = r.host ? r.totalParamsB * r.host.routedShare : 0;
    // Active routed experts: the active share of the routed ones, never more than all active params.
    const activeRouted = Math.min(activeParamsB, routed * r.activeShare);
    return input({
      model: {
        totalParamsB: r.totalParamsB,
        activeParamsB,
        layers: r.layers,
        kvHeads: r.kvHeads,
        headDim: r.headDim,
        hiddenSize: r.hiddenSize,
        attention: r.mla ? { kind: 'mla', cachedWidth: 576 } : { kind: 'gqa' },
        slidingWindow:
          r.windowed === null ? null : { layers: Math.floor(r.layers / 2), window: r.windowed },
      },
      experts: r.host ? { routedExpertParamsB: routed, activeRoutedParamsB: activeRouted } : null,
      expertsInHost: r.host
        ? {
            via: r.host.via,
            hostBandwidthGBs: r.host.hostBandwidthGBs,
            hostPeakTflops: null,
            hostMemoryGB: null,
          }
        : null,
      device: {
        ...gpu,
        bandwidthGBs: r.bandwidthGBs,
        peakTflops: r.peakTflops,
        usableMemoryGB: r.usableMemoryGB,
        scaleUpGBs: r.scaleUpGBs,
      },
      n: r.n,
      isl: r.isl,
      osl: r.osl,
      bitsPerWeight: r.bits,
      kvBytesPerElement: r.kv,
      tpotMs: r.tpotMs,
      rps: r.rps,
    });
  });

describe('properties', () => {
  it('throughput never falls and per-user speed never rises as concurrency rises', () => {
    fc.assert(
      fc.property(validInput, (i) => {
        const c = capacityOf(i);
        if (!c.ok) return false;
        return c.value.curve.every((p, k, all) => {
          const prev = all[k - 1];
          if (!prev) return true;
          return (
            p.throughputPerReplica >= prev.throughputPerReplica * (1 - 1e-12) &&
            p.perUserTokensPerSecond <= prev.perUserTokensPerSecond * (1 + 1e-12)
          );
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a stricter tpot never raises the operating concurrency', () => {
    fc.assert(
      fc.property(validInput, fc.double({ min: 0.1, max: 1, noNaN: true }), (i, f) => {
        const loose = capacityOf({ ...i, tpotMs: i.tpotMs ?? 100 });
        const strict = capacityOf({ ...i, tpotMs: (i.tpotMs ?? 100) * f });
        if (!loose.ok || !strict.ok) return false;
        return strict.value.sloConcurrency <= loose.value.sloConcurrency;
      }),
      { numRuns: 200 },
    );
  });

  it('more requests per second never lowers the replicas needed', () => {
    fc.assert(
      fc.property(validInput, fc.double({ min: 1, max: 50, noNaN: true }), (i, k) => {
        const rps = i.rps ?? 1;
        const a = capacityOf({ ...i, rps });
        const b = capacityOf({ ...i, rps: rps * k });
        if (!a.ok || !b.ok) return false;
        if (a.value.replicas === null) return b.value.replicas === null;
        return b.value.replicas! >= a.value.replicas;
      }),
      { numRuns: 200 },
    );
  });

  it('gives finite numbers or a clear error for any valid input, and the operating point meets tpot', () => {
    fc.assert(
      fc.property(validInput, (i) => {
        const c = capacityOf(i);
        if (!c.ok) return c.errors.every((e) => e.message.length > 0);
        const v = c.value;
        const nums = [
          v.maxConcurrency,
          v.sloConcurrency,
          v.replicas ?? 0,
          v.costPerMillionTokens ?? 0,
          v.joulesPerToken ?? 0,
          ...v.curve.flatMap((p) => [
            p.stepSeconds,
            p.throughputPerDevice,
            p.perUserTokensPerSecond,
          ]),
        ];
        const tpotOk =
          i.tpotMs === null ||
          v.sloPoint === null ||
          v.sloPoint.stepSeconds <= (i.tpotMs / 1000) * (1 + 1e-9);
        return (
          nums.every(Number.isFinite) &&
          tpotOk &&
          v.sloConcurrency <= v.maxConcurrency &&
          v.curve.length <= CURVE_SAMPLES + 3 &&
          (v.sloConcurrency === 0) === (v.sloPoint === null)
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('deviceCapacity (catalogue device → estimate → capacity)', () => {
  // The H100-like fixture without an INT8 peak.
  const device = testDevice({ id: 'fixture-gpu', name: 'Fixture GPU', int8Tops: null });
  // One BF16 replica of the 8B model at a 10 ms TPOT target, 10 requests a second, $2 an hour.
  const inputs = {
    device,
    model: dense8b,
    weightPrecision: 'bf16' as const,
    kvPrecision: 'bf16' as const,
    n: 1,
    isl: 1000,
    osl: 1000,
    reservePercent: 10,
    pricePerDeviceHour: 2,
    tpotMs: 10,
    ttftMs: null,
    rps: 10,
  };

  it('uses the estimate’s usable memory (less the reserve), peak and TTFT', () => {
    const r = deviceCapacityOf(inputs);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Usable 80 × 0.9 = 72 GB and BF16 at 989 TFLOPS: the same inputs as the hand-worked example.
    expect(r.value.estimate.usableGB).toBeCloseTo(72, 9);
    expect(r.value.capacity.maxConcurrency).toBe(213);
    expect(r.value.capacity.sloConcurrency).toBe(88);
    expect(r.value.capacity.joulesPerToken).toBeCloseTo(ok({ tpotMs: 10 }).joulesPerToken!, 12);
  });

  // A 15 ms target: the fitted step of one request on this GPU takes about 11 ms.
  const loose = { ...inputs, tpotMs: 15 };

  it('plugs the calibrated step in beside the ideal one, with its band', () => {
    const ideal = deviceCapacityOf(loose);
    const r = expectedDeviceCapacityOf(loose);
    expect(r.ok && ideal.ok).toBe(true);
    if (!r.ok || !ideal.ok) return;
    const { expected, slow, fast } = r.value;
    expect(expected.stepModel).toBe('plugged-in');
    // A real engine is slower than the ideal bound, so fewer requests meet the same 15 ms target.
    expect(expected.sloConcurrency).toBeLessThan(ideal.value.capacity.sloConcurrency);
    expect(slow.sloConcurrency).toBeLessThanOrEqual(expected.sloConcurrency);
    expect(fast.sloConcurrency).toBeGreaterThanOrEqual(expected.sloConcurrency);
    // The step at the operating point is the one step model's (stepTimer), fed the replica's
    // bytes = 16.06e9 + B × 1,500 × 131,072, B decode tokens (2 × 8.03e9 × B FLOPs) and, with
    // 1,000 tokens in and 1,000 out, B × 1,000 / 1,000 prompt tokens (as many FLOPs again).
    const b = expected.sloConcurrency;
    const timer = stepTimer({ device, n: 1, precision: 'bf16', layers: 32 })!;
    const s = {
      seconds: timer.seconds({
        weightBytes: W8 + b * 1500 * KV8,
        kvReadBytes: 0,
        decodeTokens: b,
        promptTokens: b,
        decodeFlops: 2 * 8.03e9 * b,
        promptFlops: 2 * 8.03e9 * b,
      }),
    };
    expect(expected.sloPoint!.stepSeconds).toBeCloseTo(s.seconds, 12);
    expect(s.seconds).toBeLessThanOrEqual(0.015);
  });

  it('checks a TTFT target against the card’s own time to first token: one function for both', () => {
    const r = expectedDeviceCapacityOf(loose);
    const est = estimateOf({
      device,
      model: dense8b,
      n: 1,
      weightPrecision: 'bf16',
      kvPrecision: 'bf16',
      contextTokens: 2000,
      promptTokens: 1000,
      concurrency: 1,
      reservePercent: 10,
      pricePerDeviceHour: null,
    });
    if (!r.ok || !est.ok) throw new Error('fixture failed');
    const card = expectedFor({
      device,
      model: dense8b,
      weightPrecision: 'bf16',
      kvPrecision: 'bf16',
      n: 1,
      concurrency: 1,
      promptTokens: 1000,
      engine: null,
      pricePerDeviceHour: null,
      estimate: est.value,
    });
    // The serving check and the card's figure are the same sum (unloadedTtft): the fixed time per
    // request, the 1,000-token prompt's step, the first decode step over its KV cache.
    expect(r.value.ttftSeconds).toBeCloseTo(card.ttftSeconds!.value, 12);
    const timer = stepTimer({ device, n: 1, precision: 'bf16', layers: 32 });
    expect(r.value.ttftSeconds!).toBeGreaterThan(timer.requestSeconds);
    // A target 1% under that figure is missed before any load; 1% over it is met.
    const ms = r.value.ttftSeconds! * 1000;
    const late = expectedDeviceCapacityOf({ ...loose, ttftMs: ms * 0.99 });
    const inTime = expectedDeviceCapacityOf({ ...loose, ttftMs: ms * 1.01 });
    if (!late.ok || !inTime.ok) throw new Error('capacity failed');
    expect(late.value.expected.sloConcurrency).toBe(0);
    expect(late.value.expected.sloReasons.join(' ')).toMatch(/already misses/);
    expect(inTime.value.expected.sloConcurrency).toBeGreaterThan(0);
  });

  it('draws only the expected curve; the band’s ends keep just their operating points', () => {
    const r = expectedDeviceCapacityOf(inputs);
    if (!r.ok) throw new Error('expected capacity failed');
    const { expected, slow, fast } = r.value;
    expect(expected.curve.length).toBeGreaterThan(10);
    expect(slow.curve).toEqual(slow.sloPoint ? [slow.sloPoint] : []);
    expect(fast.curve).toEqual(fast.sloPoint ? [fast.sloPoint] : []);
    // The same operating point as a run that samples the whole curve.
    const full = capacityOf({ ...input({ tpotMs: 10 }), curve: 'full' });
    const short = capacityOf({ ...input({ tpotMs: 10 }), curve: 'operating-point' });
    if (!full.ok || !short.ok) throw new Error('capacity failed');
    expect(short.value.sloConcurrency).toBe(full.value.sloConcurrency);
    expect(short.value.sloPoint).toEqual(full.value.sloPoint);
    expect(short.value.curve).toEqual([full.value.sloPoint]);
  });

  it('passes the estimate’s errors through', () => {
    const r = deviceCapacityOf({
      ...inputs,
      n: 0,
      pricePerDeviceHour: null,
      tpotMs: null,
      rps: null,
    });
    expect(r.ok).toBe(false);
  });
});
