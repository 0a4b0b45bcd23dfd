// Model presets: every architecture is complete, sourced and accepted by the estimator.
import { describe, expect, it } from 'vitest';
import { findModel, modelPresets } from '@site/src/data/models';
import { DEFAULT_INPUT, kvBytesPerLayerToken } from '@site/src/lib/model';
import { estimateOf } from './fixtures';
import { forwardFlops, promptAttentionFlops, promptFlops } from '@site/src/lib/model/math';
import type { Device } from '@site/src/data/types';

const bigDevice: Device = {
  id: 'fixture',
  name: 'Fixture',
  vendor: 'Test',
  kind: 'gpu',
  segment: 'datacenter',
  released: 2024,
  memoryGB: 192,
  memoryLabel: '192 GB',
  memoryBasis: 'as-published',
  preliminary: [],
  memoryType: 'HBM3',
  memoryBandwidthGBs: 5000,
  bf16Tflops: 1000,
  fp8Tflops: 2000,
  int8Tops: 2000,
  fp4Tflops: null,
  tdpW: 750,
  scaleUp: { name: 'link', GBs: 900 },
  unit: 'chip',
  hostLink: null,
  usableMemory: null,
  derived: {},
  notes: '',
  sources: [],
  cite: {},
};

const REQUIRED = [
  'llama-3.1-8b',
  'llama-3.1-70b',
  'llama-3.1-405b',
  'qwen3-32b',
  'mixtral-8x7b',
  'deepseek-v3',
  'gpt-oss-120b',
  'gemma-3-27b',
];

describe('model presets', () => {
  it('include every id the contract names, each unique and kebab-case', () => {
    const ids = modelPresets.map((m) => m.id);
    for (const id of REQUIRED) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
  });

  it.each(modelPresets.map((m) => [m.id, m] as const))('%s is sourced and valid', (_id, m) => {
    expect(m.source.url).toMatch(/^https:\/\//);
    expect(['2026-11-29', '2026-12-01', '2026-12-07']).toContain(m.source.accessed);
    expect(m.name.length).toBeGreaterThan(0);
    expect(m.notes.length).toBeGreaterThan(0);
    expect(m.activeParamsB).toBeLessThanOrEqual(m.totalParamsB);
    if (m.slidingWindow) expect(m.slidingWindow.layers).toBeLessThanOrEqual(m.layers);
    expect(m.hiddenSize).toBeGreaterThan(0);
    const r = estimateOf({ ...DEFAULT_INPUT, device: bigDevice, model: m, n: 16 });
    expect(r.ok).toBe(true);
  });

  it('findModel returns presets by id and undefined otherwise', () => {
    expect(findModel('deepseek-v3')?.name).toBe('DeepSeek-V3');
    expect(findModel('no-such-model')).toBeUndefined();
  });
});

describe('architecture details from the published configs', () => {
  it('DeepSeek-V3 caches kv_lora_rank + qk_rope_head_dim = 512 + 64 = 576 values per layer', () => {
    const m = findModel('deepseek-v3');
    expect(m?.attention).toEqual({ kind: 'mla', cachedWidth: 512 + 64 });
    expect(m?.layers).toBe(61);
    expect(m?.totalParamsB).toBe(671);
    expect(m?.activeParamsB).toBe(37);
  });

  it('gpt-oss-120b alternates 128-token windowed and full layers: 18 of 36', () => {
    const m = findModel('gpt-oss-120b');
    expect(m?.layers).toBe(36);
    expect(m?.slidingWindow).toEqual({ layers: 36 / 2, window: 128 });
    expect(m?.totalParamsB).toBe(116.8);
    expect(m?.activeParamsB).toBe(5.1);
  });

  it('Gemma 3 27B has 5 local (1,024-token) layers per global one: 62 − floor(62 / 6) = 52', () => {
    const m = findModel('gemma-3-27b');
    expect(m?.layers).toBe(62);
    expect(m?.slidingWindow).toEqual({ layers: 62 - Math.floor(62 / 6), window: 1024 });
  });

  it('Llama 3.1 70B per-layer KV: 2 × 8 × 128 × 2 bytes = 4,096 bytes per token', () => {
    const m = findModel('llama-3.1-70b');
    expect(m && kvBytesPerLayerToken(m, 2)).toBe(4096);
  });

  it('Mixtral 8x7B activates 12.9B of 46.7B parameters', () => {
    const m = findModel('mixtral-8x7b');
    expect([m?.totalParamsB, m?.activeParamsB]).toEqual([46.7, 12.9]);
  });
});

describe('presets added for the calibration measurements', () => {
  it('gpt-oss-20b: 24 layers, half of them windowed to 128 tokens, 8 KV heads of 64', () => {
    const m = findModel('gpt-oss-20b');
    expect(m?.layers).toBe(24);
    expect(m?.slidingWindow).toEqual({ layers: 24 / 2, window: 128 });
    expect(m?.kvHeads).toBe(8);
    expect(m?.headDim).toBe(64);
    // 2 (K and V) × 8 heads × 64 × 2 bytes = 2,048 bytes per layer per token
    expect(kvBytesPerLayerToken(m!, 2)).toBe(2048);
  });

  it('qwen3-30b-a3b uses about a ninth of its weights per token (3.3 / 30.53 ≈ 0.108)', () => {
    const m = findModel('qwen3-30b-a3b');
    expect(m!.activeParamsB / m!.totalParamsB).toBeCloseTo(0.108, 3);
    expect(m?.kvHeads).toBe(4);
  });

  it('qwen2.5-7b is dense and offered only for reference', () => {
    const m = findModel('qwen2.5-7b');
    expect(m?.activeParamsB).toBe(m?.totalParamsB);
    expect(m?.referenceOnly).toBe(true);
  });
});

describe('presets added for the second pass of edge measurements', () => {
  it('llama-3.2-1b: 16 layers, 8 KV heads of 64, 1.24B parameters', () => {
    const m = findModel('llama-3.2-1b');
    expect(m?.layers).toBe(16);
    // 2 (K and V) × 8 heads × 64 × 2 bytes = 2,048 bytes per layer per token
    expect(kvBytesPerLayerToken(m!, 2)).toBe(2048);
    // 16 × (2 × 2,048² + 2 × 2,048 × 512 + 3 × 2,048 × 8,192) + 128,256 × 2,048 = 1.236e9
    expect(m?.totalParamsB).toBeCloseTo(1.236, 1);
  });

  it('mistral-7b (v0.3): 32 layers, 8 KV heads of 128, no sliding window, reference only', () => {
    const m = findModel('mistral-7b');
    expect(m?.layers).toBe(32);
    // 2 × 8 × 128 × 2 bytes = 4,096 bytes per layer per token
    expect(kvBytesPerLayerToken(m!, 2)).toBe(4096);
    expect(m?.slidingWindow).toBeNull();
    expect(m?.referenceOnly).toBe(true);
  });
});

describe('promptFlops', () => {
  it('leaves out the embedding lookup and runs the output projection for the last token only', () => {
    const m = findModel('llama-3.2-1b')!;
    // Tied: one 128,256 × 2,048 = 0.26267B matrix. 512 tokens × 2 × (1.24 − 0.26267)B plus the
    // last token's output projection, 2 × 0.26267B.
    const head = (128256 * 2048) / 1e9;
    expect(promptFlops(m, 512)).toBeCloseTo(512 * 2 * (1.24 - head) * 1e9 + 2 * head * 1e9, -3);
    // Untied dense model: both matrices leave the per-token count.
    const l8 = findModel('llama-3.1-8b')!;
    const h8 = (128256 * 4096) / 1e9;
    expect(promptFlops(l8, 100)).toBeCloseTo(100 * 2 * (8.03 - 2 * h8) * 1e9 + 2 * h8 * 1e9, -3);
    // Without a vocabulary size it falls back to two FLOPs per active weight per token.
    const bare = { totalParamsB: 7, activeParamsB: 7 };
    expect(promptFlops(bare, 10)).toBe(forwardFlops(7, 10));
  });
});

describe('promptAttentionFlops', () => {
  const l8 = findModel('llama-3.1-8b')!;

  it('counts each prompt token attending to every earlier one, four FLOPs per position per query dimension per layer', () => {
    // 1,000 tokens from an empty cache: positions 1..1,000 sum to 500,500; × 4 × 4,096 × 32 layers.
    expect(promptAttentionFlops(l8, 1000)).toBe(4 * 4096 * 32 * 500500);
    // A chunk after 3,000 cached tokens pays for them: chunks add up to the whole prompt.
    const whole = promptAttentionFlops(l8, 4000);
    expect(promptAttentionFlops(l8, 3000) + promptAttentionFlops(l8, 1000, 3000)).toBe(whole);
    // 13 % on top of the linear FLOPs of a 7,000-token prompt, and growing with length.
    expect(promptAttentionFlops(l8, 7000) / promptFlops(l8, 7000)).toBeCloseTo(0.13, 2);
    expect(promptAttentionFlops(l8, 0)).toBe(0);
  });

  it('caps windowed layers at the window and prices nothing without a hidden size', () => {
    const windowed = { layers: 2, hiddenSize: 10, slidingWindow: { layers: 1, window: 4 } };
    // Full layer: 1 + … + 10 = 55 positions; windowed layer: 1 + 2 + 3 + 4 + 4 × 6 = 34.
    expect(promptAttentionFlops(windowed, 10)).toBe(4 * 10 * (55 + 34));
    // From offset 8 the windowed layer sees 4 positions per token.
    expect(promptAttentionFlops(windowed, 2, 8)).toBe(4 * 10 * (9 + 10 + 4 + 4));
    expect(promptAttentionFlops({ layers: 32, slidingWindow: null }, 1000)).toBe(0);
  });
});
