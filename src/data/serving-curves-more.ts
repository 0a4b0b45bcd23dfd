// Measured serving curves, second pass: more sources, devices and engines (H100 PCIe, H200, B200, B300, MI300X, MI325X; vLLM, SGLang, TensorRT-LLM).
import type { ServingCurve, ServingCurvePoint } from './serving-curve-types';
import { pt, rpt } from './serving-curves-points';
import { MORE_ACCELERATOR_SOURCES as S } from './measurement-sources-accelerators-more';

/**
 * A closed-loop point from a table that prints output tokens per second per GPU: the replica's
 * rate is that figure times the GPU count (e.g. 17.01 × 8 = 136.08 tokens/s).
 */
function perGpuPt(
  gpus: number,
  concurrency: number,
  outputTpsPerGpu: number,
  tpotMs: number,
  ttftMs: number,
  quote: string,
): ServingCurvePoint {
  return pt(concurrency, outputTpsPerGpu * gpus, tpotMs, ttftMs, quote);
}

/**
 * A point from a fixed batch timed end to end in milliseconds: every sequence generates
 * `outputTokens`, so the replica's output rate is batch × outputTokens / latency.
 */
function batchPt(
  batch: number,
  outputTokens: number,
  latencyMs: number,
  quote: string,
): ServingCurvePoint {
  return {
    concurrency: batch,
    requestRate: null,
    throughputTps: (batch * outputTokens * 1000) / latencyMs,
    tpotMs: null,
    ttftS: null,
    quote,
  };
}

// --- IOG Foundation: vLLM 0.8.5 on H100 PCIe, ShareGPT at 1 to 32 requests per second ----------

const IOG = {
  deviceId: 'h100-pcie',
  engine: 'vllm',
  engineVersion:
    'vLLM 0.8.5 (vllm/vllm-openai:v0.8.5; benchmark_serving.py from the 0.8.5 release)',
  kvPrecision: 'bf16',
  promptTokens: 206,
  lengths: 'ShareGPT (200 prompts, fixed seed; outputs capped at the dataset’s reply lengths)',
  lengthDraw: 'exponential',
  mode: 'request-rate',
  latencyStat: 'mean',
  tpotIsItl: false,
  features: 'vLLM defaults (prefix caching and chunked prefill as the 0.8.5 V1 engine ships them)',
  promptsPerRun: { count: 200 },
  date: '2025-06-10',
  source: S.iogBenchmarks,
} as const;

const IOG_NOTE =
  'IOG Foundation’s raw vLLM benchmark_serving JSON files, run on io.net: 200 ShareGPT prompts ' +
  '(41,169 prompt tokens, about 206 each) arriving as a Poisson process at 1, 4, 8, 16 and 32 ' +
  'requests per second with no concurrency cap. Throughput is output tokens per second of the ' +
  'replica; TTFT and TPOT are means. The files do not record the weight dtype; 16-bit is assumed ' +
  'for the unquantised checkpoints and the KV cache is taken at vLLM’s default (16-bit). A third ' +
  'party’s measurement; runs dated 10 June 2025 in the files.';

// --- AMD ROCm blog: fixed-batch latency tables, MI300X (vLLM) against H100 (TensorRT-LLM) ---------

const ROCM = {
  n: 8,
  weightPrecision: 'fp8',
  kvPrecision: 'fp8',
  outputTokens: 2048,
  lengths: 'fixed',
  mode: 'concurrency',
  latencyStat: 'mean',
  tpotIsItl: false,
  features: '',
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

const ROCM_DERIVED =
  'The blog prints the end-to-end time (time to last token) of a fixed batch in milliseconds; ' +
  'output throughput is batch × 2,048 × 1,000 / latency. Prefill sits inside that time.';

const ROCM_NOTE =
  'AMD’s blog table of end-to-end latency at batch 1 to 128, Llama 3.1 in FP8 with tensor ' +
  'parallel 8. The MI300X runs use AMD’s FP8-KV checkpoints; the H100 column is AMD’s own run of ' +
  'TensorRT-LLM and its KV format is not stated (FP8 assumed). The blog compares against H100 SXM ' +
  '(3.35 TB/s), so the SXM variant is taken. A vendor comparing itself with a competitor: read ' +
  'the H100 column as AMD’s measurement, not NVIDIA’s.';

// --- SemiAnalysis InferenceX: published sweeps quoted in the project’s issues and pull requests ---

const INFX = {
  n: 8,
  engine: 'sglang',
  modelId: 'deepseek-v3',
  kvPrecision: 'bf16',
  promptTokens: 1024,
  outputTokens: 1024,
  lengths:
    'random around the nominal lengths (InferenceX fixed-seq-len harness, random-range-ratio dataset)',
  mode: 'concurrency',
  latencyStat: 'mean',
  tpotIsItl: false,
  features: 'no speculative decoding, no prefix caching',
  promptsPerRun: { perConcurrency: 10 },
} as const;

/** The harness script the InferenceX SGLang DeepSeek-R1 FP8 runs use (stored copy read 2026-12-07). */
const INFX_SCRIPT =
  'https://github.com/SemiAnalysisAI/InferenceX/blob/main/benchmarks/single_node/dsr1_fp8_b200.sh';

const INFX_NOTE =
  'SemiAnalysis InferenceX: its harness (a benchmark_serving derivative) runs each concurrency ' +
  'for a fixed number of prompts on one node; the tables print output tokens per second per GPU, ' +
  'so the replica’s rate is that times 8. TTFT and TPOT are means. Each point is one run of 10 × ' +
  'the concurrency prompts (--num-prompts $((CONC * 10)) in the harness scripts), reported whole. ' +
  'DeepSeek-R1-0528 shares ' +
  'DeepSeek-V3’s architecture, so the deepseek-v3 preset stands in; the KV format is not printed ' +
  'and is taken at SGLang’s default (16-bit latent cache).';

const H200_OUT = '| **Output tput/GPU (tok/s)** | 74.6 | 111.9 | 151.1 | 223.6 |';
const H200_TTFT = '| Mean TTFT (ms) | 330.6 | 356.0 | 426.5 | 423.1 |';
const H200_TPOT = '| Mean TPOT (ms) | 12.8 | 17.2 | 25.6 | 34.6 |';
const H200_QUOTE = `${H200_OUT} ${H200_TTFT} ${H200_TPOT}`;

export const moreServingCurves: readonly ServingCurve[] = [
  {
    ...IOG,
    id: 'iog-1xh100pcie-vllm-llama3-8b-sharegpt',
    n: 1,
    interconnect: null,
    modelId: 'llama-3.1-8b',
    weightPrecision: 'bf16',
    outputTokens: 202,
    notes:
      `${IOG_NOTE} Meta-Llama-3-8B-Instruct on one H100 PCIe; Llama 3 8B has Llama 3.1 8B’s ` +
      'architecture (only the RoPE scaling and context differ), so that preset stands in. The GPU ' +
      'is far from full even at 32 requests/s: TTFT stays near 40 ms and TPOT grows from 10.6 to ' +
      '16.3 ms while throughput climbs to 2,690 tokens/s.',
    points: [
      rpt(
        1,
        212.1,
        10.64,
        20.6,
        '"output_throughput": 212.1019986084685, "total_token_throughput": 428.54130013315716, "mean_ttft_ms": 20.604574980970938; "mean_tpot_ms": 10.636030180988111',
      ),
      rpt(
        4,
        773.26,
        10.98,
        21.7,
        '"output_throughput": 773.2633773676432, "total_token_throughput": 1562.0460524301695, "mean_ttft_ms": 21.653617216215935; "mean_tpot_ms": 10.980002666951089',
      ),
      rpt(
        8,
        1329.22,
        11.69,
        23.1,
        '"output_throughput": 1329.218189092025, "total_token_throughput": 2685.113618283273, "mean_ttft_ms": 23.115123756288085; "mean_tpot_ms": 11.694598468533345',
      ),
      rpt(
        16,
        2052.37,
        12.21,
        24.7,
        '"output_throughput": 2052.3669228783606, "total_token_throughput": 4145.924589024183, "mean_ttft_ms": 24.747282248281408; "mean_tpot_ms": 12.209629834532215',
      ),
      rpt(
        32,
        2692.78,
        16.26,
        40.4,
        '"output_throughput": 2692.7794091028845, "total_token_throughput": 5438.378029440122, "mean_ttft_ms": 40.440253821143415; "mean_tpot_ms": 16.262934179730276',
      ),
    ],
  },
  {
    ...IOG,
    id: 'iog-2xh100pcie-vllm-llama3-70b-sharegpt',
    n: 2,
    interconnect: 'PCIe (2x H100 PCIe, tensor parallel 2; NVLink bridge not stated)',
    modelId: 'llama-3.1-70b',
    weightPrecision: 'bf16',
    outputTokens: 178,
    notes:
      `${IOG_NOTE} Meta-Llama-3-70B-Instruct in 16-bit on two H100 PCIe (80 GB each): about 141 GB ` +
      'of weights leave only a few GB per GPU for the KV cache, so the replica tops out near 550 ' +
      'tokens/s from 16 requests/s (430 to 470 already at 4 and 8) and the mean TTFT swings between ' +
      '0.6 and 4.1 s as requests queue for KV space (the 8 requests/s run lands below the 4 one). The ' +
      'llama-3.1-70b preset stands in (same architecture).',
    points: [
      rpt(
        1,
        168.6,
        54.17,
        132.9,
        '"output_throughput": 168.60019124311071, "total_token_throughput": 362.7405787151445, "mean_ttft_ms": 132.87420022301376; "mean_tpot_ms": 54.17393609420488',
      ),
      rpt(
        4,
        471.96,
        72.17,
        684.0,
        '"output_throughput": 471.9599006663046, "total_token_throughput": 1019.2871443432368, "mean_ttft_ms": 684.0413184592035; "mean_tpot_ms": 72.17027575949162',
      ),
      rpt(
        8,
        432.15,
        94.92,
        3423.8,
        '"output_throughput": 432.14608282957414, "total_token_throughput": 930.1313620103035, "mean_ttft_ms": 3423.8199086420354; "mean_tpot_ms": 94.91925604823322',
      ),
      rpt(
        16,
        548.93,
        140.89,
        598.2,
        '"output_throughput": 548.926741810896, "total_token_throughput": 1187.021530426572, "mean_ttft_ms": 598.1583772660815; "mean_tpot_ms": 140.88719532658217',
      ),
      rpt(
        32,
        545.8,
        144.67,
        4143.1,
        '"output_throughput": 545.7971020873175, "total_token_throughput": 1178.3784172482865, "mean_ttft_ms": 4143.132333694084; "mean_tpot_ms": 144.6712371454107',
      ),
    ],
  },
  {
    ...IOG,
    id: 'iog-2xh100pcie-vllm-nemotron-70b-fp8-sharegpt',
    n: 2,
    interconnect: 'PCIe (2x H100 PCIe, tensor parallel 2; NVLink bridge not stated)',
    engineVersion:
      'vLLM 0.8.5 (vllm/vllm-openai:v0.8.5), neuralmagic FP8-dynamic checkpoint (W8A8, per-token activation scales)',
    modelId: 'llama-3.1-70b',
    weightPrecision: 'fp8',
    outputTokens: 201,
    notes:
      `${IOG_NOTE} neuralmagic/Llama-3.1-Nemotron-70B-Instruct-HF-FP8-dynamic, a fine-tune of ` +
      'Llama 3.1 70B (same architecture, so that preset stands in), with FP8 weights on the same ' +
      'two H100 PCIe. Against the 16-bit Llama 3 70B run the FP8 weights free about 70 GB for KV ' +
      'and the replica reaches about 990 tokens/s at 16 requests/s before saturating; at 32 ' +
      'requests/s the mean TTFT jumps to 2.2 s.',
    points: [
      rpt(
        1,
        200.18,
        32.2,
        57.0,
        '"output_throughput": 200.17824948368715, "total_token_throughput": 407.16401748554364, "mean_ttft_ms": 57.02616940281587; "mean_tpot_ms": 32.19672344639272',
      ),
      rpt(
        4,
        581.68,
        39.25,
        67.4,
        '"output_throughput": 581.6833195855294, "total_token_throughput": 1176.928791585148, "mean_ttft_ms": 67.35693851514952; "mean_tpot_ms": 39.245955568573976',
      ),
      rpt(
        8,
        815.96,
        43.37,
        73.5,
        '"output_throughput": 815.964654260458, "total_token_throughput": 1647.9757713192516, "mean_ttft_ms": 73.52721778908744; "mean_tpot_ms": 43.37199704418749',
      ),
      rpt(
        16,
        989.35,
        46.8,
        77.0,
        '"output_throughput": 989.350534396485, "total_token_throughput": 1999.733848312165, "mean_ttft_ms": 76.98158425599104; "mean_tpot_ms": 46.80116196361262',
      ),
      rpt(
        32,
        972.81,
        150.63,
        2182.5,
        '"output_throughput": 972.8055525957044, "total_token_throughput": 1956.3619217308146, "mean_ttft_ms": 2182.513961030927; "mean_tpot_ms": 150.63049864019993',
      ),
    ],
  },
  {
    ...IOG,
    id: 'iog-1xh100pcie-vllm-r1-distill-qwen-7b-sharegpt',
    n: 1,
    interconnect: null,
    modelId: 'qwen2.5-7b',
    weightPrecision: 'bf16',
    promptTokens: 208,
    outputTokens: 218,
    notes:
      `${IOG_NOTE} deepseek-ai/DeepSeek-R1-Distill-Qwen-7B on one H100 PCIe; the distill is built ` +
      'on Qwen2.5-Math-7B, which has Qwen2.5 7B’s architecture, so the qwen2.5-7b preset stands ' +
      'in. Its prompts are tokenised by the Qwen tokenizer (41,650 tokens for the same 200 prompts).',
    points: [
      rpt(
        1,
        229.54,
        10.11,
        20.2,
        '"output_throughput": 229.54491661392532, "total_token_throughput": 448.67271347319627, "mean_ttft_ms": 20.217522166785784; "mean_tpot_ms": 10.112195600694033',
      ),
      rpt(
        4,
        840.29,
        10.36,
        21.5,
        '"output_throughput": 840.2935584117789, "total_token_throughput": 1644.8504942244363, "mean_ttft_ms": 21.4863701138529; "mean_tpot_ms": 10.359378583132301',
      ),
      rpt(
        8,
        1449.95,
        10.89,
        22.5,
        '"output_throughput": 1449.9522793268418, "total_token_throughput": 2843.2365270650052, "mean_ttft_ms": 22.526984768046532; "mean_tpot_ms": 10.885785022268264',
      ),
      rpt(
        16,
        2282.33,
        11.48,
        24.0,
        '"output_throughput": 2282.326296026806, "total_token_throughput": 4461.076931587578, "mean_ttft_ms": 24.04401785315713; "mean_tpot_ms": 11.476049579881863',
      ),
      rpt(
        32,
        2767.03,
        14.88,
        38.4,
        '"output_throughput": 2767.0268202133443, "total_token_throughput": 5413.637615066617, "mean_ttft_ms": 38.406437736121006; "mean_tpot_ms": 14.883321622644914',
      ),
    ],
  },
  {
    ...ROCM_MI300X,
    id: 'rocm-blog-8xmi300x-vllm-llama3.1-70b-fp8-128-2048',
    modelId: 'llama-3.1-70b',
    promptTokens: 128,
    derivedFrom: ROCM_DERIVED,
    notes:
      `${ROCM_NOTE} From batch 1 to 32 the batch time grows by a third while output grows 32-fold ` +
      '(107 to 2,590 tokens/s); by batch 128 the replica gives about 5,800 tokens/s.',
    points: [
      batchPt(1, 2048, 19089, 'Llama 3.1 70B FP8 8 1 128 2048 19089 20923 1.10'),
      batchPt(2, 2048, 19610, '2 128 2048 19610 20352 1.04'),
      batchPt(4, 2048, 19911, '4 128 2048 19911 21134 1.06'),
      batchPt(8, 2048, 21859, '8 128 2048 21859 22102 1.01'),
      batchPt(16, 2048, 23538, '16 128 2048 23538 23961 1.02'),
      batchPt(32, 2048, 25343, '32 128 2048 25343 26543 1.02'),
      batchPt(64, 2048, 32548, '64 128 2048 32548 29599 0.91'),
      batchPt(128, 2048, 45216, '128 128 2048 45216 42398 0.94'),
    ],
  },
  {
    ...ROCM_MI300X,
    id: 'rocm-blog-8xmi300x-vllm-llama3.1-70b-fp8-2048-2048',
    modelId: 'llama-3.1-70b',
    promptTokens: 2048,
    derivedFrom: ROCM_DERIVED,
    notes:
      `${ROCM_NOTE} The same batches with 2,048-token prompts: at batch 1 the longer prompt adds ` +
      'only 65 ms; at batch 128 it adds 14.3 s (45.2 to 59.5 s), the prefill of 262,144 prompt ' +
      'tokens.',
    points: [
      batchPt(1, 2048, 19154, '1 2048 2048 19154 21105 1.10'),
      batchPt(2, 2048, 19671, '2 2048 2048 19671 21449 1.09'),
      batchPt(4, 2048, 19976, '4 2048 2048 19976 22201 1.11'),
      batchPt(8, 2048, 22486, '8 2048 2048 22486 23453 1.04'),
      batchPt(16, 2048, 25246, '16 2048 2048 25246 26056 1.03'),
      batchPt(32, 2048, 28967, '32 2048 2048 28967 30501 1.05'),
      batchPt(64, 2048, 39920, '64 2048 2048 39920 36313 0.91'),
      batchPt(128, 2048, 59514, '128 2048 2048 59514 54202 0.91'),
    ],
  },
  {
    ...ROCM_H100,
    id: 'rocm-blog-8xh100-trtllm-llama3.1-70b-fp8-128-2048',
    modelId: 'llama-3.1-70b',
    promptTokens: 128,
    derivedFrom: ROCM_DERIVED,
    notes:
      `${ROCM_NOTE} The H100 column of the same table: slower than MI300X at small batches ` +
      '(20.9 against 19.1 s at batch 1) and faster from batch 64 (42.4 against 45.2 s at 128).',
    points: [
      batchPt(1, 2048, 20923, 'Llama 3.1 70B FP8 8 1 128 2048 19089 20923 1.10'),
      batchPt(2, 2048, 20352, '2 128 2048 19610 20352 1.04'),
      batchPt(4, 2048, 21134, '4 128 2048 19911 21134 1.06'),
      batchPt(8, 2048, 22102, '8 128 2048 21859 22102 1.01'),
      batchPt(16, 2048, 23961, '16 128 2048 23538 23961 1.02'),
      batchPt(32, 2048, 26543, '32 128 2048 25343 26543 1.02'),
      batchPt(64, 2048, 29599, '64 128 2048 32548 29599 0.91'),
      batchPt(128, 2048, 42398, '128 128 2048 45216 42398 0.94'),
    ],
  },
  {
    ...ROCM_MI300X,
    id: 'rocm-blog-8xmi300x-vllm-llama3.1-405b-fp8-128-2048',
    modelId: 'llama-3.1-405b',
    promptTokens: 128,
    derivedFrom: ROCM_DERIVED,
    notes:
      `${ROCM_NOTE} Llama 3.1 405B: 51.7 s for one sequence (about 40 tokens/s) and 116 s for 128 ` +
      '(about 2,260 tokens/s).',
    points: [
      batchPt(1, 2048, 51740, 'Llama 3.1 405B FP8 8 1 128 2048 51740 58916 1.14'),
      batchPt(2, 2048, 52769, '2 128 2048 52769 58130 1.1'),
      batchPt(4, 2048, 54557, '4 128 2048 54557 59730 1.09'),
      batchPt(8, 2048, 56902, '8 128 2048 56902 62833 1.1'),
      batchPt(16, 2048, 60432, '16 128 2048 60432 66537 1.1'),
      batchPt(32, 2048, 67353, '32 128 2048 67353 71742 1.07'),
      batchPt(64, 2048, 81085, '64 128 2048 81085 87298 1.08'),
      batchPt(128, 2048, 116139, '128 128 2048 116139 99911 0.86'),
    ],
  },
  {
    ...ROCM_H100,
    id: 'rocm-blog-8xh100-trtllm-llama3.1-405b-fp8-128-2048',
    modelId: 'llama-3.1-405b',
    promptTokens: 128,
    derivedFrom: ROCM_DERIVED,
    notes:
      `${ROCM_NOTE} Llama 3.1 405B on 8 H100 SXM: 405 GB of FP8 weights leave under 30 GB per GPU ` +
      'for the KV cache; batch 2 is timed slightly faster than batch 1 (58.1 against 58.9 s).',
    points: [
      batchPt(1, 2048, 58916, 'Llama 3.1 405B FP8 8 1 128 2048 51740 58916 1.14'),
      batchPt(2, 2048, 58130, '2 128 2048 52769 58130 1.1'),
      batchPt(4, 2048, 59730, '4 128 2048 54557 59730 1.09'),
      batchPt(8, 2048, 62833, '8 128 2048 56902 62833 1.1'),
      batchPt(16, 2048, 66537, '16 128 2048 60432 66537 1.1'),
      batchPt(32, 2048, 71742, '32 128 2048 67353 71742 1.07'),
      batchPt(64, 2048, 87298, '64 128 2048 81085 87298 1.08'),
      batchPt(128, 2048, 99911, '128 128 2048 116139 99911 0.86'),
    ],
  },
  {
    ...INFX,
    id: 'inferencex-8xb200-sglang-dsr1-fp8-1k-1k',
    deviceId: 'b200',
    interconnect: 'NVLink 5 (8x B200, tensor parallel 8, expert parallel 1)',
    engineVersion: 'SGLang v0.5.12 (lmsysorg/sglang:v0.5.12-cu130)',
    weightPrecision: 'fp8',
    kvPrecision: 'fp8',
    engineLimits: { tokenBudget: 32768, maxRunning: 128 },
    date: '2026-05-22',
    source: S.inferencexB200Dsr1,
    notes:
      `${INFX_NOTE} The published B200 FP8 curve of 22 May 2026 (TP8, EP1), as the baseline table ` +
      'of pull request #3363 quotes it: from 136 tokens/s at one request to 2,710 at 64, with TPOT ' +
      'rising from 7.2 to 21.7 ms and TTFT passing 1 s only at 64. The KV cache is FP8: the B200 ' +
      'script launches SGLang with --kv-cache-dtype fp8_e4m3, --chunked-prefill-size 32768 and ' +
      `--max-running-requests 128 at TP8 (${INFX_SCRIPT}).`,
    points: [
      perGpuPt(
        8,
        1,
        17.01,
        7.18,
        160.36,
        '| 1k/1k c1 TP8 EP1 5c7bfe | 33.89 | 17.01 | 160.36 | 7.18 |',
      ),
      perGpuPt(
        8,
        2,
        30.74,
        7.93,
        177.91,
        '| 1k/1k c2 TP8 EP1 49ee8c | 60.92 | 30.74 | 177.91 | 7.93 |',
      ),
      perGpuPt(
        8,
        4,
        53.72,
        8.82,
        203.87,
        '| 1k/1k c4 TP8 EP1 9fcf40 | 107.96 | 53.72 | 203.87 | 8.82 |',
      ),
      perGpuPt(
        8,
        8,
        87.31,
        10.96,
        248.74,
        '| 1k/1k c8 TP8 EP1 565b6f | 173.97 | 87.31 | 248.74 | 10.96 |',
      ),
      perGpuPt(
        8,
        16,
        145.25,
        13.09,
        368.49,
        '| 1k/1k c16 TP8 EP1 daf140 | 292.05 | 145.25 | 368.49 | 13.09 |',
      ),
      perGpuPt(
        8,
        32,
        234.01,
        16.21,
        470.96,
        '| 1k/1k c32 TP8 EP1 603745 | 467.27 | 234.01 | 470.96 | 16.21 |',
      ),
      perGpuPt(
        8,
        64,
        338.97,
        21.73,
        1170.32,
        '| 1k/1k c64 TP8 EP1 71dbb5 | 678.09 | 338.97 | 1,170.32 | 21.73 |',
      ),
    ],
  },
  {
    ...INFX,
    id: 'inferencex-8xb300-sglang-dsr1-nvfp4-tp8-1k-1k',
    deviceId: 'b300',
    interconnect: 'NVLink 5 (8x B300, tensor parallel 8, expert parallel 8)',
    engineVersion: 'SGLang v0.5.12 (lmsysorg/sglang:v0.5.12-cu130)',
    weightPrecision: 'nvfp4',
    date: '2026-05-22',
    source: S.inferencexB300Dsr1,
    notes:
      `${INFX_NOTE} nvidia/DeepSeek-R1-0528-FP4-V2 (NVFP4) on 8 B300 with TP8 and EP8, the 22 May ` +
      '2026 curve as pull request #3183 quotes it (12 of its 29 points are printed; these are the ' +
      '1k/1k TP8 ones).',
    points: [
      perGpuPt(
        8,
        1,
        21.87,
        5.64,
        76.4,
        '| 1k/1k c1 TP8 EP8 2bd64a | 43.59 | 21.87 | 76.4 | 5.64 |',
      ),
      perGpuPt(
        8,
        2,
        38.98,
        6.29,
        104.23,
        '| 1k/1k c2 TP8 EP8 b3b2ba | 77.24 | 38.98 | 104.23 | 6.29 |',
      ),
      perGpuPt(
        8,
        4,
        68.79,
        6.93,
        117.34,
        '| 1k/1k c4 TP8 EP8 5b702e | 138.24 | 68.79 | 117.34 | 6.93 |',
      ),
      perGpuPt(
        8,
        8,
        120.33,
        8,
        121.78,
        '| 1k/1k c8 TP8 EP8 0f19ad | 239.77 | 120.33 | 121.78 | 8 |',
      ),
      perGpuPt(
        8,
        16,
        199.71,
        9.56,
        223.64,
        '| 1k/1k c16 TP8 EP8 e96c83 | 401.54 | 199.71 | 223.64 | 9.56 |',
      ),
      perGpuPt(
        8,
        32,
        318.21,
        11.57,
        664.01,
        '| 1k/1k c32 TP8 EP8 7a20ab | 635.41 | 318.21 | 664.01 | 11.57 |',
      ),
    ],
  },
  {
    ...INFX,
    id: 'inferencex-4xb300-sglang-dsr1-nvfp4-tp4-1k-1k',
    deviceId: 'b300',
    n: 4,
    interconnect: 'NVLink 5 (4x B300, tensor parallel 4, expert parallel 4)',
    engineVersion: 'SGLang v0.5.12 (lmsysorg/sglang:v0.5.12-cu130)',
    weightPrecision: 'nvfp4',
    date: '2026-05-22',
    source: S.inferencexB300Dsr1,
    notes:
      `${INFX_NOTE} The same table’s TP4/EP4 rows: half the GPUs per replica, so the per-GPU figure ` +
      'is multiplied by 4. Per GPU it gives 1.6 to 1.9 times the TP8 throughput at the same ' +
      'concurrency for 0.3 to 3 ms more TPOT.',
    points: [
      perGpuPt(
        4,
        1,
        41.56,
        5.94,
        77.36,
        '| 1k/1k c1 TP4 EP4 df78da | 82.83 | 41.56 | 77.36 | 5.94 |',
      ),
      perGpuPt(
        4,
        2,
        73.14,
        6.71,
        103.71,
        '| 1k/1k c2 TP4 EP4 b9103b | 144.94 | 73.14 | 103.71 | 6.71 |',
      ),
      perGpuPt(
        4,
        4,
        123.74,
        7.72,
        123.3,
        '| 1k/1k c4 TP4 EP4 2a3bc4 | 248.69 | 123.74 | 123.3 | 7.72 |',
      ),
      perGpuPt(
        4,
        8,
        209.84,
        9.2,
        127.66,
        '| 1k/1k c8 TP4 EP4 32392a | 418.13 | 209.84 | 127.66 | 9.2 |',
      ),
      perGpuPt(
        4,
        16,
        332.82,
        11.5,
        256.29,
        '| 1k/1k c16 TP4 EP4 437225 | 669.18 | 332.82 | 256.29 | 11.5 |',
      ),
      perGpuPt(
        4,
        32,
        511.26,
        14.54,
        725.23,
        '| 1k/1k c32 TP4 EP4 1ef1b0 | 1,020.91 | 511.26 | 725.23 | 14.54 |',
      ),
    ],
  },
  {
    ...INFX,
    id: 'inferencex-8xh200-sglang-dsr1-fp8-1k-1k',
    deviceId: 'h200',
    interconnect: 'NVLink 4 (8x H200, tensor parallel 8, expert parallel 1)',
    engineVersion: 'SGLang v0.5.7',
    weightPrecision: 'fp8',
    date: '2026-03-05',
    source: S.inferencexH200Dsr1,
    notes:
      `${INFX_NOTE} A sweep run for issue #870 at concurrency 8 to 64 (the table was compiled by the ` +
      'project’s automation from its own runs). Its ITL row reads ten times the TPOT (127.4 against ' +
      '12.8 ms) and cannot both be per token; TPOT is used, and it checks against throughput: 8 × ' +
      '1,000 / 12.8 = 625 ≥ 597 tokens/s.',
    points: [
      perGpuPt(8, 8, 74.6, 12.8, 330.6, H200_QUOTE),
      perGpuPt(8, 16, 111.9, 17.2, 356.0, H200_QUOTE),
      perGpuPt(8, 32, 151.1, 25.6, 426.5, H200_QUOTE),
      perGpuPt(8, 64, 223.6, 34.6, 423.1, H200_QUOTE),
    ],
  },
  {
    ...INFX,
    id: 'inferencex-8xh200-sglang-dsr1-fp8-8k-1k',
    deviceId: 'h200',
    interconnect: 'NVLink 4 (8x H200, tensor parallel 8, expert parallel 1)',
    engineVersion: 'SGLang v0.5.12 (lmsysorg/sglang:v0.5.12-cu130)',
    weightPrecision: 'fp8',
    promptTokens: 8192,
    date: '2026-05-17',
    source: S.inferencexH200Dsr1Update,
    notes:
      `${INFX_NOTE} The published 17 May 2026 H200 curve with 8k-token prompts, as the baseline ` +
      'table of pull request #3173 quotes it (its 1k/1k rows repeat the issue #870 set-up on a ' +
      'newer SGLang and are left out). Beside the MI325X curve at the same lengths: 1.3 times the ' +
      'output per GPU at 64 in flight (151 against 115 tokens/s) with 26% lower TPOT.',
    points: [
      perGpuPt(
        8,
        4,
        43.12,
        10.94,
        373.26,
        '| 8k/1k c4 TP8 EP1 4cf10c | 387.58 | 43.12 | 373.26 | 10.94 |',
      ),
      perGpuPt(
        8,
        8,
        68.33,
        13.88,
        490.53,
        '| 8k/1k c8 TP8 EP1 971fce | 607.86 | 68.33 | 490.53 | 13.88 |',
      ),
      perGpuPt(
        8,
        16,
        93.89,
        20.02,
        688.2,
        '| 8k/1k c16 TP8 EP1 5ce1a6 | 847.33 | 93.89 | 688.2 | 20.02 |',
      ),
      perGpuPt(
        8,
        32,
        121.01,
        31.37,
        979.34,
        '| 8k/1k c32 TP8 EP1 b44470 | 1,082.12 | 121.01 | 979.34 | 31.37 |',
      ),
      perGpuPt(
        8,
        64,
        150.98,
        49.33,
        2245.58,
        '| 8k/1k c64 TP8 EP1 c0064a | 1,360.88 | 150.98 | 2,245.58 | 49.33 |',
      ),
    ],
  },
  {
    ...INFX,
    id: 'inferencex-8xmi325x-sglang-dsr1-fp8-8k-1k',
    deviceId: 'mi325x',
    interconnect: 'Infinity Fabric (XGMI), 8 GPUs, tensor parallel 8, expert parallel 1',
    engineVersion: 'SGLang v0.5.19, ROCm 7.0 (lmsysorg/sglang:v0.5.19-rocm700-mi30x)',
    weightPrecision: 'fp8',
    kvPrecision: 'fp8',
    promptTokens: 8192,
    date: '2026-09-10',
    source: S.inferencexMi325xDsr1,
    notes:
      `${INFX_NOTE} MI325X with 8k-token prompts, the 10 September 2026 curve as pull request #3318 ` +
      'quotes it. Total over output per GPU is 9.0 at every point ((8,192 + 1,024) / 1,024), which ' +
      'confirms the lengths. TTFT starts near 1 s because each prompt is 8k tokens. The KV cache is ' +
      'FP8: the MI325X script launches SGLang with --kv-cache-dtype fp8_e4m3 ' +
      '(https://github.com/SemiAnalysisAI/InferenceX/blob/main/benchmarks/dsr1_fp8_mi325x.sh).',
    points: [
      perGpuPt(8, 4, 24.91, 18.53, 1025.49, '| 4 | 223.94 | 24.91 | 1,025.49 | 18.53 |'),
      perGpuPt(8, 8, 43.38, 21.56, 1026.66, '| 8 | 385.84 | 43.38 | 1,026.66 | 21.56 |'),
      perGpuPt(8, 16, 69.39, 26.75, 1163.49, '| 16 | 626.19 | 69.39 | 1,163.49 | 26.75 |'),
      perGpuPt(8, 32, 95.57, 39.45, 1363.26, '| 32 | 854.62 | 95.57 | 1,363.26 | 39.45 |'),
      perGpuPt(8, 64, 114.89, 66.55, 1917.85, '| 64 | 1,035.63 | 114.89 | 1,917.85 | 66.55 |'),
    ],
  },
  {
    ...INFX,
    id: 'inferencex-1xmi300x-vllm-gptoss120b-mxfp4-1k-1k',
    deviceId: 'mi300x',
    n: 1,
    interconnect: null,
    engine: 'vllm',
    engineVersion: 'vLLM v0.17.0 (ROCm build used by InferenceX for MI300X)',
    modelId: 'gpt-oss-120b',
    weightPrecision: 'mxfp4',
    latencyStat: 'median',
    date: '2026-04-17',
    source: S.inferencexMi300xGptOss,
    notes:
      'InferenceX pull request #1061: GPT-OSS 120B (MXFP4 experts) on a single MI300X at 64 to 256 ' +
      'requests in flight, 1,024/1,024 tokens; output and total tokens per second and the median ' +
      'TPOT, no TTFT. Total is twice output at every point, so prompts and outputs average the same ' +
      'length. Throughput doubles from 64 to 256 in flight (2,008 to 4,271 tokens/s) while TPOT ' +
      'rises from 31.4 to 58.3 ms: with 128 experts the weight reads are shared by more tokens.',
    points: [
      pt(64, 2008, 31.4, null, '| 64 (current) | 2,008 | 4,016 | 31.4 ms | — |'),
      pt(96, 2561, 36.6, null, '| 96 | 2,561 | 5,105 | 36.6 ms | +27% |'),
      pt(128, 2990, 41.3, null, '| 128 | 2,990 | 5,981 | 41.3 ms | +49% |'),
      pt(256, 4271, 58.3, null, '| 256 | 4,271 | 8,552 | 58.3 ms | +113% |'),
    ],
  },
];
