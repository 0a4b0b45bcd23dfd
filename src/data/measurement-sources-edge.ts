// The documents the local, edge and CPU measurements (src/data/measurements-edge.ts) were read from.
import type { Source } from './types';

const ACCESSED = '2026-12-07';

function src(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED };
}

/** lhl's llama.cpp sweeps on one Framework Desktop (Ryzen AI Max+ 395), across three files. */
export const LHL_STRIX_HALO_CAMPAIGN = 'lhl-strix-halo-testing';

/** A vendor page named for a device figure whose copy we could not read: the figure is unverified. */
function unread(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED, unverified: true };
}

const LLAMA_CPP = 'https://github.com/ggml-org/llama.cpp';

export const EDGE_SOURCES = {
  jetsonAiLabBenchmarks: src(
    'jetson-ai-lab-benchmarks-8710133',
    'NVIDIA-AI-IOT/jetson-ai-lab at commit 8710133 (2025-12-18): src/data/benchmarks.json, with the W4A16 model cards and the vllm bench serve recipe (random 2,048 in / 128 out) in src/content',
    'https://github.com/NVIDIA-AI-IOT/jetson-ai-lab/blob/871013370cc067a8d5af6aa29a18e1b1cdbf0ff6/src/data/benchmarks.json',
  ),
  executorchLlama: src(
    'executorch-llama-readme',
    'pytorch/executorch, examples/models/llama/README.md: Llama 3.2 1B/3B performance on a OnePlus 12',
    'https://github.com/pytorch/executorch/blob/main/examples/models/llama/README.md',
  ),
  ipexLlmB580: src(
    'ipex-llm-issue-12991',
    'intel/ipex-llm issue #12991: Arc B580 has faster TPS on llama.cpp Vulkan than the IPEX-LLM portable build (llama-bench tables)',
    'https://github.com/intel/ipex-llm/issues/12991',
  ),
  llamaCppVulkanRepack: src(
    'llama-cpp-pr-21024',
    'llama.cpp pull request #21024: Vulkan repack PoC (before/after llama-bench tables on an RTX 3090)',
    `${LLAMA_CPP}/pull/21024`,
  ),
  gpuBenchmarksOnLlm: src(
    'xiongjiedai-gpu-benchmarks',
    'XiongjieDai/GPU-Benchmarks-on-LLM-Inference: LLaMA 3 llama-bench tables (README) and the notebooks they came from (May 2024)',
    'https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference',
  ),
  lhlStrixHalo: {
    ...src(
      'lhl-strix-halo-llama2-7b-q4_0',
      'lhl/strix-halo-testing, llm-bench/llama-2-7b.Q4_0/README.md (Ryzen AI Max+ 395: llama.cpp HIP, rocWMMA and Vulkan)',
      'https://github.com/lhl/strix-halo-testing/blob/main/llm-bench/llama-2-7b.Q4_0/README.md',
    ),
    campaign: LHL_STRIX_HALO_CAMPAIGN,
  },
  ikLlamaXeon: src(
    'ik-llama-cpp-pr-259',
    'ikawrakow/ik_llama.cpp pull request #259: prepare wk_b tensors of DeepSeek models on the fly (CPU-only llama-bench on a Xeon 6980P)',
    'https://github.com/ikawrakow/ik_llama.cpp/pull/259',
  ),
  llamaCppRdna3: src(
    'llama-cpp-pr-26284',
    'llama.cpp pull request #26284: HIP: tune RDNA 3 MMQ configs (RX 7900 XTX llama-bench comparison)',
    `${LLAMA_CPP}/pull/26284`,
  ),
  geerlingRx9070xt: src(
    'geerling-pi-pcie-766',
    'geerlingguy/raspberry-pi-pcie-devices issue #766: Test AMD RX 9070 XT 16GB (llama-bench re-test, Vulkan)',
    'https://github.com/geerlingguy/raspberry-pi-pcie-devices/issues/766',
  ),
  llamaCppMetalAddMul: src(
    'llama-cpp-pr-2917',
    'llama.cpp pull request #2917: metal: slight speed-up for add and mul kernels (M2 Ultra master and PR tables)',
    `${LLAMA_CPP}/pull/2917`,
  ),
  llamaCppMetalQ5: src(
    'llama-cpp-pr-3648',
    'llama.cpp pull request #3648: metal: implement q5_0 and q5_1 kernels (M2 Ultra llama-bench in the review)',
    `${LLAMA_CPP}/pull/3648`,
  ),
  llamaCppVulkanFa: src(
    'llama-cpp-pr-13324',
    'llama.cpp pull request #13324: vulkan: scalar flash attention implementation (RX 5700 XT re-test)',
    `${LLAMA_CPP}/pull/13324`,
  ),
  geerlingRx580: src(
    'geerling-ai-benchmarks-20',
    'geerlingguy/ai-benchmarks issue #20: Benchmark AMD GPUs on SiFive HiFive Premiere P550 (RX 580, Vulkan)',
    'https://github.com/geerlingguy/ai-benchmarks/issues/20',
  ),
  normiebenchM1Max: src(
    'normiebench-issue-40',
    'brand-o/normiebench issue #40: MacBook Pro M1 Max, llama 3.1 8b q4_k_m, llama.cpp / metal (submitted result)',
    'https://github.com/brand-o/normiebench/issues/40',
  ),
  // Read and left out (src/data/measurements-excluded.ts).
  holohubOrin: src(
    'holohub-issue-170',
    'nvidia-holoscan/holohub issue #170: What is the speed of running llama 7b on these devices? (IGX/AGX Orin llama.cpp table)',
    'https://github.com/nvidia-holoscan/holohub/issues/170',
  ),
  llamaCpp7900xtxRocmVsVulkan: src(
    'llama-cpp-issue-20934',
    'llama.cpp issue #20934: [ROCm] significantly lower token generation than Vulkan on RX 7900 XTX (gfx1100)',
    `${LLAMA_CPP}/issues/20934`,
  ),
  geerlingRx7900xt: src(
    'geerling-ai-benchmarks-23',
    'geerlingguy/ai-benchmarks issue #23: Benchmark AMD RX 7900 XT 20GB on Pi 5',
    'https://github.com/geerlingguy/ai-benchmarks/issues/23',
  ),
  mlxLmPromptSpeed: src(
    'mlx-lm-issue-92',
    'ml-explore/mlx-lm issue #92: Prompt process speed (M3 Max MLX against llama.cpp and 2×RTX 3090)',
    'https://github.com/ml-explore/mlx-lm/issues/92',
  ),
  llamaCppMetal4: src(
    'llama-cpp-pr-16634',
    'llama.cpp pull request #16634: metal: initial Metal4 tensor API support (M5 and M5 Max runs in the thread)',
    `${LLAMA_CPP}/pull/16634`,
  ),
  llamaCppVulkanImprovements: src(
    'llama-cpp-pr-5835',
    'llama.cpp pull request #5835: Vulkan improvements (RX 6700 XT Vulkan and ROCm table)',
    `${LLAMA_CPP}/pull/5835`,
  ),
  jetsonhacksSpark: src(
    'jetsonhacks-spark-llamacpp-bench',
    'JetsonHacks: llama.cpp on NVIDIA DGX Spark — Benchmarks (copy of the llama.cpp maintainers’ tables, build b6767)',
    'https://jetsonhacks.com/wp-content/uploads/2025/10/spark-llamacpp-bench.html',
  ),
  // Device figures for stand-ins: vendor pages we name but did not read a copy of (unverified).
  intelArcB580: unread(
    'intel-arc-b580-specs',
    'Intel Arc B580 Graphics product specifications (12 GB GDDR6 on a 192-bit bus at 19 Gbps; not read)',
    'https://www.intel.com/content/www/us/en/products/sku/241598/intel-arc-b580-graphics/specifications.html',
  ),
  amdRx9070xt: unread(
    'amd-rx-9070-xt-specs',
    'AMD Radeon RX 9070 XT specifications (16 GB GDDR6 on a 256-bit bus at 20 Gbps; not read)',
    'https://www.amd.com/en/products/graphics/desktops/radeon/9000-series/amd-radeon-rx-9070xt.html',
  ),
  amdRx5700xt: unread(
    'amd-rx-5700-xt-specs',
    'AMD Radeon RX 5700 XT specifications (8 GB GDDR6 on a 256-bit bus at 14 Gbps; not read)',
    'https://www.amd.com/en/products/graphics/desktops/radeon/5000-series/amd-radeon-rx-5700-xt.html',
  ),
  amdRx580: unread(
    'amd-rx-580-specs',
    'AMD Radeon RX 580 specifications (8 GB GDDR5 on a 256-bit bus at 8 Gbps; not read)',
    'https://www.amd.com/en/support/downloads/drivers.html/graphics/radeon-rx/radeon-rx-500-series/amd-radeon-rx-580.html',
  ),
  snapdragon8Gen3: unread(
    'qualcomm-snapdragon-8-gen-3-specs',
    'Qualcomm Snapdragon 8 Gen 3 Mobile Platform product page (LPDDR5X up to 4,800 MHz on a 64-bit bus; not read)',
    'https://www.qualcomm.com/products/mobile/snapdragon/smartphones/snapdragon-8-series-mobile-platforms/snapdragon-8-gen-3-mobile-platform',
  ),
} as const satisfies Record<string, Source>;
