// The documents the second gap pass (measurements-gap2.ts) was read from, and those read and left out.
import type { Source } from './types';
import { LHL_STRIX_HALO_CAMPAIGN } from './measurement-sources-edge';
import { INFERENCEX_CAMPAIGN } from './measurement-sources-accelerators-more';

const ACCESSED = '2026-12-07';

function src(id: string, title: string, url: string, campaign?: string): Source {
  return { id, title, url, accessed: ACCESSED, ...(campaign === undefined ? {} : { campaign }) };
}

const DEUTSCHE_KI = 'https://github.com/DeutscheKI/llm-performance-tests';
const STRIX_BENCH = 'https://github.com/lhl/strix-halo-testing/blob';
const MI300_TESTING =
  'https://github.com/AUGMXNT/MI300-testing/blob/032bd4da1080662667b9d5f77bacd6a579128c5f';

export const GAP2_SOURCES = {
  gpuExtReproductionLog: src(
    'gpu-ext-reproduction-log',
    'crupest/gpu_ext (a fork of eunomia-bpf/gpu_ext), workloads/REPRODUCTION_LOG.md: workload reproduction on an RTX 5090, including llama-bench of gpt-oss-20b MXFP4 (llama.cpp build f92e406b (7100)), 16 and 17 February 2026',
    'https://github.com/crupest/gpu_ext/blob/5f81ed0d26b5311c88cd96160a61d1644e059a68/workloads/REPRODUCTION_LOG.md',
  ),
  mi300Testing405b: src(
    'augmxnt-mi300-testing-405b',
    'AUGMXNT/MI300-testing, inference-vllm-llama3-405b.ipynb: vLLM benchmark_serving sweep of Llama 3.1 405B Instruct on 8× MI300X (Hot Aisle), one to 2,048 prompts; the vLLM build is recorded in inference-vllm-setup.ipynb of the same repository',
    `${MI300_TESTING}/inference-vllm-llama3-405b.ipynb`,
  ),
  deutscheKiVllm: src(
    'deutscheki-llm-performance-tests',
    'DeutscheKI/llm-performance-tests: vLLM benchmark_serving result files and README table for QwQ-32B-AWQ at 0.1 requests/s on single and paired consumer GPUs (March–April 2025)',
    `${DEUTSCHE_KI}/tree/bad8788ae24dd08494661bc6998d573bf10d6fd4`,
  ),
  deutscheKiMethodIssue: src(
    'deutscheki-llm-performance-tests-issue-2',
    'DeutscheKI/llm-performance-tests issue #2: Question about the methodology for testing LLM performance on RTX5090 (the author rebuilt vLLM from source for sm_120 in an nvcr.io/nvidia/pytorch:25.02-py3 container)',
    `${DEUTSCHE_KI}/issues/2`,
  ),
  strixHaloQwen3MoE: src(
    'lhl-strix-halo-qwen3-30b-a3b',
    'lhl/strix-halo-testing, llm-bench/Qwen3-30B-A3B-UD-Q4_K_XL: README table, results.jsonl and system_info.json of the 4–5 August 2025 rerun (Framework Desktop, Ryzen AI Max+ 395; llama.cpp build 83bc2f28 (6077), HIP and Vulkan). Same machine and author as the llama-2-7b file of the first pass',
    `${STRIX_BENCH}/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/Qwen3-30B-A3B-UD-Q4_K_XL/README.md`,
    LHL_STRIX_HALO_CAMPAIGN,
  ),
  strixHaloDenseJuly: src(
    'lhl-strix-halo-qwen3-32b-llama-70b-july',
    'lhl/strix-halo-testing at commit 461ef97 (22 July 2025), llm-bench/Qwen3-32B-Q8_0 and llm-bench/shisa-v2-llama3.3-70b.i1-Q4_K_M: README tables and results.jsonl of the 14–17 July sweeps (llama.cpp build a4575513 (5863)); later commits overwrote these READMEs with a failed rerun. Same machine and author as the llama-2-7b file of the first pass',
    `${STRIX_BENCH}/461ef97ece1ffe8dd1801c3013663f56858124f1/llm-bench/Qwen3-32B-Q8_0/README.md`,
    LHL_STRIX_HALO_CAMPAIGN,
  ),
  sglangJaxQwen3Benchmark: src(
    'sglang-jax-qwen3-benchmark',
    'sgl-project/sglang-jax, docs/performance/qwen3_benchmark.md (pull request #172, 13 September 2025): Qwen3-8B and Qwen3-32B on a TPU v6e-4, SGLang-JAX against vLLM, random 1,024–8,192 in / 1 or 1,024 out at 8 to 256 in flight',
    'https://github.com/sgl-project/sglang-jax/blob/24f8473995c9c4cfda030c439e3b580960fe9645/docs/performance/qwen3_benchmark.md',
  ),
  // Read and left out (measurements-excluded.ts).
  aiExperimentsRtx5090: src(
    'ai-experiments-rtx5090-performance-results',
    'alejandroJaramillo87/ai-experiments, docs/inference/benchmarks/performance-results.md: “Performance Benchmark Results” for a Ryzen 9950X and RTX 5090 workstation (September 2025)',
    'https://github.com/alejandroJaramillo87/ai-experiments/blob/73463e526445921453ebeda747e4703d228e5770/docs/inference/benchmarks/performance-results.md',
  ),
  jetpackNixosOrin: src(
    'jetpack-nixos-cross-framework-benchmark',
    'GiveThanksAlways/jetpack-nixos, examples/CROSS_FRAMEWORK_BENCHMARK.md and its earlier version: llama.cpp, tinygrad, vLLM and MLC LLM decode on a Jetson AGX Orin 64 GB under NixOS',
    'https://github.com/GiveThanksAlways/jetpack-nixos/blob/25331ad5599731820a98c45c912b89b83397f0fa/examples/CROSS_FRAMEWORK_BENCHMARK.md',
  ),
  vllm20710: src(
    'vllm-issue-20710',
    'vllm-project/vllm issue #20710: Unexpected Inference Speed Gain at Concurrency 16 vs 1 on Llama-3.3-70B (FP8, B200, vLLM v0.9.0)',
    'https://github.com/vllm-project/vllm/issues/20710',
  ),
  llamaCpp28196: src(
    'llama-cpp-issue-28196',
    'ggml-org/llama.cpp issue #28196: CUDA: qwen35 MTP (draft 4) gives ~1.06x on RTX 5090 (sm_120) vs ~1.8x on RTX 4090, plain decode on native Linux is bandwidth-normal',
    'https://github.com/ggml-org/llama.cpp/issues/28196',
  ),
  inferencex1092: src(
    'inferencex-pr-1092-mi300x-gptoss-conc1',
    'SemiAnalysis InferenceX pull request #1092: [AMD][MI300X] Extend GPT-OSS FP4 TP=8 search to conc=1',
    'https://github.com/SemiAnalysisAI/InferenceX/pull/1092',
    INFERENCEX_CAMPAIGN,
  ),
  sglang31044: src(
    'sglang-pr-31044-mi300x-minimax',
    'sgl-project/sglang pull request #31044: benchmark: MI300X FP8 speed + accuracy data for MiniMax-M2.7',
    'https://github.com/sgl-project/sglang/pull/31044',
  ),
  ds4ThorSpeedBench: src(
    'antirez-ds4-pr-788-thor',
    'antirez/ds4 pull request #788: speed-bench: Jetson AGX Thor (sm_110) numbers (ds4-bench, DeepSeek V4 Flash IQ2_XXS mix)',
    'https://github.com/antirez/ds4/pull/788',
  ),
} as const satisfies Record<string, Source>;
