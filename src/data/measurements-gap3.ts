// Third gap pass: SGLang single-request decode of Qwen3-235B-A22B on 8× B200, vLLM single-request decode on an A100 80GB (Qwen2.5 7B, 14B and 32B in BF16, 8-bit and 4-bit), and llama.cpp mixture-of-experts runs on GPUs (gpt-oss-20b prompt on an RX 7900 XTX under HIP, decode on an RTX 4090 under CUDA, Qwen3-30B-A3B prompt and decode on an RTX 5090 under Vulkan).
import { gib, type Measurement } from './measurement-types';
import { pp, SINGLE, tg } from './measurements-builders';
import { GAP3_SOURCES as S } from './measurement-sources-gap3';

// --- A100 80GB, vLLM 0.6.3, Qwen2.5 Instruct at batch 1 (Qwen's speed benchmark) --------------
/**
 * Qwen2.5 7B, 14B and 32B keep untied input and output embeddings of 152,064 rows (7B: 3,584
 * wide, 545.0M each; 14B and 32B: 5,120 wide, 778.6M each), which the GPTQ and AWQ checkpoints
 * leave in FP16. The other weights are packed in groups of 128 with an FP16 scale and a packed
 * zero point per group: AWQ 4 + 20 / 128 = 4.156 bits, GPTQ-Int8 8 + 24 / 128 = 8.1875 bits.
 */
const qwenQuant = (
  modelId: 'qwen2.5-7b' | 'qwen2.5-14b' | 'qwen2.5-32b',
  weightPrecision: 'int4' | 'int8',
  fileSizeGB: number,
  fileSizeReported: string,
) => ({ modelId, weightPrecision, fileSizeGB, fileSizeReported }) as const;
const QWEN7_AWQ = qwenQuant(
  'qwen2.5-7b',
  'int4',
  5.57,
  'derived: embedding and output layer 1.090B × 2 B = 2.18 GB + 6.53B other weights × 4.156 / 8 = 3.39 GB (AWQ, groups of 128)',
);
const QWEN7_GPTQ8 = qwenQuant(
  'qwen2.5-7b',
  'int8',
  8.86,
  'derived: embedding and output layer 1.090B × 2 B = 2.18 GB + 6.53B other weights × 8.1875 / 8 = 6.68 GB (GPTQ 8-bit, groups of 128)',
);
const QWEN14_AWQ = qwenQuant(
  'qwen2.5-14b',
  'int4',
  9.97,
  'derived: embedding and output layer 1.557B × 2 B = 3.11 GB + 13.21B other weights × 4.156 / 8 = 6.86 GB (AWQ, groups of 128)',
);
const QWEN14_GPTQ8 = qwenQuant(
  'qwen2.5-14b',
  'int8',
  16.63,
  'derived: embedding and output layer 1.557B × 2 B = 3.11 GB + 13.21B other weights × 8.1875 / 8 = 13.52 GB (GPTQ 8-bit, groups of 128)',
);
const QWEN32_AWQ = qwenQuant(
  'qwen2.5-32b',
  'int4',
  19.32,
  'derived: embedding and output layer 1.557B × 2 B = 3.11 GB + 31.2B other weights × 4.156 / 8 = 16.21 GB (AWQ, groups of 128)',
);
const QWEN32_GPTQ8 = qwenQuant(
  'qwen2.5-32b',
  'int8',
  35.04,
  'derived: embedding and output layer 1.557B × 2 B = 3.11 GB + 31.2B other weights × 8.1875 / 8 = 31.93 GB (GPTQ 8-bit, groups of 128)',
);
const QWEN_BF16 = { weightPrecision: 'bf16', fileSizeGB: null, fileSizeReported: null } as const;

const QWEN_A100 = {
  ...SINGLE,
  deviceId: 'a100-sxm-80gb',
  engine: 'vllm',
  harness: 'engine',
  outputTokens: 2048,
  metric: 'decode-tps',
  date: '2024-10-30',
  source: S.qwen25SpeedBenchmark,
} as const;
const VLLM_063 =
  'vLLM 0.6.3 (CUDA 12.1, PyTorch 2.4.0, Flash Attention 2.6.3), offline LLM.generate, gpu_memory_utilization 0.9, max_model_len 32768, CUDA graphs on (enforce_eager=False)';
const VLLM_063_EAGER =
  'vLLM 0.6.3 (CUDA 12.1, PyTorch 2.4.0, Flash Attention 2.6.3), offline LLM.generate, the table’s “Setting 1”: gpu_memory_utilization 1.0, max_model_len 32768, enforce_eager=True (no CUDA graphs)';
const FROM_ONE = { promptTokens: 1, meanContextTokens: 1025 } as const;
const FROM_6144 = { promptTokens: 6144, meanContextTokens: 7168 } as const;
const QWEN_NOTE =
  'Qwen’s own speed table: one prompt, 2,048 tokens generated (sampling penalties keep it from ' +
  'stopping early), speed = 2,048 / the wall time of one offline LLM.generate call, so the ' +
  'prefill and tokenisation sit inside the time. The table names an “NVIDIA A100 80GB” without ' +
  'saying SXM or PCIe; taken as the SXM part (2,039 GB/s; the PCIe card has 1,935). ';
const PREFILL_6144 =
  'The 6,144-token prompt’s prefill is inside the wall time: about 2 × params × 6,144 FLOP at ' +
  'roughly two thirds of the 312 TFLOPS peak, about 2 % of the 2,048-step decode time. ';

const qwenA100Measurements: readonly Measurement[] = [
  {
    ...QWEN_A100,
    ...QWEN_BF16,
    ...FROM_ONE,
    id: 'qwen25-speed-a100-vllm-qwen2.5-7b-bf16-in1-out2048',
    modelId: 'qwen2.5-7b',
    engineVersion: VLLM_063,
    value: 84.28,
    quote:
      '| Qwen2.5-7B-Instruct         | 1            | BF16         | 1       | 84.28           |',
    notes: QWEN_NOTE + '7.62B × 2 B = 15.24 GB per token × 84.28 = 1,284 GB/s, 63 % of 2,039 GB/s.',
  },
  {
    ...QWEN_A100,
    ...QWEN_BF16,
    ...FROM_6144,
    id: 'qwen25-speed-a100-vllm-qwen2.5-7b-bf16-in6144-out2048',
    modelId: 'qwen2.5-7b',
    engineVersion: VLLM_063,
    value: 80.7,
    quote:
      '|                             | 6144         | BF16         | 1       | 80.70           |',
    notes:
      QWEN_NOTE +
      PREFILL_6144 +
      '15.24 GB of weights plus 0.41 GB of KV cache at the mean context (57 KB per token) × 80.70 ' +
      '= 1,263 GB/s, 62 %.',
  },
  {
    ...QWEN_A100,
    ...QWEN7_AWQ,
    ...FROM_ONE,
    id: 'qwen25-speed-a100-vllm-qwen2.5-7b-awq-in1-out2048',
    engineVersion: VLLM_063,
    value: 148.1,
    quote:
      '|                             |              | AWQ          | 1       | 148.10          |',
    notes:
      QWEN_NOTE +
      'Qwen/Qwen2.5-7B-Instruct-AWQ, which vLLM 0.6.3 runs with its Marlin AWQ kernels in FP16 ' +
      '(the KV cache is FP16, two bytes like BF16). 5.57 GB × 148.1 = 825 GB/s, 40 %.',
  },
  {
    ...QWEN_A100,
    ...QWEN7_GPTQ8,
    ...FROM_ONE,
    id: 'qwen25-speed-a100-vllm-qwen2.5-7b-gptq-int8-in1-out2048',
    engineVersion: VLLM_063,
    value: 122.01,
    quote:
      '|                             |              | GPTQ-Int8    | 1       | 122.01          |',
    notes:
      QWEN_NOTE +
      'Qwen/Qwen2.5-7B-Instruct-GPTQ-Int8 (8-bit weights, 16-bit activations, FP16 KV cache). ' +
      '8.86 GB × 122.0 = 1,081 GB/s, 53 %.',
  },
  {
    ...QWEN_A100,
    ...QWEN_BF16,
    ...FROM_ONE,
    id: 'qwen25-speed-a100-vllm-qwen2.5-14b-bf16-in1-out2048',
    modelId: 'qwen2.5-14b',
    engineVersion: VLLM_063,
    value: 46.3,
    quote:
      '| Qwen2.5-14B-Instruct        | 1            | BF16         | 1       | 46.30           |                                           |',
    notes: QWEN_NOTE + '14.77B × 2 B = 29.54 GB × 46.30 = 1,368 GB/s, 67 % of 2,039 GB/s.',
  },
  {
    ...QWEN_A100,
    ...QWEN_BF16,
    ...FROM_6144,
    id: 'qwen25-speed-a100-vllm-qwen2.5-14b-bf16-in6144-out2048',
    modelId: 'qwen2.5-14b',
    engineVersion: VLLM_063,
    value: 43.83,
    quote:
      '|                             | 6144         | BF16         | 1       | 43.83           |                                           |',
    notes:
      QWEN_NOTE +
      PREFILL_6144 +
      '29.54 GB plus 1.41 GB of KV cache at the mean context (197 KB per token) × 43.83 = ' +
      '1,357 GB/s, 67 %.',
  },
  {
    ...QWEN_A100,
    ...QWEN14_AWQ,
    ...FROM_ONE,
    id: 'qwen25-speed-a100-vllm-qwen2.5-14b-awq-in1-out2048',
    engineVersion: VLLM_063,
    value: 92.66,
    quote:
      '|                             |              | AWQ          | 1       | 92.66           |                                           |',
    notes:
      QWEN_NOTE + 'Qwen/Qwen2.5-14B-Instruct-AWQ. 9.97 GB × 92.66 = 924 GB/s, 45 % of 2,039 GB/s.',
  },
  {
    ...QWEN_A100,
    ...QWEN14_GPTQ8,
    ...FROM_ONE,
    id: 'qwen25-speed-a100-vllm-qwen2.5-14b-gptq-int8-in1-out2048',
    engineVersion: VLLM_063,
    value: 70.4,
    quote:
      '|                             |              | GPTQ-Int8    | 1       | 70.40           |                                           |',
    notes:
      QWEN_NOTE +
      'Qwen/Qwen2.5-14B-Instruct-GPTQ-Int8. 16.63 GB × 70.40 = 1,171 GB/s, 57 % of 2,039 GB/s.',
  },
  {
    ...QWEN_A100,
    ...QWEN_BF16,
    ...FROM_ONE,
    id: 'qwen25-speed-a100-vllm-qwen2.5-32b-bf16-in1-out2048-eager',
    modelId: 'qwen2.5-32b',
    engineVersion: VLLM_063_EAGER,
    value: 22.13,
    quote:
      '| Qwen2.5-32B-Instruct        | 1            | BF16         | 1       | 22.13           | setting1                                  |',
    notes:
      QWEN_NOTE +
      'The BF16 32B only fits one 80 GB card with CUDA graphs off and all memory given to vLLM. ' +
      '32.76B × 2 B = 65.52 GB × 22.13 = 1,450 GB/s, 71 % of 2,039 GB/s; at 45 ms a step the ' +
      'launch overhead CUDA graphs would hide is a small share.',
  },
  {
    ...QWEN_A100,
    ...QWEN_BF16,
    ...FROM_6144,
    id: 'qwen25-speed-a100-vllm-qwen2.5-32b-bf16-in6144-out2048-eager',
    modelId: 'qwen2.5-32b',
    engineVersion: VLLM_063_EAGER,
    value: 21.05,
    quote:
      '|                             | 6144         | BF16         | 1       | 21.05           | setting1                                  |',
    notes:
      QWEN_NOTE +
      PREFILL_6144 +
      'CUDA graphs off, as in the row above. 65.52 GB plus 1.88 GB of KV cache at the mean ' +
      'context (262 KB per token) × 21.05 = 1,419 GB/s, 70 %.',
  },
  {
    ...QWEN_A100,
    ...QWEN32_AWQ,
    ...FROM_ONE,
    id: 'qwen25-speed-a100-vllm-qwen2.5-32b-awq-in1-out2048',
    engineVersion: VLLM_063,
    value: 51.92,
    quote:
      '|                             |              | AWQ          | 1       | 51.92           |                                           |',
    notes:
      QWEN_NOTE +
      'Qwen/Qwen2.5-32B-Instruct-AWQ, default settings (CUDA graphs on). 19.32 GB × 51.92 = ' +
      '1,003 GB/s, 49 % of 2,039 GB/s.',
  },
  {
    ...QWEN_A100,
    ...QWEN32_GPTQ8,
    ...FROM_ONE,
    id: 'qwen25-speed-a100-vllm-qwen2.5-32b-gptq-int8-in1-out2048',
    engineVersion: VLLM_063,
    value: 37.57,
    quote:
      '|                             |              | GPTQ-Int8    | 1       | 37.57           |                                           |',
    notes:
      QWEN_NOTE +
      'Qwen/Qwen2.5-32B-Instruct-GPTQ-Int8, default settings. 35.04 GB × 37.57 = 1,317 GB/s, ' +
      '65 % of 2,039 GB/s.',
  },
];

// --- llama.cpp, mixture-of-experts models on discrete GPUs (pull-request benchmark tables) ------
const GPT_OSS_20B = {
  modelId: 'gpt-oss-20b',
  weightPrecision: 'mxfp4',
  fileSizeGB: null,
  fileSizeReported: null,
} as const;
const PR_TABLE_NOTE =
  'A llama.cpp developer’s before/after table in a pull request; the figure is the “before” ' +
  '(master) column, so it measures the released code of that day, not the change under review. ';

const llamaCppMoeMeasurements: readonly Measurement[] = [
  {
    ...SINGLE,
    ...GPT_OSS_20B,
    ...pp(2048),
    id: 'llamacpp-24546-rx7900xtx-hip-gpt-oss-20b-mxfp4-pp2048-ub512',
    deviceId: 'rx-7900-xtx',
    engine: 'llama.cpp',
    engineVersion:
      'llama.cpp master of 2 September 2026 (the “master” column of PR #24546, rebased that day), HIP/ROCm build of the CUDA backend, llama-bench microbatch 512',
    date: '2026-09-02',
    source: S.llamaCpp24546,
    value: 3846.41,
    quote:
      '| RX 7900 XTX | gpt-oss 20B MXFP4 MoE |               512 | pp2048 |      3846.41 |                            4696.47 |      1.22 |',
    notes:
      PR_TABLE_NOTE +
      'A 2,048-token prompt in four microbatches of 512, the llama-bench default. 3.61B active ' +
      'parameters × 2 × 3,846 = 27.8 TFLOPS, 23 % of the catalogue’s 122.9 dense BF16 TFLOPS. ' +
      'The change under review (tile widths sized to each expert’s share of a microbatch) ' +
      'reaches 4,696, so RDNA 3 MoE prompts were held back by tile choice on this build.',
  },
  {
    ...SINGLE,
    ...GPT_OSS_20B,
    ...tg(128),
    id: 'llamacpp-16834-rtx4090-cuda-gpt-oss-20b-mxfp4-tg128',
    deviceId: 'rtx-4090',
    engine: 'llama.cpp',
    engineVersion:
      'llama.cpp master of 29 October 2025 (the “master” column of PR #16834), CUDA backend, llama-bench defaults',
    date: '2025-10-29',
    source: S.llamaCpp16834,
    value: 186.1,
    quote: '| gpt-oss 20B MXFP4 MoE | tg128  |       186.10 |        187.25 |      1.01 |',
    notes:
      PR_TABLE_NOTE +
      'The table names no file; taking the 12.10 GB ggml-org file, its active share (3.61B of ' +
      '20.91B parameters) is 2.09 GB per token × 186.1 = 389 GB/s, 39 % of 1,008 GB/s, close to the 40–42 % the RTX 3090 (Vulkan) and ' +
      'RTX 5090 (CUDA) reach on the same model.',
  },
  {
    ...SINGLE,
    ...tg(128),
    id: 'llamacpp-16834-rtx4090-cuda-qwen3-30b-a3b-q4_0-tg128',
    deviceId: 'rtx-4090',
    engine: 'llama.cpp',
    engineVersion:
      'llama.cpp master of 29 October 2025 (the “master” column of PR #16834), CUDA backend, llama-bench defaults',
    modelId: 'qwen3-30b-a3b',
    weightPrecision: 'q4_0',
    fileSizeGB: null,
    fileSizeReported: null,
    date: '2025-10-29',
    source: S.llamaCpp16834,
    value: 161.55,
    quote: '| qwen3moe 30B.A3B Q4_0 | tg128  |       161.55 |        163.48 |      1.01 |',
    notes:
      PR_TABLE_NOTE +
      'Q4_0 at 4.5 bits: about 1.9 GB read per token (3.3B active of 30.5B) × 161.6 = 301 GB/s, ' +
      '30 % of 1,008 GB/s; the per-token cost of routing 8 of 128 experts in 48 layers weighs ' +
      'more on a fast card.',
  },
  {
    ...SINGLE,
    ...pp(512),
    id: 'llamacpp-15252-rtx5090-vulkan-qwen3-30b-a3b-q4_k_m-pp512',
    deviceId: 'rtx-5090',
    engine: 'llama.cpp',
    engineVersion:
      'llama.cpp master of 11 August 2025 (the “before” run of PR #15252), Vulkan with NV_coopmat2, Windows RelWithDebInfo build, llama-bench -fa 1 -r 10',
    modelId: 'qwen3-30b-a3b',
    weightPrecision: 'q4_k_m',
    fileSizeGB: gib(17.35),
    fileSizeReported: '17.35 GiB (bartowski Qwen_Qwen3-30B-A3B-Q4_K_M.gguf)',
    date: '2025-08-11',
    source: S.llamaCpp15252,
    value: 3971.06,
    quote:
      '| qwen3moe 30B.A3B Q4_K - Medium |  17.35 GiB |    30.53 B | Vulkan     |  99 |  1 |           pp512 |      3971.06',
    notes:
      'A Vulkan-backend developer’s “before” run of a fusion change; the copy read cuts the line ' +
      'before the ± spread. 3.3B active × 2 × 3,971 = 26.2 TFLOPS, 13 % of the catalogue’s ' +
      '209.5 dense BF16 TFLOPS; the CUDA backend on the same card reaches about 34 % with ' +
      'gpt-oss-20b, so this is a Vulkan MoE prompt figure, not the card’s ceiling.',
  },
  {
    ...SINGLE,
    ...tg(128),
    id: 'llamacpp-16977-rtx5090-vulkan-qwen3-30b-a3b-q4_k_m-tg128',
    deviceId: 'rtx-5090',
    engine: 'llama.cpp',
    engineVersion:
      'llama.cpp master of 3 November 2025 (the “before” run of PR #16977), Vulkan with NV_coopmat2, Windows RelWithDebInfo build, llama-bench -fa 1 -r 20',
    modelId: 'qwen3-30b-a3b',
    weightPrecision: 'q4_k_m',
    fileSizeGB: gib(17.35),
    fileSizeReported: '17.35 GiB (bartowski Qwen_Qwen3-30B-A3B-Q4_K_M.gguf)',
    date: '2025-11-03',
    source: S.llamaCpp16977,
    value: 273.37,
    quote:
      '| qwen3moe 30B.A3B Q4_K - Medium |  17.35 GiB |    30.53 B | Vulkan     |  99 |  1 |           tg128 |        273.37 ± 1.46 |',
    notes:
      'The same developer and file as the pp512 point above, three months later. The run ' +
      'repeats tg128 five times; the four repeats in the copy read give 269.45, 271.92, 273.37 ' +
      'and 274.13, and the value is the one with the smallest spread, 0.3 % above their median. ' +
      'About 2.0 GB read per token (3.3B of 30.5B parameters of an 18.63 GB file) × 273.4 = ' +
      '551 GB/s, 31 % of 1,792 GB/s.',
  },
];

// --- 8× B200, SGLang 0.5.6, Qwen3-235B-A22B at one request (the SGLang cookbook) ---------------
const B200_QWEN3 = {
  deviceId: 'b200',
  n: 8,
  interconnect: 'NVLink (8× B200 in one node), tensor parallel 8',
  engine: 'sglang',
  engineVersion:
    'SGLang 0.5.6, python -m sglang.launch_server --tp 8 (defaults otherwise), sglang.bench_serving --dataset-name random --num-prompts 10 --max-concurrency 1',
  modelId: 'qwen3-235b-a22b',
  weightPrecision: 'bf16',
  fileSizeGB: null,
  fileSizeReported: null,
  kvPrecision: 'bf16',
  concurrency: 1,
  metric: 'decode-tps',
  date: '2025-12-17',
  source: S.sglCookbookQwen3,
} as const;
const B200_QWEN3_NOTE =
  'The SGLang project’s cookbook page for Qwen3: Qwen/Qwen3-235B-A22B-Instruct-2507 in BF16 ' +
  'on eight B200, ten random prompts one at a time. The random lengths are drawn below the ' +
  'stated maxima (the default range ratio), so the prompt and output lengths here are the ' +
  'run’s means from its token totals. Decode speed is 1,000 / median TPOT. 22B active ' +
  'parameters × 2 B = 44 GB per token, 5.5 GB per GPU; ';

const b200SglangMeasurements: readonly Measurement[] = [
  {
    ...B200_QWEN3,
    id: 'sgl-cookbook-8xb200-sglang-qwen3-235b-a22b-bf16-c1-in1000-out1000',
    promptTokens: 610,
    outputTokens: 421,
    meanContextTokens: 820,
    value: 1000 / 10.12,
    quote: 'Median TPOT (ms):                        10.12',
    notes:
      B200_QWEN3_NOTE +
      '× 98.8 = 543 GB/s per GPU, 7 % of 8,000 GB/s: at 10 ms a step, eight-way all-reduces ' +
      'and expert routing, not weight reads, set the pace. “Standard scenario”, 1,000 in / ' +
      '1,000 out at most (6,101 and 4,210 tokens over the ten requests).',
  },
  {
    ...B200_QWEN3,
    id: 'sgl-cookbook-8xb200-sglang-qwen3-235b-a22b-bf16-c1-in1000-out8000',
    promptTokens: 610,
    outputTokens: 4445,
    meanContextTokens: 2833,
    value: 1000 / 10.24,
    quote: 'Median TPOT (ms):                        10.24',
    notes:
      B200_QWEN3_NOTE +
      '× 97.7 = 537 GB/s per GPU. “Reasoning scenario”, 1,000 in / 8,000 out at most (6,101 ' +
      'and 44,452 tokens over the ten requests); the longer context adds 1 % to the step.',
  },
  {
    ...B200_QWEN3,
    id: 'sgl-cookbook-8xb200-sglang-qwen3-235b-a22b-bf16-c1-in8000-out1000',
    promptTokens: 4194,
    outputTokens: 421,
    meanContextTokens: 4404,
    value: 1000 / 10.33,
    quote: 'Median TPOT (ms):                        10.33',
    notes:
      B200_QWEN3_NOTE +
      '× 96.8 = 532 GB/s per GPU. “Summarization scenario”, 8,000 in / 1,000 out at most ' +
      '(41,941 and 4,210 tokens over the ten requests).',
  },
];

export const gap3Measurements: readonly Measurement[] = [
  ...qwenA100Measurements,
  ...llamaCppMoeMeasurements,
  ...b200SglangMeasurements,
];
