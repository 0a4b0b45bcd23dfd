// Published single-stream measurements on local, edge and CPU devices: Jetson, phones, Apple silicon, consumer GPUs, Strix Halo and a server CPU.
import { gib, type Measurement } from './measurement-types';
import { LLAMA2_7B_Q4_0, pp, SINGLE, standIn, tg, type StandIn } from './measurements-builders';
import { EDGE_SOURCES as S } from './measurement-sources-edge';

// Stand-ins for devices the catalogue does not hold. GDDR bandwidth is data rate × bus width / 8.
const ARC_B580 = standIn('intel-arc-b580', {
  name: 'Intel Arc B580 (12 GB)',
  kind: 'gpu',
  segment: 'workstation',
  vendor: 'Intel',
  memoryBandwidthGBs: 456, // 19 Gbps × 192 bits / 8
  source: S.intelArcB580,
});
/** The catalogue holds the RX 7900 XTX, so its entry (960 GB/s, derived WMMA peak) applies. */
const RX_7900_XTX: StandIn = { deviceId: 'rx-7900-xtx' };
const RX_9070_XT = standIn('radeon-rx-9070-xt', {
  name: 'AMD Radeon RX 9070 XT (16 GB)',
  kind: 'gpu',
  segment: 'workstation',
  vendor: 'AMD',
  memoryBandwidthGBs: 640, // 20 Gbps × 256 bits / 8
  source: S.amdRx9070xt,
});
const RX_5700_XT = standIn('radeon-rx-5700-xt', {
  name: 'AMD Radeon RX 5700 XT (8 GB)',
  kind: 'gpu',
  segment: 'workstation',
  vendor: 'AMD',
  memoryBandwidthGBs: 448, // 14 Gbps × 256 bits / 8
  source: S.amdRx5700xt,
});
const RX_580 = standIn('radeon-rx-580', {
  name: 'AMD Radeon RX 580 (8 GB)',
  kind: 'gpu',
  segment: 'workstation',
  vendor: 'AMD',
  memoryBandwidthGBs: 256, // 8 Gbps × 256 bits / 8
  source: S.amdRx580,
});
/** ExecuTorch runs on the phone's CPU cores (XNNPACK), so the stand-in is a CPU. */
export const SNAPDRAGON_8_GEN_3 = standIn('snapdragon-8-gen-3', {
  name: 'Qualcomm Snapdragon 8 Gen 3 CPU (OnePlus 12, 16 GB)',
  kind: 'cpu',
  segment: 'edge',
  vendor: 'Qualcomm',
  memoryBandwidthGBs: 76.8, // LPDDR5X at 4,800 MHz (9,600 MT/s) × 64 bits / 8
  unifiedMemory: true,
  source: S.snapdragon8Gen3,
});

// --- Jetson AI Lab (NVIDIA): vLLM, W4A16, 2,048 in / 128 out, one request at a time ----------
/**
 * W4A16 checkpoints (llm-compressor) keep embeddings and the output layer in BF16 and store the
 * rest in 4-bit groups of 128 with a BF16 scale: 4 + 16 / 128 = 4.125 bits. The data file gives
 * no sizes, so bytes are derived from each model's config.
 */
const JETSON = {
  ...SINGLE,
  engine: 'vllm',
  kvPrecision: 'bf16',
  promptTokens: 2048,
  outputTokens: 128,
  meanContextTokens: 2112,
  metric: 'throughput-tps-per-device',
  weightPrecision: 'int4',
  date: '2025-12-18',
  source: S.jetsonAiLabBenchmarks,
} as const;
const JETSON_THOR = {
  ...JETSON,
  deviceId: 'jetson-agx-thor',
  engineVersion:
    'vLLM, ghcr.io/nvidia-ai-iot/vllm:latest-jetson-thor (version not stated); vllm bench serve, random dataset',
} as const;
const JETSON_ORIN = {
  ...JETSON,
  deviceId: 'jetson-agx-orin-64gb',
  engineVersion:
    'vLLM, ghcr.io/nvidia-ai-iot/vllm:latest-jetson-orin (version not stated); vllm bench serve, random dataset',
} as const;
const JETSON_NOTE =
  'Output token throughput of vllm bench serve with one request in flight (2,048 random prompt ' +
  'tokens, 128 output tokens, 50 prompts), so each request’s prefill time is inside the ' +
  'figure and it slightly understates pure decode speed. ';
const JETSON_ORIN_NOTE =
  'The table says only “Orin”; the model cards name AGX Orin, and both AGX Orin memory sizes ' +
  'have 204.8 GB/s, so the 64 GB entry stands in. ';

const W4A16 = {
  llama32_3b: {
    fileSizeGB: 2.24,
    fileSizeReported:
      'derived: tied 128,256 × 3,072 embedding in BF16 (0.39B × 2 B = 0.79 GB) + 2.82B other weights × 4.125 / 8 = 1.45 GB',
  },
  llama31_8b: {
    fileSizeGB: 5.7,
    fileSizeReported:
      'derived: embedding and output layer 2 × 0.525B in BF16 = 2.10 GB + 6.98B other weights × 4.125 / 8 = 3.60 GB',
  },
  llama31_70b: {
    fileSizeGB: 39.5,
    fileSizeReported:
      'derived: embedding and output layer 2 × 1.05B in BF16 = 4.20 GB + 68.5B other weights × 4.125 / 8 = 35.3 GB',
  },
  qwen3_30b_a3b: {
    fileSizeGB: 16.67,
    fileSizeReported:
      'derived: embedding and output layer 2 × 0.311B in BF16 = 1.24 GB + 29.9B other weights × 4.125 / 8 = 15.4 GB',
  },
  qwen3_32b: {
    fileSizeGB: 19.2,
    fileSizeReported:
      'derived: embedding and output layer 2 × 0.778B in BF16 = 3.11 GB + 31.2B other weights × 4.125 / 8 = 16.1 GB',
  },
} as const;

const jetsonMeasurements: readonly Measurement[] = [
  {
    ...JETSON_THOR,
    ...W4A16.llama32_3b,
    id: 'jetson-ai-lab-thor-llama3.2-3b-w4a16',
    modelId: 'llama-3.2-3b',
    value: 65.83,
    quote: '"modelName": "Llama 3.2 3B" … "thor": { "concurrency1": 65.83',
    notes: JETSON_NOTE + 'Checkpoint espressor/meta-llama.Llama-3.2-3B-Instruct_W4A16.',
  },
  {
    ...JETSON_ORIN,
    ...W4A16.llama32_3b,
    id: 'jetson-ai-lab-orin-llama3.2-3b-w4a16',
    modelId: 'llama-3.2-3b',
    value: 52.58,
    quote: '"modelName": "Llama 3.2 3B", "orin": { "concurrency1": 52.58',
    notes: JETSON_NOTE + JETSON_ORIN_NOTE,
  },
  {
    ...JETSON_THOR,
    ...W4A16.llama31_8b,
    id: 'jetson-ai-lab-thor-llama3.1-8b-w4a16',
    modelId: 'llama-3.1-8b',
    value: 44,
    quote: '"modelName": "Llama 3.1 8B" … "thor": { "concurrency1": 44',
    notes:
      JETSON_NOTE +
      'Checkpoint RedHatAI/Meta-Llama-3.1-8B-Instruct-quantized.w4a16. At 273 GB/s and 5.7 GB ' +
      'per token the ceiling is 48 tokens/s, so this run reaches about 92 % of it even with ' +
      'prefill included.',
  },
  {
    ...JETSON_ORIN,
    ...W4A16.llama31_8b,
    id: 'jetson-ai-lab-orin-llama3.1-8b-w4a16',
    modelId: 'llama-3.1-8b',
    value: 28.14,
    quote: '"modelName": "Llama 3.1 8B", "orin": { "concurrency1": 28.14',
    notes: JETSON_NOTE + JETSON_ORIN_NOTE,
  },
  {
    ...JETSON_THOR,
    ...W4A16.llama31_70b,
    id: 'jetson-ai-lab-thor-llama3.3-70b-w4a16',
    modelId: 'llama-3.1-70b',
    value: 6.27,
    quote: '"modelName": "Llama 3.3 70B" … "thor": { "concurrency1": 6.27',
    notes:
      JETSON_NOTE +
      'Llama 3.3 70B shares Llama 3.1 70B’s architecture (the model card serves ' +
      'RedHatAI/Meta-Llama-3.1-70B-Instruct-quantized.w4a16).',
  },
  {
    ...JETSON_THOR,
    ...W4A16.qwen3_30b_a3b,
    id: 'jetson-ai-lab-thor-qwen3-30b-a3b-w4a16',
    modelId: 'qwen3-30b-a3b',
    value: 61.01,
    quote: '"modelName": "Qwen 3 30B-A3B" … "thor": { "concurrency1": 61.01',
    notes:
      JETSON_NOTE +
      'Checkpoint RedHatAI/Qwen3-30B-A3B-quantized.w4a16; 8 of 128 experts per token. A later ' +
      'version of the data file (2026, NVFP4 on Thor) lists 67 tokens/s; we keep the W4A16 row so ' +
      'both Jetsons run the same format.',
  },
  {
    ...JETSON_THOR,
    ...W4A16.qwen3_32b,
    id: 'jetson-ai-lab-thor-qwen3-32b-w4a16',
    modelId: 'qwen3-32b',
    value: 13.19,
    quote: '"modelName": "Qwen 3 32B" … "thor": { "concurrency1": 13.19',
    notes: JETSON_NOTE + 'Checkpoint RedHatAI/Qwen3-32B-quantized.w4a16.',
  },
];

// --- Phone: ExecuTorch on a OnePlus 12 (Snapdragon 8 Gen 3), prompt of 64 tokens --------------
const EXECUTORCH = {
  ...SNAPDRAGON_8_GEN_3,
  ...SINGLE,
  engine: 'executorch',
  engineVersion:
    'ExecuTorch with XNNPACK and KleidiAI (README of late 2024), adb llama_main runner',
  harness: 'engine',
  modelId: 'llama-3.2-3b',
  promptTokens: 64,
  outputTokens: 0,
  meanContextTokens: 32,
  date: '2024-10-24',
  source: S.executorchLlama,
} as const;
const EXECUTORCH_NOTE =
  'Measured on the phone’s CPU cores through XNNPACK with KleidiAI, 64-token prompt. The README ' +
  'gives no output length, which the prompt phase does not depend on; its decode column is in ' +
  'the excluded list for that reason. Dated by the README’s “10/24” update note (earliest possible). ';
const SPINQUANT = {
  weightPrecision: 'int4',
  fileSizeGB: gib(2.435 / 1.024),
  fileSizeReported:
    '2,435 MiB (PTE file); 4-bit groups of 32 for the linear layers, 8-bit embeddings',
} as const;
const ET_BF16 = {
  weightPrecision: 'bf16',
  fileSizeGB: gib(6.129 / 1.024),
  fileSizeReported: '6,129 MiB (PTE file)',
} as const;

const phoneMeasurements: readonly Measurement[] = [
  {
    ...EXECUTORCH,
    ...ET_BF16,
    id: 'executorch-oneplus12-llama3.2-3b-bf16-prefill',
    metric: 'prompt-tps',
    value: 21.2,
    quote: '|3B BF16 (baseline) | 7.6  | 3.0 | 21.2 | 6,129 | 7,419 |',
    notes: EXECUTORCH_NOTE + 'Unquantised BF16 weights.',
  },
  {
    ...EXECUTORCH,
    ...ET_BF16,
    id: 'executorch-oneplus12-llama3.2-3b-bf16-ttft',
    metric: 'ttft-s',
    value: 3.0,
    quote: '|3B BF16 (baseline) | 7.6  | 3.0 | 21.2 | 6,129 | 7,419 |',
    notes: EXECUTORCH_NOTE + 'Time to first token, seconds.',
  },
  {
    ...EXECUTORCH,
    ...SPINQUANT,
    id: 'executorch-oneplus12-llama3.2-3b-spinquant-prefill',
    metric: 'prompt-tps',
    value: 89.7,
    quote:
      '|3B SpinQuant | 19.7 (2.6x) | 0.7 (-76.4%) | 89.7 (4.2x) | 2,435 (-60.3%) | 3,726 (-49.8%) |',
    notes:
      EXECUTORCH_NOTE +
      'SpinQuant: 4-bit weights with 8-bit dynamic activations, so the prompt runs on int8 dot ' +
      'products rather than BF16.',
  },
  {
    ...EXECUTORCH,
    ...SPINQUANT,
    id: 'executorch-oneplus12-llama3.2-3b-spinquant-ttft',
    metric: 'ttft-s',
    value: 0.7,
    quote:
      '|3B SpinQuant | 19.7 (2.6x) | 0.7 (-76.4%) | 89.7 (4.2x) | 2,435 (-60.3%) | 3,726 (-49.8%) |',
    notes: EXECUTORCH_NOTE + 'Time to first token, seconds.',
  },
];

// --- Consumer GPUs -----------------------------------------------------------------------------
const LLAMA3_8B_Q4_K_M = {
  modelId: 'llama-3.1-8b',
  weightPrecision: 'q4_k_m',
  fileSizeGB: gib(4.58),
  fileSizeReported: '4.58 GiB',
} as const;
const LLAMA3_8B_F16 = {
  modelId: 'llama-3.1-8b',
  weightPrecision: 'bf16',
  fileSizeGB: gib(14.96),
  fileSizeReported: '14.96 GiB',
} as const;
const LLAMA3_NOTE =
  'Meta Llama 3 8B, which shares Llama 3.1 8B’s architecture. llama-bench with all layers on ' +
  'the GPU; tg512 decodes 512 tokens from an empty context. ';

const XIONGJIE_CUDA = {
  ...SINGLE,
  engine: 'llama.cpp',
  engineVersion: 'llama.cpp build 4426e298 (2824), CUDA 12.1 on RunPod',
  date: '2024-05-10',
  source: S.gpuBenchmarksOnLlm,
} as const;

const VULKAN_3090 = {
  ...SINGLE,
  deviceId: 'rtx-3090',
  engine: 'llama.cpp',
  engineVersion:
    'llama.cpp master of May 2026 (the “before” column of PR #21024), Vulkan, fa 1, mmap 0',
  date: '2026-05-15',
  source: S.llamaCppVulkanRepack,
} as const;
const VULKAN_3090_NOTE =
  'Posted by the Vulkan backend maintainer; the “before” column is the unpatched master build. ' +
  'Vulkan rather than CUDA on an NVIDIA card, with the coopmat2 matrix path. ';

const consumerGpuMeasurements: readonly Measurement[] = [
  // RTX 4090 and RTX 3090, CUDA (XiongjieDai/GPU-Benchmarks-on-LLM-Inference, May 2024)
  {
    ...XIONGJIE_CUDA,
    ...LLAMA3_8B_Q4_K_M,
    ...pp(512),
    id: 'xiongjie-rtx4090-llama3-8b-q4_k_m-pp512',
    deviceId: 'rtx-4090',
    value: 7138.99,
    quote: '8B Q4_K - Medium | 4.58 GiB | 8.03 B | CUDA | 99 | pp 512 | 7138.99 ± 14.96',
    notes: LLAMA3_NOTE + 'Prompt of 512 tokens through the quantised matrix-multiply kernels.',
  },
  {
    ...XIONGJIE_CUDA,
    ...LLAMA3_8B_Q4_K_M,
    ...tg(512),
    id: 'xiongjie-rtx4090-llama3-8b-q4_k_m-tg512',
    deviceId: 'rtx-4090',
    value: 130.58,
    quote: '8B Q4_K - Medium | 4.58 GiB | 8.03 B | CUDA | 99 | tg 512 | 130.58 ± 0.66',
    notes: LLAMA3_NOTE,
  },
  {
    ...XIONGJIE_CUDA,
    ...LLAMA3_8B_F16,
    ...pp(512),
    id: 'xiongjie-rtx4090-llama3-8b-f16-pp512',
    deviceId: 'rtx-4090',
    value: 9382.0,
    quote: '8B F16 | 14.96 GiB | 8.03 B | CUDA | 99 | pp 512 | 9382.00 ± 21.05',
    notes: LLAMA3_NOTE + 'F16 weights (stored here as bf16: the same two bytes per weight).',
  },
  {
    ...XIONGJIE_CUDA,
    ...LLAMA3_8B_F16,
    ...tg(512),
    id: 'xiongjie-rtx4090-llama3-8b-f16-tg512',
    deviceId: 'rtx-4090',
    value: 54.84,
    quote: '8B F16 | 14.96 GiB | 8.03 B | CUDA | 99 | tg 512 | 54.84 ± 0.03',
    notes: LLAMA3_NOTE + 'F16 weights.',
  },
  {
    ...XIONGJIE_CUDA,
    ...LLAMA3_8B_Q4_K_M,
    ...pp(512),
    id: 'xiongjie-rtx3090-llama3-8b-q4_k_m-pp512',
    deviceId: 'rtx-3090',
    value: 4030.4,
    quote: '8B Q4_K - Medium | 4.58 GiB | 8.03 B | CUDA | 99 | pp 512 | 4030.40 ± 9.37',
    notes: LLAMA3_NOTE,
  },
  {
    ...XIONGJIE_CUDA,
    ...LLAMA3_8B_Q4_K_M,
    ...tg(512),
    id: 'xiongjie-rtx3090-llama3-8b-q4_k_m-tg512',
    deviceId: 'rtx-3090',
    value: 115.42,
    quote: '8B Q4_K - Medium | 4.58 GiB | 8.03 B | CUDA | 99 | tg 512 | 115.42 ± 0.41',
    notes: LLAMA3_NOTE,
  },
  {
    ...XIONGJIE_CUDA,
    ...LLAMA3_8B_F16,
    ...pp(512),
    id: 'xiongjie-rtx3090-llama3-8b-f16-pp512',
    deviceId: 'rtx-3090',
    value: 4444.65,
    quote: '8B F16 | 14.96 GiB | 8.03 B | CUDA | 99 | pp 512 | 4444.65 ± 12.83',
    notes: LLAMA3_NOTE + 'F16 weights.',
  },
  {
    ...XIONGJIE_CUDA,
    ...LLAMA3_8B_F16,
    ...tg(512),
    id: 'xiongjie-rtx3090-llama3-8b-f16-tg512',
    deviceId: 'rtx-3090',
    value: 47.4,
    quote: '8B F16 | 14.96 GiB | 8.03 B | CUDA | 99 | tg 512 | 47.40 ± 0.12',
    notes: LLAMA3_NOTE + 'F16 weights.',
  },
  // RTX 3090, Vulkan (llama.cpp PR #21024, May 2026)
  {
    ...VULKAN_3090,
    ...LLAMA3_8B_Q4_K_M,
    weightPrecision: 'q4_0',
    fileSizeGB: gib(4.33),
    fileSizeReported: '4.33 GiB',
    ...pp(512),
    id: 'llamacpp-21024-rtx3090-vulkan-llama8b-q4_0-pp512',
    value: 4753.45,
    quote: '| llama 8B Q4_0 | 4.33 GiB | 8.03 B | 99 | 1 | 0 | pp512 | 4753.45 ± 23.50 | …',
    notes: VULKAN_3090_NOTE + 'An 8.03B Llama 3-family model in Q4_0.',
  },
  {
    ...VULKAN_3090,
    ...LLAMA3_8B_Q4_K_M,
    weightPrecision: 'q4_0',
    fileSizeGB: gib(4.33),
    fileSizeReported: '4.33 GiB',
    ...tg(128),
    id: 'llamacpp-21024-rtx3090-vulkan-llama8b-q4_0-tg128',
    value: 146.73,
    quote: '| llama 8B Q4_0 | 4.33 GiB | 8.03 B | 99 | 1 | 0 | tg128 | 146.73 ± 0.54 | …',
    notes: VULKAN_3090_NOTE,
  },
  {
    ...VULKAN_3090,
    ...LLAMA3_8B_Q4_K_M,
    weightPrecision: 'q8_0',
    fileSizeGB: gib(7.95),
    fileSizeReported: '7.95 GiB',
    ...pp(512),
    id: 'llamacpp-21024-rtx3090-vulkan-llama8b-q8_0-pp512',
    value: 4830.91,
    quote: '| llama 8B Q8_0 | 7.95 GiB | 8.03 B | 99 | 1 | 0 | pp512 | 4830.91 ± 17.72 | …',
    notes: VULKAN_3090_NOTE,
  },
  {
    ...VULKAN_3090,
    ...LLAMA3_8B_Q4_K_M,
    weightPrecision: 'q8_0',
    fileSizeGB: gib(7.95),
    fileSizeReported: '7.95 GiB',
    ...tg(128),
    id: 'llamacpp-21024-rtx3090-vulkan-llama8b-q8_0-tg128',
    value: 95.05,
    quote: '| llama 8B Q8_0 | 7.95 GiB | 8.03 B | 99 | 1 | 0 | tg128 | 95.05 ± 0.04 | …',
    notes: VULKAN_3090_NOTE,
  },
  {
    ...VULKAN_3090,
    modelId: 'gpt-oss-20b',
    weightPrecision: 'mxfp4',
    fileSizeGB: gib(11.27),
    fileSizeReported: '11.27 GiB',
    ...pp(512),
    id: 'llamacpp-21024-rtx3090-vulkan-gpt-oss-20b-pp512',
    value: 4616.91,
    quote:
      '| gpt-oss 20B MXFP4 MoE | 11.27 GiB | 20.91 B | 99 | 1 | 0 | pp512 | 4616.91 ± 47.95 | …',
    notes: VULKAN_3090_NOTE + 'Mixture of experts, 4 of 32 experts per token.',
  },
  {
    ...VULKAN_3090,
    modelId: 'gpt-oss-20b',
    weightPrecision: 'mxfp4',
    fileSizeGB: gib(11.27),
    fileSizeReported: '11.27 GiB',
    ...tg(128),
    id: 'llamacpp-21024-rtx3090-vulkan-gpt-oss-20b-tg128',
    value: 181.32,
    quote: '| gpt-oss 20B MXFP4 MoE | 11.27 GiB | 20.91 B | 99 | 1 | 0 | tg128 | 181.32 ± 0.65 | …',
    notes: VULKAN_3090_NOTE + 'Mixture of experts, 4 of 32 experts per token.',
  },
  // Radeon RX 7900 XTX, HIP (llama.cpp PR #26284, master column)
  {
    ...RX_7900_XTX,
    ...SINGLE,
    ...LLAMA3_8B_Q4_K_M,
    ...pp(2048),
    id: 'llamacpp-26284-rx7900xtx-llama8b-q4_k_m-pp2048',
    engine: 'llama.cpp',
    engineVersion:
      'llama.cpp master of late July 2026 (left column of PR #26284), HIP/ROCm, ubatch 512',
    value: 3189.36,
    date: '2026-07-29',
    source: S.llamaCppRdna3,
    quote: '| RX 7900 XTX | llama 8B Q4_K_M | 512 | pp2048 | 3189.36 | 3226.54 | 1.01 |',
    notes:
      'A 2,048-token prompt in micro-batches of 512 on the unpatched build. The table is a ' +
      'contributor’s comment on a PR opened 2026-07-29, the earliest possible date.',
  },
  {
    ...RX_7900_XTX,
    ...SINGLE,
    ...LLAMA3_8B_Q4_K_M,
    ...tg(64),
    id: 'llamacpp-26284-rx7900xtx-llama8b-q4_k_m-tg64',
    engine: 'llama.cpp',
    engineVersion: 'llama.cpp master of late July 2026 (left column of PR #26284), HIP/ROCm',
    value: 105.75,
    date: '2026-07-29',
    source: S.llamaCppRdna3,
    quote: '| RX 7900 XTX | llama 8B Q4_K_M | 512 | tg64 | 105.75 | 105.81 | 1.00 |',
    notes: '64 tokens decoded from an empty context on the unpatched build.',
  },
  // Radeon RX 9070 XT, Vulkan, hosted by a Raspberry Pi 5
  {
    ...RX_9070_XT,
    ...SINGLE,
    modelId: 'llama-3.2-3b',
    weightPrecision: 'q4_k_m',
    fileSizeGB: gib(1.87),
    fileSizeReported: '1.87 GiB',
    ...pp(512),
    id: 'geerling-766-rx9070xt-llama3.2-3b-q4_k_m-pp512',
    engine: 'llama.cpp',
    engineVersion:
      'llama.cpp Vulkan (Mesa RADV, no matrix cores reported); build not given in the re-test',
    value: 1967.33,
    date: '2025-10-01',
    source: S.geerlingRx9070xt,
    quote: '| llama 3B Q4_K - Medium | 1.87 GiB | 3.21 B | Vulkan | 99 | pp512 | 1967.33 ± 4.02 |',
    notes:
      'The card sits in a Raspberry Pi 5 over one PCIe lane; with all layers on the GPU the link ' +
      'carries only tokens. The first run (ai-benchmarks #25, build 2df5bcf3) gave 2,086 for pp512.',
  },
  // Radeon RX 5700 XT and RX 580, Vulkan
  {
    ...RX_5700_XT,
    ...SINGLE,
    ...LLAMA2_7B_Q4_0,
    ...pp(512),
    id: 'llamacpp-13324-rx5700xt-llama7b-q4_0-pp512',
    engine: 'llama.cpp',
    engineVersion:
      'llama.cpp Vulkan branch of PR #13324 (May 2025), Mesa RADV, flash attention off',
    value: 468.06,
    date: '2025-05-08',
    source: S.llamaCppVulkanFa,
    quote: '| llama 7B Q4_0 | 3.56 GiB | 6.74 B | Vulkan | 100 | 0 | pp512 | 468.06 ± 0.65 |',
    notes:
      'A contributor’s re-test; 3.56 GiB and 6.74B parameters identify a Llama 2 7B-shaped model. ' +
      'RDNA 1 has no matrix cores, so the prompt runs on plain FP16 shaders.',
  },
  {
    ...RX_5700_XT,
    ...SINGLE,
    ...LLAMA2_7B_Q4_0,
    ...tg(128),
    id: 'llamacpp-13324-rx5700xt-llama7b-q4_0-tg128',
    engine: 'llama.cpp',
    engineVersion:
      'llama.cpp Vulkan branch of PR #13324 (May 2025), Mesa RADV, flash attention off',
    value: 65.19,
    date: '2025-05-08',
    source: S.llamaCppVulkanFa,
    quote: '| llama 7B Q4_0 | 3.56 GiB | 6.74 B | Vulkan | 100 | 0 | tg128 | 65.19 ± 0.02 |',
    notes: 'A Llama 2 7B-shaped model in Q4_0, 128 tokens from an empty context.',
  },
  {
    ...RX_580,
    ...SINGLE,
    modelId: 'llama-3.2-3b',
    weightPrecision: 'q4_k_m',
    fileSizeGB: gib(1.87),
    fileSizeReported: '1.87 GiB',
    ...pp(512),
    id: 'geerling-20-rx580-llama3.2-3b-q4_k_m-pp512',
    engine: 'llama.cpp',
    engineVersion: 'llama.cpp build e598697d (4696), Vulkan (Mesa RADV, no FP16)',
    value: 346.76,
    date: '2025-02-12',
    source: S.geerlingRx580,
    quote: '| llama 3B Q4_K - Medium | 1.87 GiB | 3.21 B | Vulkan | 99 | pp512 | 346.76 ± 0.45 |',
    notes:
      'Hosted by a SiFive HiFive Premiere P550 (RISC-V) board; the GPU reports no FP16 support, ' +
      'so the prompt runs in FP32. The matching tg128 row is excluded (±17.62 spread).',
  },
  // Intel Arc B580, SYCL (IPEX-LLM portable llama.cpp)
  {
    ...ARC_B580,
    ...SINGLE,
    modelId: 'qwen2.5-7b',
    weightPrecision: 'q4_k_m',
    fileSizeGB: gib(4.36),
    fileSizeReported: '4.36 GiB',
    ...pp(512),
    id: 'ipex-12991-arc-b580-qwen2.5-7b-q4_k_m-pp512',
    engine: 'llama.cpp',
    engineVersion: 'IPEX-LLM portable llama.cpp build (SYCL), March 2025; build number not printed',
    value: 2335.96,
    date: '2025-03-22',
    source: S.ipexLlmB580,
    quote: '| qwen2 7B Q4_K - Medium | 4.36 GiB | 7.62 B | SYCL | 99 | pp512 | 2335.96 ± 5.46 |',
    notes:
      'DeepSeek-R1-Distill-Qwen-7B, which has Qwen2.5-7B’s architecture; Windows 11 host with a ' +
      'Ryzen 9 9950X.',
  },
  {
    ...ARC_B580,
    ...SINGLE,
    modelId: 'qwen2.5-7b',
    weightPrecision: 'q4_k_m',
    fileSizeGB: gib(4.36),
    fileSizeReported: '4.36 GiB',
    ...tg(128),
    id: 'ipex-12991-arc-b580-qwen2.5-7b-q4_k_m-tg128',
    engine: 'llama.cpp',
    engineVersion: 'IPEX-LLM portable llama.cpp build (SYCL), March 2025; build number not printed',
    value: 66.48,
    date: '2025-03-22',
    source: S.ipexLlmB580,
    quote: '| qwen2 7B Q4_K - Medium | 4.36 GiB | 7.62 B | SYCL | 99 | tg128 | 66.48 ± 0.22 |',
    notes:
      'DeepSeek-R1-Distill-Qwen-7B (Qwen2.5-7B architecture), 128 tokens from an empty context.',
  },
];

// --- Apple silicon, llama.cpp Metal ------------------------------------------------------------
const METAL = { ...SINGLE, engine: 'llama.cpp' } as const;
const XIONGJIE_MAC = { ...METAL, date: '2024-05-07', source: S.gpuBenchmarksOnLlm } as const;
const M2_ULTRA_2023 = {
  ...METAL,
  ...LLAMA2_7B_Q4_0,
  deviceId: 'apple-m2-ultra-76c',
} as const;
const OLD_METAL_NOTE =
  'Posted by the llama.cpp maintainer on his 76-core M2 Ultra. In 2023 any -ngl above 0 put the ' +
  'whole model on the Metal GPU. “LLaMA 7B” (6.74B, 3.56 GiB in Q4_0) has Llama 2 7B’s shape. ';

const appleMeasurements: readonly Measurement[] = [
  {
    ...XIONGJIE_MAC,
    ...LLAMA3_8B_Q4_K_M,
    ...pp(512),
    id: 'xiongjie-m3max-40c-llama3-8b-q4_k_m-pp512',
    deviceId: 'apple-m3-max-40c',
    engineVersion: 'llama.cpp build bcdee0da (2795), Metal',
    value: 693.32,
    quote: '8B Q4_K - Medium | 4.58 GiB | 8.03 B | Metal | 99 | pp 512 | 693.32 ± 0.42',
    notes: LLAMA3_NOTE + '16-inch MacBook Pro, M3 Max with the 40-core GPU and 64 GB.',
  },
  {
    ...XIONGJIE_MAC,
    ...LLAMA3_8B_Q4_K_M,
    ...tg(512),
    id: 'xiongjie-m3max-40c-llama3-8b-q4_k_m-tg512',
    deviceId: 'apple-m3-max-40c',
    engineVersion: 'llama.cpp build bcdee0da (2795), Metal',
    value: 48.97,
    quote: '8B Q4_K - Medium | 4.58 GiB | 8.03 B | Metal | 99 | tg 512 | 48.97 ± 0.17',
    notes: LLAMA3_NOTE + 'M3 Max, 40-core GPU, 64 GB.',
  },
  {
    ...XIONGJIE_MAC,
    modelId: 'llama-3.1-70b',
    weightPrecision: 'q4_k_m',
    fileSizeGB: gib(39.59),
    fileSizeReported: '39.59 GiB',
    ...tg(512),
    id: 'xiongjie-m3max-40c-llama3-70b-q4_k_m-tg512',
    deviceId: 'apple-m3-max-40c',
    engineVersion: 'llama.cpp build bcdee0da (2795), Metal',
    value: 7.65,
    quote: '70B Q4_K - Medium | 39.59 GiB | 70.55 B | Metal | 99 | tg 512 | 7.65 ± 0.07',
    notes: 'Meta Llama 3 70B (Llama 3.1 70B architecture) on an M3 Max with 64 GB, tg512.',
  },
  {
    ...XIONGJIE_MAC,
    ...LLAMA3_8B_Q4_K_M,
    ...pp(512),
    id: 'xiongjie-m1max-32c-llama3-8b-q4_k_m-pp512',
    deviceId: 'apple-m1-max-32c',
    engineVersion: 'llama.cpp build 858f6b73 (2797), Metal',
    value: 408.23,
    quote: '8B Q4_K - Medium | 4.58 GiB | 8.03 B | Metal | 99 | pp 512 | 408.23 ± 24.57',
    notes:
      LLAMA3_NOTE + 'M1 Max with the 32-core GPU and 64 GB (README row “M1 Max 32‑Core GPU 64GB”).',
  },
  {
    ...XIONGJIE_MAC,
    ...LLAMA3_8B_Q4_K_M,
    ...tg(512),
    id: 'xiongjie-m1max-32c-llama3-8b-q4_k_m-tg512',
    deviceId: 'apple-m1-max-32c',
    engineVersion: 'llama.cpp build 858f6b73 (2797), Metal',
    value: 35.73,
    quote: '8B Q4_K - Medium | 4.58 GiB | 8.03 B | Metal | 99 | tg 512 | 35.73 ± 0.27',
    notes: LLAMA3_NOTE + 'M1 Max, 32-core GPU, 64 GB.',
  },
  {
    ...XIONGJIE_MAC,
    ...LLAMA3_8B_F16,
    ...tg(512),
    id: 'xiongjie-m1max-32c-llama3-8b-f16-tg512',
    deviceId: 'apple-m1-max-32c',
    engineVersion: 'llama.cpp build 858f6b73 (2797), Metal',
    value: 18.75,
    quote: '8B F16 | 14.96 GiB | 8.03 B | Metal | 99 | tg 512 | 18.75 ± 0.05',
    notes: LLAMA3_NOTE + 'F16 weights; M1 Max, 32-core GPU, 64 GB.',
  },
  {
    ...XIONGJIE_MAC,
    ...LLAMA3_8B_Q4_K_M,
    ...pp(512),
    id: 'xiongjie-m2ultra-76c-llama3-8b-q4_k_m-pp512',
    deviceId: 'apple-m2-ultra-76c',
    engineVersion: 'llama.cpp build b3a995b4 (2796), Metal',
    value: 994.04,
    quote: '8B Q4_K - Medium | 4.58 GiB | 8.03 B | Metal | 99 | pp 512 | 994.04 ± 21.80',
    notes: LLAMA3_NOTE + 'Mac Studio, M2 Ultra with the 76-core GPU and 192 GB.',
  },
  {
    ...XIONGJIE_MAC,
    ...LLAMA3_8B_Q4_K_M,
    ...tg(512),
    id: 'xiongjie-m2ultra-76c-llama3-8b-q4_k_m-tg512',
    deviceId: 'apple-m2-ultra-76c',
    engineVersion: 'llama.cpp build b3a995b4 (2796), Metal',
    value: 78.81,
    quote: '8B Q4_K - Medium | 4.58 GiB | 8.03 B | Metal | 99 | tg 512 | 78.81 ± 0.02',
    notes: LLAMA3_NOTE + 'M2 Ultra, 76-core GPU, 192 GB.',
  },
  {
    ...XIONGJIE_MAC,
    modelId: 'llama-3.1-70b',
    weightPrecision: 'bf16',
    fileSizeGB: gib(131.42),
    fileSizeReported: '131.42 GiB',
    ...tg(512),
    id: 'xiongjie-m2ultra-76c-llama3-70b-f16-tg512',
    deviceId: 'apple-m2-ultra-76c',
    engineVersion: 'llama.cpp build b3a995b4 (2796), Metal',
    value: 4.76,
    quote: '70B F16 | 131.42 GiB | 70.55 B | Metal | 99 | tg 512 | 4.76 ± 0.01',
    notes: 'Meta Llama 3 70B in F16 (141 GB) on a 192 GB M2 Ultra, tg512.',
  },
  // M2 Ultra in 2023 (llama.cpp PRs #2917 and #3648): the same chip before and after Metal prompt work
  {
    ...M2_ULTRA_2023,
    ...pp(512),
    id: 'llamacpp-2917-m2ultra-llama7b-q4_0-pp512',
    engineVersion: 'llama.cpp master of 2023-08-30 (PR #2917 “master” table), Metal',
    value: 629.6,
    date: '2023-08-30',
    source: S.llamaCppMetalAddMul,
    quote: '| LLaMA 7B mostly Q4_0 | 3.56 GiB | 6.74 B | Metal | 1 | 4 | pp 512 | 629.60 ± 0.34 |',
    notes: OLD_METAL_NOTE,
  },
  {
    ...M2_ULTRA_2023,
    ...tg(128),
    id: 'llamacpp-2917-m2ultra-llama7b-q4_0-tg128',
    engineVersion: 'llama.cpp master of 2023-08-30 (PR #2917 “master” table), Metal',
    value: 88.54,
    date: '2023-08-30',
    source: S.llamaCppMetalAddMul,
    quote: '| LLaMA 7B mostly Q4_0 | 3.56 GiB | 6.74 B | Metal | 1 | 4 | tg 128 | 88.54 ± 0.04 |',
    notes: OLD_METAL_NOTE,
  },
  {
    ...M2_ULTRA_2023,
    weightPrecision: 'q8_0',
    fileSizeGB: gib(6.67),
    fileSizeReported: '6.67 GiB',
    ...pp(512),
    id: 'llamacpp-2917-m2ultra-llama7b-q8_0-pp512',
    engineVersion: 'llama.cpp master of 2023-08-30 (PR #2917 “master” table), Metal',
    value: 629.07,
    date: '2023-08-30',
    source: S.llamaCppMetalAddMul,
    quote: '| LLaMA 7B mostly Q8_0 | 6.67 GiB | 6.74 B | Metal | 1 | 4 | pp 512 | 629.07 ± 0.21 |',
    notes: OLD_METAL_NOTE,
  },
  {
    ...M2_ULTRA_2023,
    weightPrecision: 'q8_0',
    fileSizeGB: gib(6.67),
    fileSizeReported: '6.67 GiB',
    ...tg(128),
    id: 'llamacpp-2917-m2ultra-llama7b-q8_0-tg128',
    engineVersion: 'llama.cpp master of 2023-08-30 (PR #2917 “master” table), Metal',
    value: 62.05,
    date: '2023-08-30',
    source: S.llamaCppMetalAddMul,
    quote: '| LLaMA 7B mostly Q8_0 | 6.67 GiB | 6.74 B | Metal | 1 | 4 | tg 128 | 62.05 ± 0.22 |',
    notes: OLD_METAL_NOTE,
  },
  {
    ...M2_ULTRA_2023,
    ...pp(512),
    id: 'llamacpp-3648-m2ultra-llama7b-q4_0-pp512',
    engineVersion: 'llama.cpp q5_0/q5_1 Metal branch of PR #3648 (October 2023), Metal',
    value: 1235.45,
    date: '2023-10-18',
    source: S.llamaCppMetalQ5,
    quote: '| llama 7B mostly Q4_0 | 3.56 GiB | 6.74 B | Metal | 1 | 4 | pp 512 | 1235.45 ± 0.51 |',
    notes:
      OLD_METAL_NOTE +
      'Seven weeks after the PR #2917 table the same chip and file process prompts twice as fast ' +
      '(629.60 → 1,235.45), from Metal matrix-multiply work in between: engine version matters as ' +
      'much as hardware for prefill.',
  },
  // M1 Max, a 2026 community submission
  {
    ...METAL,
    ...LLAMA3_8B_Q4_K_M,
    ...pp(512),
    id: 'normiebench-40-m1max-llama3.1-8b-q4_k_m-pp512',
    deviceId: 'apple-m1-max-32c',
    engineVersion: 'llama.cpp / metal (build not stated in the submission)',
    value: 499.58,
    date: '2026-03-08',
    source: S.normiebenchM1Max,
    quote: '"quant": "q4_k_m", "backend": "llama.cpp / metal", "pp512": 499.58,',
    notes:
      'MacBook Pro M1 Max with 64 GB; Apple paired 64 GB only with the 32-core GPU. Llama 3.1 8B, ' +
      'file size not printed, so the Q4_K_M format figure applies.',
    fileSizeGB: null,
    fileSizeReported: null,
  },
  {
    ...METAL,
    ...LLAMA3_8B_Q4_K_M,
    ...tg(128),
    id: 'normiebench-40-m1max-llama3.1-8b-q4_k_m-tg128',
    deviceId: 'apple-m1-max-32c',
    engineVersion: 'llama.cpp / metal (build not stated in the submission)',
    value: 46.2,
    date: '2026-03-08',
    source: S.normiebenchM1Max,
    quote: '"pp512": 499.58, "tg128": 46.2,',
    notes:
      'Same machine as the pp512 row; 46.2 against 35.7 (tg512) two years earlier on the same chip ' +
      'and model class shows how much the Metal decode path improved.',
    fileSizeGB: null,
    fileSizeReported: null,
  },
];

// --- Strix Halo (Ryzen AI Max+ 395, Framework Desktop), llama-2-7b Q4_0 -----------------------
const STRIX = {
  ...SINGLE,
  ...LLAMA2_7B_Q4_0,
  deviceId: 'ryzen-ai-max-395',
  engine: 'llama.cpp',
  source: S.lhlStrixHalo,
} as const;
const STRIX_HIP = {
  ...STRIX,
  engineVersion: 'llama.cpp build 83bc2f28 (6077), HIP (TheRock ROCm 7.0 nightly, gfx1151)',
  date: '2025-08-04',
} as const;
const STRIX_VULKAN_DATE = '2025-08-08';
const STRIX_NOTE =
  'Pre-production Framework Desktop, 128 GB LPDDR5X-8000. Build and date from the run’s ' +
  'results.jsonl and run_info.json. The Q4_0 file is 3,825,065,984 bytes (3.56 GiB). ';

const strixHaloMeasurements: readonly Measurement[] = [
  {
    ...STRIX_HIP,
    ...pp(512),
    id: 'lhl-strixhalo-llama2-7b-q4_0-hip-pp512',
    value: 322.44,
    quote: '| llama.cpp-hip | | | | 322.43959 | 49.184562 | 6582 |',
    notes:
      STRIX_NOTE +
      'Default HIP build (rocBLAS for the prompt GEMMs): a third of what the same chip reaches with ' +
      'hipBLASLt or Vulkan, a library effect rather than a hardware limit.',
  },
  {
    ...STRIX_HIP,
    ...pp(512),
    id: 'lhl-strixhalo-llama2-7b-q4_0-hip-hipblaslt-pp512',
    engineVersion:
      'llama.cpp build 83bc2f28 (6077), HIP with ROCBLAS_USE_HIPBLASLT=1 (TheRock ROCm 7.0 nightly)',
    value: 975.3,
    quote: '| llama.cpp-hip | 1 | | | 975.304354 | 49.433559 | 6614 |',
    notes: STRIX_NOTE + 'Same HIP build with hipBLASLt selected for the prompt GEMMs.',
  },
  {
    ...STRIX_HIP,
    ...tg(128),
    id: 'lhl-strixhalo-llama2-7b-q4_0-hip-tg128',
    value: 49.18,
    quote: '| llama.cpp-hip | | | | 322.43959 | 49.184562 | 6582 |',
    notes: STRIX_NOTE + 'HIP, flash attention off.',
  },
  {
    ...STRIX,
    ...pp(512),
    id: 'lhl-strixhalo-llama2-7b-q4_0-vulkan-amdvlk-pp512',
    engineVersion: 'llama.cpp build 7ad67ba9 (6111), Vulkan (AMDVLK), flash attention off',
    value: 1018.12,
    date: STRIX_VULKAN_DATE,
    quote: '| llama.cpp-vulkan_amdvlk | | | | 1018.118761 | 47.387504 | 6251 |',
    notes: STRIX_NOTE + 'Vulkan through the AMDVLK driver, tuned accelerator-performance profile.',
  },
  {
    ...STRIX,
    ...tg(128),
    id: 'lhl-strixhalo-llama2-7b-q4_0-vulkan-radv-tg128',
    engineVersion: 'llama.cpp build 7ad67ba9 (6111), Vulkan (Mesa RADV), flash attention off',
    value: 52.03,
    date: STRIX_VULKAN_DATE,
    quote: '| llama.cpp-vulkan_radv | | | | 783.651711 | **52.030723** | 6229 |',
    notes:
      STRIX_NOTE +
      'Mesa RADV decodes fastest: 52 tokens/s of a 66 tokens/s ceiling (256 GB/s ÷ 3.86 GB).',
  },
];

// --- Server CPU, one socket: Xeon 6980P, ik_llama.cpp ----------------------------------------
const cpuMeasurements: readonly Measurement[] = [
  {
    ...SINGLE,
    ...pp(512),
    id: 'ik-llamacpp-259-xeon6980p-deepseek-r1-q4_k_m-pp512',
    deviceId: 'xeon-6980p',
    engine: 'llama.cpp',
    engineVersion:
      'ik_llama.cpp 3596 (f2fb15de), CPU, 64 threads, -mla 2 -fa 1 -amb 2048 -fmoe 1 -rtr 1, numactl -N 0 -m 0',
    modelId: 'deepseek-v3',
    weightPrecision: 'q4_k_m',
    fileSizeGB: gib(376.65),
    fileSizeReported: '376.65 GiB',
    kvPrecision: 'bf16',
    value: 93.08,
    date: '2025-03-16',
    source: S.ikLlamaXeon,
    quote:
      '| deepseek2 671B Q4_K - Medium | 376.65 GiB | 671.03 B | CPU | 64 | 1 | 2 | 2048 | 1 | 1 | pp512 | 93.08 ± 0.76 |',
    notes:
      'DeepSeek-R1 (DeepSeek-V3 architecture), unsloth Q4_K_M, on one socket of a two-socket ' +
      'Xeon 6980P machine, pinned to NUMA node 0. The same author writes in ik_llama.cpp PR #315 ' +
      'that each socket of this machine is one NUMA node (SNC disabled), so node 0 is one whole ' +
      '128-core socket, of which 64 threads were used. DIMM speed is not given, so the ' +
      'catalogue’s 12 × DDR5-6400 applies. Runtime repacking (-rtr) on, KV cache f16; a fork of ' +
      'llama.cpp, recorded as the llama.cpp family with the fork named.',
  },
];

export const edgeMeasurements: readonly Measurement[] = [
  ...jetsonMeasurements,
  ...phoneMeasurements,
  ...consumerGpuMeasurements,
  ...appleMeasurements,
  ...strixHaloMeasurements,
  ...cpuMeasurements,
];
