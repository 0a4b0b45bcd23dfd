// Published measurements on Apple silicon: llama.cpp (discussion #4167, M3 Ultra) and MLX.
import { gib, type Measurement } from './measurement-types';
import { MEASUREMENT_SOURCES as S } from './measurement-sources';

const APPLE_4167 = (
  chip: 'm4pro' | 'm4max' | 'm2ultra',
): Pick<Measurement, 'deviceId' | 'deviceStandIn'> => {
  if (chip === 'm4max') return { deviceId: 'apple-m4-max-40c' };
  if (chip === 'm4pro') {
    return {
      deviceId: 'apple-m4-pro-20c',
      deviceStandIn: {
        name: 'Apple M4 Pro (20-core GPU)',
        kind: 'gpu',
        segment: 'edge',
        vendor: 'Apple',
        memoryBandwidthGBs: 273,
        unifiedMemory: true,
        source: S.llamaCppApple,
      },
    };
  }
  return {
    deviceId: 'apple-m2-ultra-76c',
    deviceStandIn: {
      name: 'Apple M2 Ultra (76-core GPU)',
      kind: 'gpu',
      segment: 'edge',
      vendor: 'Apple',
      memoryBandwidthGBs: 800,
      unifiedMemory: true,
      source: S.llamaCppApple,
    },
  };
};

const APPLE_COMMON = {
  n: 1,
  interconnect: null,
  engine: 'llama.cpp',
  engineVersion: 'llama.cpp build 8e672ef (2023-11-21), Metal',
  modelId: 'llama-2-7b',
  kvPrecision: 'bf16',
  concurrency: 1,
  promptTokens: 0,
  outputTokens: 128,
  meanContextTokens: 64,
  metric: 'decode-tps',
  date: '2023-11-22',
  source: S.llamaCppApple,
} as const;

const APPLE_NOTE =
  'llama-bench tg128 (128 tokens generated from an empty context, batch 1), all layers on the GPU. ' +
  'F16 weights are stored as bf16 here: the same two bytes per weight. Table values read from a ' +
  'stored copy of the thread summary; the file sizes come from the raw llama-bench output in the thread.';

export const appleMeasurements: readonly Measurement[] = [
  // --- Apple silicon, llama.cpp Metal (discussion #4167) --------------------------------------
  {
    ...APPLE_COMMON,
    ...APPLE_4167('m4pro'),
    id: 'llamacpp-4167-m4pro-20c-llama2-7b-f16',
    weightPrecision: 'bf16',
    fileSizeGB: gib(12.55),
    fileSizeReported: '12.55 GiB',
    value: 17.18,
    quote: 'M4 Pro 273/20 … F16 TG 17.18',
    notes: APPLE_NOTE,
  },
  {
    ...APPLE_COMMON,
    ...APPLE_4167('m4pro'),
    id: 'llamacpp-4167-m4pro-20c-llama2-7b-q8_0',
    weightPrecision: 'q8_0',
    fileSizeGB: gib(6.67),
    fileSizeReported: '6.67 GiB',
    value: 30.69,
    quote: 'M4 Pro 273/20 … Q8_0 TG 30.69',
    notes: APPLE_NOTE,
  },
  {
    ...APPLE_COMMON,
    ...APPLE_4167('m4pro'),
    id: 'llamacpp-4167-m4pro-20c-llama2-7b-q4_0',
    weightPrecision: 'q4_0',
    fileSizeGB: gib(3.56),
    fileSizeReported: '3.56 GiB',
    value: 50.74,
    quote: 'M4 Pro 273/20 … Q4_0 TG 50.74',
    notes: APPLE_NOTE,
  },
  {
    ...APPLE_COMMON,
    ...APPLE_4167('m4max'),
    id: 'llamacpp-4167-m4max-40c-llama2-7b-f16',
    weightPrecision: 'bf16',
    fileSizeGB: gib(12.55),
    fileSizeReported: '12.55 GiB',
    value: 31.64,
    quote: 'M4 Max 546/40 … F16 TG 31.64',
    notes: APPLE_NOTE,
  },
  {
    ...APPLE_COMMON,
    ...APPLE_4167('m4max'),
    id: 'llamacpp-4167-m4max-40c-llama2-7b-q8_0',
    weightPrecision: 'q8_0',
    fileSizeGB: gib(6.67),
    fileSizeReported: '6.67 GiB',
    value: 54.05,
    quote: 'M4 Max 546/40 … Q8_0 TG 54.05',
    notes: APPLE_NOTE,
  },
  {
    ...APPLE_COMMON,
    ...APPLE_4167('m4max'),
    id: 'llamacpp-4167-m4max-40c-llama2-7b-q4_0',
    weightPrecision: 'q4_0',
    fileSizeGB: gib(3.56),
    fileSizeReported: '3.56 GiB',
    value: 83.06,
    quote: 'M4 Max 546/40 … Q4_0 TG 83.06',
    notes: APPLE_NOTE,
  },
  {
    ...APPLE_COMMON,
    ...APPLE_4167('m2ultra'),
    id: 'llamacpp-4167-m2ultra-76c-llama2-7b-f16',
    weightPrecision: 'bf16',
    fileSizeGB: gib(12.55),
    fileSizeReported: '12.55 GiB',
    value: 41.02,
    quote: 'M2 Ultra 800/76 … F16 TG 41.02',
    notes: APPLE_NOTE,
  },
  {
    ...APPLE_COMMON,
    ...APPLE_4167('m2ultra'),
    id: 'llamacpp-4167-m2ultra-76c-llama2-7b-q8_0',
    weightPrecision: 'q8_0',
    fileSizeGB: gib(6.67),
    fileSizeReported: '6.67 GiB',
    value: 66.64,
    quote: 'M2 Ultra 800/76 … Q8_0 TG 66.64',
    notes: APPLE_NOTE,
  },
  {
    ...APPLE_COMMON,
    ...APPLE_4167('m2ultra'),
    id: 'llamacpp-4167-m2ultra-76c-llama2-7b-q4_0',
    weightPrecision: 'q4_0',
    fileSizeGB: gib(3.56),
    fileSizeReported: '3.56 GiB',
    value: 94.27,
    quote: 'M2 Ultra 800/76 … Q4_0 TG 94.27',
    notes: APPLE_NOTE,
  },
  {
    id: 'geerling-m3ultra-80c-llama3.3-70b-q4_k_m',
    deviceId: 'apple-m3-ultra-80c',
    deviceStandIn: {
      name: 'Apple M3 Ultra (80-core GPU)',
      kind: 'gpu',
      segment: 'edge',
      vendor: 'Apple',
      memoryBandwidthGBs: 819,
      unifiedMemory: true,
      source: S.techpowerupM3Ultra,
    },
    n: 1,
    interconnect: null,
    engine: 'llama.cpp',
    engineVersion: 'llama.cpp build 4d3726278 (7315), Metal, flash attention on',
    modelId: 'llama-3.1-70b',
    weightPrecision: 'q4_k_m',
    fileSizeGB: gib(39.59),
    fileSizeReported: '39.59 GiB',
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 0,
    outputTokens: 128,
    meanContextTokens: 64,
    metric: 'decode-tps',
    value: 14.41,
    date: '2025-12-10',
    source: S.geerlingMacCluster,
    quote: 'llama 70B Q4_K - Medium | 39.59 GiB | 70.55 B | Metal,BLAS | … | tg128 | 14.41 ± 0.02',
    notes:
      'Single Mac Studio (M3 Ultra, 32-core CPU, 80-core GPU, 512 GB) before the cluster runs; ' +
      'Llama 3.3 70B Instruct, which shares Llama 3.1 70B’s architecture.',
  },
  // --- Apple silicon, MLX ------------------------------------------------------------------------
  {
    id: 'mlx-1069-m2ultra-llama3-70b-bf16',
    deviceId: 'apple-m2-ultra-76c',
    n: 1,
    interconnect: null,
    engine: 'mlx',
    engineVersion: 'mlx-lm with wired memory (mlx-examples PR #1069, October 2024)',
    modelId: 'llama-3.1-70b',
    weightPrecision: 'bf16',
    fileSizeGB: null,
    fileSizeReported: null,
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 16,
    outputTokens: 100,
    meanContextTokens: 66,
    metric: 'decode-tps',
    value: 4.7,
    date: '2024-10-24',
    source: S.mlxWired,
    quote: 'generation (100 toks) | 0.23 toks/sec | 4.7 toks/sec',
    notes:
      'Meta-Llama-3-70B-Instruct in 16-bit on an M2 Ultra with the weights wired into GPU memory, ' +
      'posted by an MLX maintainer. The post does not give the GPU-core bin; both M2 Ultra bins ' +
      'have the same 800 GB/s, so the 76-core entry stands in.',
  },
  {
    id: 'mlx-1029-m3max-40c-llama3.3-70b-4bit',
    deviceId: 'apple-m3-max-40c',
    n: 1,
    interconnect: null,
    engine: 'mlx',
    engineVersion: 'MLX-LM 0.20.4, MLX 0.21.1',
    modelId: 'llama-3.1-70b',
    weightPrecision: 'int4',
    fileSizeGB: 39.71,
    fileSizeReported:
      'not reported; MLX 4-bit with group 64 and a BF16 scale and bias per group is 4 + 32/64 = 4.5 bits, × 70.6B / 8 = 39.7 GB',
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 260,
    outputTokens: 309,
    meanContextTokens: 415,
    metric: 'decode-tps',
    value: 9.351,
    date: '2024-12-15',
    source: S.mlxSpeedIssue,
    quote: '| 260 | 75.871 | 309 | 9.351 | 48s |',
    notes:
      'Llama-3.3-70B-Instruct-4bit on a 64 GB M3 Max; Apple sold 64 GB only with the 40-core GPU, ' +
      'so the 40-core entry applies. Shortest prompt of the reporter’s sweep.',
  },
];
