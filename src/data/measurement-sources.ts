// The documents the published measurements (src/data/measurements.ts) were read from.
import type { Source } from './types';

const ACCESSED = '2026-12-01';

function src(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED };
}

/** A third-party page used only for a device figure the catalogue does not hold yet. */
function thirdParty(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED, secondary: true };
}

const MLPERF_51 = 'https://github.com/mlcommons/inference_results_v5.1/blob/main';
const mlperf = (id: string, who: string, path: string): Source =>
  src(
    id,
    `MLPerf Inference v5.1 results, ${who}: llama2-70b-99 Offline mlperf_log_summary.txt`,
    `${MLPERF_51}/${path}/llama2-70b-99/Offline/performance/run_1/mlperf_log_summary.txt`,
  );

export const MEASUREMENT_SOURCES = {
  llamaCppApple: src(
    'llama-cpp-discussion-4167',
    'llama.cpp discussion #4167: Performance of llama.cpp on Apple Silicon M-series (summary table values read from a stored copy)',
    'https://github.com/ggml-org/llama.cpp/discussions/4167',
  ),
  llamaCppSpark: src(
    'llama-cpp-benches-dgx-spark',
    'llama.cpp repository, benches/dgx-spark.md (llama-bench and llama-batched-bench on DGX Spark)',
    'https://github.com/ggml-org/llama.cpp/blob/master/benches/dgx-spark.md',
  ),
  llamaCpp4766: src(
    'llama-cpp-pr-4766',
    'llama.cpp pull request #4766: ggml-backend integration (benchmark tables)',
    'https://github.com/ggml-org/llama.cpp/pull/4766',
  ),
  llamaCpp11744: src(
    'llama-cpp-issue-11744',
    'llama.cpp issue #11744: token generation on dual Epyc Genoa/Turin systems',
    'https://github.com/ggml-org/llama.cpp/issues/11744',
  ),
  gptFast: src(
    'gpt-fast-readme',
    'pytorch-labs/gpt-fast README, Benchmarks and Tensor Parallelism tables',
    'https://github.com/pytorch-labs/gpt-fast#benchmarks',
  ),
  geerlingFramework: src(
    'geerling-ai-benchmarks-21',
    'geerlingguy/ai-benchmarks issue #21: Framework Desktop Mainboard (Ryzen AI Max+ 395)',
    'https://github.com/geerlingguy/ai-benchmarks/issues/21',
  ),
  geerlingMacCluster: src(
    'geerling-beowulf-17',
    'geerlingguy/beowulf-ai-cluster issue #17: Mac Studio (M3 Ultra) cluster, single-node llama-bench',
    'https://github.com/geerlingguy/beowulf-ai-cluster/issues/17',
  ),
  jetstreamPytorch: src(
    'jetstream-pytorch-benchmarks',
    'AI-Hypercomputer/jetstream-pytorch benchmarks: results on TPU v5e-8',
    'https://github.com/AI-Hypercomputer/jetstream-pytorch/blob/main/benchmarks/summary.md',
  ),
  mlxWired: src(
    'mlx-examples-pr-1069',
    'ml-explore/mlx-examples pull request #1069: Wire models in MLX LM (M2 Ultra, Llama 3 70B 16-bit)',
    'https://github.com/ml-explore/mlx-examples/pull/1069',
  ),
  mlxSpeedIssue: src(
    'mlx-examples-issue-1029',
    'ml-explore/mlx-examples issue #1029: Slow speed (MLX against llama.cpp on an M3 Max 64 GB)',
    'https://github.com/ml-explore/mlx-examples/issues/1029',
  ),
  vllmCiH200: src(
    'vllm-buildkite-9513',
    'vLLM performance benchmark, Buildkite build 9513 (H200): latency tests',
    'https://buildkite.com/vllm/performance-benchmark/builds/9513',
  ),
  vllmCiH100: src(
    'vllm-buildkite-9555',
    'vLLM performance benchmark, Buildkite build 9555 (8xH100): latency tests',
    'https://buildkite.com/vllm/performance-benchmark/builds/9555',
  ),
  vllmCiA100: src(
    'vllm-buildkite-9523',
    'vLLM performance benchmark, Buildkite build 9523 (A100-SXM4-80GB): latency tests',
    'https://buildkite.com/vllm/performance-benchmark/builds/9523',
  ),
  trtllmH100VsA100: src(
    'trtllm-h100-vs-a100',
    'TensorRT-LLM blog: H100 has 4.6x A100 performance in TensorRT-LLM',
    'https://nvidia.github.io/TensorRT-LLM/blogs/H100vsA100.html',
  ),
  mlperfCiscoH100: mlperf(
    'mlperf51-cisco-h100x16',
    'Cisco HGX-H100_H100-SXM-80GBx16_TRT',
    'closed/Cisco/results/HGX-H100_H100-SXM-80GBx16_TRT',
  ),
  mlperfNebiusH200: mlperf(
    'mlperf51-nebius-h200x8',
    'Nebius H200-SXM-141GBx8_TRT',
    'closed/Nebius/results/H200-SXM-141GBx8_TRT',
  ),
  mlperfNvidiaB200: mlperf(
    'mlperf51-nvidia-b200x8',
    'NVIDIA B200-SXM-180GBx8_TRT',
    'closed/NVIDIA/results/B200-SXM-180GBx8_TRT',
  ),
  mlperfNvidiaGb200: mlperf(
    'mlperf51-nvidia-gb200x4',
    'NVIDIA GB200-NVL72_GB200-186GB_aarch64x4_TRT',
    'closed/NVIDIA/results/GB200-NVL72_GB200-186GB_aarch64x4_TRT',
  ),
  mlperfAmdMi300x: mlperf(
    'mlperf51-amd-mi300x8',
    'AMD 8xMI300X_2xEPYC_9575F',
    'closed/AMD/results/8xMI300X_2xEPYC_9575F',
  ),
  mlperfAmdMi325x: mlperf(
    'mlperf51-amd-mi325x8',
    'AMD 8xMI325X_2xEPYC_9575F_1',
    'closed/AMD/results/8xMI325X_2xEPYC_9575F_1',
  ),
  mlperfAmdMi355x: mlperf(
    'mlperf51-amd-mi355x8-open',
    'AMD 8xMI355X_2xEPYC_9575F (open division)',
    'open/AMD/results/8xMI355X_2xEPYC_9575F',
  ),
  mlperfHpeRtxPro: mlperf(
    'mlperf51-hpe-rtxpro6000x8',
    'HPE ProLiant DL380a RTX PRO 6000 PCIe 96GBx8',
    'closed/HPE/results/HPE_PROLIANT_DL380A_RTX_PRO_6000_PCIE_96GBx8_TRT_TRT',
  ),
  mlperfRedHat: src(
    'mlperf51-redhat',
    'MLPerf Inference v5.1 results, RedHat systems (XE8640_4xH100_vLLM, IBM Cloud 2x L40S)',
    `${MLPERF_51}/closed/RedHat/systems`,
  ),
  exoSparkHandbook: thirdParty(
    'exolabs-dgx-spark-handbook',
    'EXO Labs on Hugging Face: The DGX Spark Handbook (273 GB/s memory bandwidth; third party)',
    'https://huggingface.co/blog/exolabs/the-dgx-spark-handbook',
  ),
  svethardwareStrixHalo: thirdParty(
    'svethardware-strix-halo',
    'Svět hardware: AMD představuje Ryzen AI Max (256-bit LPDDR5X-8000, 256 GB/s; third party)',
    'https://www.svethardware.cz/amd-predstavuje-ryzen-ai-max-strix-halo-s-az-16-jadry-a-gpu-se-40-cu/61477',
  ),
  techpowerupM3Ultra: thirdParty(
    'techpowerup-mac-studio-m3-ultra',
    'TechPowerUp: Apple unleashes new Mac Studio with M3 Ultra (819 GB/s; third party)',
    'https://techpowerup.com/news-tags/Mac%20Studio',
  ),
  thirdPartyGpuTable: thirdParty(
    'rtx-3090-bandwidth-third-party',
    'Third-party GPU tables listing the GeForce RTX 3090 at 936 GB/s (NVIDIA GA102 whitepaper not read)',
    'https://www.nvidia.com/content/PDF/nvidia-ampere-ga-102-gpu-architecture-whitepaper-v2.pdf',
  ),
} as const satisfies Record<string, Source>;
