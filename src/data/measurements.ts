// Published inference measurements, each with its exact conditions and source, that the expected-speed model is fitted to.
import type { KvPrecision, WeightPrecision } from './precisions';
import type { Source } from './types';
import { MEASUREMENT_SOURCES as S } from './measurement-sources';

/** Engine families the expected-speed model distinguishes (src/lib/calibration.ts). */
export type EngineFamily =
  'llama.cpp' | 'mlx' | 'vllm' | 'sglang' | 'tensorrt-llm' | 'jetstream' | 'pytorch';

/**
 * - `decode-tps`: tokens per second of one sequence decoded alone (batch 1).
 * - `throughput-tps-per-device`: output tokens per second of all sequences together, divided by
 *   the device count. `concurrency` null means the source ran at saturation (MLPerf Offline) and
 *   did not state a batch.
 * - `prompt-tps`: prompt tokens processed per second (prefill), one sequence.
 */
export type MeasurementMetric = 'decode-tps' | 'throughput-tps-per-device' | 'prompt-tps';

/** Figures that stand in for a catalogue entry not yet in src/data/hardware.ts (the catalogue wins). */
export interface DeviceStandIn {
  name: string;
  kind: 'gpu' | 'cpu' | 'tpu';
  segment: 'datacenter' | 'workstation' | 'edge';
  vendor: string;
  memoryBandwidthGBs: number;
  /** True for unified-memory systems-on-chip other than Apple's (DGX Spark, Strix Halo). */
  unifiedMemory: boolean;
  source: Source;
}

export interface Measurement {
  id: string;
  /** Catalogue device id (src/data/hardware.ts); ids fixed in the brief may not be there yet. */
  deviceId: string;
  deviceStandIn?: DeviceStandIn;
  /**
   * Memory bandwidth of the tested configuration when it is below the device's full figure
   * (for example a CPU with fewer memory channels populated), per device in GB/s.
   */
  configuredBandwidthGBs?: number;
  /** Devices used together for one model replica. */
  n: number;
  /** How the devices were connected; null for one device. */
  interconnect: string | null;
  engine: EngineFamily;
  /** Engine name, version or build as the source gives it. */
  engineVersion: string;
  /** Model preset id (src/data/models.ts). */
  modelId: string;
  weightPrecision: WeightPrecision;
  /** Weight bytes in GB (10^9) as the source reports them (converted from GiB where it uses GiB). */
  fileSizeGB: number | null;
  /** The size exactly as the source states it, or null when it states none. */
  fileSizeReported: string | null;
  kvPrecision: KvPrecision;
  /** Sequences decoded together; null when the source ran at saturation without stating it. */
  concurrency: number | null;
  promptTokens: number;
  outputTokens: number;
  /** Mean context length while decoding (prompt plus half the output, or as stated). */
  meanContextTokens: number;
  metric: MeasurementMetric;
  /** Tokens per second in the metric's unit. */
  value: number;
  /** When the measurement was made or published (ISO date). */
  date: string;
  source: Source;
  /** A short verbatim fact line from the source that carries the figure. */
  quote: string;
  /** Conditions and caveats in our words. */
  notes: string;
}

export interface ExcludedMeasurement {
  id: string;
  description: string;
  source: Source;
  reason: string;
}

const GIB = 1.073741824;
/** GiB (as llama-bench prints sizes) to GB. */
const gib = (v: number): number => Math.round(v * GIB * 1000) / 1000;

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

const DGX_SPARK: Pick<Measurement, 'deviceId' | 'deviceStandIn'> = {
  deviceId: 'dgx-spark',
  deviceStandIn: {
    name: 'NVIDIA DGX Spark (GB10)',
    kind: 'gpu',
    segment: 'edge',
    vendor: 'NVIDIA',
    memoryBandwidthGBs: 273,
    unifiedMemory: true,
    source: S.exoSparkHandbook,
  },
};

const STRIX_HALO: Pick<Measurement, 'deviceId' | 'deviceStandIn'> = {
  deviceId: 'ryzen-ai-max-395',
  deviceStandIn: {
    name: 'AMD Ryzen AI Max+ 395 (Radeon 8060S)',
    kind: 'gpu',
    segment: 'edge',
    vendor: 'AMD',
    memoryBandwidthGBs: 256,
    unifiedMemory: true,
    source: S.svethardwareStrixHalo,
  },
};

const RTX_3090: Pick<Measurement, 'deviceId' | 'deviceStandIn'> = {
  deviceId: 'rtx-3090',
  deviceStandIn: {
    name: 'NVIDIA GeForce RTX 3090',
    kind: 'gpu',
    segment: 'workstation',
    vendor: 'NVIDIA',
    memoryBandwidthGBs: 936,
    unifiedMemory: false,
    source: S.thirdPartyGpuTable,
  },
};

/** Shared conditions of the llama.cpp Apple-silicon table (discussion #4167, build 8e672ef). */
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

const SPARK_COMMON = {
  ...DGX_SPARK,
  n: 1,
  interconnect: null,
  engine: 'llama.cpp',
  engineVersion: 'llama.cpp build 2f68ce7cf (6918), CUDA 13.0, flash attention on',
  kvPrecision: 'bf16',
  concurrency: 1,
  promptTokens: 0,
  outputTokens: 32,
  meanContextTokens: 16,
  metric: 'decode-tps',
  date: '2025-11-02',
  source: S.llamaCppSpark,
} as const;

const GPT_FAST_COMMON = {
  deviceId: 'a100-sxm-80gb',
  engine: 'pytorch',
  engineVersion: 'gpt-fast (PyTorch nightly, torch.compile)',
  kvPrecision: 'bf16',
  concurrency: 1,
  promptTokens: 5,
  outputTokens: 200,
  meanContextTokens: 105,
  metric: 'decode-tps',
  date: '2023-11-30',
  source: S.gptFast,
} as const;

const GPT_FAST_NOTE =
  'Batch 1, 5-token prompt, A100s power-limited to 330 W (the README says about 1,700 GB/s is ' +
  'reachable). The table does not state the generated length; generate.py defaults to 200 new ' +
  'tokens, and at that length the KV cache is under 1% of the bytes read.';

const GPT_FAST_TP = 'NVLink 3 (8x A100-80GB, hybrid cube mesh)';

const MLPERF_COMMON = {
  concurrency: null,
  modelId: 'llama-2-70b',
  kvPrecision: 'fp8',
  promptTokens: 0,
  outputTokens: 0,
  meanContextTokens: 0,
  fileSizeGB: null,
  fileSizeReported: null,
  metric: 'throughput-tps-per-device',
  date: '2025-09-09',
} as const;

const MLPERF_NOTE =
  'MLPerf Inference v5.1, Llama 2 70B (99% accuracy target), Offline scenario: the whole OpenOrca ' +
  'set is queued at once, so the engine runs at its largest batch. Tokens per second counts ' +
  'generated tokens; we divide by the accelerator count. KV format is the submitter’s; FP8 assumed.';

export const measurements: readonly Measurement[] = [
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
  // --- DGX Spark, llama.cpp CUDA (benches/dgx-spark.md by the llama.cpp maintainers) ----------
  {
    ...SPARK_COMMON,
    id: 'llamacpp-spark-gpt-oss-20b-mxfp4',
    modelId: 'gpt-oss-20b',
    weightPrecision: 'mxfp4',
    fileSizeGB: gib(11.27),
    fileSizeReported: '11.27 GiB',
    value: 84.1,
    quote: 'gpt-oss 20B MXFP4 MoE | 11.27 GiB | 20.91 B | CUDA | … | tg32 | 84.10 ± 0.52',
    notes:
      'llama-bench tg32 from an empty context. Expert weights in MXFP4, attention and embeddings ' +
      'at higher precision, hence 4.6 bits per weight on average.',
  },
  {
    ...SPARK_COMMON,
    id: 'llamacpp-spark-gpt-oss-120b-mxfp4',
    modelId: 'gpt-oss-120b',
    weightPrecision: 'mxfp4',
    fileSizeGB: gib(59.02),
    fileSizeReported: '59.02 GiB',
    value: 59.02,
    quote: 'gpt-oss 120B MXFP4 MoE | 59.02 GiB | 116.83 B | CUDA | … | tg32 | 59.02 ± 0.17',
    notes: 'llama-bench tg32 from an empty context; 4 of 128 experts per token.',
  },
  {
    ...SPARK_COMMON,
    id: 'llamacpp-spark-qwen3-30b-a3b-q8_0',
    modelId: 'qwen3-30b-a3b',
    weightPrecision: 'q8_0',
    fileSizeGB: gib(30.25),
    fileSizeReported: '30.25 GiB',
    value: 60.92,
    quote: 'qwen3moe 30B.A3B Q8_0 | 30.25 GiB | 30.53 B | CUDA | … | tg32 | 60.92 ± 0.17',
    notes:
      'Qwen3-Coder-30B-A3B-Instruct, which shares Qwen3-30B-A3B’s architecture; 8 of 128 experts per token.',
  },
  {
    ...SPARK_COMMON,
    id: 'llamacpp-spark-qwen2.5-7b-q8_0',
    modelId: 'qwen2.5-7b',
    weightPrecision: 'q8_0',
    fileSizeGB: gib(7.54),
    fileSizeReported: '7.54 GiB',
    value: 29.3,
    quote: 'qwen2 7B Q8_0 | 7.54 GiB | 7.62 B | CUDA | … | tg32 | 29.30 ± 0.03',
    notes: 'Qwen2.5-Coder-7B, which shares Qwen2.5-7B’s architecture. Dense.',
  },
  // --- Strix Halo (Framework Desktop, Ryzen AI Max+ 395) -------------------------------------
  {
    ...STRIX_HALO,
    id: 'geerling-strixhalo-llama3.2-3b-q4_k_m-rocm',
    n: 1,
    interconnect: null,
    engine: 'llama.cpp',
    engineVersion: 'llama.cpp build c81de6e1 (6092), ROCm (gfx1151), flash attention on',
    modelId: 'llama-3.2-3b',
    weightPrecision: 'q4_k_m',
    fileSizeGB: gib(1.87),
    fileSizeReported: '1.87 GiB',
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 0,
    outputTokens: 128,
    meanContextTokens: 64,
    metric: 'decode-tps',
    value: 74.98,
    date: '2025-08-07',
    source: S.geerlingFramework,
    quote: 'llama 3B Q4_K - Medium | 1.87 GiB | 3.21 B | ROCm,RPC | 99 | 1 | tg128 | 74.98 ± 0.00',
    notes:
      'Single Framework Desktop mainboard (128 GB); the RPC backend was built in but one node ran.',
  },
  // --- A100 SXM 80GB, gpt-fast ----------------------------------------------------------------
  {
    ...GPT_FAST_COMMON,
    id: 'gpt-fast-a100-llama2-7b-bf16',
    n: 1,
    interconnect: null,
    modelId: 'llama-2-7b',
    weightPrecision: 'bf16',
    fileSizeGB: 13.32,
    fileSizeReported: '1397.31 GB/s at 104.9 tokens/s (13.32 GB per token)',
    value: 104.9,
    quote: '| Llama-2-7B  | Base    |  104.9  | 1397.31 |',
    notes: GPT_FAST_NOTE,
  },
  {
    ...GPT_FAST_COMMON,
    id: 'gpt-fast-a100-llama2-7b-int8',
    n: 1,
    interconnect: null,
    modelId: 'llama-2-7b',
    weightPrecision: 'int8',
    fileSizeGB: 6.872,
    fileSizeReported: '1069.20 GB/s at 155.58 tokens/s (6.87 GB per token)',
    value: 155.58,
    quote: '|           | 8-bit   | 155.58   | 1069.20 |',
    notes: `${GPT_FAST_NOTE} Weight-only int8, dequantised in the kernel.`,
  },
  {
    ...GPT_FAST_COMMON,
    id: 'gpt-fast-a100-llama2-7b-int4-g32',
    n: 1,
    interconnect: null,
    modelId: 'llama-2-7b',
    weightPrecision: 'int4',
    fileSizeGB: 4.384,
    fileSizeReported: '862.69 GB/s at 196.80 tokens/s (4.38 GB per token)',
    value: 196.8,
    quote: '|           | 4-bit (G=32)   | 196.80   | 862.69 |',
    notes:
      `${GPT_FAST_NOTE} Group size 32 with a BF16 scale and zero point per group (5 bits per ` +
      'weight), not the group-128 int4 of our format table, so the bytes come from the source’s ' +
      'own bandwidth column.',
  },
  {
    ...GPT_FAST_COMMON,
    id: 'gpt-fast-a100-llama2-70b-int8',
    n: 1,
    interconnect: null,
    modelId: 'llama-2-70b',
    weightPrecision: 'int8',
    fileSizeGB: 69.14,
    fileSizeReported: '1322.58 GB/s at 19.13 tokens/s (69.14 GB per token)',
    value: 19.13,
    quote: '|           | 8-bit   | 19.13    | 1322.58 |',
    notes: GPT_FAST_NOTE,
  },
  {
    ...GPT_FAST_COMMON,
    id: 'gpt-fast-a100-llama2-70b-int4-g32',
    n: 1,
    interconnect: null,
    modelId: 'llama-2-70b',
    weightPrecision: 'int4',
    fileSizeGB: 43.47,
    fileSizeReported: '1097.66 GB/s at 25.25 tokens/s (43.47 GB per token)',
    value: 25.25,
    quote: '|           | 4-bit (G=32)   | 25.25    | 1097.66 |',
    notes: `${GPT_FAST_NOTE} Group-32 int4 as in the 7B row.`,
  },
  {
    ...GPT_FAST_COMMON,
    id: 'gpt-fast-2xa100-llama2-70b-bf16',
    n: 2,
    interconnect: GPT_FAST_TP,
    modelId: 'llama-2-70b',
    weightPrecision: 'bf16',
    fileSizeGB: null,
    fileSizeReported: null,
    value: 21.32,
    quote: '|           | 2   | 21.32   | 1481.87 |',
    notes: `${GPT_FAST_NOTE} Tensor parallel over 2 GPUs.`,
  },
  {
    ...GPT_FAST_COMMON,
    id: 'gpt-fast-4xa100-llama2-70b-bf16',
    n: 4,
    interconnect: GPT_FAST_TP,
    modelId: 'llama-2-70b',
    weightPrecision: 'bf16',
    fileSizeGB: null,
    fileSizeReported: null,
    value: 38.01,
    quote: '|           | 4   | 38.01   | 1340.76 |',
    notes: `${GPT_FAST_NOTE} Tensor parallel over 4 GPUs.`,
  },
  {
    ...GPT_FAST_COMMON,
    id: 'gpt-fast-8xa100-llama2-70b-bf16',
    n: 8,
    interconnect: GPT_FAST_TP,
    modelId: 'llama-2-70b',
    weightPrecision: 'bf16',
    fileSizeGB: null,
    fileSizeReported: null,
    value: 62.5,
    quote: '|           | 8   | 62.50   | 1135.29 |',
    notes: `${GPT_FAST_NOTE} Tensor parallel over 8 GPUs.`,
  },
  {
    ...GPT_FAST_COMMON,
    id: 'gpt-fast-8xa100-llama2-7b-bf16',
    n: 8,
    interconnect: GPT_FAST_TP,
    modelId: 'llama-2-7b',
    weightPrecision: 'bf16',
    fileSizeGB: 13.32,
    fileSizeReported: 'same checkpoint as the 1-GPU row (13.32 GB per token)',
    value: 328.43,
    quote: '|           | 8   | 328.43   | 704.10 |',
    notes:
      `${GPT_FAST_NOTE} A 7B model split over 8 GPUs: each step reads 1.7 GB per GPU, so the ` +
      'fixed costs and the 64 all-reduces per token dominate.',
  },
  {
    ...GPT_FAST_COMMON,
    id: 'gpt-fast-8xa100-llama2-70b-int4-g32',
    n: 8,
    interconnect: GPT_FAST_TP,
    modelId: 'llama-2-70b',
    weightPrecision: 'int4',
    fileSizeGB: 43.47,
    fileSizeReported: 'same checkpoint as the 1-GPU 4-bit row (43.47 GB per token)',
    value: 90.77,
    quote: '|           | 4-bit (G=32)   | 90.77    | 548.10 |',
    notes: `${GPT_FAST_NOTE} Tensor parallel over 8 GPUs with group-32 int4 weights.`,
  },
  // --- Consumer GPUs, llama.cpp CUDA (PR #4766) ----------------------------------------------
  {
    id: 'llamacpp-4766-rtx4090-llama2-7b-f16',
    deviceId: 'rtx-4090',
    n: 1,
    interconnect: null,
    engine: 'llama.cpp',
    engineVersion: 'llama.cpp ggml-backend branch (January 2024), CUDA',
    modelId: 'llama-2-7b',
    weightPrecision: 'bf16',
    fileSizeGB: gib(12.55),
    fileSizeReported: '12.55 GiB',
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 0,
    outputTokens: 128,
    meanContextTokens: 64,
    metric: 'decode-tps',
    value: 61.03,
    date: '2024-01-10',
    source: S.llamaCpp4766,
    quote: '| llama 7B F16 | 12.55 GiB | 6.74 B | CUDA | 99 | tg 128 | 61.03 ± 0.07 |',
    notes: 'CodeLlama 7B (Llama 2 7B architecture), F16 weights, batch 1.',
  },
  {
    id: 'llamacpp-4766-rtx4090-llama2-7b-q8_0',
    deviceId: 'rtx-4090',
    n: 1,
    interconnect: null,
    engine: 'llama.cpp',
    engineVersion: 'llama.cpp ggml-backend branch (January 2024), CUDA',
    modelId: 'llama-2-7b',
    weightPrecision: 'q8_0',
    fileSizeGB: gib(6.67),
    fileSizeReported: '6.67 GiB',
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 0,
    outputTokens: 128,
    meanContextTokens: 64,
    metric: 'decode-tps',
    value: 98.13,
    date: '2024-01-10',
    source: S.llamaCpp4766,
    quote: '| llama 7B Q8_0 | 6.67 GiB | 6.74 B | CUDA | 99 | tg 128 | 98.13 ± 0.07 |',
    notes: 'CodeLlama 7B (Llama 2 7B architecture), Q8_0, batch 1.',
  },
  {
    id: 'llamacpp-4766-rtx4090-llama2-7b-f16-pp512',
    deviceId: 'rtx-4090',
    n: 1,
    interconnect: null,
    engine: 'llama.cpp',
    engineVersion: 'llama.cpp ggml-backend branch (January 2024), CUDA',
    modelId: 'llama-2-7b',
    weightPrecision: 'bf16',
    fileSizeGB: gib(12.55),
    fileSizeReported: '12.55 GiB',
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 512,
    outputTokens: 0,
    meanContextTokens: 256,
    metric: 'prompt-tps',
    value: 11048.22,
    date: '2024-01-10',
    source: S.llamaCpp4766,
    quote: '| llama 7B F16 | 12.55 GiB | 6.74 B | CUDA | 99 | pp 512 | 11048.22 ± 269.74 |',
    notes: 'Prompt processing of 512 tokens in one batch (cuBLAS FP16 tensor-core GEMM).',
  },
  {
    id: 'llamacpp-4766-rtx4090-llama2-7b-q8_0-pp512',
    deviceId: 'rtx-4090',
    n: 1,
    interconnect: null,
    engine: 'llama.cpp',
    engineVersion: 'llama.cpp ggml-backend branch (January 2024), CUDA',
    modelId: 'llama-2-7b',
    weightPrecision: 'q8_0',
    fileSizeGB: gib(6.67),
    fileSizeReported: '6.67 GiB',
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 512,
    outputTokens: 0,
    meanContextTokens: 256,
    metric: 'prompt-tps',
    value: 7664.0,
    date: '2024-01-10',
    source: S.llamaCpp4766,
    quote: '| llama 7B Q8_0 | 6.67 GiB | 6.74 B | CUDA | 99 | pp 512 | 7664.00 ± 108.83 |',
    notes:
      'Prompt processing of 512 tokens; Q8_0 weights are dequantised for the matrix multiplies.',
  },
  {
    ...RTX_3090,
    id: 'llamacpp-4766-rtx3090-llama2-7b-f16',
    n: 1,
    interconnect: null,
    engine: 'llama.cpp',
    engineVersion: 'llama.cpp master (January 2024), CUDA',
    modelId: 'llama-2-7b',
    weightPrecision: 'bf16',
    fileSizeGB: null,
    fileSizeReported: null,
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 0,
    outputTokens: 128,
    meanContextTokens: 64,
    metric: 'decode-tps',
    value: 48.52,
    date: '2024-01-09',
    source: S.llamaCpp4766,
    quote: '| RTX 3090 | 0 | llama 7B F16 | tg128 | 48.52 | 48.09 | 0.99 |',
    notes:
      'The master-branch column of a maintainer’s comparison table; sizes not printed, so 16 bits per weight.',
  },
  {
    ...RTX_3090,
    id: 'llamacpp-4766-rtx3090-llama2-7b-q4_0',
    n: 1,
    interconnect: null,
    engine: 'llama.cpp',
    engineVersion: 'llama.cpp master (January 2024), CUDA',
    modelId: 'llama-2-7b',
    weightPrecision: 'q4_0',
    fileSizeGB: null,
    fileSizeReported: null,
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 0,
    outputTokens: 128,
    meanContextTokens: 64,
    metric: 'decode-tps',
    value: 121.82,
    date: '2024-01-09',
    source: S.llamaCpp4766,
    quote: '| RTX 3090 | 0 | llama 7B Q4_0 | tg128 | 121.82 | 119.90 | 0.98 |',
    notes: 'Master-branch column; Q4_0 at its format figure of 4.5 bits per weight.',
  },
  // --- CPU, two sockets -----------------------------------------------------------------------
  {
    id: 'llamacpp-11744-2xepyc9175f-llama3.1-70b-f16',
    deviceId: 'epyc-9175f',
    deviceStandIn: {
      name: 'AMD EPYC 9175F',
      kind: 'cpu',
      segment: 'datacenter',
      vendor: 'AMD',
      memoryBandwidthGBs: 614.4,
      unifiedMemory: false,
      source: S.llamaCpp11744,
    },
    configuredBandwidthGBs: 409.6,
    n: 2,
    interconnect: 'two sockets (Infinity Fabric), NUMA distribute',
    engine: 'llama.cpp',
    engineVersion: 'llama.cpp (February 2025), CPU, --numa distribute',
    modelId: 'llama-3.1-70b',
    weightPrecision: 'bf16',
    fileSizeGB: null,
    fileSizeReported: null,
    kvPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 0,
    outputTokens: 128,
    meanContextTokens: 64,
    metric: 'decode-tps',
    value: 4.31,
    date: '2025-02-08',
    source: S.llamaCpp11744,
    quote:
      'dual Epyc 9175F, 16 x DDR5 6400 MT/s RAM, Llama-3.1-70B-Instruct model, f16, tg increased from 2.4 t/s to 4.31 t/s',
    notes:
      'Sixteen DDR5-6400 DIMMs over two sockets is 8 of 12 channels per socket: 8 × 6400 MT/s × ' +
      '8 bytes = 409.6 GB/s per socket, which we use instead of the socket’s 614.4 GB/s. The ' +
      'figure is after the reporter’s page-cache trick that spreads the weights over both NUMA nodes.',
  },
  // --- TPU v5e, JetStream (PyTorch), batched serving ------------------------------------------
  {
    id: 'jetstream-pt-v5e8-llama3-8b-bf16-b128',
    deviceId: 'tpu-v5e',
    n: 8,
    interconnect: 'ICI (v5e-8 slice)',
    engine: 'jetstream',
    engineVersion: 'jetstream-pytorch (April 2024)',
    modelId: 'llama-3.1-8b',
    weightPrecision: 'bf16',
    fileSizeGB: null,
    fileSizeReported: null,
    kvPrecision: 'bf16',
    concurrency: 128,
    promptTokens: 1024,
    outputTokens: 1024,
    meanContextTokens: 1024,
    metric: 'throughput-tps-per-device',
    value: 8249 / 8,
    date: '2024-04-24',
    source: S.jetstreamPytorch,
    quote: '2024-04-24 | TPU v5e-8 | bfloat16 | 128 | 2048 | 1024 | 1024 | 8249',
    notes:
      'Llama 3 8B (same architecture as Llama 3.1 8B), batch 128, cache 2,048 tokens, ShareGPT ' +
      'prompts. 8,249 tokens/s for the slice, 1,031 per chip. The source gives no mean context; we ' +
      'take half the cache (1,024 tokens).',
  },
  {
    id: 'jetstream-pt-v5e8-llama2-7b-bf16-b96',
    deviceId: 'tpu-v5e',
    n: 8,
    interconnect: 'ICI (v5e-8 slice)',
    engine: 'jetstream',
    engineVersion: 'jetstream-pytorch (March 2024)',
    modelId: 'llama-2-7b',
    weightPrecision: 'bf16',
    fileSizeGB: null,
    fileSizeReported: null,
    kvPrecision: 'bf16',
    concurrency: 96,
    promptTokens: 1024,
    outputTokens: 1024,
    meanContextTokens: 1024,
    metric: 'throughput-tps-per-device',
    value: 3663 / 8,
    date: '2024-03-28',
    source: S.jetstreamPytorch,
    quote: '2024-03-28 | TPU v5e-8 | bfloat16 | 96 | 2048 | 1024 | 1024 | 3663',
    notes:
      'Batch 96, cache 2,048 tokens. Llama 2 7B keeps 32 KV heads, so at 1,024 tokens of context ' +
      'the KV cache (51 GB for the batch) outweighs the weights.',
  },
  // --- Saturated throughput, MLPerf Inference v5.1 Llama 2 70B Offline ------------------------
  {
    ...MLPERF_COMMON,
    id: 'mlperf51-16xh100-llama2-70b-fp8-offline',
    deviceId: 'h100-sxm',
    n: 16,
    interconnect: 'NVLink 4 within each 8-GPU node; 2 nodes',
    engine: 'tensorrt-llm',
    engineVersion: 'TensorRT 10.8, CUDA 12.8 (Cisco HGX-H100)',
    weightPrecision: 'fp8',
    value: 62351.6 / 16,
    source: S.mlperfCiscoH100,
    quote: 'Tokens per second: 62351.6',
    notes: `${MLPERF_NOTE} Two 8-GPU nodes, each replica inside one node.`,
  },
  {
    ...MLPERF_COMMON,
    id: 'mlperf51-8xh200-llama2-70b-fp8-offline',
    deviceId: 'h200',
    n: 8,
    interconnect: '18x 4th Gen NVLink, 900GB/s',
    engine: 'tensorrt-llm',
    engineVersion: 'TensorRT 10.11, CUDA 12.9 (Nebius H200-SXM-141GBx8)',
    weightPrecision: 'fp8',
    value: 34812.1 / 8,
    source: S.mlperfNebiusH200,
    quote: 'Tokens per second: 34812.1',
    notes: MLPERF_NOTE,
  },
  {
    ...MLPERF_COMMON,
    id: 'mlperf51-8xb200-llama2-70b-fp4-offline',
    deviceId: 'b200',
    n: 8,
    interconnect: '18x 5th Gen NVLink, 14.4 TB/s aggregated bandwidth',
    engine: 'tensorrt-llm',
    engineVersion: 'TensorRT 10.11, CUDA 12.9 (NVIDIA B200-SXM-180GBx8)',
    weightPrecision: 'nvfp4',
    value: 101527 / 8,
    source: S.mlperfNvidiaB200,
    quote: 'Tokens per second: 101527',
    notes: `${MLPERF_NOTE} Weights in FP4 (the submission lists weight_data_types fp4).`,
  },
  {
    ...MLPERF_COMMON,
    id: 'mlperf51-4xgb200-llama2-70b-fp4-offline',
    deviceId: 'gb200',
    n: 4,
    interconnect: 'NVLink 5 (NVL72 domain, 4 GPUs used)',
    engine: 'tensorrt-llm',
    engineVersion: 'TensorRT 10.11, CUDA 12.9 (NVIDIA GB200-NVL72 x4)',
    weightPrecision: 'nvfp4',
    value: 51736.9 / 4,
    source: S.mlperfNvidiaGb200,
    quote: 'Tokens per second: 51736.9',
    notes: `${MLPERF_NOTE} Four GB200 GPUs (two Grace CPUs).`,
  },
  {
    ...MLPERF_COMMON,
    id: 'mlperf51-8xmi300x-llama2-70b-fp8-offline',
    deviceId: 'mi300x',
    n: 8,
    interconnect: 'XGMI',
    engine: 'vllm',
    engineVersion: 'vLLM 0.9.0.2.dev108, ROCm 6.4.1 (AMD 8xMI300X)',
    weightPrecision: 'fp8',
    value: 27803.9 / 8,
    source: S.mlperfAmdMi300x,
    quote: 'Tokens per second: 27803.9',
    notes: MLPERF_NOTE,
  },
  {
    ...MLPERF_COMMON,
    id: 'mlperf51-8xmi325x-llama2-70b-fp8-offline',
    deviceId: 'mi325x',
    n: 8,
    interconnect: 'XGMI',
    engine: 'vllm',
    engineVersion: 'vLLM 0.9.0.2.dev108, ROCm 6.4.1 (AMD 8xMI325X)',
    weightPrecision: 'fp8',
    value: 34520.4 / 8,
    source: S.mlperfAmdMi325x,
    quote: 'Tokens per second: 34520.4',
    notes: MLPERF_NOTE,
  },
  {
    ...MLPERF_COMMON,
    id: 'mlperf51-8xmi355x-llama2-70b-mxfp4-offline-open',
    deviceId: 'mi355x',
    n: 8,
    interconnect: 'XGMI',
    engine: 'vllm',
    engineVersion: 'vLLM 0.9.1.dev2, ROCm 6.5.0 (AMD 8xMI355X, open division)',
    weightPrecision: 'mxfp4',
    value: 93045.8 / 8,
    source: S.mlperfAmdMi355x,
    quote: 'Tokens per second: 93045.8',
    notes: `${MLPERF_NOTE} Open division (MXFP4 weights), so not directly comparable with the closed rows.`,
  },
  {
    ...MLPERF_COMMON,
    id: 'mlperf51-8xrtxpro6000-llama2-70b-fp4-offline',
    deviceId: 'rtx-pro-6000-blackwell',
    n: 8,
    interconnect: 'PCIe Gen5 switch',
    engine: 'tensorrt-llm',
    engineVersion: 'TensorRT 10.11, CUDA 12.9 (HPE ProLiant DL380a, Server Edition)',
    weightPrecision: 'nvfp4',
    value: 26205.8 / 8,
    source: S.mlperfHpeRtxPro,
    quote: 'Tokens per second: 26205.8',
    notes:
      `${MLPERF_NOTE} RTX PRO 6000 Blackwell Server Edition; the fit uses it once the catalogue ` +
      'entry (with its FP4 peak) exists.',
  },
];

/** Points read and then left out, with the reason. */
export const excludedMeasurements: readonly ExcludedMeasurement[] = [
  {
    id: 'trtllm-h100-gpt-j-6b-fp8',
    description: 'TensorRT-LLM 0.5 blog: GPT-J 6B FP8 on H100, batch 1, 185 tokens/s',
    source: S.trtllmH100VsA100,
    reason:
      'The output length and how the figure was timed are not stated, and the run predates ' +
      'in-flight batching; the old reality check guessed 128 output tokens.',
  },
  {
    id: 'trtllm-a100-gpt-j-6b-fp16',
    description: 'TensorRT-LLM 0.5 blog: GPT-J 6B FP16 on A100, batch 1, 111 tokens/s',
    source: S.trtllmH100VsA100,
    reason: 'Same blog and the same missing conditions as the H100 row.',
  },
  {
    id: 'mlperf51-redhat-h100-vllm-llama3.1-8b',
    description: 'MLPerf v5.1 RedHat XE8640_4xH100_vLLM, Llama 3.1 8B Offline, 5,777 tokens/s',
    source: S.mlperfRedHat,
    reason:
      'The system is named 4xH100 but its description lists one accelerator per node, so the ' +
      'per-GPU figure cannot be pinned down.',
  },
  {
    id: 'mlperf51-redhat-l40s-vllm-llama3.1-8b',
    description: 'MLPerf v5.1 RedHat IBM Cloud 2x L40S vLLM, Llama 3.1 8B Offline, 1,642 tokens/s',
    source: S.mlperfRedHat,
    reason: 'Named 2x L40S but described with one accelerator per node: count ambiguous.',
  },
  {
    id: 'mlperf51-llama3.1-405b-and-8b-offline',
    description:
      'MLPerf v5.1 Llama 3.1 405B (H100x16, H200x8, B200x8) and Llama 3.1 8B (B200, H200, Xeon 6980P) Offline rows',
    source: S.mlperfNvidiaB200,
    reason:
      'Read, but these benchmarks use other datasets with different prompt-to-output ratios, and we ' +
      'have not pinned down their mean input lengths; one saturated efficiency cannot span them ' +
      'until the prefill share is modelled per dataset.',
  },
  {
    id: 'jetstream-pt-v5e8-int8-rows',
    description:
      'jetstream-pytorch v5e-8 int8 rows (Llama 3 8B batch 256: 10,873 tokens/s; Llama 2 7B batch 96: 4,783 tokens/s)',
    source: S.jetstreamPytorch,
    reason:
      'With int8 weights and int8 KV cache the same engine reaches about half the bandwidth ' +
      'fraction of its BF16 rows (0.16–0.25 against 0.33–0.38 of the ideal), a quantisation ' +
      'overhead our one-parameter-per-engine model has no term for. Shown on the accuracy page ' +
      'as a known miss rather than fitted.',
  },
  {
    id: 'llamacpp-spark-batched',
    description: 'DGX Spark llama-batched-bench rows at batch 2–32',
    source: S.llamaCppSpark,
    reason:
      'At batch 32 these steps become partly compute-bound, and the GB10 compute peak is not yet ' +
      'in the catalogue, so the prediction would be bandwidth-only.',
  },
  {
    id: 'geerling-strixhalo-gpt-oss-20b-f16-vulkan',
    description:
      'Framework Desktop (Ryzen AI Max+ 395), gpt-oss-20b "F16" GGUF (12.83 GiB), Vulkan, tg128 45.01 tokens/s',
    source: S.geerlingFramework,
    reason:
      'This file keeps the experts in MXFP4 but attention and the output layer in F16, so the ' +
      'bytes read per token (roughly 3.9 GB by our count of the dense layers) are far above the ' +
      'active share of the file size (2.4 GB) that every other point uses; the source reports ' +
      'no per-tensor sizes to pin the figure down.',
  },
  {
    id: 'llamacpp-4766-rtx4090-q4_0',
    description: 'PR #4766: RTX 4090 Q4_0 tg 128',
    source: S.llamaCpp4766,
    reason: 'The row was cut off in the copy we read.',
  },
  {
    id: 'llamacpp-4167-apple-pp512',
    description: 'Discussion #4167: Apple-silicon prompt-processing (pp512) columns',
    source: S.llamaCppApple,
    reason:
      'Apple publishes no GPU matrix peak, so the catalogue has none and a prefill prediction ' +
      'cannot be formed; the decode columns are used.',
  },
];

export function findMeasurement(id: string): Measurement | undefined {
  return measurements.find((m) => m.id === id);
}
