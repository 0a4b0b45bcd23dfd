// Arithmetic behind the format, multi-device and TPU chapters: per-direction links, all-reduce, fit, MXU fill.
import { describe, expect, it } from 'vitest';
import { findModel } from '../../src/data/models';
import { BITS_PER_WEIGHT } from '../../src/data/precisions';
import {
  deviceRidge,
  fitAndBound,
  mxuFill,
  perDirectionGBs,
  ringAllReduceBytes,
  speedupOverBf16,
  tensorParallelTraffic,
} from '../../src/lib/model/parallelism';

const llama70b = findModel('llama-3.1-70b');
if (!llama70b) throw new Error('preset llama-3.1-70b missing');

describe('links and all-reduce', () => {
  it('halves a both-directions figure', () => {
    // NVLink 4: 900 GB/s both directions -> 450 each way.
    expect(perDirectionGBs(900)).toBe(450);
  });

  it('sends 2(n-1)/n of the payload per device in a ring', () => {
    expect(ringAllReduceBytes(1000, 1)).toBe(0); // alone: nothing to exchange
    expect(ringAllReduceBytes(1000, 2)).toBe(1000); // 2·1/2
    expect(ringAllReduceBytes(1000, 4)).toBe(1500); // 2·3/4
    expect(ringAllReduceBytes(1000, 8)).toBe(1750); // 2·7/8
  });

  it('rejects a fractional device count or a negative payload', () => {
    expect(() => ringAllReduceBytes(10, 2.5)).toThrow(RangeError);
    expect(() => ringAllReduceBytes(-1, 2)).toThrow(RangeError);
    expect(() => ringAllReduceBytes(Number.NaN, 2)).toThrow(RangeError);
  });

  it('prices the Llama 3.1 70B decode all-reduce over NVLink 4', () => {
    // 32 sequences × 8,192 hidden × 2 bytes = 524,288 bytes per all-reduce; 160 per step.
    // Ring over 4: ×1.5 -> 160 × 786,432 = 125,829,120 bytes; at 450 GB/s = 0.2796 ms.
    const t = tensorParallelTraffic({
      hiddenSize: 8192,
      layers: 80,
      sequences: 32,
      n: 4,
      GBsPerDirection: 450,
    });
    expect(t.payloadBytes).toBe(524_288);
    expect(t.allReducesPerStep).toBe(160);
    expect(t.bytesSentPerStep).toBe(125_829_120);
    expect(t.secondsPerStep).toBeCloseTo(125_829_120 / 450e9, 12);
  });

  it('scales inversely with link bandwidth', () => {
    const base = { hiddenSize: 8192, layers: 80, sequences: 1, n: 2 };
    const fast = tensorParallelTraffic({ ...base, GBsPerDirection: 450 }).secondsPerStep;
    const slow = tensorParallelTraffic({ ...base, GBsPerDirection: 64 }).secondsPerStep;
    expect(slow / fast).toBeCloseTo(450 / 64, 10);
  });

  it('refuses a zero-bandwidth link instead of returning Infinity', () => {
    expect(() =>
      tensorParallelTraffic({ hiddenSize: 1, layers: 1, sequences: 1, n: 2, GBsPerDirection: 0 }),
    ).toThrow(RangeError);
  });
});

describe('MXU fill and ridge points', () => {
  it('fills a 128 array fully and a 256 array half with a 128-wide operand', () => {
    expect(mxuFill(128, 128)).toBe(1);
    expect(mxuFill(128, 256)).toBe(0.5);
    // 200 on 128: padded to 256 -> 200/256.
    expect(mxuFill(200, 128)).toBeCloseTo(200 / 256, 12);
  });

  it('computes the ridge as peak over bandwidth and says null when a peak is missing', () => {
    // v6e: 918 TFLOPS / 1,638 GB/s = 560.4 FLOP/byte.
    expect(deviceRidge({ memoryBandwidthGBs: 1638 }, 918)).toBeCloseTo(918e12 / 1638e9, 9);
    expect(deviceRidge({ memoryBandwidthGBs: 1638 }, null)).toBeNull();
    expect(speedupOverBf16({ bf16Tflops: 459 }, 459)).toBe(1);
    expect(speedupOverBf16({ bf16Tflops: null }, 459)).toBeNull();
  });
});

describe('fit and decode bound', () => {
  const h100 = { memoryGB: 80, memoryBandwidthGBs: 3350 };

  it('fits Llama 3.1 70B FP8 on two H100s and halves the KV with an FP8 cache', () => {
    const bf16Kv = fitAndBound({
      device: h100,
      n: 2,
      model: llama70b,
      weights: 'fp8',
      kv: 'bf16',
      contextTokens: 32_768,
    });
    const fp8Kv = fitAndBound({
      device: h100,
      n: 2,
      model: llama70b,
      weights: 'fp8',
      kv: 'fp8',
      contextTokens: 32_768,
    });
    // Weights: 70.6e9 × 8 bits = 70.6 GB. Usable: 160 × 0.9 = 144 GB, so 73.4 GB for KV.
    expect(bf16Kv.weightsGB).toBeCloseTo((70.6 * BITS_PER_WEIGHT.fp8) / 8, 9);
    expect(bf16Kv.kvBudgetGB).toBeCloseTo(144 - 70.6, 9);
    // BF16 KV: 2 × 8 heads × 128 × 2 bytes × 80 layers × 32,768 = 10.737 GB; 73.4/10.737 -> 6.
    expect(bf16Kv.kvGBPerSequence).toBeCloseTo(10.737418, 5);
    expect(bf16Kv.sequences).toBe(6);
    expect(fp8Kv.kvGBPerSequence).toBeCloseTo(bf16Kv.kvGBPerSequence / 2, 9);
    expect(fp8Kv.sequences).toBe(13); // 73.4 / 5.3687 = 13.67
    // One sequence reads 70.6 + 10.737 GB per token at 6,700 GB/s.
    expect(bf16Kv.singleSequenceTokensPerSecond).toBeCloseTo(6700 / (70.6 + 10.737418), 3);
  });

  it('reports zero sequences and no speed when the weights do not fit', () => {
    const r = fitAndBound({
      device: h100,
      n: 1,
      model: llama70b,
      weights: 'bf16',
      kv: 'bf16',
      contextTokens: 8192,
    });
    expect(r.sequences).toBe(0);
    expect(r.singleSequenceTokensPerSecond).toBeNull();
    expect(r.fullBatchTokensPerSecond).toBeNull();
  });

  it('rejects a zero context or fractional device count', () => {
    expect(() =>
      fitAndBound({
        device: h100,
        n: 2,
        model: llama70b,
        weights: 'fp8',
        kv: 'fp8',
        contextTokens: 0,
      }),
    ).toThrow(RangeError);
    expect(() =>
      fitAndBound({
        device: h100,
        n: 1.5,
        model: llama70b,
        weights: 'fp8',
        kv: 'fp8',
        contextTokens: 8,
      }),
    ).toThrow(RangeError);
  });
});
