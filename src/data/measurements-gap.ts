// Measurements for devices the fit had least of: RTX PRO 6000 Blackwell (llama.cpp single stream, TensorRT-LLM at maximum load) and Jetson AGX Orin 64 GB (llama.cpp).
import { gib, type Measurement } from './measurement-types';
import { LLAMA2_7B_Q4_0, pp, SINGLE, tg } from './measurements-builders';
import { GAP_SOURCES as S } from './measurement-sources-gap';

const LLAMA_CPP = { ...SINGLE, engine: 'llama.cpp' } as const;

// --- RTX PRO 6000 Blackwell Workstation Edition, llama.cpp CUDA (llm-tracker notes) ------------
const PRO6000 = {
  ...LLAMA_CPP,
  deviceId: 'rtx-pro-6000-blackwell',
  engineVersion: 'llama.cpp build 233d773d0 (6413), CUDA, ngl 99, fa 1, default batch sizes',
  date: '2025-09-06',
  source: S.llmTrackerRtxPro6000,
} as const;
const PRO6000_NOTE =
  'llama-bench with default settings (five repetitions, pp512 in one 512-token batch, tg128 from ' +
  'an empty context) on a 96 GB Workstation Edition card at its stock 600 W limit; the same page ' +
  'repeats the 7B run at lower limits, which are left out. The page gives no date: build 6413 ' +
  'belongs to early September 2025 and a later revision of the page logs runs on 09-09, so ' +
  '2025-09-06 is our estimate. ';
const LLAMA33_70B_Q4_K_M = {
  modelId: 'llama-3.1-70b',
  weightPrecision: 'q4_k_m',
  fileSizeGB: gib(39.59),
  fileSizeReported: '39.59 GiB',
} as const;
const QWEN3_30B_A3B_Q4_K_M = {
  modelId: 'qwen3-30b-a3b',
  weightPrecision: 'q4_k_m',
  fileSizeGB: gib(17.28),
  fileSizeReported: '17.28 GiB',
} as const;
const SHISA_70B_NOTE =
  'shisa-v2-llama3.3-70b (an i1 Q4_K_M quantisation), a fine-tune of Llama 3.3 70B with the ' +
  'Llama 3.1 70B shape, so the 70B preset applies; the bytes come from the reported size. ';

const pro6000Measurements: readonly Measurement[] = [
  {
    ...PRO6000,
    ...LLAMA2_7B_Q4_0,
    ...pp(512),
    id: 'llm-tracker-rtxpro6000-llama2-7b-q4_0-pp512',
    value: 16634.04,
    quote: '| llama 7B Q4_0 | 3.56 GiB | 6.74 B | CUDA | 99 | 1 | pp512 | 16634.04 ± 97.98 |',
    notes:
      PRO6000_NOTE +
      'llama-2-7b.Q4_0.gguf. 6.74B × 2 FLOP × 16,634 tokens/s = 224 TFLOPS, 45 % of the ' +
      'catalogue’s 500 dense BF16 TFLOPS (the peak the fit prices GGUF prompts on a GPU at) and ' +
      '22 % of its INT8 figure.',
  },
  {
    ...PRO6000,
    ...LLAMA2_7B_Q4_0,
    ...tg(128),
    id: 'llm-tracker-rtxpro6000-llama2-7b-q4_0-tg128',
    value: 278.95,
    quote: '| llama 7B Q4_0 | 3.56 GiB | 6.74 B | CUDA | 99 | 1 | tg128 | 278.95 ± 0.23 |',
    notes:
      PRO6000_NOTE +
      '3.82 GB per token at 1,792 GB/s allows 469 tokens/s; this run reaches 59 %, the usual ' +
      'shortfall of a small model on a fast card, where per-token launch and sync time weighs more.',
  },
  {
    ...PRO6000,
    ...LLAMA33_70B_Q4_K_M,
    ...pp(512),
    id: 'llm-tracker-rtxpro6000-llama3.3-70b-q4_k_m-pp512',
    value: 1793.76,
    quote:
      '| llama 70B Q4_K - Medium | 39.59 GiB | 70.55 B | CUDA | 99 | 1 | pp512 | 1793.76 ± 13.25 |',
    notes:
      PRO6000_NOTE +
      SHISA_70B_NOTE +
      '70.55B × 2 FLOP × 1,794 tokens/s = 253 TFLOPS before attention, 51 % of the BF16 peak.',
  },
  {
    ...PRO6000,
    ...LLAMA33_70B_Q4_K_M,
    ...tg(128),
    id: 'llm-tracker-rtxpro6000-llama3.3-70b-q4_k_m-tg128',
    value: 34.05,
    quote:
      '| llama 70B Q4_K - Medium | 39.59 GiB | 70.55 B | CUDA | 99 | 1 | tg128 | 34.05 ± 0.01 |',
    notes:
      PRO6000_NOTE +
      SHISA_70B_NOTE +
      '42.5 GB per token at 1,792 GB/s allows 42.2 tokens/s; this run reaches 81 %.',
  },
  {
    ...PRO6000,
    ...QWEN3_30B_A3B_Q4_K_M,
    ...pp(512),
    id: 'llm-tracker-rtxpro6000-qwen3-30b-a3b-q4_k_m-pp512',
    value: 7432.36,
    quote:
      '| qwen3moe 30B.A3B Q4_K - Medium | 17.28 GiB | 30.53 B | CUDA | 99 | 1 | pp512 | 7432.36 ± 248.16 |',
    notes:
      PRO6000_NOTE +
      'Qwen3-30B-A3B-Q4_K_M.gguf (no -2507 suffix, so the first release). A 512-token batch routes ' +
      'to nearly every expert, so all 30.5B parameters are read once while 3.3B per token are ' +
      'multiplied: 3.3B × 2 × 7,432 = 49 TFLOPS.',
  },
  {
    ...PRO6000,
    ...QWEN3_30B_A3B_Q4_K_M,
    ...tg(128),
    id: 'llm-tracker-rtxpro6000-qwen3-30b-a3b-q4_k_m-tg128',
    value: 251.04,
    quote:
      '| qwen3moe 30B.A3B Q4_K - Medium | 17.28 GiB | 30.53 B | CUDA | 99 | 1 | tg128 | 251.04 ± 0.43 |',
    notes:
      PRO6000_NOTE +
      'About 2.0 GB of the 18.6 GB file is read per token (3.3B of 30.5B parameters active), so ' +
      '1,792 GB/s would allow about 890 tokens/s; the run reaches 28 %. The same file on a DGX ' +
      'Spark (edge-more pass) reaches 66 % of its far lower ceiling, so on a fast card something ' +
      'other than bytes sets the pace of one MoE stream.',
  },
];

// --- Jetson AGX Orin 64 GB, llama.cpp CUDA (JunweiLiang/MLLMs notes) ---------------------------
const ORIN = {
  ...LLAMA_CPP,
  deviceId: 'jetson-agx-orin-64gb',
  engineVersion:
    'llama.cpp build 55ac8c77 (4675), CUDA 11.4 (JetPack 5), ngl 99, fa 1, default batch sizes; nvpmodel -m 0 (MAXN)',
  date: '2025-02-10',
  source: S.junweiAgxOrin,
} as const;
const ORIN_NOTE =
  'llama-bench defaults (pp512 in one batch, tg128 from an empty context) on an “Orin AGX 64 GB” ' +
  'under JetPack 5, in the MAXN power mode the catalogue’s figures assume; the same notes give ' +
  'a 30 W/50 W run that is left out. Undated: build 4675 was tagged around 10 February 2025, our ' +
  'estimate of the earliest possible date. ';
const R1_DISTILL_32B = {
  modelId: 'qwen2.5-32b',
  weightPrecision: 'q4_k_m',
  fileSizeGB: gib(18.48),
  fileSizeReported: '18.48 GiB',
} as const;
const R1_DISTILL_14B = {
  modelId: 'qwen2.5-14b',
  weightPrecision: 'q4_k_m',
  fileSizeGB: gib(8.37),
  fileSizeReported: '8.37 GiB',
} as const;
const R14B_NOTE =
  'The 14B table follows the MAXN section without restating the power mode; its decode rate ' +
  '(130 GB/s of weights per second) matches the MAXN 32B run (136 GB/s) rather than the 30 W ' +
  'one (107 GB/s), so it is read as MAXN. ';

const orinMeasurements: readonly Measurement[] = [
  {
    ...ORIN,
    ...R1_DISTILL_32B,
    ...pp(512),
    id: 'junwei-agx-orin-r1-distill-qwen-32b-q4_k_m-pp512',
    value: 201.73,
    quote:
      '| qwen2 32B Q4_K - Medium | 18.48 GiB | 32.76 B | CUDA | 99 | 1 | pp512 | 201.73 ± 0.11 |',
    notes:
      ORIN_NOTE +
      'DeepSeek-R1-Distill-Qwen-32B-Q4_K_M.gguf, the Qwen2.5 32B shape. 32.76B × 2 FLOP × 202 ' +
      'tokens/s = 13.2 TFLOPS, 31 % of the catalogue’s 42.5 dense BF16 TFLOPS and 10 % of its ' +
      '137.5 INT8 TOPS.',
  },
  {
    ...ORIN,
    ...R1_DISTILL_32B,
    ...tg(128),
    id: 'junwei-agx-orin-r1-distill-qwen-32b-q4_k_m-tg128',
    value: 6.84,
    quote:
      '| qwen2 32B Q4_K - Medium | 18.48 GiB | 32.76 B | CUDA | 99 | 1 | tg128 | 6.84 ± 0.01 |',
    notes:
      ORIN_NOTE +
      '19.8 GB per token at 204.8 GB/s allows 10.3 tokens/s; this run reaches 66 %. The vLLM ' +
      'W4A16 Qwen3-32B row from Jetson AI Lab (6.22 tokens/s with a 2,048-token prefill inside) ' +
      'is in the same range.',
  },
  {
    ...ORIN,
    ...R1_DISTILL_14B,
    ...pp(512),
    id: 'junwei-agx-orin-r1-distill-qwen-14b-q4_k_m-pp512',
    value: 455.47,
    quote:
      '| qwen2 14B Q4_K - Medium | 8.37 GiB | 14.77 B | CUDA | 99 | 1 | pp512 | 455.47 ± 0.10 |',
    notes:
      ORIN_NOTE +
      R14B_NOTE +
      'DeepSeek-R1-Distill-Qwen-14B-Q4_K_M.gguf. 14.77B × 2 × 455 = 13.5 TFLOPS, the same rate ' +
      'as the 32B prompt.',
  },
  {
    ...ORIN,
    ...R1_DISTILL_14B,
    ...tg(128),
    id: 'junwei-agx-orin-r1-distill-qwen-14b-q4_k_m-tg128',
    value: 14.49,
    quote:
      '| qwen2 14B Q4_K - Medium | 8.37 GiB | 14.77 B | CUDA | 99 | 1 | tg128 | 14.49 ± 0.01 |',
    notes:
      ORIN_NOTE +
      R14B_NOTE +
      '8.99 GB per token at 204.8 GB/s allows 22.8 tokens/s; this run reaches 64 %.',
  },
];

// --- RTX PRO 6000 Blackwell Server Edition, TensorRT-LLM at maximum load (NVIDIA's tables) -------
const TRT_PRO6000 = {
  deviceId: 'rtx-pro-6000-blackwell-server',
  n: 1,
  interconnect: null,
  engine: 'tensorrt-llm',
  engineVersion:
    'TensorRT-LLM, PyTorch backend, trtllm-bench throughput, TP1 PP1 (documentation at commit 585c756; the page names no release)',
  weightPrecision: 'nvfp4',
  fileSizeGB: null,
  fileSizeReported: null,
  kvPrecision: 'fp8',
  concurrency: null,
  metric: 'throughput-tps-per-device',
  date: '2025-09-22',
  source: S.trtllmPerfOverviewRtxPro,
} as const;
const TRT_PRO6000_NOTE =
  'NVIDIA’s throughput table for one RTX 6000 Pro Blackwell Server Edition: every request is ' +
  'queued at once (the page’s dataset table lists 3,000 requests for 1,024/1,024 and 1,500 ' +
  'for 8,192/1,024), NVIDIA’s ModelOpt NVFP4 ' +
  'checkpoint, output tokens per second per GPU as trtllm-bench reports them. The KV cache is ' +
  'taken as FP8, as for the v1.0 table already in the fit. Undated: pull request #7894 ' +
  '(2025-09-22) added the v1.0 tables “without rtx 6000 blackwell se”, so these rows are no ' +
  'older than that. ';
const at = (prompt: number, output: number) =>
  ({
    promptTokens: prompt,
    outputTokens: output,
    meanContextTokens: prompt + output / 2,
  }) as const;

const trtPro6000Measurements: readonly Measurement[] = [
  {
    ...TRT_PRO6000,
    ...at(1000, 1000),
    id: 'trtllm-585c756-rtxpro6000se-llama3.3-70b-fp4-1000-1000',
    modelId: 'llama-3.1-70b',
    value: 1724,
    quote: '| 1000/1000 | 1,724 | 1,901 |',
    notes:
      TRT_PRO6000_NOTE +
      'Llama 3.3 70B (the Llama 3.1 70B shape). The same table gives 6,920 for one B200, a ' +
      'ratio of 0.25 against 0.22 for memory bandwidth and FP4 peak alike.',
  },
  {
    ...TRT_PRO6000,
    ...at(8192, 1024),
    id: 'trtllm-585c756-rtxpro6000se-llama3.3-70b-fp4-8192-1024',
    modelId: 'llama-3.1-70b',
    value: 296,
    quote: '| 8192/1024 | 296 | 327 |',
    notes:
      TRT_PRO6000_NOTE +
      'Llama 3.3 70B with 8,192-token prompts: prefill of the queued prompts takes most of the ' +
      'run, so output throughput falls to a sixth of the 1k/1k figure.',
  },
  {
    ...TRT_PRO6000,
    ...at(1000, 1000),
    id: 'trtllm-585c756-rtxpro6000se-qwen3-30b-a3b-fp4-1000-1000',
    modelId: 'qwen3-30b-a3b',
    value: 9938,
    quote: '| 1000/1000 | 8,409 | 7,059 | 3,985 | 9,938 |',
    notes:
      TRT_PRO6000_NOTE +
      'Qwen3 30B-A3B (nvidia/Qwen3-30B-A3B-FP4), the “1 GPUs TP1,PP1” column, which the table ' +
      'prints last.',
  },
  {
    ...TRT_PRO6000,
    ...at(8192, 1024),
    id: 'trtllm-585c756-rtxpro6000se-qwen3-30b-a3b-fp4-8192-1024',
    modelId: 'qwen3-30b-a3b',
    value: 1914,
    quote: '| 8192/1024 | | 1,416 | | 1,914 |',
    notes: TRT_PRO6000_NOTE + 'Qwen3 30B-A3B, one GPU, 8,192-token prompts.',
  },
];

export const gapMeasurements: readonly Measurement[] = [
  ...pro6000Measurements,
  ...orinMeasurements,
  ...trtPro6000Measurements,
];
