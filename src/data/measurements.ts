// Published single-stream decode measurements, used to check the estimator's ideal bounds.
import type { KvPrecision, WeightPrecision } from '../lib/estimator';
import type { Source } from './types';

export interface Measurement {
  id: string;
  /** Catalogue device id (src/data/hardware.ts). */
  deviceId: string;
  /** Devices used together (tensor parallel). */
  n: number;
  /** Model preset id (src/data/models.ts). */
  modelId: string;
  engine: string;
  weightPrecision: WeightPrecision;
  kvPrecision: KvPrecision;
  /** Sequences decoded together; 1 means tokens/s per user. */
  concurrency: number;
  promptTokens: number;
  /** Prompt plus generated tokens at the end of the run (KV read per step grows towards it). */
  contextTokens: number;
  /** Published decode speed in tokens per second for all sequences together. */
  measuredTokensPerSecond: number;
  /** The scenario in words, as the source states it. */
  scenario: string;
  /** One sentence on why the measurement falls short of the ideal bound. */
  why: string;
  source: Source;
}

const ACCESSED = '2026-11-29';

const gptFast: Source = {
  id: 'gpt-fast-readme',
  title: 'pytorch-labs/gpt-fast README, Benchmarks',
  url: 'https://github.com/pytorch-labs/gpt-fast#benchmarks',
  accessed: ACCESSED,
};

const trtllmH100VsA100: Source = {
  id: 'trtllm-h100-vs-a100',
  title: 'TensorRT-LLM blog: H100 has 4.6x A100 performance in TensorRT-LLM',
  url: 'https://nvidia.github.io/TensorRT-LLM/blogs/H100vsA100.html',
  accessed: ACCESSED,
};

export const measurements: readonly Measurement[] = [
  {
    id: 'gpt-fast-llama-2-7b-bf16-a100',
    deviceId: 'a100-sxm-80gb',
    n: 1,
    modelId: 'llama-2-7b',
    engine: 'gpt-fast (PyTorch, torch.compile)',
    weightPrecision: 'bf16',
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 5,
    contextTokens: 205,
    measuredTokensPerSecond: 104.9,
    scenario: 'BF16, batch 1, 5-token prompt, about 200 generated tokens',
    why:
      'The A100 was power-limited to 330 W and reached 1,397 GB/s of its 2,039 GB/s peak; ' +
      'this run is also where the default realistic efficiency comes from.',
    source: gptFast,
  },
  {
    id: 'gpt-fast-llama-2-7b-int4-a100',
    deviceId: 'a100-sxm-80gb',
    n: 1,
    modelId: 'llama-2-7b',
    engine: 'gpt-fast (PyTorch, torch.compile)',
    weightPrecision: 'int4',
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 5,
    contextTokens: 205,
    measuredTokensPerSecond: 196.8,
    scenario: 'int4 weight-only, group size 32, batch 1, 5-token prompt',
    why:
      'Dequantising 4-bit weights costs instructions, gpt-fast stores a zero point as well as a ' +
      'scale per group (about 5 bits per weight, not 4.5), and fixed per-token overheads weigh ' +
      'more once each step moves fewer bytes.',
    source: gptFast,
  },
  {
    id: 'gpt-fast-llama-2-70b-bf16-8xa100',
    deviceId: 'a100-sxm-80gb',
    n: 8,
    modelId: 'llama-2-70b',
    engine: 'gpt-fast (PyTorch, tensor parallel)',
    weightPrecision: 'bf16',
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 5,
    contextTokens: 205,
    measuredTokensPerSecond: 62.5,
    scenario: 'BF16, tensor parallel over 8 GPUs, batch 1, 5-token prompt',
    why:
      'Each layer waits for two all-reduces across the eight GPUs, and at batch 1 their latency, ' +
      'not link bandwidth, eats into every step.',
    source: gptFast,
  },
  {
    id: 'trtllm-gpt-j-6b-fp8-h100',
    deviceId: 'h100-sxm',
    n: 1,
    modelId: 'gpt-j-6b',
    engine: 'TensorRT-LLM 0.5.0',
    weightPrecision: 'fp8',
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 128,
    contextTokens: 256,
    measuredTokensPerSecond: 185,
    scenario: 'FP8, batch 1, 128-token input (output length not stated; 128 assumed)',
    why:
      'A 6 GB FP8 model is read in under 2 ms at full bandwidth, so kernel launches, attention ' +
      'and sampling, which do not shrink with the weights, take a large share of each step.',
    source: trtllmH100VsA100,
  },
  {
    id: 'trtllm-gpt-j-6b-fp16-a100',
    deviceId: 'a100-sxm-80gb',
    n: 1,
    modelId: 'gpt-j-6b',
    engine: 'TensorRT-LLM 0.5.0',
    weightPrecision: 'bf16',
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 128,
    contextTokens: 256,
    measuredTokensPerSecond: 111,
    scenario: 'FP16 (same size as BF16), batch 1, 128-token input (output length not stated)',
    why:
      'Twice the bytes per weight as the H100 FP8 run make each step longer, so fixed overheads ' +
      'matter less and the A100 gets closer to its bandwidth bound.',
    source: trtllmH100VsA100,
  },
];

export function findMeasurement(id: string): Measurement | undefined {
  return measurements.find((m) => m.id === id);
}
