// The documents the third gap pass (measurements-gap3.ts) was read from, and those read and left out.
import type { Source } from './types';

const ACCESSED = '2026-12-08';

function src(id: string, title: string, url: string, campaign?: string): Source {
  return { id, title, url, accessed: ACCESSED, ...(campaign === undefined ? {} : { campaign }) };
}

const LLAMA_CPP = 'https://github.com/ggml-org/llama.cpp';
const SGLANG = 'https://github.com/sgl-project/sglang';

export const GAP3_SOURCES = {
  qwen25SpeedBenchmark: src(
    'qwen2.5-speed-benchmark',
    'QwenLM/Qwen2.5, docs/source/benchmark/speed_benchmark.rst (“Qwen2.5 Speed Benchmark”, added in pull request #1044 on 30 October 2024, rebuilt in #1045 on 6 November 2024): batch-1 generation of 2,048 tokens on an NVIDIA A100 80GB with vLLM 0.6.3 and Transformers, BF16, GPTQ-Int8, GPTQ-Int4 and AWQ checkpoints; the method is the speed_benchmark_vllm.py script the same repository published in pull request #1068 (18 November 2024)',
    'https://github.com/QwenLM/Qwen2.5/blob/a912d239c2d0e2e5d10bb8d02e6f5685edb43e68/docs/source/benchmark/speed_benchmark.rst',
  ),
  llamaCpp24546: src(
    'llama-cpp-pr-24546',
    'ggml-org/llama.cpp pull request #24546: CUDA: size routed MoE MMQ N-tiles from typical expert width on RDNA3 (review of 2 September 2026 with a before/after table on an RX 7900 XTX, HIP build)',
    `${LLAMA_CPP}/pull/24546`,
  ),
  llamaCpp16834: src(
    'llama-cpp-pr-16834',
    'ggml-org/llama.cpp pull request #16834: CUDA: use fastdiv in set-rows (29 October 2025, token-generation table on an RTX 4090)',
    `${LLAMA_CPP}/pull/16834`,
  ),
  llamaCpp15252: src(
    'llama-cpp-pr-15252',
    'ggml-org/llama.cpp pull request #15252: vulkan: fuse adds (11 August 2025, llama-bench “before” table of MoE models on an RTX 5090 under Vulkan)',
    `${LLAMA_CPP}/pull/15252`,
  ),
  llamaCpp16977: src(
    'llama-cpp-pr-16977',
    'ggml-org/llama.cpp pull request #16977: vulkan: fuse rms_norm + mul + rope (+ view + set_rows) (3 November 2025, llama-bench “before” tg128 repeats of Qwen3-30B-A3B Q4_K_M on an RTX 5090 under Vulkan)',
    `${LLAMA_CPP}/pull/16977`,
  ),
  sglCookbookQwen3: src(
    'sgl-cookbook-qwen3',
    'sgl-project/sgl-cookbook, docs/autoregressive/Qwen/Qwen3.md, section 5.1 “Speed Benchmark”: Qwen3-235B-A22B-Instruct-2507 on 8× B200 (TP 8), SGLang 0.5.6, sglang.bench_serving at concurrency 1, 16 and 64–100 (results first added on 17 December 2025)',
    'https://github.com/sgl-project/sgl-cookbook/blob/7b5bd9c05e3d86da5161ac2be9b91c19a34bf49d/docs/autoregressive/Qwen/Qwen3.md',
  ),
  // Read and left out (measurements-excluded.ts).
  llamaCpp20586: src(
    'llama-cpp-pr-20586',
    'ggml-org/llama.cpp pull request #20586: CUDA: limit number of FA stream-k CUDA blocks (before/after table at commit 617db241a, RTX 3090 and others)',
    `${LLAMA_CPP}/pull/20586`,
  ),
  llamaCpp21086: src(
    'llama-cpp-pr-21086',
    'ggml-org/llama.cpp pull request #21086: [CUDA] Reduce the number of stream-k blocks to reduce the overhead of the flash_attn_stream_k_fixup kernel (RTX PRO 6000 Blackwell Server Edition table)',
    `${LLAMA_CPP}/pull/21086`,
  ),
  sglang7908: src(
    'sglang-issue-7908',
    'sgl-project/sglang issue #7908: [Bug] Unexpected Inference Speed Gain at Concurrency 16 vs 1 on Llama-3.3-70B (FP8, B200, SGLang Blackwell)',
    `${SGLANG}/issues/7908`,
  ),
  sglang8552: src(
    'sglang-pr-8552',
    'sgl-project/sglang pull request #8552: [NVIDIA] Add Low Latency NVFP4 decode kernels from Flashinfer (DeepSeek-R1-FP4, TP4, bench_serving at concurrency 1, 3 August 2025)',
    `${SGLANG}/pull/8552`,
  ),
  sglCookbookLlama31: src(
    'sgl-cookbook-llama3.1',
    'sgl-project/sgl-cookbook, docs/autoregressive/Llama/Llama3.1.md, section 5.1 “Speed Benchmark”: Llama-3.1-70B on 8× “NVIDIA A100 GPU” (TP 8), SGLang 0.5.6, sglang.bench_serving at concurrency 1, 16 and 64–100 (added 14 January 2026)',
    'https://github.com/sgl-project/sgl-cookbook/blob/7b5bd9c05e3d86da5161ac2be9b91c19a34bf49d/docs/autoregressive/Llama/Llama3.1.md',
  ),
  vllm20469: src(
    'vllm-issue-20469',
    'vllm-project/vllm issue #20469: [Performance]: Severe performance drop on 1x A100 80GB with Qwen3-14B-AWQ at >1 concurrency (v0.9.1)',
    'https://github.com/vllm-project/vllm/issues/20469',
  ),
  musgraveA100Sweep: src(
    'johnmusgrave-vllm-a100-sweep',
    'John Musgrave, “vLLM throughput-latency sweep on NVIDIA A100” (Llama-3.1-8B-Instruct BF16, vLLM 0.23.0, A100 40GB, 1,024 in / 128 out, concurrency 1 to 64)',
    'https://johnmusgrave.com/p/vllm-throughput-latency-sweep-on',
  ),
  accelMark39: src(
    'accelmark-issue-39',
    'FreedomIntelligence/AccelMark issue #39: result submission for SGLang 0.5.6 on an NVIDIA A100-SXM4-40GB, Llama-3.1-8B-Instruct at five precisions',
    'https://github.com/FreedomIntelligence/AccelMark/issues/39',
  ),
  cloudaiEngines: src(
    'cloudai-vllm-trtllm-sglang-h100',
    'cloudai.pt, “vLLM vs TensorRT-LLM vs SGLang: H100 Benchmarks 2026” (Llama 3.3 70B Instruct FP8 on one H100 SXM5, vLLM v0.18.0, TensorRT-LLM v1.2.0, SGLang v0.5.9, 1 to 50 requests in flight)',
    'https://cloudai.pt/vllm-vs-tensorrt-llm-vs-sglang-h100-benchmarks-2026/',
  ),
} as const satisfies Record<string, Source>;
