// The documents the accelerator and datacenter measurements and the measured serving curves were read from.
import type { Source } from './types';

const ACCESSED = '2026-12-07';

function src(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED };
}

const NEURON_SDK = 'https://github.com/aws-neuron/aws-neuron-sdk/blob';
/** The Neuron tutorials as first published with their benchmark figures (4 February 2025). */
const NEURON_TUTORIALS = `${NEURON_SDK}/ba1c08b0125914925e163afbdcabb17f25eace1f/libraries/nxd-inference/tutorials`;
const DSTACK = 'https://github.com/dstackai/benchmarks/blob';

export const ACCELERATOR_SOURCES = {
  neuronInf2: src(
    'neuron-inf2-decoder-performance',
    'AWS Neuron SDK documentation, Inf2 inference performance: decoder models, latency- and throughput-optimised tables (latency_data_decoder.csv and throughput_data_decoder.csv, Neuron 2.18)',
    'https://github.com/aws-neuron/aws-neuron-sdk/tree/81ce03ae261e12925e53437a0f690478e6366155/about-neuron/benchmarks/inf2',
  ),
  neuronTrn2Llama70b: src(
    'neuron-trn2-llama3.3-70b-tutorial',
    'AWS Neuron SDK, NxD Inference tutorial: speculative decoding for Llama-3.3-70B on Trn2 (LLMPerf results and llama70b_perf_comparison.csv)',
    `${NEURON_TUTORIALS}/trn2-llama3.3-70b-tutorial.rst`,
  ),
  neuronTrn2Llama405b: src(
    'neuron-trn2-llama3.1-405b-speculative-tutorial',
    'AWS Neuron SDK, NxD Inference tutorial: speculative decoding and quantisation for Llama-3.1-405B on Trn2 (LLMPerf results and llama405b_perf_comparison.csv)',
    `${NEURON_TUTORIALS}/trn2-llama3.1-405b-speculative-tutorial.rst`,
  ),
  intelGaudi3: src(
    'intel-gaudi3-model-performance',
    'Intel: Model Performance Data for Intel Gaudi 3 AI Accelerators, LLM throughput table (Intel Gaudi software 1.18.0)',
    'https://intel.com/content/www/us/en/developer/platform/gaudi/model-performance.html',
  ),
  amdRocmPerformance: src(
    'amd-rocm-performance-results-vllm',
    'AMD ROCm developer hub: Performance results on AMD Instinct GPUs, vLLM latency measurements (rocm/vllm:rocm7.0.0_vllm_0.10.2_20251006; English page under the zh-cn locale path)',
    'https://www.amd.com/zh-cn/developer/resources/rocm-hub/dev-ai/performance-results.html',
  ),
  trtllmPerfOverview: src(
    'trtllm-perf-overview-v1.0',
    'TensorRT-LLM documentation, Performance Overview: throughput measurements (v1.0 edition, Total Output Throughput in tokens/s)',
    'https://github.com/NVIDIA/TensorRT-LLM/blob/00f37686aa854010d68bcbd0f4ab000221541ca6/docs/source/performance/perf-overview.md',
  ),
  nimBenchmarking: src(
    'nim-llm-benchmarking-performance',
    'NVIDIA NIM LLMs Benchmarking, Performance: Llama-3.3-70b-instruct NIM 1.8.0 on 2 x H100 80G, fp8 TP2 (read from the page and its Markdown copy)',
    'https://docs.nvidia.com/nim/benchmarking/llm/1.0.0/performance',
  ),
  mlperf50AmdMi325x: src(
    'mlperf50-amd-mi325x8',
    'MLPerf Inference v5.0 results, AMD 8xMI325X_2xEPYC_9575F: llama2-70b-99.9 Offline mlperf_log_summary.txt and system description (read from the ntuhpc mirror of the results repository)',
    'https://github.com/mlcommons/inference_results_v5.0/tree/main/closed/AMD/results/8xMI325X_2xEPYC_9575F',
  ),
  mlperf50NvidiaH100: src(
    'mlperf50-nvidia-dgx-h100x8',
    'MLPerf Inference v5.0 results, NVIDIA DGX-H100_H100-SXM-80GBx8_TRT: llama2-70b-99 Offline mlperf_log_summary.txt and system JSON (read from the ntuhpc mirror of the results repository)',
    'https://github.com/mlcommons/inference_results_v5.0/tree/main/closed/NVIDIA/results/DGX-H100_H100-SXM-80GBx8_TRT',
  ),
  mlperf50NvidiaB200x1: src(
    'mlperf50-nvidia-b200x1',
    'MLPerf Inference v5.0 results, NVIDIA B200-SXM-180GBx1_TRT: llama2-70b-99.9 Offline (read, not used: see the excluded list)',
    'https://github.com/mlcommons/inference_results_v5.0/tree/main/closed/NVIDIA/results/B200-SXM-180GBx1_TRT',
  ),
  dstackDeepseekR1: src(
    'dstack-deepseek-r1-h200-mi300x',
    'dstack benchmarks: DeepSeek-R1 inference with SGLang, vLLM and TensorRT-LLM on 8xH200 and 8xMI300X (online_results.csv; versions from the README)',
    `${DSTACK}/7f37e6697725e58dd09b9ef190b62ce19f01d45e/Deepseek-R1/raw_data/online_results.csv`,
  ),
  dstackLlama405b: src(
    'dstack-llama3.1-405b-h100-mi300x',
    'dstack benchmarks: Llama 3.1 405B FP8 on 8xH100 SXM5 and 8xMI300X with vLLM, offline throughput-latency curve at 128 input / 2048 output tokens',
    `${DSTACK}/85a2fe177aabe8a5556ce75e791dcd74b1cd8187/comparison/h100sxm5_vs_mi300x/csv_data/throughput_latency_curve_128_2048.csv`,
  ),
  oracleMi300x405b: src(
    'oracle-oci-mi300x-llama3.1-405b',
    'Oracle Cloud Infrastructure blog: Serving Llama 3.1 405B model with AMD MI300X GPUs (read, not used: see the excluded list)',
    'https://blogs.oracle.com/cloud-infrastructure/serving-llama-31-405b-model-with-amd-mi300x-gpus',
  ),
  tpuRecipesJetstream: src(
    'tpu-recipes-trillium-jetstream-llama2-7b',
    'AI-Hypercomputer tpu-recipes: JetStream-MaxText Llama2-7B on Trillium, sample benchmark output (read, not used: see the excluded list)',
    'https://github.com/AI-Hypercomputer/tpu-recipes/blob/5ba55c8aff86b98a880389f0e056dc902ce6f3e1/inference/trillium/JetStream-Maxtext/Llama2-7B/README.md',
  ),
  neuronEagle3Llama8b: src(
    'vllm-neuron-eagle3-llama3.1-8b-tutorial',
    'AWS Neuron SDK, vLLM Neuron tutorial: EAGLE3 speculative decoding with Llama 3.1 8B Instruct (read, not used: see the excluded list)',
    `${NEURON_SDK}/81ce03ae261e12925e53437a0f690478e6366155/vllm-neuron/docs/tutorials/tutorial-eagle3-speculative-decoding-llama-3-1.md`,
  ),
} as const satisfies Record<string, Source>;
