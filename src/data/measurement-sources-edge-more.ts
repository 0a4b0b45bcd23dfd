// The documents the second pass of local, edge and CPU measurements (measurements-edge-more.ts) was read from.
import type { Source } from './types';

const ACCESSED = '2026-12-07';

function src(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED };
}

/** A vendor page named for a device figure whose copy we could not read: the figure is unverified. */
function unread(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED, unverified: true };
}

const IK = 'https://github.com/ikawrakow/ik_llama.cpp';
const IK_ARCHIVE = `${IK}/blob/8337e4cd3861406fc04e0854b1409cd1b027fbc9/github-data`;

export const EDGE_MORE_SOURCES = {
  dandinpowerSpark: src(
    'dandinpower-llamacpp-bench-dgx-spark',
    'DandinPower/llama.cpp_bench: dgx_spark/prefilling.log and decoding.log (llama-bench on a DGX Spark, build e95d0bc8f (7280)), with bench_ctx_and_decode.sh and model_download.md',
    'https://github.com/DandinPower/llama.cpp_bench/tree/99971a00ad879741cdae8f5ea07b758b45d53f45/dgx_spark',
  ),
  llamaCppSnapdragonDocs: src(
    'llama-cpp-docs-snapdragon',
    'llama.cpp docs/backend/snapdragon/README.md: Hexagon NPU backend, llama-bench of Llama-3.2-1B-Instruct Q4_0 on HTP v79 (build 6a8cf8914 (6733))',
    'https://github.com/ggml-org/llama.cpp/blob/8b1bbbaa781032884f7b86c238573598a23cf133/docs/backend/snapdragon/README.md',
  ),
  ikLlama32Eval: src(
    'ik-llama-cpp-discussion-63',
    'ikawrakow/ik_llama.cpp discussion #63: LLaMA-3.2 quantization evaluation (Ryzen-7950X CPU llama-bench tables for the 1B and 3B models), archived in the repository’s github-data folder',
    `${IK_ARCHIVE}/discussions/63%20-%20LLaMA-3.2%20quantization%20evaluation.md`,
  ),
  ikNumaSituation: src(
    'ik-llama-cpp-discussion-201',
    'ikawrakow/ik_llama.cpp discussion #201: What is the NUMA situation? (quotes the Xeon 6980P ik_llama.cpp llama-bench table from llama.cpp discussion #12088), archived in github-data',
    `${IK_ARCHIVE}/discussions/201%20-%20What%20is%20the%20NUMA%20situation%20_.md`,
  ),
  ikCpuComparison: src(
    'ik-llama-cpp-discussion-164',
    'ikawrakow/ik_llama.cpp discussion #164: Latest CPU performance comparison with llama.cpp (LLaMA-3.1-8B-Instruct on a Ryzen-7950X, llama.cpp build 14b699ec (4384)), archived in github-data',
    `${IK_ARCHIVE}/discussions/164%20-%20Latest%20CPU%20performance%20comparison%20with%20llama.cpp.md`,
  ),
  ikAmdGpuDiscussion: src(
    'ik-llama-cpp-discussion-562',
    'ikawrakow/ik_llama.cpp discussion #562: AMD GPU Vulkan & ROCm/HIP (RTX 5090 llama-bench by a Vulkan backend maintainer, CUDA against Vulkan coopmat2), archived in github-data',
    `${IK_ARCHIVE}/discussions/562%20-%20AMD%20GPU%20Vulkan%20_%20ROCm_HIP%20Discussion.md`,
  ),
  llamaCppSyclLow: src(
    'llama-cpp-issue-5480',
    'llama.cpp issue #5480: Low performance with Sycl Backend (Mistral-7B-v0.1 Q4_0 llama-bench on an M2 MacBook Air, Intel 12400 and Arc A770)',
    'https://github.com/ggml-org/llama.cpp/issues/5480',
  ),
  geerlingRtx4090: src(
    'geerling-ai-benchmarks-43',
    'geerlingguy/ai-benchmarks issue #43: Benchmark Nvidia RTX 4090 (Intel Core Ultra 265K PC, llama.cpp Vulkan build 086a63e3a (7340))',
    'https://github.com/geerlingguy/ai-benchmarks/issues/43',
  ),
  macLlmBenchM5: src(
    'mac-llm-bench-m5-base',
    'enescingoz/mac-llm-bench at commit 5e91948 (2026-04-22): results/m5/base/raw/m5_10c-10g_32gb (MacBook Air M5, mlx_lm.benchmark and llama-bench JSON), README methodology and library versions, lib/run_bench_mlx.sh',
    'https://github.com/enescingoz/mac-llm-bench/tree/5e9194811173ce32a2be067f781a67da153af734/results/m5/base/raw/m5_10c-10g_32gb',
  ),
  llamaCppAmxDot: src(
    'llama-cpp-pr-7487',
    'llama.cpp pull request #7487: ggml: x64: implement AMX dot product (llama-bench on a Xeon w9-3475X fixed at 2.2 GHz)',
    'https://github.com/ggml-org/llama.cpp/pull/7487',
  ),
  // Read and left out (measurements-excluded.ts).
  qualcommAiHubLlama32: src(
    'qualcomm-ai-hub-llama-v3-2-1b-perf',
    'qualcomm/ai-hub-models: qai_hub_models/models/llama_v3_2_1b_instruct/perf.yaml and info.yaml (Genie time to first token and response rate, Snapdragon 8 Elite and 8 Elite Gen 5 QRD)',
    'https://github.com/qualcomm/ai-hub-models/blob/b61a009028de5420032377d9e6bd7280aae24c74/qai_hub_models/models/llama_v3_2_1b_instruct/perf.yaml',
  ),
  llamaCppDualEpycNuma: src(
    'llama-cpp-issue-11744',
    'llama.cpp issue #11744: Possible solution for poor token generation performance on dual Epyc Genoa/Turin systems',
    'https://github.com/ggml-org/llama.cpp/issues/11744',
  ),
  ikBf16Metal: src(
    'ik-llama-cpp-pr-56',
    'ikawrakow/ik_llama.cpp pull request #56: BF16 support on Metal (llama 8B BF16 and F16 llama-bench), archived in github-data',
    `${IK_ARCHIVE}/pull_requests/56%20-%20BF16%20support%20on%20Metal.md`,
  ),
  ikQwen3Early: src(
    'ik-llama-cpp-discussion-357',
    'ikawrakow/ik_llama.cpp discussion #357: Qwen3 - early performance comparisons (EPYC 9355 virtual machine sweeps of Qwen3-235B-A22B), archived in github-data',
    `${IK_ARCHIVE}/discussions/357%20-%20Qwen3%20-%20early%20performance%20comparisons.md`,
  ),
  // Device figures for stand-ins: vendor pages we name but did not read a copy of (unverified).
  qualcommSnapdragon8Elite: unread(
    'qualcomm-snapdragon-8-elite-specs',
    'Qualcomm Snapdragon 8 Elite Mobile Platform product page (LPDDR5X up to 5,300 MHz; not read)',
    'https://www.qualcomm.com/smartphones/products/8-series/snapdragon-8-elite-mobile-platform',
  ),
  amdRyzen7950x: unread(
    'amd-ryzen-9-7950x-specs',
    'AMD Ryzen 9 7950X product page (two DDR5 channels, rated up to DDR5-5200; not read)',
    'https://www.amd.com/en/products/processors/desktops/ryzen/7000-series/amd-ryzen-9-7950x.html',
  ),
  appleM2: unread(
    'apple-m2-newsroom',
    'Apple newsroom: Apple unveils M2 (100 GB/s unified memory bandwidth; not read)',
    'https://www.apple.com/newsroom/2022/06/apple-unveils-m2-with-breakthrough-performance-and-capabilities/',
  ),
  amdRx6700xt: unread(
    'amd-rx-6700-xt-specs',
    'AMD Radeon RX 6700 XT specifications (12 GB GDDR6 on a 192-bit bus at 16 Gbps; not read)',
    'https://www.amd.com/en/products/graphics/desktops/radeon/6000-series/amd-radeon-rx-6700-xt.html',
  ),
  intelXeonW9_3475x: unread(
    'intel-xeon-w9-3475x-ark',
    'Intel Xeon w9-3475X product specifications (36 cores, eight DDR5-4800 channels; not read)',
    'https://www.intel.com/content/www/us/en/products/sku/233420/intel-xeon-w93475x-processor-82-5m-cache-2-20-ghz/specifications.html',
  ),
} as const satisfies Record<string, Source>;
