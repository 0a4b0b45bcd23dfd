// Second gap pass: RTX 5090 single-stream decode and prompt (llama.cpp, vLLM), paired RTX 50-series cards under vLLM, one request on 8× MI300X, Qwen3-32B on a TPU v6e-4 at 8 and 16 in flight, and a MoE plus two large dense models on Strix Halo (llama.cpp).
import { gib, type Measurement } from './measurement-types';
import { pp, SINGLE, tg } from './measurements-builders';
import { GAP2_SOURCES as S } from './measurement-sources-gap2';

// --- RTX 5090, llama.cpp CUDA (gpu_ext reproduction log) ------------------------------------
const RTX5090_LLAMA_CPP = {
  ...SINGLE,
  engine: 'llama.cpp',
  deviceId: 'rtx-5090',
  engineVersion:
    'llama.cpp build f92e406b (7100), CUDA 12.9, built with VMM off (the gpu_ext “build-cuda-no-vmm” target), llama-bench defaults, ngl 99',
  modelId: 'gpt-oss-20b',
  weightPrecision: 'mxfp4',
  fileSizeGB: gib(11.27),
  fileSizeReported: '11.27 GiB',
  date: '2026-02-16',
  source: S.gpuExtReproductionLog,
} as const;
const RTX5090_LLAMA_CPP_NOTE =
  'A research group’s reproduction log for its GPU-driver project: the “normal mode” llama-bench ' +
  'run, with the stock nvidia-uvm module and no eBPF policy loaded, on an RTX 5090 (32 GB, driver ' +
  '575.57.08). ggml-org/gpt-oss-20b-GGUF (gpt-oss-20b-mxfp4.gguf), which fits in memory, so ' +
  'nothing is offloaded. The llama.cpp tree is a submodule of that project and may carry its ' +
  'unified-memory patches; they act only when unified memory is switched on, which this run did ' +
  'not do. A second run the next day gave pp512 9,842 and tg128 362. ';

const rtx5090LlamaCppMeasurements: readonly Measurement[] = [
  {
    ...RTX5090_LLAMA_CPP,
    ...pp(512),
    id: 'gpu-ext-rtx5090-gpt-oss-20b-mxfp4-pp512',
    value: 9897.95,
    quote:
      '| gpt-oss 20B MXFP4 MoE          |  11.27 GiB |    20.91 B | CUDA       |  99 |           pp512 |      9897.95 ± 60.40 |',
    notes:
      RTX5090_LLAMA_CPP_NOTE +
      '3.61B active parameters × 2 FLOP × 9,898 tokens/s = 71.5 TFLOPS, 34 % of the catalogue’s ' +
      '209.5 dense BF16 TFLOPS.',
  },
  {
    ...RTX5090_LLAMA_CPP,
    ...tg(128),
    id: 'gpu-ext-rtx5090-gpt-oss-20b-mxfp4-tg128',
    value: 362.59,
    quote:
      '| gpt-oss 20B MXFP4 MoE          |  11.27 GiB |    20.91 B | CUDA       |  99 |           tg128 |        362.59 ± 1.01 |',
    notes:
      RTX5090_LLAMA_CPP_NOTE +
      'The active share of the 12.10 GB file (3.61 of 20.91B parameters) is 2.09 GB per token; ' +
      '× 362.6 = 758 GB/s, 42 % of 1,792 GB/s. The same file on an RTX 3090 under Vulkan (first ' +
      'pass) reached 40 % of its bandwidth, so a fast card does not lift the share for this MoE.',
  },
];

// --- RTX 50-series, vLLM, QwQ-32B-AWQ at 0.1 requests/s (DeutscheKI) ----------------------------
/**
 * QwQ-32B has the Qwen2.5-32B shape. AWQ keeps the untied embedding and output layer in FP16
 * (2 × 151,936 × 5,120 = 1.556B weights, 3.11 GB) and packs the other 31.2B weights at 4 bits with
 * an FP16 scale and a 4-bit zero point per group of 128: 4 + 20 / 128 = 4.156 bits, 16.21 GB.
 */
const QWQ_32B_AWQ = {
  modelId: 'qwen2.5-32b',
  weightPrecision: 'int4',
  fileSizeGB: 19.32,
  fileSizeReported:
    'derived: embedding and output layer 1.556B × 2 B = 3.11 GB + 31.2B other weights × 4.156 / 8 = 16.21 GB (AWQ, groups of 128)',
} as const;
const DEUTSCHE_KI = {
  ...QWQ_32B_AWQ,
  engine: 'vllm',
  kvPrecision: 'bf16',
  concurrency: 1,
  // ShareGPT, 200 prompts: 42,256 input and 42,104 output tokens in every run.
  promptTokens: 211,
  outputTokens: 211,
  meanContextTokens: 317,
  metric: 'decode-tps',
  source: S.deutscheKiVllm,
} as const;
const DEUTSCHE_KI_ENGINE =
  'vLLM built from source for sm_120 (late March 2025 main; the result files record no version), vllm serve --max-model-len 4096, benchmark_serving.py at 0.1 requests/s';
const DEUTSCHE_KI_NOTE =
  'A single-user test: 200 ShareGPT prompts (mean 211 tokens in, 211 out) arriving at random at ' +
  '0.1 per second, Qwen/QwQ-32B-AWQ, the README’s median time per output token, so decode speed ' +
  'is 1,000 / TPOT. A request takes 3 to 4 s, so about a quarter of them overlap another; a ' +
  'two-sequence step reads the same weights, and the median stays on single-request steps. ' +
  'QwQ-32B has the Qwen2.5-32B shape. The issue thread says the author rebuilt vLLM for ' +
  'Blackwell in an NGC PyTorch 25.02 container. ';
const PCIE_TP2 = 'PCIe, tensor parallel 2 (GeForce cards have no NVLink)';

const deutscheKiMeasurements: readonly Measurement[] = [
  {
    ...DEUTSCHE_KI,
    id: 'deutscheki-rtx5090-qwq-32b-awq-rr0.1',
    deviceId: 'rtx-5090',
    n: 1,
    interconnect: null,
    engineVersion: DEUTSCHE_KI_ENGINE,
    value: 1000 / 15.3319,
    date: '2025-03-31',
    quote:
      '| 1x RTX 5090          |            0.1 |          42.739  |          15.3319 |         15.2947 |       65.2236 |',
    notes: DEUTSCHE_KI_NOTE + '19.32 GB per token × 65.2 = 1,260 GB/s, 70 % of 1,792 GB/s.',
  },
  {
    ...DEUTSCHE_KI,
    id: 'deutscheki-2x-rtx5090-tp2-qwq-32b-awq-rr0.1',
    deviceId: 'rtx-5090',
    n: 2,
    interconnect: PCIE_TP2,
    engineVersion: `${DEUTSCHE_KI_ENGINE}, --tensor-parallel-size 2`,
    value: 1000 / 12.5764,
    date: '2025-03-31',
    quote:
      '| 2x RTX 5090          |            0.1 |          56.963  |          12.5764 |         12.3167 |       79.5138 |',
    notes:
      DEUTSCHE_KI_NOTE +
      'Two cards split the model: 9.66 GB per card per token × 79.5 = 768 GB/s each, 43 % of ' +
      '1,792 GB/s; two all-reduces per layer over PCIe take the rest.',
  },
  {
    ...DEUTSCHE_KI,
    id: 'deutscheki-2x-rtx5080-tp2-qwq-32b-awq-rr0.1',
    deviceId: 'rtx-5080',
    n: 2,
    interconnect: PCIE_TP2,
    engineVersion: `${DEUTSCHE_KI_ENGINE}, --tensor-parallel-size 2`,
    value: 1000 / 16.8877,
    date: '2025-04-02',
    quote:
      '| 2x RTX 5080          |            0.1 |          58.1906 |          16.8877 |         16.8173 |       59.2148 |',
    notes:
      DEUTSCHE_KI_NOTE +
      'The model does not fit one 16 GB card. 9.66 GB per card × 59.2 = 572 GB/s, 60 % of 960 GB/s.',
  },
  {
    ...DEUTSCHE_KI,
    id: 'deutscheki-2x-rtx5070ti-tp2-qwq-32b-awq-rr0.1',
    deviceId: 'rtx-5070-ti',
    n: 2,
    interconnect: PCIE_TP2,
    engineVersion: `${DEUTSCHE_KI_ENGINE}, --tensor-parallel-size 2`,
    value: 1000 / 18.3837,
    date: '2025-04-02',
    quote:
      '| 2x RTX 5070 TI       |            0.1 |          53.4653 |          18.3837 |         18.419  |       54.3959 |',
    notes:
      DEUTSCHE_KI_NOTE +
      'The model does not fit one 16 GB card. 9.66 GB per card × 54.4 = 525 GB/s, 59 % of 896 GB/s.',
  },
];

// --- 8× MI300X, vLLM (ROCm), Llama 3.1 405B BF16, one request (AUGMXNT/MI300-testing) ----------
const MI300X_405B = {
  deviceId: 'mi300x',
  n: 8,
  interconnect: 'Infinity Fabric (XGMI), 8 GPUs, tensor parallel 8',
  engine: 'vllm',
  engineVersion:
    'vLLM 0.6.4.dev9+g5d264f4a built from source (ROCm 6.2, PyTorch 2.6.0.dev20241015+rocm6.2), CK flash attention (VLLM_USE_TRITON_FLASH_ATTN=0), hipBLASLt; vllm serve --tensor-parallel-size=8, benchmark_serving.py',
  modelId: 'llama-3.1-405b',
  weightPrecision: 'bf16',
  fileSizeGB: null,
  fileSizeReported: null,
  kvPrecision: 'bf16',
  concurrency: 1,
  promptTokens: 80,
  outputTokens: 66,
  meanContextTokens: 113,
  date: '2024-10-16',
  source: S.mi300Testing405b,
} as const;
const MI300X_405B_NOTE =
  'The first row of a sweep run to check dstack’s published vLLM-against-TGI comparison on the ' +
  'same kind of Hot Aisle node: one request (num_prompts 1, request rate unlimited) of 80 prompt ' +
  'tokens from the sonnet dataset; it stopped after 66 tokens. meta-llama/Llama-3.1-405B-Instruct ' +
  'in BF16 over eight MI300X. The vLLM build is the one the setup notebook of the same day ' +
  'reports. ';

const mi300xMeasurements: readonly Measurement[] = [
  {
    ...MI300X_405B,
    id: 'augmxnt-8xmi300x-llama3.1-405b-bf16-b1-80-66',
    metric: 'decode-tps',
    value: 1000 / 65.92,
    quote: 'Mean TPOT (ms):                          65.92',
    notes:
      MI300X_405B_NOTE +
      'Decode speed is 1,000 / mean TPOT = 15.2 tokens/s. 811 GB of weights split eight ways is ' +
      '101 GB per GPU per token; × 15.2 = 1.54 TB/s, 29 % of each GPU’s 5.3 TB/s.',
  },
  {
    ...MI300X_405B,
    id: 'augmxnt-8xmi300x-llama3.1-405b-bf16-ttft-80',
    metric: 'ttft-s',
    value: 0.23986,
    quote: 'Mean TTFT (ms):                          239.86',
    notes:
      MI300X_405B_NOTE +
      'Time to first token of the 80-token prompt arriving alone, measured by the HTTP client. ' +
      '405B × 2 × 80 = 65 TFLOP would take 6 ms at the eight GPUs’ dense peak and one decode step ' +
      'takes 66 ms, so most of the 240 ms is weight reads, scheduling and the HTTP round trip.',
  },
];

// --- Ryzen AI Max+ 395 (Strix Halo), llama.cpp HIP and Vulkan: a MoE and two large dense files -----
const STRIX = {
  ...SINGLE,
  engine: 'llama.cpp',
  deviceId: 'ryzen-ai-max-395',
} as const;
const STRIX_NOTE =
  'Framework Desktop with 128 GB LPDDR5X-8000 (256 GB/s), llama-bench with mmap off, 2,048/512 ' +
  'batch sizes, flash attention off, five repetitions; build, date and byte size from the run’s ' +
  'results.jsonl. The same author’s Llama 2 7B file is already in the fit, so these points ' +
  'share its machine. ';
const STRIX_MOE = {
  ...STRIX,
  modelId: 'qwen3-30b-a3b',
  weightPrecision: 'q4_k_m',
  fileSizeGB: 17.71,
  fileSizeReported:
    '17,709,692,928 bytes (unsloth Qwen3-30B-A3B-UD-Q4_K_XL.gguf, which llama.cpp labels Q4_K - Medium)',
  date: '2025-08-04',
  source: S.strixHaloQwen3MoE,
} as const;
const STRIX_MOE_HIP = {
  ...STRIX_MOE,
  engineVersion:
    'llama.cpp build 83bc2f28 (6077), HIP 6.5.25281 (TheRock nightly, gfx1151) with ROCBLAS_USE_HIPBLASLT=1',
} as const;
const STRIX_MOE_VULKAN = {
  ...STRIX_MOE,
  engineVersion:
    'llama.cpp build 83bc2f28 (6077), Vulkan 1.4.321 (driver not recorded; AMDVLK is the default when installed)',
} as const;
const STRIX_MOE_NOTE =
  STRIX_NOTE +
  'Qwen3-30B-A3B in unsloth’s dynamic 4-bit mix, the first release (no -2507 suffix). ';
const STRIX_DENSE = {
  ...STRIX,
  date: '2025-07-16',
  source: S.strixHaloDenseJuly,
} as const;
const STRIX_DENSE_HIP =
  'llama.cpp build a4575513 (5863), HIP 6.5.25273 (TheRock nightly, gfx1151) with ROCBLAS_USE_HIPBLASLT=1';
const STRIX_DENSE_VULKAN = 'llama.cpp build a4575513 (5863), Vulkan 1.4.313';
const QWEN3_32B_Q8_0 = {
  modelId: 'qwen3-32b',
  weightPrecision: 'q8_0',
  fileSizeGB: 34.81,
  fileSizeReported: '34,811,744,256 bytes (Qwen3-32B-Q8_0.gguf)',
} as const;
const SHISA_70B_Q4_K_M = {
  modelId: 'llama-3.1-70b',
  weightPrecision: 'q4_k_m',
  fileSizeGB: 42.51,
  fileSizeReported: '42,512,531,712 bytes (shisa-v2-llama3.3-70b.i1-Q4_K_M.gguf)',
} as const;
const SHISA_70B_NOTE =
  'shisa-v2-llama3.3-70b, a fine-tune with the Llama 3.1 70B shape, so that preset applies. ';

const strixHaloMeasurements: readonly Measurement[] = [
  {
    ...STRIX_MOE_HIP,
    ...pp(512),
    id: 'lhl-strixhalo-qwen3-30b-a3b-q4_k_xl-hip-hipblaslt-pp512',
    value: 588.07,
    quote: '| llama.cpp-hip | 1 | | | 588.073404 | 61.041616 | 18291 |',
    notes:
      STRIX_MOE_NOTE +
      '3.3B active parameters × 2 × 588 = 3.9 TFLOPS, 7 % of the catalogue’s 59.4 dense BF16 ' +
      'TFLOPS; the dense 7B file on the same build reaches 13 TFLOPS, so a 512-token MoE batch ' +
      'leaves most of the GPU idle.',
  },
  {
    ...STRIX_MOE_HIP,
    ...tg(128),
    id: 'lhl-strixhalo-qwen3-30b-a3b-q4_k_xl-hip-tg128',
    value: 61.04,
    quote: '| llama.cpp-hip | 1 | | | 588.073404 | 61.041616 | 18291 |',
    notes:
      STRIX_MOE_NOTE +
      'About 1.91 GB of the 17.71 GB file is read per token (3.3B of 30.5B parameters); × 61.0 = ' +
      '117 GB/s, 46 % of 256 GB/s.',
  },
  {
    ...STRIX_MOE_VULKAN,
    ...pp(512),
    id: 'lhl-strixhalo-qwen3-30b-a3b-q4_k_xl-vulkan-pp512',
    value: 687.91,
    quote: '| llama.cpp-vulkan | | | | **687.906943** | 77.959043 | 17729 |',
    notes: STRIX_MOE_NOTE + 'Vulkan: 3.3B × 2 × 688 = 4.5 TFLOPS.',
  },
  {
    ...STRIX_MOE_VULKAN,
    ...tg(128),
    id: 'lhl-strixhalo-qwen3-30b-a3b-q4_k_xl-vulkan-tg128',
    value: 77.96,
    quote: '| llama.cpp-vulkan | | | | **687.906943** | 77.959043 | 17729 |',
    notes:
      STRIX_MOE_NOTE +
      '1.91 GB per token × 78.0 = 149 GB/s, 58 % of 256 GB/s; the dense 32B and 70B files below ' +
      'reach 84–88 %, so the MoE pays a per-token cost beyond its bytes here too.',
  },
  {
    ...STRIX_DENSE,
    ...QWEN3_32B_Q8_0,
    ...pp(512),
    id: 'lhl-strixhalo-qwen3-32b-q8_0-hip-hipblaslt-pp512',
    engineVersion: STRIX_DENSE_HIP,
    value: 226.11,
    quote: '| llama.cpp-hip | 1 | | | 226.109625 | 6.365334 | 34636 |',
    notes: STRIX_NOTE + '32.76B × 2 × 226 = 14.8 TFLOPS, 25 % of the 59.4 dense BF16 TFLOPS.',
  },
  {
    ...STRIX_DENSE,
    ...QWEN3_32B_Q8_0,
    ...tg(128),
    id: 'lhl-strixhalo-qwen3-32b-q8_0-vulkan-tg128',
    engineVersion: STRIX_DENSE_VULKAN,
    value: 6.44,
    quote: '| llama.cpp-vulkan | | | | 101.347998 | **6.439763** | 34948 |',
    notes: STRIX_NOTE + '34.81 GB per token × 6.44 = 224 GB/s, 88 % of 256 GB/s.',
  },
  {
    ...STRIX_DENSE,
    ...SHISA_70B_Q4_K_M,
    ...pp(512),
    id: 'lhl-strixhalo-shisa-llama3.3-70b-q4_k_m-hip-hipblaslt-pp512',
    engineVersion: STRIX_DENSE_HIP,
    date: '2025-07-17',
    value: 93.96,
    quote: '| llama.cpp-hip | 1 | | | 93.960666 | 4.468189 | 42751 |',
    notes:
      STRIX_NOTE +
      SHISA_70B_NOTE +
      '70.55B × 2 × 94.0 = 13.3 TFLOPS, 22 % of the 59.4 dense BF16 TFLOPS.',
  },
  {
    ...STRIX_DENSE,
    ...SHISA_70B_Q4_K_M,
    ...tg(128),
    id: 'lhl-strixhalo-shisa-llama3.3-70b-q4_k_m-vulkan-tg128',
    engineVersion: STRIX_DENSE_VULKAN,
    date: '2025-07-17',
    value: 5.06,
    quote: '| llama.cpp-vulkan | | | | 26.78752 | **5.056729** | 42754 |',
    notes: STRIX_NOTE + SHISA_70B_NOTE + '42.51 GB per token × 5.06 = 215 GB/s, 84 % of 256 GB/s.',
  },
];

// --- TPU v6e-4, vLLM TPU, Qwen3-32B BF16 at 8 and 16 in flight (SGLang-JAX's comparison table) -----
const V6E4 = {
  deviceId: 'tpu-v6e',
  n: 4,
  interconnect: 'ICI (v6e-4 slice, tensor parallel 4)',
  engine: 'vllm',
  engineVersion:
    'vLLM main-5931b7e5 on TPU, vllm serve --tensor_parallel_size=4 --max-model-len=9216 --no-enable-prefix-caching; sgl_jax.bench_serving --backend vllm',
  modelId: 'qwen3-32b',
  weightPrecision: 'bf16',
  fileSizeGB: null,
  fileSizeReported: null,
  kvPrecision: 'bf16',
  outputTokens: 1024,
  metric: 'throughput-tps-per-device',
  date: '2025-09-12',
  source: S.sglangJaxQwen3Benchmark,
} as const;
const V6E4_NOTE =
  'The vLLM column of the SGLang-JAX project’s comparison: Qwen/Qwen3-32B unquantised on four ' +
  'Trillium chips, random prompts of exactly the stated length (range ratio 1), three requests ' +
  'per slot with the stated number in flight, output tokens per second of the slice divided by ' +
  '4. Each slot’s prefill runs inside the figure. The SGLang-JAX columns are left out (see the ' +
  'excluded list). ';

const v6eMeasurements: readonly Measurement[] = [
  {
    ...V6E4,
    id: 'sglang-jax-172-v6e4-vllm-qwen3-32b-c8-1024-1024',
    concurrency: 8,
    promptTokens: 1024,
    meanContextTokens: 1536,
    value: 342.46 / 4,
    quote:
      '| 1024/1024 | 8 | 356.59 | 469.74 | 18.29 | 22.81 | 427.69 | 342.46 | 427.69 | 342.46 |',
    notes:
      V6E4_NOTE +
      'At 8 in flight the inter-token latency is 22.8 ms: 65.5 GB of BF16 weights over four ' +
      'chips is 16.4 GB per chip per step, × 43.8 steps/s = 718 GB/s, 44 % of 1,638 GB/s.',
  },
  {
    ...V6E4,
    id: 'sglang-jax-172-v6e4-vllm-qwen3-32b-c16-1024-1024',
    concurrency: 16,
    promptTokens: 1024,
    meanContextTokens: 1536,
    value: 623.96 / 4,
    quote:
      '| 1024/1024 | 16 | 715.11 | 933.90 | 19.16 | 24.63 | 803.46 | 623.96 | 803.46 | 623.96 |',
    notes: V6E4_NOTE + 'At 16 in flight; inter-token latency 24.6 ms.',
  },
  {
    ...V6E4,
    id: 'sglang-jax-172-v6e4-vllm-qwen3-32b-c8-4096-1024',
    concurrency: 8,
    promptTokens: 4096,
    meanContextTokens: 4608,
    value: 268.21 / 4,
    quote:
      '| 4096/1024 | 8 | 1557.02 | 1910.64 | 19.88 | 28.18 | 1492.67 | 1072.84 | 373.17 | 268.21 |',
    notes:
      V6E4_NOTE +
      '4,096-token prompts at 8 in flight: inter-token latency 28.2 ms, and prefill of the ' +
      'queued prompts takes a larger share of the run than at 1,024.',
  },
];

export const gap2Measurements: readonly Measurement[] = [
  ...rtx5090LlamaCppMeasurements,
  ...deutscheKiMeasurements,
  ...mi300xMeasurements,
  ...strixHaloMeasurements,
  ...v6eMeasurements,
];
