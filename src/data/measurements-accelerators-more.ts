// Published single-point measurements on TPU v6e, B200, B300, MI300X and H100 from the second pass's sources (recipes, pull requests, vendor blogs, sweep tables).
import type { Measurement } from './measurement-types';
import { MORE_ACCELERATOR_SOURCES as S } from './measurement-sources-accelerators-more';

// --- TPU v6e (Trillium) with vLLM TPU ---------------------------------------------------------------

const V6E8 = {
  deviceId: 'tpu-v6e',
  n: 8,
  interconnect: 'ICI (v6e-8 slice, 2x4 topology, tensor parallel 8)',
  engine: 'vllm',
  engineVersion: 'vLLM TPU, image vllm/vllm-tpu:nightly-20251129-28607fc-39e63de',
  modelId: 'llama-3.1-70b',
  fileSizeGB: null,
  fileSizeReported: null,
  weightPrecision: 'bf16',
  kvPrecision: 'bf16',
  promptTokens: 999,
  outputTokens: 1000,
  meanContextTokens: 1499,
  metric: 'throughput-tps-per-device',
  date: '2025-12-03',
  source: S.tpuRecipesLlama33,
} as const;

const V6E8_NOTE =
  'Google’s tpu-recipes sample output for Llama 3.3 70B on a v6e-8 slice (8 Trillium chips), ' +
  'served unquantised with tensor parallel 8, max-num-seqs 256, no prefix caching; vllm bench ' +
  'serve with 3,000 random requests of 1,000 tokens in and exactly 1,000 out (--ignore-eos) at a ' +
  'fixed number in flight. Output tokens per second of the slice divided by 8. The recipe calls ' +
  'the figures what to expect; the image tag is the one the recipe pinned when the numbers were ' +
  'added (3 December 2025). Llama 3.3 70B has Llama 3.1 70B’s architecture, so that preset ' +
  'stands in. Only two concurrencies are printed, too few for a serving curve.';

const V6E1 = {
  deviceId: 'tpu-v6e',
  n: 1,
  interconnect: null,
  engine: 'vllm',
  modelId: 'llama-3.1-8b',
  fileSizeGB: null,
  fileSizeReported: null,
  weightPrecision: 'bf16',
  kvPrecision: 'bf16',
  concurrency: null,
  metric: 'throughput-tps-per-device',
} as const;

const V6E1_NOTE =
  'One v6e chip serving Llama 3.1 8B (bf16) with vLLM’s V1 engine, max-num-seqs 512 and 512 ' +
  'batched tokens per step; benchmark_serving sends 1,000 random requests of 1,800 tokens (128 ' +
  'out, stopping early at end of sequence) all at once, so the chip runs at saturation: the ' +
  'mean TTFT is about a minute because requests wait for a slot. Output tokens per second. A ' +
  'kernel-tuning pull request’s test run, with the exact commands printed.';

// --- B200: SGLang sweep of cookbook models (third party) ------------------------------------------

const GIST = {
  deviceId: 'b200',
  n: 8,
  interconnect: 'NVLink 5 (NV18 NVSwitch, 8x B200 183 GB, tensor parallel 8)',
  engine: 'sglang',
  engineVersion: 'SGLang v0.5.8.post1 (lmsysorg/sglang:v0.5.8.post1), cookbook-recommended configs',
  fileSizeGB: null,
  fileSizeReported: null,
  kvPrecision: 'bf16',
  concurrency: 1,
  promptTokens: 1024,
  outputTokens: 1024,
  meanContextTokens: 1536,
  metric: 'decode-tps',
  date: '2026-02-16',
  source: S.sglangB200Sweep,
} as const;

const GIST_NOTE =
  'A third party’s sweep on one 8×B200 node (clocks locked at maximum) with sglang.bench_serving, ' +
  'random “1K” input and output (1,024 assumed). Decode speed is 1,000 / TPOT at one request in ' +
  'flight; the row’s end-to-end rate at c=1 agrees with it to within the prefill (1,024 tokens ' +
  'at the printed rate take a little longer than 1,024 × TPOT). KV cache at SGLang’s default.';

// --- InferenceX published sweeps, one request in flight -------------------------------------------

const INFX = {
  modelId: 'deepseek-v3',
  engine: 'sglang',
  engineVersion: 'SGLang v0.5.12 (lmsysorg/sglang:v0.5.12-cu130)',
  fileSizeGB: null,
  fileSizeReported: null,
  kvPrecision: 'bf16',
  concurrency: 1,
  promptTokens: 1024,
  outputTokens: 1024,
  meanContextTokens: 1536,
  date: '2026-05-22',
} as const;

const INFX_NOTE =
  'InferenceX’s published 22 May 2026 curve (1k/1k, random lengths around the nominal ones), ' +
  'the concurrency-1 row as the baseline table of the update pull request quotes it. TTFT and ' +
  'TPOT are means; decode speed is 1,000 / TPOT. DeepSeek-R1-0528 shares DeepSeek-V3’s ' +
  'architecture, so that preset stands in; KV cache at SGLang’s default.';

// --- AMD ROCm blog: batch 1 of the latency tables -------------------------------------------------

const ROCM = {
  n: 8,
  fileSizeGB: null,
  fileSizeReported: null,
  weightPrecision: 'fp8',
  kvPrecision: 'fp8',
  concurrency: 1,
  promptTokens: 128,
  outputTokens: 2048,
  meanContextTokens: 1152,
  metric: 'decode-tps',
  date: '2025-01-29',
  source: S.rocmBlogBestPractices,
} as const;

const ROCM_MI300X = {
  ...ROCM,
  deviceId: 'mi300x',
  interconnect: 'Infinity Fabric (XGMI), 8 GPUs, tensor parallel 8',
  engine: 'vllm',
  engineVersion:
    'vLLM in AMD’s rocm/vllm-dev:20250112 image (ROCm 6.3; the blog’s 20250117 build is vLLM 0.6.7.dev121)',
} as const;

const ROCM_H100 = {
  ...ROCM,
  deviceId: 'h100-sxm',
  interconnect: 'NVLink 4 (8x H100 SXM, tensor parallel 8)',
  engine: 'tensorrt-llm',
  engineVersion: 'TensorRT-LLM 0.16.0, emulated static batching (benchmarks/cpp)',
} as const;

const ROCM_NOTE =
  'AMD’s blog latency table at batch 1: one sequence of 128 prompt tokens and 2,048 generated, ' +
  'timed end to end; decode speed is 2,048 / latency (the 128-token prefill is under 1% of it). ' +
  'The MI300X column is AMD’s vLLM build with FP8-KV checkpoints; the H100 column is AMD’s run of ' +
  'TensorRT-LLM (KV format not stated, FP8 assumed; SXM taken, as the blog compares with H100 SXM).';

export const moreAcceleratorMeasurements: readonly Measurement[] = [
  // --- TPU v6e ---------------------------------------------------------------------------------
  {
    ...V6E8,
    id: 'tpu-recipes-v6e8-llama3.3-70b-bf16-c64-1000-1000',
    concurrency: 64,
    value: 2494.8 / 8,
    quote: 'Output token throughput (tok/s):         2494.80',
    notes: `${V6E8_NOTE} At 64 in flight: median TTFT 199 ms, mean TPOT 25.4 ms.`,
  },
  {
    ...V6E8,
    id: 'tpu-recipes-v6e8-llama3.3-70b-bf16-c128-1000-1000',
    concurrency: 128,
    value: 3544.46 / 8,
    quote: 'Output token throughput (tok/s):         3544.46',
    notes: `${V6E8_NOTE} At 128 in flight: median TTFT 229 ms, mean TPOT 35.1 ms.`,
  },
  {
    ...V6E1,
    id: 'vllm-16458-v6e1-llama3.1-8b-saturated-1800-128',
    engineVersion:
      'vLLM main before pull request #16458 (V1 engine, TPU backend on torch_xla), April 2025',
    promptTokens: 1800,
    outputTokens: 120,
    meanContextTokens: 1860,
    value: 945.8,
    date: '2025-04-11',
    source: S.vllm16458,
    quote: 'Output token throughput (tok/s):         945.80',
    notes:
      `${V6E1_NOTE} This is the run before the change (987 of 1,000 requests completed, 118,669 ` +
      'output tokens). The pull request names the chip: “v6e-1 (single chip)”.',
  },
  // --- B200 (third-party SGLang sweep) -----------------------------------------------------------
  {
    ...GIST,
    id: 'sglang-gist-8xb200-gptoss120b-mxfp4-b1-1024-1024',
    modelId: 'gpt-oss-120b',
    weightPrecision: 'mxfp4',
    value: 1000 / 2.41,
    quote: '| 4 | GPT-OSS-120B | 117B / ~12B | 8 | MXFP4 | 397 | 2.41ms | 9,432 | 13,021 | 1,179 |',
    notes: `${GIST_NOTE} GPT-OSS 120B with MXFP4 experts, tensor parallel 8.`,
  },
  {
    ...GIST,
    id: 'sglang-gist-8xb200-qwen3-235b-bf16-b1-1024-1024',
    modelId: 'qwen3-235b-a22b',
    weightPrecision: 'bf16',
    value: 1000 / 6.7,
    quote: '| 5 | Qwen3-235B-A22B | 235B / 22B | 8 | BF16 | 145 | 6.70ms | 3,366 | 4,651 | 421 |',
    notes: `${GIST_NOTE} Qwen3-235B-A22B in BF16, tensor parallel 8.`,
  },
  // --- B200 and B300 (InferenceX, one request in flight) ----------------------------------------
  {
    ...INFX,
    id: 'inferencex-8xb200-dsr1-fp8-b1-1024-1024',
    deviceId: 'b200',
    n: 8,
    interconnect: 'NVLink 5 (8x B200, tensor parallel 8, expert parallel 1)',
    weightPrecision: 'fp8',
    metric: 'decode-tps',
    value: 1000 / 7.18,
    source: S.inferencexB200Dsr1,
    quote: '| 1k/1k c1 TP8 EP1 5c7bfe | 33.89 | 17.01 | 160.36 | 7.18 |',
    notes: `${INFX_NOTE} B200, FP8 DeepSeek-R1-0528, TP8.`,
  },
  {
    ...INFX,
    id: 'inferencex-8xb200-dsr1-fp8-ttft-1024',
    deviceId: 'b200',
    n: 8,
    interconnect: 'NVLink 5 (8x B200, tensor parallel 8, expert parallel 1)',
    weightPrecision: 'fp8',
    metric: 'ttft-s',
    value: 0.16036,
    source: S.inferencexB200Dsr1,
    quote: '| 1k/1k c1 TP8 EP1 5c7bfe | 33.89 | 17.01 | 160.36 | 7.18 |',
    notes: `${INFX_NOTE} Time to first token of a 1,024-token prompt arriving alone.`,
  },
  {
    ...INFX,
    id: 'inferencex-8xb300-dsr1-nvfp4-b1-1024-1024',
    deviceId: 'b300',
    n: 8,
    interconnect: 'NVLink 5 (8x B300, tensor parallel 8, expert parallel 8)',
    weightPrecision: 'nvfp4',
    metric: 'decode-tps',
    value: 1000 / 5.64,
    source: S.inferencexB300Dsr1,
    quote: '| 1k/1k c1 TP8 EP8 2bd64a | 43.59 | 21.87 | 76.4 | 5.64 |',
    notes: `${INFX_NOTE} B300 with nvidia/DeepSeek-R1-0528-FP4-V2 (NVFP4), TP8 and EP8.`,
  },
  {
    ...INFX,
    id: 'inferencex-8xb300-dsr1-nvfp4-ttft-1024',
    deviceId: 'b300',
    n: 8,
    interconnect: 'NVLink 5 (8x B300, tensor parallel 8, expert parallel 8)',
    weightPrecision: 'nvfp4',
    metric: 'ttft-s',
    value: 0.0764,
    source: S.inferencexB300Dsr1,
    quote: '| 1k/1k c1 TP8 EP8 2bd64a | 43.59 | 21.87 | 76.4 | 5.64 |',
    notes: `${INFX_NOTE} Time to first token of a 1,024-token prompt alone on 8 B300 (NVFP4).`,
  },
  {
    ...INFX,
    id: 'inferencex-4xb300-dsr1-nvfp4-b1-1024-1024',
    deviceId: 'b300',
    n: 4,
    interconnect: 'NVLink 5 (4x B300, tensor parallel 4, expert parallel 4)',
    weightPrecision: 'nvfp4',
    metric: 'decode-tps',
    value: 1000 / 5.94,
    source: S.inferencexB300Dsr1,
    quote: '| 1k/1k c1 TP4 EP4 df78da | 82.83 | 41.56 | 77.36 | 5.94 |',
    notes: `${INFX_NOTE} B300, NVFP4, TP4 and EP4: half the GPUs of the TP8 row, 5% slower per token.`,
  },
  {
    ...INFX,
    id: 'inferencex-4xb300-dsr1-nvfp4-ttft-1024',
    deviceId: 'b300',
    n: 4,
    interconnect: 'NVLink 5 (4x B300, tensor parallel 4, expert parallel 4)',
    weightPrecision: 'nvfp4',
    metric: 'ttft-s',
    value: 0.07736,
    source: S.inferencexB300Dsr1,
    quote: '| 1k/1k c1 TP4 EP4 df78da | 82.83 | 41.56 | 77.36 | 5.94 |',
    notes: `${INFX_NOTE} Time to first token of a 1,024-token prompt alone on 4 B300 (NVFP4).`,
  },
  {
    ...INFX,
    id: 'inferencex-8xb300-dsr1-fp8-b1-1024-1024',
    deviceId: 'b300',
    n: 8,
    interconnect: 'NVLink 5 (8x B300, tensor parallel 8, expert parallel 1)',
    weightPrecision: 'fp8',
    metric: 'decode-tps',
    value: 1000 / 7.04,
    source: S.inferencexB300Dsr1Fp8,
    quote: '| 1k/1k c1 TP8 EP1 cd9458 | 35.03 | 17.58 | 70.93 | 7.04 |',
    notes: `${INFX_NOTE} B300 with the FP8 checkpoint, TP8 (pull request #3175).`,
  },
  {
    ...INFX,
    id: 'inferencex-8xb300-dsr1-fp8-ttft-8192',
    deviceId: 'b300',
    n: 8,
    interconnect: 'NVLink 5 (8x B300, tensor parallel 8, expert parallel 1)',
    weightPrecision: 'fp8',
    metric: 'ttft-s',
    promptTokens: 8192,
    meanContextTokens: 8704,
    value: 0.28806,
    source: S.inferencexB300Dsr1Fp8,
    quote: '| 8k/1k c1 TP8 EP1 9bc993 | 148.64 | 16.61 | 288.06 | 7.23 |',
    notes:
      `${INFX_NOTE} An 8,192-token prompt alone on 8 B300 (FP8, TP8): 288 ms to the first token, ` +
      'against 71 ms for 1,024 tokens on the same set-up.',
  },
  {
    ...INFX,
    id: 'inferencex-4xb300-dsr1-fp8-ttft-8192',
    deviceId: 'b300',
    n: 4,
    interconnect: 'NVLink 5 (4x B300, tensor parallel 4, expert parallel 1)',
    weightPrecision: 'fp8',
    metric: 'ttft-s',
    promptTokens: 8192,
    meanContextTokens: 8704,
    value: 0.38089,
    source: S.inferencexB300Dsr1Fp8,
    quote: '| 8k/1k c1 TP4 EP1 2f509e | 274.22 | 30.63 | 380.89 | 7.76 |',
    notes: `${INFX_NOTE} The same 8,192-token prompt on 4 B300 (FP8, TP4): 381 ms.`,
  },
  // --- MI300X and H100 SXM (AMD's ROCm blog, batch 1) --------------------------------------------
  {
    ...ROCM_MI300X,
    id: 'rocm-blog-8xmi300x-llama3.1-70b-fp8-b1-128-2048',
    modelId: 'llama-3.1-70b',
    value: 2048 / 19.089,
    quote: 'Llama 3.1 70B FP8 8 1 128 2048 19089 20923 1.10',
    notes: `${ROCM_NOTE} MI300X, Llama 3.1 70B: 19,089 ms.`,
  },
  {
    ...ROCM_H100,
    id: 'rocm-blog-8xh100-trtllm-llama3.1-70b-fp8-b1-128-2048',
    modelId: 'llama-3.1-70b',
    value: 2048 / 20.923,
    quote: 'Llama 3.1 70B FP8 8 1 128 2048 19089 20923 1.10',
    notes: `${ROCM_NOTE} H100, Llama 3.1 70B: 20,923 ms.`,
  },
  {
    ...ROCM_MI300X,
    id: 'rocm-blog-8xmi300x-llama3.1-405b-fp8-b1-128-2048',
    modelId: 'llama-3.1-405b',
    value: 2048 / 51.74,
    quote: 'Llama 3.1 405B FP8 8 1 128 2048 51740 58916 1.14',
    notes: `${ROCM_NOTE} MI300X, Llama 3.1 405B: 51,740 ms.`,
  },
  {
    ...ROCM_H100,
    id: 'rocm-blog-8xh100-trtllm-llama3.1-405b-fp8-b1-128-2048',
    modelId: 'llama-3.1-405b',
    value: 2048 / 58.916,
    quote: 'Llama 3.1 405B FP8 8 1 128 2048 51740 58916 1.14',
    notes: `${ROCM_NOTE} H100, Llama 3.1 405B: 58,916 ms.`,
  },
];
