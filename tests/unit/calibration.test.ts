// The expected-speed model: sourced data, constants that equal a refit, grouped validation, honest
// bands, held targets, one step model for prefill and decode.
import { describe, expect, it } from 'vitest';
import { devices, findDevice } from '@site/src/data/hardware';
import { findModel, modelPresets, type ModelArchitecture } from '@site/src/data/models';
import { excludedMeasurements, measurements } from '@site/src/data/measurements';
import { BITS_PER_WEIGHT, WEIGHT_PRECISIONS } from '@site/src/data/precisions';
import type { Device } from '@site/src/data/types';
import {
  accuracyRows,
  BANDS,
  bandCoverage,
  bandFor,
  bandGroupOf,
  bandsFrom,
  CALIBRATION_POINTS,
  constantsSource,
  crossValidate,
  defaultEngine,
  deviceClass,
  ENGINE_FAMILIES,
  expectedStep,
  FIT_STRUCTURE,
  FITTED,
  fitCalibration,
  foldedError,
  HOLDOUTS,
  idealValue,
  PENDING_POINTS,
  predict,
  roundParams,
  stepTimer,
  summarise,
  SUPPORT,
  supportFrom,
  WIDENING,
  wideningFrom,
  type FitStructure,
  type Holdout,
} from '@site/src/lib/calibration/refit';
import { lookupTier } from '@site/src/lib/calibration/fit';
import { expectedFor, type Expected } from '@site/src/lib/calibration/expected';
import { fittedOnIds, storedCrossValidation } from '@site/src/lib/calibration/report';
import { holdoutKey, metricGroup, secondsRatio } from '@site/src/lib/calibration/validate';
import type { LooResult } from '@site/src/lib/calibration/fit';
import { estimateOf } from './fixtures';
import { expectedLines } from '@site/src/components/CompareWidget/Working';
import type { KvPrecision, WeightPrecision } from '@site/src/data/precisions';

const held = new Map<Holdout, LooResult[]>(
  HOLDOUTS.map((h) => [h, crossValidate(CALIBRATION_POINTS, h)]),
);
const loso = held.get('source')!;
const rows = accuracyRows(loso);
const device = (id: string): Device => {
  const d = findDevice(id);
  if (!d) throw new Error(`missing catalogue device ${id}`);
  return d;
};

describe('measured data', () => {
  it('holds at least 120 usable points from at least 30 sources, each sourced, quoted and dated', () => {
    expect(CALIBRATION_POINTS.length).toBeGreaterThanOrEqual(120);
    expect(
      new Set(CALIBRATION_POINTS.map((p) => p.measurement.source.id)).size,
    ).toBeGreaterThanOrEqual(30);
    // At least 25 prompt-processing or time-to-first-token points.
    expect(
      CALIBRATION_POINTS.filter((p) => bandGroupOf(p) === 'prefill').length,
    ).toBeGreaterThanOrEqual(25);
    const ids = measurements.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of measurements) {
      expect(m.source.url, m.id).toMatch(/^https:\/\//);
      // Sources read for the first calibration (2026-12-01), the edge data (2026-12-07) and the
      // third gap pass (2026-12-08).
      expect(['2026-12-01', '2026-12-07', '2026-12-08'], m.id).toContain(m.source.accessed);
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
    expect(kinds).toEqual(new Set(['decode', 'prefill', 'ttft', 'saturated']));
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
  it('equal a refit from the data (five significant digits), with bands, widening and support', () => {
    const refit = roundParams(fitCalibration(CALIBRATION_POINTS));
    const bands = bandsFrom(loso);
    const widening = wideningFrom(held.get('class')!);
    const support = supportFrom(CALIBRATION_POINTS);
    const hint = `Refit differs; paste into src/lib/calibration/constants.ts:\n${constantsSource(refit, bands, widening, support)}`;
    expect(FITTED, hint).toEqual(refit);
    expect(BANDS, hint).toEqual(bands);
    expect(WIDENING, hint).toEqual(widening);
    expect(SUPPORT, hint).toEqual(support);
  });

  it.each(HOLDOUTS)('stored %s-out predictions equal a fresh refit', (h) => {
    const stored = storedCrossValidation(CALIBRATION_POINTS, h);
    const fresh = Object.fromEntries(
      held.get(h)!.map((l) => [l.point.measurement.id, Number(l.predicted.toPrecision(5))]),
    );
    expect(Object.fromEntries(stored.map((l) => [l.point.measurement.id, l.predicted]))).toEqual(
      fresh,
    );
  });

  it('are physical: shares in (0, 1.1], fixed times under 0.5 s, all-reduce under 50 µs', () => {
    for (const key of ['bandwidthShare', 'decodeComputeShare', 'promptComputeShare'] as const) {
      const t = FITTED[key];
      for (const v of [
        t.default,
        ...Object.values(t.byClass),
        ...Object.values(t.byEngine),
        ...Object.values(t.byFamily),
      ]) {
        expect(v > 0 && v <= 1.1, key).toBe(true);
      }
    }
    for (const v of Object.values(FITTED.fixedSeconds.byFamily))
      expect(v >= 0 && v < 0.5).toBe(true);
    expect(FITTED.allReduceSeconds).toBeLessThanOrEqual(50e-6);
    // The activations cross the link at most at its datasheet rate.
    expect(FITTED.linkShare > 0 && FITTED.linkShare <= 1).toBe(true);
    // A mixture of experts' prompts run slower than a dense model's, not faster.
    expect(FITTED.moePromptShare > 0.1 && FITTED.moePromptShare < 1).toBe(true);
  });

  it('leave pending only points whose device the catalogue lacks', () => {
    for (const p of PENDING_POINTS) expect(p.reason).toMatch(/catalogue/);
  });
});

describe('the structure is chosen by leave-one-source-out error', () => {
  // Mean |log(predicted / measured)| with every source held out in turn, each source weighing
  // √(its points) as in the fit itself, so one large table cannot choose the structure alone.
  const losoLoss = (s: FitStructure): number => {
    const r = crossValidate(CALIBRATION_POINTS, 'source', (p) => fitCalibration(p, s));
    const bySource = new Map<string, number[]>();
    for (const x of r) {
      const key = holdoutKey('source', x.point);
      bySource.set(key, [...(bySource.get(key) ?? []), Math.abs(Math.log(x.ratio))]);
    }
    const groups = [...bySource.values()];
    const total = groups.reduce(
      (a, g) => a + g.reduce((b, y) => b + y, 0) / Math.sqrt(g.length),
      0,
    );
    return total / groups.reduce((a, g) => a + Math.sqrt(g.length), 0);
  };
  // Differences under this (half a percent of the loss) count as ties, which the serving
  // validation breaks (serving-sim-validation.test.ts): a neighbour must do better by more.
  const NOISE = 0.001;

  it('the chosen overlap penalty, shrinkage, time per request, vendor and vendor × engine factors, MoE prompt share and link traffic beat their neighbours', () => {
    // The full grid (overlap 0, 0.25 … 1 × shrinkage 0.3, 1, 3) was run once; the test re-runs the
    // chosen structure's nearest neighbours, which is what a drift in the data would flip first.
    const chosen = losoLoss(FIT_STRUCTURE);
    const neighbours: FitStructure[] = [
      { ...FIT_STRUCTURE, overlapPenalty: Math.min(1, FIT_STRUCTURE.overlapPenalty + 0.5) },
      { ...FIT_STRUCTURE, shrinkage: FIT_STRUCTURE.shrinkage * 3 },
      { ...FIT_STRUCTURE, requestTime: !FIT_STRUCTURE.requestTime },
      { ...FIT_STRUCTURE, vendorEffect: !FIT_STRUCTURE.vendorEffect },
      { ...FIT_STRUCTURE, moePrompt: !FIT_STRUCTURE.moePrompt },
      { ...FIT_STRUCTURE, linkTraffic: !FIT_STRUCTURE.linkTraffic },
      { ...FIT_STRUCTURE, vendorEngine: !FIT_STRUCTURE.vendorEngine },
    ];
    // On 299 points (2026-12-08) the chosen structure scores 0.2155; without the vendor factor
    // 0.2149 and without the time per request 0.2154 (ties: without the vendor factor the serving
    // curves' TPOT median goes from 30 % to 32 % and their worst point from 11.7× to 13.8×),
    // without link traffic 0.2165, without the vendor × engine factor 0.2181. Weighted by point,
    // dropping the time per request would win (0.2080 against 0.2111) by pricing servers' overhead
    // into the bandwidth share, which moves the single-request decode median from 12.3 % to 13.3 %.
    for (const s of neighbours) {
      expect(chosen, JSON.stringify(s)).toBeLessThanOrEqual(losoLoss(s) + NOISE);
    }
  }, 600_000);
});

describe('sibling sources are held out together', () => {
  it("lhl's three Strix Halo files (one machine, one author) and InferenceX's tables each form one group under leave-one-source-out", () => {
    const lhl = CALIBRATION_POINTS.filter((p) => p.measurement.id.startsWith('lhl-strixhalo-'));
    expect(new Set(lhl.map((p) => p.measurement.source.id)).size).toBe(3);
    expect(new Set(lhl.map((p) => holdoutKey('source', p)))).toEqual(
      new Set(['lhl-strix-halo-testing']),
    );
    // SemiAnalysis InferenceX's pull requests and issues (one harness, one publisher) form one
    // group too; every other source is its own group.
    const infx = CALIBRATION_POINTS.filter((p) =>
      p.measurement.source.id.startsWith('inferencex-'),
    );
    expect(new Set(infx.map((p) => p.measurement.source.id)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(infx.map((p) => holdoutKey('source', p)))).toEqual(
      new Set(['semianalysis-inferencex']),
    );
    const other = CALIBRATION_POINTS.filter(
      (p) =>
        !p.measurement.id.startsWith('lhl-strixhalo-') &&
        !p.measurement.source.id.startsWith('inferencex-'),
    );
    for (const p of other) expect(holdoutKey('source', p)).toBe(p.measurement.source.id);
  });
});

describe('what a point is priced with', () => {
  const point = (id: string) => {
    const p = CALIBRATION_POINTS.find((x) => x.measurement.id === id);
    if (!p) throw new Error(`missing ${id}`);
    return p;
  };

  it("adds no fixed time per request to a first token an engine's own benchmark timed", () => {
    const p = point('dli-trtllm090-h100-llama2-7b-fp8-ttft-2048');
    expect(p.measurement.harness).toBe('engine');
    const served = { ...p, measurement: { ...p.measurement, harness: undefined } };
    const request = stepTimer({
      device: device('h100-sxm'),
      engine: 'tensorrt-llm',
      n: 1,
      precision: 'fp8',
    }).requestSeconds;
    expect(request).toBeGreaterThan(0.001);
    expect(predict(FITTED, served) - predict(FITTED, p)).toBeCloseTo(request, 9);
  });

  it("prices llama.cpp's GGUF prompts on a CPU at its INT8 peak, on a GPU at its 16-bit one", () => {
    // Xeon 6980P: the AVX-512 VNNI rate (65.5 TOPS), not AMX and not BF16.
    expect(point('ik-llamacpp-201-xeon6980p-deepseek-r1-q8_0-pp512').peakTflops).toBe(65.5);
    expect(point('ik-llamacpp-164-ryzen7950x-llama3.1-8b-bf16-pp512').peakTflops).toBe(4.6);
    expect(point('ik-llamacpp-164-ryzen7950x-llama3.1-8b-q4_0-pp512').peakTflops).toBe(9.2);
    expect(point('llamacpp-4766-rtx4090-llama2-7b-q8_0-pp512').peakTflops).toBe(
      device('rtx-4090').bf16Tflops,
    );
    // MXFP4 is one of llama.cpp's block formats: an RTX 5090's 16-bit peak, not its FP4 one.
    const mxfp4 = point('gpu-ext-rtx5090-gpt-oss-20b-mxfp4-pp512');
    expect(mxfp4.peakTflops).toBe(device('rtx-5090').bf16Tflops);
    expect(mxfp4.peakTflops).toBeLessThan(device('rtx-5090').fp4Tflops ?? 0);
  });

  it('multiplies the nested level by the vendor factor and the vendor-and-engine factor', () => {
    const tier = {
      default: 0.5,
      byClass: { 'datacenter-gpu': 0.6 },
      byEngine: { 'datacenter-gpu/vllm': 0.7 },
      byFamily: {},
      byVendor: { AMD: 0.9 },
      byVendorEngine: { 'AMD/vllm': 0.8, 'NVIDIA/vllm': 1.2 },
    };
    const look = (vendor: string, engine: 'vllm' | 'sglang') =>
      lookupTier(tier, 'datacenter-gpu', engine, '16-bit', vendor, [0.05, 1.1]).value;
    expect(look('AMD', 'vllm')).toBeCloseTo(0.7 * 0.9 * 0.8, 12);
    expect(look('NVIDIA', 'vllm')).toBeCloseTo(0.7 * 1.2, 12);
    // No factor stored for the pair: the vendor's alone; none for either: the level itself.
    expect(look('AMD', 'sglang')).toBeCloseTo(0.6 * 0.9, 12);
    expect(look('Intel', 'sglang')).toBeCloseTo(0.6, 12);
    // A key a plain object inherits is no factor.
    expect(look('constructor', 'vllm')).toBeCloseTo(0.7, 12);
    // Clamped to the bounds after multiplying.
    expect(
      lookupTier(
        { ...tier, byVendorEngine: { 'AMD/vllm': 5 } },
        'datacenter-gpu',
        'vllm',
        '16-bit',
        'AMD',
        [0.05, 1.1],
      ).value,
    ).toBe(1.1);
  });

  it('prices the tensor-parallel traffic of a split model over its scale-up link', () => {
    // Llama 2 70B over four H100s: 160 all-reduces of 8,192 × 2 bytes per token, each device
    // sending 2 × 3/4 of it, at 450 GB/s a way.
    const p = point('dli-trtllm090-h100x4-llama2-70b-fp8-ttft-2048');
    expect(p.linkSecondsPerToken).toBeCloseTo((160 * 8192 * 2 * 1.5) / 450e9, 12);
    expect(point('llamacpp-4766-rtx4090-llama2-7b-q8_0-pp512').linkSecondsPerToken).toBe(0);
  });
});

describe('grouped validation', () => {
  it('holds a whole source out together: no sibling stays in the fit', () => {
    // Refitting without one source and predicting its points must equal the stored LOSO figure.
    const src = CALIBRATION_POINTS[0]!.measurement.source.id;
    const kept = CALIBRATION_POINTS.filter((p) => p.measurement.source.id !== src);
    const params = fitCalibration(kept);
    for (const l of loso.filter((x) => x.point.measurement.source.id === src)) {
      expect(predict(params, l.point)).toBeCloseTo(l.predicted, 9);
    }
  });

  it('grouped errors are at least as large as leave-one-out ones, overall', () => {
    const med = (h: Holdout) => summarise(accuracyRows(held.get(h)!)).medianError;
    expect(med('source')).toBeGreaterThanOrEqual(med('point') - 0.01);
    expect(med('class')).toBeGreaterThanOrEqual(med('point') - 0.01);
  });
});

describe('leave-one-source-out targets (issue 26)', () => {
  const by = (g: string) => rows.filter((r) => metricGroup(r.point) === g);
  const coverage = bandCoverage(loso, (p) => bandFor(bandGroupOf(p), p.deviceClass, p.engine));

  it('decode at batch 1: median error at most 15 %', () => {
    expect(summarise(by('single-stream')).medianError).toBeLessThanOrEqual(0.15);
  });

  it('75–90 % of held-out points fall inside the band their card shows', () => {
    expect(coverage).toBeGreaterThanOrEqual(0.75);
    expect(coverage).toBeLessThanOrEqual(0.9);
  });

  it('beats the flat 68 % baseline on decode at batch 1', () => {
    const s = summarise(by('single-stream'));
    expect(s.medianError).toBeLessThan(s.baselineMedianError);
  });

  it('every band holds the expected value, and widened bands are wider than their base', () => {
    for (const g of Object.values(BANDS)) {
      for (const b of Object.values(g)) expect(b.low <= 1 && b.high >= 1).toBe(true);
    }
    const narrow = bandFor('decode', 'apple', 'llama.cpp');
    const wide = bandFor('decode', 'accelerator', 'mlc-llm');
    expect(narrow.widenedBecause).toBeNull();
    expect(wide.widenedBecause).toMatch(/range is wide/);
    expect(wide.high / wide.low).toBeGreaterThan(narrow.high / narrow.low);
  });

  it('prompt processing and time to first token: median error at most 25 %', () => {
    expect(summarise(by('prompt')).medianError).toBeLessThanOrEqual(0.25);
  });

  // A target the data at hand does not meet yet: it fails today and is kept visible. When a
  // change meets it, its `it.fails` fails and should become `it`.

  it.fails('no point off by more than 2×', () => {
    for (const r of rows)
      expect(foldedError(r.ratio), r.point.measurement.id).toBeLessThanOrEqual(1);
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
    // H100 with vLLM (the datacenter default): the share was fitted on datacenter vLLM points.
    const share = r.params.find((p) => p.name === 'Bandwidth share')!;
    const fittedOn = fittedOnIds(share);
    expect(fittedOn.length).toBeGreaterThanOrEqual(3);
    for (const id of fittedOn) {
      const p = CALIBRATION_POINTS.find((x) => x.measurement.id === id)!;
      expect(p.deviceClass).toBe('datacenter-gpu');
    }
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

  it('adds two all-reduces per layer when split over devices, and their traffic over the link', () => {
    const one = expectedStep({ ...base, n: 8 })!.seconds;
    const tp = expectedStep({ ...base, n: 8, layers: 32 })!.seconds;
    // 2 × 32 all-reduces at the fitted two-device latency, times 2(8 − 1)/8 = 1.75 for eight.
    expect(tp - one).toBeCloseTo(64 * FITTED.allReduceSeconds * 1.75, 9);
    // With the hidden size the one decoding token's activations cross NVLink too: 64 all-reduces
    // of 4,096 × 2 bytes, each device sending 1.75× that, at the fitted share of 450 GB/s a way.
    const linked = expectedStep({ ...base, n: 8, layers: 32, hiddenSize: 4096 })!;
    const traffic = (64 * 4096 * 2 * 1.75) / (450e9 * FITTED.linkShare);
    expect(linked.seconds - tp).toBeCloseTo(traffic, 12);
    expect(linked.params.map((p) => p.name)).toContain('Link share');
    expect(FITTED.linkShare).toBeGreaterThan(0.5);
    expect(FITTED.linkShare).toBeLessThanOrEqual(1);
  });

  it('turns compute-bound at large batch and then uses the saturated band', () => {
    const big = expectedStep({ ...base, concurrency: 4096, flops: 4096 * 2 * 8e9 })!;
    const small = expectedStep(base)!;
    expect(big.seconds).toBeGreaterThan(small.seconds);
    expect(big.params.map((p) => p.name)).toContain('Decode compute share');
    expect(big.band.group).toBe('saturated');
  });

  it('prices prefill on a device with no compute peak at its class’s fitted prompt rate, and rejects bad input', () => {
    // Snapdragon 8 Elite Gen 5: Qualcomm states no NPU TOPS or GPU matrix rate, so the
    // catalogue gives no peak (its notes say why).
    const phone = device('snapdragon-8-elite-gen5');
    expect(phone.bf16Tflops).toBeNull();
    const r = expectedStep({ ...base, device: phone, phase: 'prefill', flops: 1e13 })!;
    expect(r.seconds).toBeGreaterThan(0);
    const rate = r.params.find((p) => p.name === 'Prompt rate per byte/s of bandwidth')!;
    expect(rate.basis).toMatch(/no sourced compute peak/);
    // 1e13 FLOPs at the fitted FLOP-per-byte × 84.8 GB/s; the 16 GB weight read at the fitted
    // bandwidth share shows by the overlap penalty on top of the longer of the two.
    const share = r.params.find((p) => p.name === 'Bandwidth share')!.value;
    const compute = 1e13 / (rate.value * phone.memoryBandwidthGBs * 1e9);
    const memory = 16e9 / (share * phone.memoryBandwidthGBs * 1e9);
    const expected = Math.max(compute, memory) + FITTED.overlapPenalty * Math.min(compute, memory);
    expect(r.seconds).toBeCloseTo(expected, 6);
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
    ['inferentia2', 'accelerator', 'neuron'],
    ['trainium2', 'accelerator', 'neuron'],
    ['gaudi-3', 'accelerator', 'vllm'],
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
  const est = estimateOf({ ...input, reservePercent: 10, pricePerDeviceHour: null });
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

  it('shows its time to first token as its parts: request, prompt step (attention counted), first decode', () => {
    const l8 = findModel('llama-3.1-8b')!;
    const e = expectedFigures({
      ...base,
      model: l8,
      weightPrecision: 'fp8',
      contextTokens: 8192,
      promptTokens: 7000,
      device: device('h100-sxm'),
    });
    const t = e.ttftParts;
    expect(t.requestSeconds + t.promptSeconds + t.firstDecodeSeconds).toBeCloseTo(
      e.ttftSeconds!.value,
      12,
    );
    // 7,000 tokens on an 8B model: attention is about 12 % of the prompt step's FLOPs.
    expect(t.attentionFlops / t.promptFlops).toBeCloseTo(0.115, 2);
    const line = expectedLines(e).find((l) => l.startsWith('Expected time to first token'));
    expect(line).toMatch(
      /per request \+ .* prompt step \(.* TFLOP, 12% of it attention\) \+ .* first decode step = /,
    );
  });

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
    // The catalogue derives a BF16 GPU peak for the M4 Max (16.2 TFLOPS), and llama.cpp's GGUF
    // prompts run on it: time to first token uses the prompt share of that peak.
    expect(e.promptRateFitted).toBe(false);
    expect(e.ttftSeconds!.value).toBeGreaterThan(0);
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

describe('one step model for prefill and decode (stepTimer)', () => {
  const h100 = device('h100-sxm');
  const timer = stepTimer({ device: h100, engine: 'vllm', precision: 'fp8', n: 1 })!;
  const decodeLoad = {
    weightBytes: 8e9,
    kvReadBytes: 1e9,
    decodeTokens: 16,
    promptTokens: 0,
    decodeFlops: 16 * 2 * 8e9,
    promptFlops: 0,
  };
  const promptLoad = {
    weightBytes: 8e9,
    kvReadBytes: 0,
    decodeTokens: 0,
    promptTokens: 2048,
    decodeFlops: 0,
    promptFlops: 2048 * 2 * 8e9,
  };

  it('decode-only and prompt-only steps equal expectedStep', () => {
    const d = expectedStep({
      device: h100,
      engine: 'vllm',
      precision: 'fp8',
      n: 1,
      phase: 'decode',
      bytes: 9e9,
      flops: decodeLoad.decodeFlops,
      concurrency: 16,
    })!;
    expect(timer.seconds(decodeLoad)).toBeCloseTo(d.seconds, 12);
    const p = expectedStep({
      device: h100,
      engine: 'vllm',
      precision: 'fp8',
      n: 1,
      phase: 'prefill',
      bytes: 8e9,
      flops: promptLoad.promptFlops,
      concurrency: 1,
    })!;
    expect(timer.seconds(promptLoad)).toBeCloseTo(p.seconds, 12);
  });

  it('a mixed step costs more than either part alone: prompt compute does not hide in decode', () => {
    const mixed = timer.seconds({
      ...decodeLoad,
      promptTokens: 2048,
      promptFlops: promptLoad.promptFlops,
    });
    expect(mixed).toBeGreaterThan(timer.seconds(decodeLoad));
    expect(mixed).toBeGreaterThan(timer.seconds(promptLoad));
    expect(timer.seconds({ ...decodeLoad, decodeTokens: 0, promptTokens: 0 })).toBe(0);
  });

  it("a mixture of experts' prompt FLOPs run at the fitted MoE share; decode is unchanged", () => {
    const moe = stepTimer({ device: h100, engine: 'vllm', precision: 'fp8', n: 1, moe: true });
    // This prompt step is compute-bound: its compute time stretches by 1 / share, its memory time
    // (the shorter, under the overlap penalty) does not.
    const rates = timer.rates!;
    const compute = promptLoad.promptFlops / rates.promptFlopsPerSecond;
    const memory = promptLoad.weightBytes / rates.bytesPerSecond;
    expect(compute).toBeGreaterThan(memory);
    expect(moe.seconds(promptLoad)).toBeCloseTo(
      compute / FITTED.moePromptShare + rates.overlapPenalty * memory + rates.allReduceSeconds,
      12,
    );
    expect(moe.seconds(decodeLoad)).toBe(timer.seconds(decodeLoad));
    expect(moe.params.map((p) => p.name)).toContain('Mixture-of-experts prompt share');
    expect(timer.params.map((p) => p.name)).not.toContain('Mixture-of-experts prompt share');
  });

  it('every device has a timer, a decode band and a prompt band', () => {
    for (const d of devices) {
      const t = stepTimer({ device: d, n: 1 });
      expect(t, d.id).not.toBeNull();
      expect(t!.seconds(decodeLoad) > 0, d.id).toBe(true);
      expect(t!.promptBand!.low <= 1 && t!.promptBand!.high >= 1, d.id).toBe(true);
    }
  });
});

describe('every device × preset × format the widget accepts', () => {
  it('yields an expected decode speed and time to first token, each with a band', () => {
    let walked = 0;
    for (const d of devices) {
      for (const preset of modelPresets) {
        for (const weightPrecision of WEIGHT_PRECISIONS) {
          const input = {
            device: d,
            model: preset,
            n: 1,
            weightPrecision,
            kvPrecision: 'bf16' as const,
            contextTokens: 4096,
            promptTokens: 1024,
            concurrency: 1,
          };
          const est = estimateOf({ ...input, reservePercent: 10, pricePerDeviceHour: null });
          if (!est.ok) continue;
          const e = expectedFor({
            ...input,
            engine: null,
            pricePerDeviceHour: null,
            estimate: est.value,
          });
          const id = `${d.id} ${preset.id} ${weightPrecision}`;
          expect(e, id).not.toBeNull();
          const { decodeTokensPerSecond: tps, ttftSeconds: ttft } = e!;
          expect(Number.isFinite(tps.value) && tps.value > 0, id).toBe(true);
          expect(tps.low <= tps.value && tps.value <= tps.high, id).toBe(true);
          expect(ttft !== null && Number.isFinite(ttft.value) && ttft.value > 0, id).toBe(true);
          expect(ttft!.low <= ttft!.value && ttft!.value <= ttft!.high, id).toBe(true);
          walked++;
        }
      }
    }
    expect(walked).toBeGreaterThan(100);
  });
});

describe('band coverage on grouped validation', () => {
  it('is measured on held-out ratios of seconds (rates invert, TTFT does not)', () => {
    const l = loso.find((x) => x.point.kind === 'ttft');
    if (l) expect(secondsRatio(l)).toBeCloseTo(1 / l.ratio, 12);
  });
});
