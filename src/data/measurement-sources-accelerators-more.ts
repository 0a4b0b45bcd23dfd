// The documents the second pass of serving curves and datacenter points was read from (all read on 2026-12-07).
import type { Source } from './types';

const ACCESSED = '2026-12-07';

function src(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED };
}

/**
 * The campaign every `inferencex-*` source belongs to: one harness (SemiAnalysis InferenceX, run in
 * GitHub Actions and published through its API), so grouped validation holds them out together.
 */
export const INFERENCEX_CAMPAIGN = 'semianalysis-inferencex';

/** One InferenceX pull request's or issue's table. */
function inferencex(id: string, title: string, url: string): Source {
  return { ...src(id, title, url), campaign: INFERENCEX_CAMPAIGN };
}

/** A third party's page, shown as such. */
function thirdParty(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED, secondary: true };
}

const IOG =
  'https://github.com/IOG-Foundation/llm-inference-benchmarks/tree/1ffd7960d341d7ff15e962af098ca5b08d9f253e/results';
const INFERENCEX = 'https://github.com/SemiAnalysisAI/InferenceX';

export const MORE_ACCELERATOR_SOURCES = {
  iogBenchmarks: thirdParty(
    'iog-llm-inference-benchmarks',
    'IOG Foundation, llm-inference-benchmarks: vLLM 0.8.5 benchmark_serving result files on io.net (ShareGPT, 200 prompts, 1 to 32 requests/s; H100 PCIe)',
    IOG,
  ),
  rocmBlogBestPractices: src(
    'rocm-blog-mi300x-inference-best-practices',
    'AMD ROCm blogs: Best practices for competitive inference optimization on AMD Instinct MI300X GPUs (29 January 2025), vLLM and TensorRT-LLM latency tables',
    'https://rocm.blogs.amd.com/artificial-intelligence/LLM_Inference/README.html',
  ),
  inferencexH200Dsr1: inferencex(
    'inferencex-issue-870-h200-b200-dsr1-sglang',
    'SemiAnalysis InferenceX issue #870: DeepSeek-R1 SGLang concurrency sweeps on H200 (FP8) and B200 (FP4), results tables posted from the project’s sweep runs',
    `${INFERENCEX}/issues/870`,
  ),
  inferencexB200Dsr1: inferencex(
    'inferencex-pr-3363-b200-dsr1-fp8-sglang',
    'SemiAnalysis InferenceX pull request #3363: dsr1-fp8-b200-sglang image update, baseline table of the published 2026-05-22 curve (lmsysorg/sglang:v0.5.12-cu130)',
    `${INFERENCEX}/pull/3363`,
  ),
  inferencexB300Dsr1: inferencex(
    'inferencex-pr-3183-b300-dsr1-fp4-sglang',
    'SemiAnalysis InferenceX pull request #3183: dsr1-fp4-b300-sglang image update, baseline table of the published 2026-05-22 curve (lmsysorg/sglang:v0.5.12-cu130)',
    `${INFERENCEX}/pull/3183`,
  ),
  inferencexH200Dsr1Update: inferencex(
    'inferencex-pr-3173-h200-dsr1-fp8-sglang',
    'SemiAnalysis InferenceX pull request #3173: dsr1-fp8-h200-sglang image update, baseline table of the published 2026-05-17 curve (lmsysorg/sglang:v0.5.12-cu130)',
    `${INFERENCEX}/pull/3173`,
  ),
  inferencexB300Dsr1Fp8: inferencex(
    'inferencex-pr-3175-b300-dsr1-fp8-sglang',
    'SemiAnalysis InferenceX pull request #3175: dsr1-fp8-b300-sglang image update, baseline table of the published 2026-05-22 curve (lmsysorg/sglang:v0.5.12-cu130)',
    `${INFERENCEX}/pull/3175`,
  ),
  inferencexMi325xDsr1: inferencex(
    'inferencex-pr-3318-mi325x-dsr1-fp8-sglang',
    'SemiAnalysis InferenceX pull request #3318: dsr1-fp8-mi325x-sglang image update, baseline table of the published 2026-09-10 curve (lmsysorg/sglang:v0.5.19-rocm700-mi30x)',
    `${INFERENCEX}/pull/3318`,
  ),
  inferencexMi300xGptOss: inferencex(
    'inferencex-pr-1061-mi300x-gptoss-vllm',
    'SemiAnalysis InferenceX pull request #1061: GPT-OSS 120B FP4 on one MI300X, vLLM v0.17.0, concurrency 64 to 256 results table',
    `${INFERENCEX}/pull/1061`,
  ),
  tpuRecipesLlama33: src(
    'tpu-recipes-trillium-vllm-llama3.3-70b',
    'AI-Hypercomputer tpu-recipes: Serve Llama 3.3 70B with vLLM on Trillium (v6e-8), sample benchmark results at concurrency 64 and 128 (recipe as added in pull request #114)',
    'https://github.com/AI-Hypercomputer/tpu-recipes/blob/b005d564fc4f6fb148c96e2e240869b92ceee306/inference/trillium/vLLM/Llama3.3/README.md',
  ),
  pytorchXla9376: src(
    'pytorch-xla-pr-9376-v6e-llama3.1-8b',
    'pytorch/xla pull request #9376: Update the tuned block size (vLLM V1 on TPU v6e-1, Llama 3.1 8B, 1,800 in / 128 out, benchmark_serving result)',
    'https://github.com/pytorch/xla/pull/9376',
  ),
  vllm16458: src(
    'vllm-pr-16458-tpu-v6e-llama3.1-8b',
    'vLLM pull request #16458: [TPU] Increase block size and reset block shapes (v6e-1, Llama 3.1 8B, benchmark_serving result before the change)',
    'https://github.com/vllm-project/vllm/pull/16458',
  ),
  sglangB200Sweep: thirdParty(
    'sglang-b200-sweep-gist-benhamm',
    'Ben Hamm, gist: SGLang B200 Benchmark Sweep, 9 models on 8×B200 (SGLang v0.5.8.post1, random 1K/1K; read from a gist mirror)',
    'https://gist.github.com/BenHamm/78563d0d0a08d7cb61b4737392633384',
  ),
  vultrCookbook: thirdParty(
    'vultr-inference-cookbook',
    'Vultr Docs, Inference Cookbook: Concurrency Tuning (ROCm MI325X and CUDA HGX B200 pages; read, not used: see the excluded list)',
    'https://docs.vultr.com/inference-cookbook/rocm/optimization/concurrency-tuning',
  ),
  vllm25135: src(
    'vllm-pr-25135-llama3.1-405b-fp4-rocm',
    'vLLM pull request #25135: Llamas 3.1 405B fp4 changes upstreaming from 355_wip (read, not used: see the excluded list)',
    'https://github.com/vllm-project/vllm/pull/25135',
  ),
} as const satisfies Record<string, Source>;
