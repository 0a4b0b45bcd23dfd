// Specification of the roofline estimator: worked examples by hand, properties, and validation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findModel, modelPresets, type ModelArchitecture } from '@site/src/data/models';
import { devices as catalogueDevices, findDevice } from '@site/src/data/hardware';
import type { Device } from '@site/src/data/types';
import { estimateOf, fixtureH100, testDevice } from './fixtures';
import { BITS_PER_WEIGHT, WEIGHT_PRECISIONS } from '@site/src/data/precisions';
import {
  LIMITS,
  validateCustomModel,
  validateNumber,
  type NumericInputName,
} from '@site/src/lib/input';
import {
  DEFAULT_INPUT,
  kvBytesPerSequence,
  type Estimate,
  type EstimateInput,
} from '@site/src/lib/model';

const fixtureH200: Device = {
  ...fixtureH100,
  id: 'fixture-h200',
  memoryGB: 141,
  memoryBandwidthGBs: 4800,
};
const fixtureCpu: Device = {
  ...fixtureH100,
  id: 'fixture-cpu',
  kind: 'cpu',
  memoryGB: 512,
  memoryBandwidthGBs: 600,
  bf16Tflops: null,
  fp8Tflops: null,
  int8Tops: null,
  fp4Tflops: null,
  scaleUp: null,
};

function model(id: string): ModelArchitecture {
  const m = findModel(id);
  if (!m) throw new Error(`missing preset ${id}`);
  return m;
}

function run(overrides: Partial<EstimateInput>): Estimate {
  const result = estimateOf({
    ...DEFAULT_INPUT,
    device: fixtureH100,
    model: model('llama-3.1-8b'),
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('bits per weight', () => {
  it("counts scales and zero points from each format's layout", () => {
    expect(BITS_PER_WEIGHT.bf16).toBe(16);
    expect(BITS_PER_WEIGHT.fp8).toBe(8);
    expect(BITS_PER_WEIGHT.int8).toBe(8);
    // AWQ/GPTQ int4, group 128: 4 + (16-bit scale + 4-bit zero) / 128 = 4.15625.
    expect(BITS_PER_WEIGHT.int4).toBe(4.15625);
    // MXFP4: 8-bit scale per 32 → 4.25; NVFP4: FP8 scale per 16 → 4.5.
    expect(BITS_PER_WEIGHT.mxfp4).toBe(4.25);
    expect(BITS_PER_WEIGHT.nvfp4).toBe(4.5);
    // GGUF blocks: Q4_0 18 bytes / 32 weights = 4.5; Q8_0 34 bytes / 32 = 8.5.
    expect(BITS_PER_WEIGHT.q4_0).toBe(4.5);
    expect(BITS_PER_WEIGHT.q8_0).toBe(8.5);
  });

  it('checks the K-quant mixes against a real file: Llama 3.1 8B Q4_K_M is 4.58 GiB', () => {
    // 8.03e9 weights × 4.8944 bits ÷ 8 = 4.913e9 bytes = 4.575 GiB, as llama.cpp reports.
    const bytes = (8.03e9 * BITS_PER_WEIGHT.q4_k_m) / 8;
    expect(bytes / 2 ** 30).toBeCloseTo(4.58, 1);
    // The K-quant mixes sit above their base super-block sizes (4.5, 5.5, 6.5625 bits).
    expect(BITS_PER_WEIGHT.q4_k_m).toBeGreaterThan(4.5);
    expect(BITS_PER_WEIGHT.q5_k_m).toBeGreaterThan(5.5);
    expect(BITS_PER_WEIGHT.q6_k).toBeGreaterThanOrEqual(6.5625);
  });
});

describe('grouped-query attention: Llama 3.1 70B, BF16, on two H100-like GPUs', () => {
  const e = run({
    model: model('llama-3.1-70b'),
    n: 2,
    contextTokens: 8192,
    promptTokens: 2048,
    concurrency: 1,
    reservePercent: 10,
    pricePerDeviceHour: 2.5,
  });

  it('stores 2 × 80 layers × 8 KV heads × 128 × 2 bytes = 327,680 bytes per token', () => {
    expect(e.kvBytesPerToken).toBe(2 * 80 * 8 * 128 * 2);
    expect(e.kvBytesPerToken).toBe(327_680);
    // 327,680 × 8,192 tokens = 2,684,354,560 bytes for one sequence.
    expect(e.kvGB).toBeCloseTo((327_680 * 8192) / 1e9, 9);
  });

  it('needs 70.6e9 × 2 bytes = 141.2 GB for weights and fits in 2 × 80 × 0.9 = 144 GB', () => {
    expect(e.weightsGB).toBeCloseTo(141.2, 9);
    expect(e.usableGB).toBeCloseTo(144, 9);
    expect(e.reserveGB).toBeCloseTo(16, 9);
    expect(e.freeGB).toBeCloseTo(144 - 141.2 - 2.68435456, 9);
    expect(e.fits).toBe(true);
    // floor((144 − 141.2) / 2.68435456) = floor(1.043) = 1
    expect(e.maxConcurrency).toBe(1);
  });

  // All-reduce: 80 layers × 2 × (8,192 × 1 × 2 bytes) × 2(2 − 1)/2 = 2,621,440 bytes at 450 GB/s.
  const link = 2_621_440 / 450e9;

  it('is memory-bound: (141.2e9 + 2.684e9) bytes / (2 × 3,350 GB/s) ≈ 21.5 ms, plus the all-reduce', () => {
    const memory = (141.2e9 + 327_680 * 8192) / (2 * 3350e9);
    const compute = (2 * 70.6e9 * 1) / (2 * 989e12);
    expect(e.memoryTimeSeconds).toBeCloseTo(memory, 12);
    expect(e.computeTimeSeconds).toBeCloseTo(compute, 15);
    expect(e.peakPrecision).toBe('bf16');
    expect(e.bound).toBe('memory');
    // Step = max(memory, compute) + all-reduce = 21.47 ms + 5.8 µs.
    expect(e.stepSeconds).toBeCloseTo(memory + link, 12);
    expect(e.decodeTokensPerSecond).toBeCloseTo(1 / (memory + link), 6);
    expect(e.throughputTokensPerSecond).toBeCloseTo(1 / (memory + link), 6);
  });

  it('time to first token = max(2 × 70.6e9 × 2,048 / (2 × 989e12), 141.2e9 / 6.7e12) ≈ 146 ms', () => {
    const prefill = (2 * 70.6e9 * 2048) / (2 * 989e12);
    expect(e.ttftSeconds).toBeCloseTo(Math.max(prefill, 141.2e9 / 6.7e12), 12);
    expect(e.ttftSeconds).toBeCloseTo(0.1462, 4);
  });

  it('costs n × price / (throughput × 3,600) × 1e6 per million tokens', () => {
    const throughput = 1 / ((141.2e9 + 327_680 * 8192) / 6.7e12 + link);
    expect(e.costPerMillionTokens).toBeCloseTo(((2 * 2.5) / (throughput * 3600)) * 1e6, 9);
  });

  it('estimates the tensor-parallel all-reduce from the scale-up link', () => {
    // 80 layers × 2 all-reduces × (8,192 × 1 × 2 bytes) × 2(2 − 1)/2 = 2,621,440 bytes,
    // sent one way at 900 / 2 = 450 GB/s (the link figure counts both directions).
    expect(e.communication).not.toBeNull();
    expect(e.communication?.secondsPerStep).toBeCloseTo(2_621_440 / 450e9, 15);
    expect(e.communication?.link).toBe('Fixture link');
    expect(e.communication?.note).toMatch(/ring all-reduce/);
  });
});

describe('latent attention (MLA): DeepSeek-V3, FP8 weights, on eight H200-like GPUs', () => {
  const e = run({
    device: fixtureH200,
    model: model('deepseek-v3'),
    n: 8,
    weightPrecision: 'fp8',
    kvPrecision: 'bf16',
    contextTokens: 32_768,
    promptTokens: 1024,
    concurrency: 16,
  });

  it('caches 61 layers × 576 × 2 bytes = 70,272 bytes per token', () => {
    expect(e.kvBytesPerToken).toBe(61 * (512 + 64) * 2);
    expect(e.kvBytesPerToken).toBe(70_272);
    // 16 sequences × 70,272 × 32,768 = 36,842,766,336 bytes
    expect(e.kvGB).toBeCloseTo((16 * 70_272 * 32_768) / 1e9, 9);
  });

  it('reads min(671, 16 × 37) = 592B parameters of weights per step (mixture of experts)', () => {
    expect(e.weightsGB).toBeCloseTo(671, 9);
    expect(e.weightBytesPerStep).toBeCloseTo(592e9, 0);
    const memory = (592e9 + 16 * 70_272 * 32_768) / (8 * 4800e9);
    expect(e.memoryTimeSeconds).toBeCloseTo(memory, 12);
    // FP8 weights use the FP8 peak: 2 × 37e9 × 16 / (8 × 1,979e12)
    expect(e.peakPrecision).toBe('fp8');
    expect(e.computeTimeSeconds).toBeCloseTo((2 * 37e9 * 16) / (8 * 1979e12), 15);
    // Plus the all-reduce over 8 devices: 61 × 2 × (7,168 × 16 × 2 bytes) × 2 × 7/8 at 450 GB/s.
    const link = (61 * 2 * 7168 * 16 * 2 * ((2 * 7) / 8)) / 450e9;
    expect(e.throughputTokensPerSecond).toBeCloseTo(16 / (memory + link), 6);
  });
});

describe('sliding-window attention', () => {
  it('gpt-oss-120b: 18 windowed layers stop at 128 tokens, 18 full layers keep growing', () => {
    // Per layer per token: 2 × 8 KV heads × 64 × 2 bytes = 2,048 bytes.
    const perLayer = 2 * 8 * 64 * 2;
    const e = run({ model: model('gpt-oss-120b'), contextTokens: 100_000, promptTokens: 1000 });
    expect(e.kvBytesPerToken).toBe(36 * perLayer); // 73,728
    // (18 × 100,000 + 18 × 128) × 2,048 = 3,691,118,592 bytes
    expect(e.kvGB).toBeCloseTo(((18 * 100_000 + 18 * 128) * perLayer) / 1e9, 9);
    expect(e.kvGB).toBeCloseTo(3.691118592, 9);
  });

  it('gpt-oss-120b below the window: every layer holds every token', () => {
    const e = run({ model: model('gpt-oss-120b'), contextTokens: 64, promptTokens: 64 });
    expect(e.kvGB).toBeCloseTo((36 * 64 * 2048) / 1e9, 12);
  });

  it('Gemma 3 27B: 52 local layers at 1,024 tokens, 10 global layers at full context', () => {
    // Per layer per token: 2 × 16 × 128 × 2 bytes = 8,192 bytes.
    const seq = kvBytesPerSequence(model('gemma-3-27b'), 2, 32_768);
    expect(seq).toBe((10 * 32_768 + 52 * 1024) * 8192); // 3,120,562,176 bytes
  });

  it('gpt-oss-120b in FP4 (MXFP4): 116.8e9 × 4.25 / 8 bytes ≈ 62.05 GB', () => {
    const e = run({ model: model('gpt-oss-120b'), weightPrecision: 'mxfp4', device: fixtureH200 });
    expect(e.weightsGB).toBeCloseTo((116.8e9 * 4.25) / 8 / 1e9, 9);
    // The fixture has no FP4 peak, so compute falls back to BF16 with a warning.
    expect(e.peakPrecision).toBe('bf16');
    expect(e.warnings.join(' ')).toMatch(/FP4/);
  });
});

describe('mixture of experts: Mixtral 8x7B reads only the experts in use', () => {
  it('reads min(46.7, concurrency × 12.9) billion parameters per step', () => {
    const bytes = (c: number): number =>
      run({ model: model('mixtral-8x7b'), concurrency: c, weightPrecision: 'q4_0' })
        .weightBytesPerStep;
    // GGUF Q4_0 at 4.5 bits: 12.9e9 × 4.5 / 8 = 7.25625e9 bytes for one sequence
    expect(bytes(1)).toBeCloseTo((12.9e9 * 4.5) / 8, 0);
    expect(bytes(2)).toBeCloseTo((25.8e9 * 4.5) / 8, 0);
    // 4 × 12.9 = 51.6 > 46.7, so the whole model is read
    expect(bytes(4)).toBeCloseTo((46.7e9 * 4.5) / 8, 0);
  });
});

describe('devices without a sourced compute peak', () => {
  it('returns a memory-only bound, no compute time, no TTFT, and a warning', () => {
    const e = run({ device: fixtureCpu });
    expect(e.computeTimeSeconds).toBeNull();
    expect(e.peakTflops).toBeNull();
    expect(e.peakPrecision).toBeNull();
    expect(e.ttftSeconds).toBeNull();
    expect(e.bound).toBe('memory');
    expect(e.warnings.some((w) => /compute peak/.test(w))).toBe(true);
    expect(Number.isFinite(e.decodeTokensPerSecond)).toBe(true);
  });

  it('does not estimate communication without a scale-up link, and says so', () => {
    const e = run({ device: fixtureCpu, n: 2 });
    expect(e.communication).toBeNull();
    expect(e.warnings.some((w) => /scale-up/.test(w))).toBe(true);
  });

  it('has no communication on one device', () => {
    expect(run({ n: 1 }).communication).toBeNull();
  });
});

describe('fit and capacity', () => {
  it('reports weights that do not fit and a max concurrency of 0', () => {
    const e = run({ model: model('llama-3.1-405b') });
    expect(e.fits).toBe(false);
    expect(e.maxConcurrency).toBe(0);
    expect(e.freeGB).toBeLessThan(0);
  });

  it('bf16 KV is 2 bytes, fp8 and int8 1 byte', () => {
    expect(run({ kvPrecision: 'bf16' }).kvBytesPerElement).toBe(2);
    expect(run({ kvPrecision: 'fp8' }).kvBytesPerElement).toBe(1);
    expect(run({ kvPrecision: 'int8' }).kvBytesPerElement).toBe(1);
  });
});

// ----------------------------------------------------------------------------------------------
// Properties

const arbPeak = fc.option(fc.double({ min: 0.01, max: 1e5, noNaN: true }), { nil: null });
const arbDevice = fc
  .record({
    memoryGB: fc.double({ min: 1, max: 2000, noNaN: true }),
    memoryBandwidthGBs: fc.double({ min: 1, max: 50_000, noNaN: true }),
    bf16Tflops: arbPeak,
    fp8Tflops: arbPeak,
    int8Tops: arbPeak,
    fp4Tflops: arbPeak,
    scaleUp: fc.option(
      fc.record({ name: fc.constant('link'), GBs: fc.double({ min: 1, max: 5000, noNaN: true }) }),
      { nil: null },
    ),
  })
  .map((d): Device => ({ ...fixtureH100, ...d }));

const arbModel = fc
  .record({
    totalParamsB: fc.double({ min: 0.001, max: 100_000, noNaN: true }),
    activeFraction: fc.double({ min: 0.001, max: 1, noNaN: true }),
    layers: fc.integer({ min: 1, max: 1000 }),
    kvHeads: fc.integer({ min: 1, max: 1024 }),
    headDim: fc.integer({ min: 1, max: 4096 }),
    hiddenSize: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }),
    mla: fc.option(fc.integer({ min: 1, max: 4096 }), { nil: null }),
    windowFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    window: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
  })
  .map((m): ModelArchitecture => {
    const arch: ModelArchitecture = {
      totalParamsB: m.totalParamsB,
      activeParamsB: Math.max(0.001, Math.min(m.totalParamsB, m.totalParamsB * m.activeFraction)),
      layers: m.layers,
      kvHeads: m.kvHeads,
      headDim: m.headDim,
      attention: m.mla === null ? { kind: 'gqa' } : { kind: 'mla', cachedWidth: m.mla },
      slidingWindow:
        m.window === null
          ? null
          : { layers: Math.floor(m.layers * m.windowFraction), window: m.window },
    };
    if (m.hiddenSize !== undefined) arch.hiddenSize = m.hiddenSize;
    return arch;
  });

const arbInput = fc
  .record({
    device: arbDevice,
    model: fc.oneof(arbModel, fc.constantFrom(...modelPresets)),
    n: fc.integer({ min: 1, max: 1024 }),
    weightPrecision: fc.constantFrom(...WEIGHT_PRECISIONS),
    kvPrecision: fc.constantFrom('bf16', 'fp8', 'int8' as const),
    contextTokens: fc.integer({ min: 1, max: 10_000_000 }),
    promptFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    concurrency: fc.integer({ min: 1, max: 100_000 }),
    reservePercent: fc.double({ min: 0, max: 90, noNaN: true }),
    pricePerDeviceHour: fc.option(fc.double({ min: 0, max: 10_000, noNaN: true }), { nil: null }),
  })
  .map(({ promptFraction, ...rest }): EstimateInput => {
    const input: EstimateInput = {
      ...rest,
      promptTokens: Math.max(1, Math.floor(rest.contextTokens * promptFraction)),
    };
    return input;
  });

function ok(input: EstimateInput): Estimate {
  const r = estimateOf(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

function numbersIn(e: Estimate): [string, number][] {
  const out: [string, number][] = [];
  const walk = (prefix: string, value: unknown): void => {
    if (typeof value === 'number') out.push([prefix, value]);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
    }
  };
  walk('', e);
  return out;
}

describe('properties', () => {
  it('every valid input gives finite, non-negative outputs (free memory may be negative)', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const e = ok(input);
        for (const [name, v] of numbersIn(e)) {
          expect(Number.isFinite(v), name).toBe(true);
          if (name !== 'freeGB') expect(v, name).toBeGreaterThanOrEqual(0);
        }
        expect(e.decodeTokensPerSecond).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('more bandwidth never slows a step', () => {
    fc.assert(
      fc.property(arbInput, fc.double({ min: 1, max: 100, noNaN: true }), (input, factor) => {
        const slow = ok(input);
        const fastDevice = {
          ...input.device,
          memoryBandwidthGBs: Math.min(1e6, input.device.memoryBandwidthGBs * factor),
        };
        const fast = ok({ ...input, device: fastDevice });
        expect(fast.stepSeconds).toBeLessThanOrEqual(slow.stepSeconds * (1 + 1e-12));
      }),
      { numRuns: 300 },
    );
  });

  it('more context never lowers memory use', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 1_000_000 }), (input, extra) => {
        const shortCtx = ok(input);
        const longCtx = ok({
          ...input,
          contextTokens: Math.min(10_000_000, input.contextTokens + extra),
        });
        expect(longCtx.kvGB).toBeGreaterThanOrEqual(shortCtx.kvGB);
        expect(longCtx.weightsGB + longCtx.kvGB).toBeGreaterThanOrEqual(
          shortCtx.weightsGB + shortCtx.kvGB,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('more concurrency never lowers throughput', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 10_000 }), (input, extra) => {
        const few = ok(input);
        const many = ok({ ...input, concurrency: Math.min(100_000, input.concurrency + extra) });
        expect(many.throughputTokensPerSecond).toBeGreaterThanOrEqual(
          few.throughputTokensPerSecond * (1 - 1e-9),
        );
      }),
      { numRuns: 300 },
    );
  });
});

// ----------------------------------------------------------------------------------------------
// Validation

// The estimator's own numeric inputs (the widget-only targets and model extras are checked elsewhere).
const NUMERIC_NAMES: NumericInputName[] = [
  'n',
  'contextTokens',
  'promptTokens',
  'concurrency',
  'reservePercent',
  'pricePerDeviceHour',
  'totalParamsB',
  'activeParamsB',
  'layers',
  'kvHeads',
  'headDim',
];
it('lists every limit the estimator checks, plus the widget-only ones', () => {
  const widgetOnly = [
    'hiddenSize',
    'acceleratorSharePercent',
    'tpotMs',
    'ttftMs',
    'requestsPerSecond',
    'hostBandwidthGBs',
    // The serving simulation's fields on /compare/.
    'arrivalCv',
    'prefixTokens',
    'draftTokens',
    'acceptanceRate',
  ];
  expect(Object.keys(LIMITS).sort()).toEqual([...NUMERIC_NAMES, ...widgetOnly].sort());
});

/** Values no numeric input accepts. */
const alwaysBad: unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  -0.5,
  'abc',
  '',
  '  ',
  '12abc',
  'NaN',
  'Infinity',
  {},
  [],
  true,
  undefined,
];

function badValuesFor(name: NumericInputName): unknown[] {
  const limit = LIMITS[name];
  const bad = [...alwaysBad, limit.max * 2, limit.max + 1, String(limit.max * 10)];
  if (limit.min > 0) bad.push(0, '0', limit.min / 2);
  if (limit.integer) bad.push(limit.min + 0.5);
  return bad;
}

function inputWith(name: NumericInputName, value: unknown): EstimateInput {
  const base: EstimateInput = {
    ...DEFAULT_INPUT,
    device: fixtureH100,
    model: model('llama-3.1-8b'),
    pricePerDeviceHour: 1,
  };
  const modelFields: NumericInputName[] = [
    'totalParamsB',
    'activeParamsB',
    'layers',
    'kvHeads',
    'headDim',
  ];
  const raw: Record<string, unknown> = modelFields.includes(name)
    ? { ...base, model: { ...base.model, [name]: value } }
    : { ...base, [name]: value };
  return raw as unknown as EstimateInput;
}

describe('validation', () => {
  it('validateNumber parses strings with separators and accepts boundary values', () => {
    expect(validateNumber('contextTokens', '8,192')).toEqual({ ok: true, value: 8192 });
    expect(validateNumber('contextTokens', ' 131072 ')).toEqual({ ok: true, value: 131_072 });
    expect(validateNumber('reservePercent', '0')).toEqual({ ok: true, value: 0 });
    expect(validateNumber('reservePercent', 90)).toEqual({ ok: true, value: 90 });
    expect(validateNumber('n', 1024)).toEqual({ ok: true, value: 1024 });
    expect(validateNumber('contextTokens', 10_000_000)).toEqual({ ok: true, value: 10_000_000 });
    expect(validateNumber('reservePercent', 90)).toEqual({ ok: true, value: 90 });
  });

  it.each(NUMERIC_NAMES)('every invalid %s gives an error naming it and its range', (name) => {
    for (const bad of badValuesFor(name)) {
      const r = validateNumber(name, bad);
      expect(r.ok, `${name} = ${String(bad)}`).toBe(false);
      if (!r.ok) {
        expect(r.errors[0]?.input).toBe(name);
        expect(r.errors[0]?.allowed).toMatch(/from .* to /);
        expect(r.errors[0]?.message).not.toMatch(/undefined$/);
      }
      const e = estimateOf(inputWith(name, bad));
      // pricePerDeviceHour may be absent; undefined there is valid.
      if (bad === undefined && name === 'pricePerDeviceHour') continue;
      expect(e.ok, `estimate with ${name} = ${String(bad)}`).toBe(false);
      if (!e.ok) expect(e.errors.map((x) => x.input)).toContain(name);
    }
  });

  it('random out-of-range numbers are rejected with the input named, never a number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NUMERIC_NAMES),
        fc.oneof(
          fc.double({ noNaN: false }),
          fc.string(),
          fc.constantFrom(Number.NaN, Infinity, -Infinity),
        ),
        (name, raw) => {
          const limit = LIMITS[name];
          const parsed = validateNumber(name, raw);
          if (parsed.ok) {
            expect(Number.isFinite(parsed.value)).toBe(true);
            expect(parsed.value).toBeGreaterThanOrEqual(limit.min);
            expect(parsed.value).toBeLessThanOrEqual(limit.max);
          } else {
            expect(parsed.errors[0]?.input).toBe(name);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('active parameters above total parameters is an error naming activeParamsB', () => {
    const r = validateCustomModel({
      totalParamsB: 10,
      activeParamsB: 20,
      layers: 32,
      kvHeads: 8,
      headDim: 128,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.input)).toEqual(['activeParamsB']);
  });

  it('validateCustomModel accepts strings and builds a grouped-query model', () => {
    const r = validateCustomModel({
      totalParamsB: '70.6',
      activeParamsB: '70.6',
      layers: '80',
      kvHeads: '8',
      headDim: '128',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        totalParamsB: 70.6,
        activeParamsB: 70.6,
        layers: 80,
        kvHeads: 8,
        headDim: 128,
        attention: { kind: 'gqa' },
        slidingWindow: null,
      },
    });
  });

  it('collects every bad field at once', () => {
    const r = validateCustomModel({
      totalParamsB: 'x',
      activeParamsB: -1,
      layers: 0,
      kvHeads: 1.5,
      headDim: Infinity,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.input).sort()).toEqual(
        ['activeParamsB', 'headDim', 'kvHeads', 'layers', 'totalParamsB'].sort(),
      );
    }
  });

  it('a prompt longer than the context is an error naming promptTokens', () => {
    const r = estimateOf({
      ...DEFAULT_INPUT,
      device: fixtureH100,
      model: model('llama-3.1-8b'),
      contextTokens: 1000,
      promptTokens: 2000,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.input).toBe('promptTokens');
  });

  it('unknown precisions, broken devices and odd attention are named', () => {
    const base = { ...DEFAULT_INPUT, device: fixtureH100, model: model('llama-3.1-8b') };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, weightPrecision: 'fp2' }, 'weightPrecision'],
      [{ ...base, kvPrecision: 'fp4' }, 'kvPrecision'],
      [{ ...base, device: { ...fixtureH100, memoryBandwidthGBs: 0 } }, 'device.memoryBandwidthGBs'],
      [{ ...base, device: { ...fixtureH100, memoryGB: Number.NaN } }, 'device.memoryGB'],
      [{ ...base, device: { ...fixtureH100, bf16Tflops: -5 } }, 'device.bf16Tflops'],
      [{ ...base, device: null }, 'device'],
      [
        { ...base, model: { ...base.model, attention: { kind: 'mla', cachedWidth: 0 } } },
        'attention.cachedWidth',
      ],
      [{ ...base, model: { ...base.model, attention: { kind: 'linear' } } }, 'attention'],
      [
        { ...base, model: { ...base.model, slidingWindow: { layers: 99, window: 10 } } },
        'slidingWindow.layers',
      ],
      [{ ...base, model: { ...base.model, hiddenSize: -1 } }, 'hiddenSize'],
    ];
    for (const [raw, name] of cases) {
      const r = estimateOf(raw as unknown as EstimateInput);
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.input)).toContain(name);
    }
  });
});

describe('against the real catalogue', () => {
  it('Llama 3.1 8B BF16 on an H100 SXM: bound = bandwidth / bytes read per token', () => {
    const h100 = findDevice('h100-sxm');
    expect(h100).toBeDefined();
    if (!h100) return;
    const llama = findModel('llama-3.1-8b');
    if (!llama) throw new Error('preset llama-3.1-8b is missing');
    const r = estimateOf({ ...DEFAULT_INPUT, device: h100, model: llama });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // weights 8.03e9 × 2 bytes + KV 2 × 32 × 8 × 128 × 2 bytes × 8,192 tokens
    const bytes = 8.03e9 * 2 + 2 * 32 * 8 * 128 * 2 * 8192;
    expect(r.value.decodeTokensPerSecond).toBeCloseTo((h100.memoryBandwidthGBs * 1e9) / bytes, 6);
    expect(r.value.bound).toBe('memory');
  });

  it('every catalogue device and preset gives an estimate, with finite numbers only', () => {
    const failures: string[] = [];
    for (const d of catalogueDevices) {
      for (const m of modelPresets) {
        const r = estimateOf({ ...DEFAULT_INPUT, device: d, model: m });
        if (!r.ok) failures.push(`${d.id} × ${m.id}: ${r.errors[0]?.message ?? ''}`);
        else {
          const bad = numbersIn(r.value).filter(([, v]) => !Number.isFinite(v));
          if (bad.length > 0) failures.push(`${d.id} × ${m.id}: ${bad.map(([k]) => k).join(', ')}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('unified memory: the accelerator may use only part of it', () => {
  const mac = testDevice({
    id: 'fixture-mac',
    memoryGB: 128,
    memoryBandwidthGBs: 546,
    usableMemory: { defaultShare: 0.75, note: 'test share' },
  });

  it('fits against the default share: 128 GB × 0.75 × (1 − 10%) = 86.4 GB usable', () => {
    const e = run({ device: mac, model: model('llama-3.1-70b'), weightPrecision: 'q4_0' });
    expect(e.acceleratorShare).toBe(0.75);
    expect(e.acceleratorShareSource).toBe('catalogue');
    expect(e.usableGB).toBeCloseTo(128 * 0.75 * 0.9, 9);
    // 70.6e9 × 4.5 ÷ 8 = 39.7 GB of weights fit in 86.4 GB.
    expect(e.fits).toBe(true);
  });

  it("takes the reader's share instead: 128 GB × 0.5 × 0.9 = 57.6 GB", () => {
    const e = run({ device: mac, acceleratorShare: 0.5 });
    expect(e.acceleratorShareSource).toBe('reader');
    expect(e.usableGB).toBeCloseTo(57.6, 9);
  });

  it('uses all memory on a device without a share, and rejects a share above 1', () => {
    expect(run({}).acceleratorShareSource).toBe('all');
    const bad = estimateOf({
      ...DEFAULT_INPUT,
      device: mac,
      model: model('llama-3.1-8b'),
      acceleratorShare: 1.5,
    });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]?.input).toBe('acceleratorShare');
  });
});

describe('derived CPU peaks', () => {
  it('estimate a CPU time to first token from a derived peak, and say it is derived', () => {
    const cpu = testDevice({
      id: 'fixture-cpu-amx',
      kind: 'cpu',
      memoryBandwidthGBs: 614.4,
      bf16Tflops: 262.1,
      fp8Tflops: null,
      int8Tops: null,
      derived: { bf16Tflops: '128 cores × 2.0 GHz × 1,024 BF16 FLOP per cycle = 262.1 TFLOPS' },
    });
    const e = run({ device: cpu, model: model('llama-3.1-8b'), promptTokens: 2048 });
    // Prefill = 2 × 8.03e9 × 2,048 ÷ 262.1e12 = 0.1255 s, longer than reading 16.06 GB at 614.4 GB/s.
    expect(e.ttftSeconds).toBeCloseTo(
      Math.max((2 * 8.03e9 * 2048) / 262.1e12, 16.06e9 / 614.4e9),
      9,
    );
    expect(e.peakDerived).toBe(true);
    expect(run({}).peakDerived).toBe(false);
  });
});
