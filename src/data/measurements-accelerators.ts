// Published measurements on accelerators (Inferentia2, Trainium2, Gaudi 3) and datacenter GPUs from vendor performance pages, tutorials, MLPerf v5.0 and third-party sweeps.
import type { Measurement } from './measurement-types';
import { ACCELERATOR_SOURCES as S } from './measurement-sources-accelerators';

// --- AWS Inferentia2, Transformers NeuronX (Neuron 2.18) ---------------------------------------

const INF2 = {
  deviceId: 'inferentia2',
  // inf2.48xlarge: 12 Inferentia2 chips, 24 NeuronCores; tensor parallel degree 24 uses all of them.
  n: 12,
  interconnect: 'NeuronLink-v2 ring (inf2.48xlarge, 12 chips, tensor parallel over 24 NeuronCores)',
  engine: 'neuron',
  fileSizeGB: null,
  fileSizeReported: null,
  kvPrecision: 'bf16',
  source: S.neuronInf2,
} as const;

const INF2_NOTE =
  'AWS’s own inf2.48xlarge table for Transformers NeuronX: FP16 model, matrix multiplies in BF16, ' +
  'one request alone (“Real Time”, batch 1). TPOT and TTFT are the P50 columns; decode speed is ' +
  '1,000 / TPOT. The KV cache is assumed to be 16-bit (the table gives no KV format).';

const INF2_BATCH_NOTE =
  'AWS’s inf2.48xlarge throughput table (“Batch”): 8 sequences decoded together, output tokens ' +
  'per second for the instance divided by its 12 chips. FP16 model with BF16 matrix multiplies.';

// --- AWS Trainium2, NxD Inference under the Neuron vLLM fork -----------------------------------

const TRN2 = {
  deviceId: 'trainium2',
  // trn2.48xlarge: 16 Trainium2 chips (128 NeuronCores); TP 64 at logical core size 2 spans all 16.
  n: 16,
  interconnect: 'NeuronLink (trn2.48xlarge, 16 chips; tensor parallel 64 at LNC=2)',
  engine: 'neuron',
  engineVersion:
    'NxD Inference with the AWS Neuron vLLM fork (upstreaming-to-vllm, v0.6.x-neuron branch), Neuron 2.21 era',
  fileSizeGB: null,
  fileSizeReported: null,
  weightPrecision: 'bf16',
  kvPrecision: 'bf16',
  concurrency: 1,
  promptTokens: 10000,
  date: '2025-02-04',
} as const;

const TRN2_NOTE =
  'AWS tutorial run on one trn2.48xlarge: BF16 weights, vLLM server with max-num-seqs 1, LLMPerf ' +
  'load test with one request at a time, 10,000 input tokens fixed. TTFT and TPOT are the P50 ' +
  'values of the tutorial’s comparison table; decode speed is 1,000 / TPOT. The figures first ' +
  'appeared on 4 February 2025, when the tutorial installed the v0.6.x-neuron branch of the fork.';

// --- Intel Gaudi 3 --------------------------------------------------------------------------------

const GAUDI3 = {
  deviceId: 'gaudi-3',
  engine: 'pytorch',
  engineVersion:
    'Intel Gaudi software 1.18.0 with PyTorch 2.4.0 (the page names no serving engine)',
  fileSizeGB: null,
  fileSizeReported: null,
  weightPrecision: 'fp8',
  kvPrecision: 'fp8',
  metric: 'throughput-tps-per-device',
  date: '2024-07-23',
  source: S.intelGaudi3,
} as const;

const GAUDI3_NOTE =
  'Intel’s Gaudi 3 table (HLS-Gaudi3 with eight HL-325L cards): FP8, fixed input and output ' +
  'lengths, at the batch size the table states; we divide the tokens per second by the card ' +
  'count. The table does not say whether prompt tokens are counted; the 2,048-input rows fall ' +
  'far below the 128-input rows, which fits generated tokens only. The KV cache format is not ' +
  'given; FP8 is assumed, as in Intel’s FP8 recipes. The page is undated; Llama 3.1 (23 July ' +
  '2024) dates it no earlier.';

const GAUDI3_TP = 'RoCE v2 on-chip NICs (HLS-Gaudi3 baseboard)';

// --- TensorRT-LLM performance overview (saturated throughput) ----------------------------------

const TRTLLM = {
  engine: 'tensorrt-llm',
  engineVersion: 'TensorRT-LLM v1.0 documentation, trtllm-bench throughput, PyTorch backend',
  fileSizeGB: null,
  fileSizeReported: null,
  kvPrecision: 'fp8',
  concurrency: null,
  promptTokens: 1000,
  outputTokens: 1000,
  meanContextTokens: 1500,
  metric: 'throughput-tps-per-device',
  date: '2025-04-29',
  source: S.trtllmPerfOverview,
} as const;

const TRTLLM_NOTE =
  'NVIDIA’s TensorRT-LLM throughput table: every request is queued at once (maximum load), 1,000 ' +
  'input and 1,000 output tokens, NVIDIA’s ModelOpt checkpoints. The v1.0 table reports total ' +
  'output tokens per second for the whole tensor-parallel group; we divide by the GPU count. The ' +
  'KV cache is assumed FP8 (the ModelOpt checkpoints quantise it). The edition carries Qwen3 ' +
  'results, so it is no older than 29 April 2025.';

const LLAMA33_AS_31 =
  'Llama 3.3 70B has the architecture of Llama 3.1 70B, so the llama-3.1-70b preset stands in.';

// --- NVIDIA NIM on 2 x H100 -----------------------------------------------------------------------

const NIM = {
  deviceId: 'h100-sxm',
  n: 2,
  interconnect: 'NVLink (tensor parallel 2)',
  engine: 'tensorrt-llm',
  engineVersion: 'NVIDIA NIM for Llama-3.3-70B-Instruct 1.8.0, fp8 TP2 profile (TensorRT-LLM)',
  modelId: 'llama-3.1-70b',
  fileSizeGB: null,
  fileSizeReported: null,
  weightPrecision: 'fp8',
  kvPrecision: 'fp8',
  concurrency: 1,
  date: '2024-12-06',
  source: S.nimBenchmarking,
} as const;

const NIM_NOTE =
  'NVIDIA’s NIM benchmarking table, concurrency 1 (one request alone). The page says “2 x H100 ' +
  '80G”; its hardware section was not in the copy we read, and NIM’s optimised FP8 profiles are ' +
  'built for H100 SXM, so we take the SXM variant. NIM’s optimised profiles run TensorRT-LLM; the ' +
  'KV format is assumed FP8. ITL is the mean gap between tokens, so decode speed is 1,000 / ITL. ' +
  `${LLAMA33_AS_31} Undated; Llama 3.3 (6 December 2024) dates it no earlier.`;

// --- dstack third-party sweeps --------------------------------------------------------------------

const R1 = {
  n: 8,
  modelId: 'deepseek-v3',
  fileSizeGB: null,
  fileSizeReported: null,
  weightPrecision: 'fp8',
  kvPrecision: 'bf16',
  concurrency: 4,
  promptTokens: 3200,
  outputTokens: 800,
  meanContextTokens: 3600,
  metric: 'throughput-tps-per-device',
  date: '2025-03-18',
  source: S.dstackDeepseekR1,
} as const;

const R1_NOTE =
  'dstack’s DeepSeek-R1 sweep (a third party with its scripts and raw CSV public): 500 requests ' +
  'of exactly 3,200 random input and 800 output tokens, 4 in flight, no prefix caching. Output ' +
  'tokens per second of the 8-GPU replica divided by 8. DeepSeek-R1 shares DeepSeek-V3’s ' +
  'architecture and FP8 release, so the deepseek-v3 preset stands in; the KV cache is left at ' +
  'the engines’ default (16-bit latent cache).';

const L405 = {
  n: 8,
  modelId: 'llama-3.1-405b',
  engine: 'vllm',
  fileSizeGB: null,
  fileSizeReported: null,
  weightPrecision: 'fp8',
  concurrency: 4,
  promptTokens: 128,
  outputTokens: 2048,
  meanContextTokens: 1152,
  metric: 'throughput-tps-per-device',
  date: '2024-11-18',
  source: S.dstackLlama405b,
} as const;

const L405_NOTE =
  'dstack’s offline sweep with vLLM’s benchmark_throughput.py: 4 prompts of 128 tokens submitted ' +
  'together, 2,048 tokens generated each. The CSV’s tokens_per_second counts prompt and output ' +
  'tokens (4 × 2,176 / latency), so we recompute output tokens per second as 4 × 2,048 over the ' +
  'end-to-end latency and divide by 8 GPUs. Dated by the environment log (18 November 2024).';

export const acceleratorMeasurements: readonly Measurement[] = [
  // --- Inferentia2 -----------------------------------------------------------------------------
  {
    ...INF2,
    id: 'neuron-inf2-llama2-70b-bf16-b1-128-1024',
    engineVersion: 'Transformers NeuronX, Neuron 2.18.0',
    modelId: 'llama-2-70b',
    weightPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 128,
    outputTokens: 1024,
    meanContextTokens: 640,
    metric: 'decode-tps',
    value: 1000 / 33.15115,
    date: '2024-04-11',
    quote:
      'Inf2.48xlarge,Text Generation,30.07017,76.33042,86.52544,33.15115,34.0786,Real Time,2.18.0,Tensor Parallel,24,1,1152,128,1024,FP16,Matmult-BF16,bf16',
    notes: `${INF2_NOTE} TPOT P50 33.15 ms gives 30.2 tokens/s.`,
  },
  {
    ...INF2,
    id: 'neuron-inf2-llama2-70b-bf16-ttft-1024',
    engineVersion: 'Transformers NeuronX, Neuron 2.18.0',
    modelId: 'llama-2-70b',
    weightPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 1024,
    outputTokens: 1024,
    meanContextTokens: 1024,
    metric: 'ttft-s',
    value: 277.01592 / 1000,
    date: '2024-04-11',
    quote:
      'Inf2.48xlarge,Text Generation,29.426,277.01592,280.12586,33.73241,34.01256,Real Time,2.18.0,Tensor Parallel,24,1,2048,1024,1024,FP16,Matmult-BF16,bf16',
    notes: `${INF2_NOTE} TTFT P50 for a 1,024-token prompt.`,
  },
  {
    ...INF2,
    id: 'neuron-inf2-llama3-70b-bf16-b1-128-1024',
    engineVersion: 'Transformers NeuronX, Neuron 2.18.1',
    modelId: 'llama-3.1-70b',
    weightPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 128,
    outputTokens: 1024,
    meanContextTokens: 640,
    metric: 'decode-tps',
    value: 1000 / 32.47,
    date: '2024-04-30',
    quote:
      'Inf2.48xlarge,Text Generation,30.82,80,100.47,32.47,33.03,Real Time,2.18.1,Tensor Parallel,24,1,1152,128,1024,FP16,Matmult-BF16,bf16',
    notes:
      `${INF2_NOTE} Llama 3 70B has the layout of Llama 3.1 70B (same preset). TPOT P50 ` +
      '32.47 ms gives 30.8 tokens/s.',
  },
  {
    ...INF2,
    id: 'neuron-inf2-llama3-70b-bf16-ttft-2048',
    engineVersion: 'Transformers NeuronX, Neuron 2.18.1',
    modelId: 'llama-3.1-70b',
    weightPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 2048,
    outputTokens: 2048,
    meanContextTokens: 2048,
    metric: 'ttft-s',
    value: 745.49 / 1000,
    date: '2024-04-30',
    quote:
      'Inf2.48xlarge,Text Generation,28.84,745.49,749.48,34.67,35.06,Real Time,2.18.1,Tensor Parallel,24,1,4096,2048,2048,FP16,Matmult-BF16,bf16',
    notes: `${INF2_NOTE} Llama 3 70B as Llama 3.1 70B. TTFT P50 for a 2,048-token prompt.`,
  },
  {
    ...INF2,
    id: 'neuron-inf2-llama3-8b-int8-b1-128-3968',
    engineVersion: 'Transformers NeuronX, Neuron 2.18.1',
    modelId: 'llama-3.1-8b',
    weightPrecision: 'int8',
    concurrency: 1,
    promptTokens: 128,
    outputTokens: 3968,
    meanContextTokens: 2112,
    metric: 'decode-tps',
    value: 1000 / 6.42,
    date: '2024-04-30',
    quote:
      'Inf2.48xlarge,Text Generation,161.67,25,25.88,6.42,6.58,Real Time,2.18.1,Tensor Parallel,24,1,4096,128,3968,FP16,Matmult-BF16,int8',
    notes:
      `${INF2_NOTE} Weights stored in int8 (the table’s weight storage column) and widened to ` +
      'BF16 for the multiplies. Llama 3 8B as Llama 3.1 8B. An 8B model split 24 ways reads only ' +
      '0.7 GB per chip per token, so fixed costs dominate.',
  },
  {
    ...INF2,
    id: 'neuron-inf2-llama3-8b-int8-b8-128-3968',
    engineVersion: 'Transformers NeuronX, Neuron 2.18.1',
    modelId: 'llama-3.1-8b',
    weightPrecision: 'int8',
    concurrency: 8,
    promptTokens: 128,
    outputTokens: 3968,
    meanContextTokens: 2112,
    metric: 'throughput-tps-per-device',
    value: 859.09 / 12,
    date: '2024-04-30',
    quote:
      'Inf2.48xlarge,Text Generation,859.09,66.02,75.73,10.45,10.76,Batch,2.18.1,Tensor Parallel,24,8,4096,128,3968,FP16,Matmult-BF16,int8',
    notes: `${INF2_BATCH_NOTE} Int8 weight storage; Llama 3 8B as Llama 3.1 8B.`,
  },
  {
    ...INF2,
    id: 'neuron-inf2-llama2-7b-bf16-b1-128-3968',
    engineVersion: 'Transformers NeuronX, Neuron 2.18.0',
    modelId: 'llama-2-7b',
    weightPrecision: 'bf16',
    concurrency: 1,
    promptTokens: 128,
    outputTokens: 3968,
    meanContextTokens: 2112,
    metric: 'decode-tps',
    value: 1000 / 6.46972656,
    date: '2024-04-11',
    quote:
      'Inf2.48xlarge,Text Generation,156.1281689,27.63772011,33.7741375,6.46972656,7.07960129,Real Time,2.18.0,Tensor Parallel,24,1,4096,128,3968,FP16,Matmult-BF16,bf16',
    notes: `${INF2_NOTE} TPOT P50 6.47 ms gives 154.6 tokens/s.`,
  },
  {
    ...INF2,
    id: 'neuron-inf2-llama2-7b-bf16-b8-128-3968',
    engineVersion: 'Transformers NeuronX, Neuron 2.18.0',
    modelId: 'llama-2-7b',
    weightPrecision: 'bf16',
    concurrency: 8,
    promptTokens: 128,
    outputTokens: 3968,
    meanContextTokens: 2112,
    metric: 'throughput-tps-per-device',
    value: 725.82805 / 12,
    date: '2024-04-11',
    quote:
      'Inf2.48xlarge,Text Generation,725.82805,77.36206,87.27574,12.10523,13.05699,Batch,2.18.0,Tensor Parallel,24,8,4096,128,3968,FP16,Matmult-BF16,bf16',
    notes: INF2_BATCH_NOTE,
  },
  // --- Trainium2 -------------------------------------------------------------------------------
  {
    ...TRN2,
    id: 'neuron-trn2-llama3.3-70b-bf16-b1-10000-1500',
    modelId: 'llama-3.1-70b',
    outputTokens: 1500,
    meanContextTokens: 10750,
    metric: 'decode-tps',
    value: 1000 / 19.6,
    source: S.neuronTrn2Llama70b,
    quote: 'No speculative decoding,814.2,19.6,36',
    notes: `${TRN2_NOTE} ${LLAMA33_AS_31} TPOT 19.6 ms gives 51.0 tokens/s.`,
  },
  {
    ...TRN2,
    id: 'neuron-trn2-llama3.3-70b-bf16-ttft-10000',
    modelId: 'llama-3.1-70b',
    outputTokens: 1500,
    meanContextTokens: 10000,
    metric: 'ttft-s',
    value: 814.2 / 1000,
    source: S.neuronTrn2Llama70b,
    quote: 'No speculative decoding,814.2,19.6,36',
    notes: `${TRN2_NOTE} ${LLAMA33_AS_31} TTFT P50 for the 10,000-token prompt.`,
  },
  {
    ...TRN2,
    id: 'neuron-trn2-llama3.1-405b-bf16-b1-10000-1788',
    modelId: 'llama-3.1-405b',
    outputTokens: 1788,
    meanContextTokens: 10894,
    metric: 'decode-tps',
    value: 1000 / 37.9,
    source: S.neuronTrn2Llama405b,
    quote: 'No speculative decoding,2442,37.9,25.46',
    notes:
      `${TRN2_NOTE} LLMPerf asked for 1,500 output tokens but the runs produced 1,788 on average ` +
      '(the tutorial’s output statistics). TPOT 37.9 ms gives 26.4 tokens/s.',
  },
  {
    ...TRN2,
    id: 'neuron-trn2-llama3.1-405b-bf16-ttft-10000',
    modelId: 'llama-3.1-405b',
    outputTokens: 1788,
    meanContextTokens: 10000,
    metric: 'ttft-s',
    value: 2442 / 1000,
    source: S.neuronTrn2Llama405b,
    quote: 'No speculative decoding,2442,37.9,25.46',
    notes: `${TRN2_NOTE} TTFT P50 for the 10,000-token prompt.`,
  },
  // --- Gaudi 3 ---------------------------------------------------------------------------------
  {
    ...GAUDI3,
    id: 'gaudi3-llama3.1-8b-fp8-b768-128-2048',
    n: 1,
    interconnect: null,
    modelId: 'llama-3.1-8b',
    concurrency: 768,
    promptTokens: 128,
    outputTokens: 2048,
    meanContextTokens: 1152,
    value: 18830,
    quote: '1 | fp8 | 128 | 2,048 | 768 | 18,830',
    notes: GAUDI3_NOTE,
  },
  {
    ...GAUDI3,
    id: 'gaudi3-llama3.1-8b-fp8-b364-2048-2048',
    n: 1,
    interconnect: null,
    modelId: 'llama-3.1-8b',
    concurrency: 364,
    promptTokens: 2048,
    outputTokens: 2048,
    meanContextTokens: 3072,
    value: 7405,
    quote: '1 | fp8 | 2,048 | 2,048 | 364 | 7,405',
    notes: GAUDI3_NOTE,
  },
  {
    ...GAUDI3,
    id: 'gaudi3-2x-llama3.1-70b-fp8-b450-128-2048',
    n: 2,
    interconnect: GAUDI3_TP,
    modelId: 'llama-3.1-70b',
    concurrency: 450,
    promptTokens: 128,
    outputTokens: 2048,
    meanContextTokens: 1152,
    value: 5776 / 2,
    quote: '2 | fp8 | 128 | 2,048 | 450 | 5,776',
    notes: `${GAUDI3_NOTE} Two cards, tensor parallel.`,
  },
  {
    ...GAUDI3,
    id: 'gaudi3-2x-llama3.1-70b-fp8-b175-2048-2048',
    n: 2,
    interconnect: GAUDI3_TP,
    modelId: 'llama-3.1-70b',
    concurrency: 175,
    promptTokens: 2048,
    outputTokens: 2048,
    meanContextTokens: 3072,
    value: 2588 / 2,
    quote: '2 | fp8 | 2,048 | 2,048 | 175 | 2,588',
    notes: `${GAUDI3_NOTE} Two cards, tensor parallel.`,
  },
  {
    ...GAUDI3,
    id: 'gaudi3-8x-llama3.1-70b-fp8-b600-128-2048',
    n: 8,
    interconnect: GAUDI3_TP,
    modelId: 'llama-3.1-70b',
    concurrency: 600,
    promptTokens: 128,
    outputTokens: 2048,
    meanContextTokens: 1152,
    value: 15711 / 8,
    quote: '8 | fp8 | 128 | 2,048 | 600 | 15,711',
    notes: `${GAUDI3_NOTE} Eight cards, tensor parallel.`,
  },
  // --- MI300X, AMD's vLLM latency table ----------------------------------------------------------
  {
    id: 'amd-rocm-8xmi300x-llama3.1-70b-fp8-b1-128-2048',
    deviceId: 'mi300x',
    n: 8,
    interconnect: 'Infinity Fabric (XGMI), 8 GPUs',
    engine: 'vllm',
    engineVersion: 'vLLM 0.10.2, ROCm 7.0.0 (rocm/vllm:rocm7.0.0_vllm_0.10.2_20251006)',
    modelId: 'llama-3.1-70b',
    weightPrecision: 'fp8',
    fileSizeGB: null,
    fileSizeReported: null,
    kvPrecision: 'fp8',
    concurrency: 1,
    promptTokens: 128,
    outputTokens: 2048,
    meanContextTokens: 1152,
    metric: 'decode-tps',
    value: 2048 / 15.882,
    date: '2025-10-06',
    source: S.amdRocmPerformance,
    quote: 'Llama 3.1 70B (amd/Llama-3.1-70B-Instruct-FP8-KV) FP8 8 1 128 2048 15.882',
    notes:
      'AMD’s latency table: one sequence, 128 input and 2,048 output tokens, tensor parallel 8, ' +
      'end-to-end latency 15.882 s. Decode speed is 2,048 / 15.882 = 129 tokens/s; the 128-token ' +
      'prefill is inside that time but takes a few tens of milliseconds at most. FP8 weights and ' +
      'FP8 KV cache (the -FP8-KV checkpoint).',
  },
  {
    id: 'amd-rocm-8xmi300x-llama3.1-70b-fp8-b4-128-2048',
    deviceId: 'mi300x',
    n: 8,
    interconnect: 'Infinity Fabric (XGMI), 8 GPUs',
    engine: 'vllm',
    engineVersion: 'vLLM 0.10.2, ROCm 7.0.0 (rocm/vllm:rocm7.0.0_vllm_0.10.2_20251006)',
    modelId: 'llama-3.1-70b',
    weightPrecision: 'fp8',
    fileSizeGB: null,
    fileSizeReported: null,
    kvPrecision: 'fp8',
    concurrency: 4,
    promptTokens: 128,
    outputTokens: 2048,
    meanContextTokens: 1152,
    metric: 'throughput-tps-per-device',
    value: (4 * 2048) / 18.487 / 8,
    date: '2025-10-06',
    source: S.amdRocmPerformance,
    quote: '4 128 2048 18.487',
    notes:
      'Same AMD table, batch 4: 4 × 2,048 output tokens in 18.487 s is 443 tokens/s for the ' +
      'replica, 55.4 per GPU.',
  },
  // --- TensorRT-LLM perf overview ----------------------------------------------------------------
  {
    ...TRTLLM,
    id: 'trtllm-v1-b200-llama3.3-70b-fp4-1000-1000',
    deviceId: 'b200',
    n: 1,
    interconnect: null,
    modelId: 'llama-3.1-70b',
    weightPrecision: 'nvfp4',
    value: 7007,
    quote: '| 1000/1000 | 7,007 | 7,326 | 2,909 | 4,205 |',
    notes: `${TRTLLM_NOTE} B200 180GB (DGX B200), TP1, NVFP4 weights. ${LLAMA33_AS_31}`,
  },
  {
    ...TRTLLM,
    id: 'trtllm-v1-gb200-llama3.3-70b-fp4-1000-1000',
    deviceId: 'gb200',
    n: 1,
    interconnect: null,
    modelId: 'llama-3.1-70b',
    weightPrecision: 'nvfp4',
    value: 7326,
    quote: '| 1000/1000 | 7,007 | 7,326 | 2,909 | 4,205 |',
    notes: `${TRTLLM_NOTE} One GB200 GPU (GB200 NVL72), TP1, NVFP4 weights. ${LLAMA33_AS_31}`,
  },
  {
    ...TRTLLM,
    id: 'trtllm-v1-h200-llama3.3-70b-fp8-1000-1000',
    deviceId: 'h200',
    n: 1,
    interconnect: null,
    modelId: 'llama-3.1-70b',
    weightPrecision: 'fp8',
    value: 2909,
    quote: '| 1000/1000 | 7,007 | 7,326 | 2,909 | 4,205 |',
    notes: `${TRTLLM_NOTE} H200 SXM 141GB (DGX H200), TP1, FP8 weights. ${LLAMA33_AS_31}`,
  },
  {
    ...TRTLLM,
    id: 'trtllm-v1-2xh100-llama3.3-70b-fp8-1000-1000',
    deviceId: 'h100-sxm',
    n: 2,
    interconnect: 'NVLink 4 (DGX H100, tensor parallel 2)',
    modelId: 'llama-3.1-70b',
    weightPrecision: 'fp8',
    value: 4205 / 2,
    quote: '| 1000/1000 | 7,007 | 7,326 | 2,909 | 4,205 |',
    notes: `${TRTLLM_NOTE} H100 SXM 80GB (DGX H100), TP2, FP8 weights. ${LLAMA33_AS_31}`,
  },
  {
    ...TRTLLM,
    id: 'trtllm-v1-h200-llama3.1-8b-fp8-1000-1000',
    deviceId: 'h200',
    n: 1,
    interconnect: null,
    modelId: 'llama-3.1-8b',
    weightPrecision: 'fp8',
    value: 17744,
    quote: '| 1000/1000 | 17,744 | 15,220 |',
    notes: `${TRTLLM_NOTE} H200 SXM 141GB, TP1, FP8 weights.`,
  },
  {
    ...TRTLLM,
    id: 'trtllm-v1-h100-llama3.1-8b-fp8-1000-1000',
    deviceId: 'h100-sxm',
    n: 1,
    interconnect: null,
    modelId: 'llama-3.1-8b',
    weightPrecision: 'fp8',
    value: 15220,
    quote: '| 1000/1000 | 17,744 | 15,220 |',
    notes: `${TRTLLM_NOTE} H100 SXM 80GB, TP1, FP8 weights.`,
  },
  // --- NVIDIA NIM, 2 x H100 --------------------------------------------------------------------
  {
    ...NIM,
    id: 'nim-2xh100-llama3.3-70b-fp8-c1-5000-500',
    promptTokens: 5000,
    outputTokens: 500,
    meanContextTokens: 5250,
    metric: 'decode-tps',
    value: 1000 / 18.58,
    quote: '| 1           | 406.77    | 18.58    | 51.67                |',
    notes: `${NIM_NOTE} 5,000 input and 500 output tokens; ITL 18.58 ms gives 53.8 tokens/s.`,
  },
  {
    ...NIM,
    id: 'nim-2xh100-llama3.3-70b-fp8-ttft-5000',
    promptTokens: 5000,
    outputTokens: 500,
    meanContextTokens: 5000,
    metric: 'ttft-s',
    value: 406.77 / 1000,
    quote: '| 1           | 406.77    | 18.58    | 51.67                |',
    notes: `${NIM_NOTE} TTFT for a 5,000-token prompt.`,
  },
  {
    ...NIM,
    id: 'nim-2xh100-llama3.3-70b-fp8-c1-500-2000',
    promptTokens: 500,
    outputTokens: 2000,
    meanContextTokens: 1500,
    metric: 'decode-tps',
    value: 1000 / 18.91,
    quote: '| 1 | 47.77 | 18.91 | 52.85 |',
    notes: `${NIM_NOTE} 500 input and 2,000 output tokens; ITL 18.91 ms gives 52.9 tokens/s.`,
  },
  {
    ...NIM,
    id: 'nim-2xh100-llama3.3-70b-fp8-ttft-500',
    promptTokens: 500,
    outputTokens: 2000,
    meanContextTokens: 500,
    metric: 'ttft-s',
    value: 47.77 / 1000,
    quote: '| 1 | 47.77 | 18.91 | 52.85 |',
    notes: `${NIM_NOTE} TTFT for a 500-token prompt.`,
  },
  // --- MLPerf Inference v5.0, MI325X ---------------------------------------------------------------
  {
    id: 'mlperf50-8xmi325x-llama2-70b-fp8-offline',
    deviceId: 'mi325x',
    n: 8,
    interconnect: 'XGMI',
    engine: 'vllm',
    engineVersion: 'vLLM 0.6.5.dev964+mlperf50, PyTorch 2.7.0a0, ROCm 6.3.1 (AMD 8xMI325X)',
    modelId: 'llama-2-70b',
    weightPrecision: 'fp8',
    fileSizeGB: null,
    fileSizeReported: null,
    kvPrecision: 'fp8',
    concurrency: null,
    promptTokens: 0,
    outputTokens: 0,
    meanContextTokens: 0,
    metric: 'throughput-tps-per-device',
    value: 33928.1 / 8,
    date: '2025-04-02',
    source: S.mlperf50AmdMi325x,
    quote: 'Tokens per second: 33928.1',
    notes:
      'MLPerf Inference v5.0, Llama 2 70B at the 99.9% accuracy target, Offline scenario: the ' +
      'whole OpenOrca set is queued at once, so the engine runs at its largest batch; generated ' +
      'tokens per second divided by 8 GPUs. One round earlier (and a year older in vLLM) than the ' +
      'v5.1 MI325X row; FP8 KV cache assumed, as for the v5.1 rows. Dated by the v5.0 publication ' +
      '(2 April 2025).',
  },
  {
    id: 'mlperf50-8xh100-llama2-70b-fp8-offline',
    deviceId: 'h100-sxm',
    n: 8,
    interconnect: '18x 4th Gen NVLink, 900GB/s',
    engine: 'tensorrt-llm',
    engineVersion: 'TensorRT 10.8, CUDA 12.8 (NVIDIA DGX H100)',
    modelId: 'llama-2-70b',
    weightPrecision: 'fp8',
    fileSizeGB: null,
    fileSizeReported: null,
    kvPrecision: 'fp8',
    concurrency: null,
    promptTokens: 0,
    outputTokens: 0,
    meanContextTokens: 0,
    metric: 'throughput-tps-per-device',
    value: 31306.8 / 8,
    date: '2025-04-02',
    source: S.mlperf50NvidiaH100,
    quote: 'Tokens per second: 31306.8',
    notes:
      'MLPerf Inference v5.0, Llama 2 70B (99% target), Offline: NVIDIA’s own DGX H100 (8 H100 ' +
      'SXM 80GB, 700 W), generated tokens per second divided by 8. The system JSON gives no weight ' +
      'format; Hopper has no FP4, so FP8 weights and KV cache are assumed, as in NVIDIA’s other ' +
      'Hopper submissions. Dated by the v5.0 publication (2 April 2025).',
  },
  // --- dstack: DeepSeek-R1 on 8 x H200 and 8 x MI300X, concurrency 4 -----------------------------
  {
    ...R1,
    id: 'dstack-r1-8xh200-vllm-c4-3200-800',
    deviceId: 'h200',
    interconnect: 'NVLink 4 (8x H200 SXM5)',
    engine: 'vllm',
    engineVersion: 'vLLM 0.7.4.dev181+gf35f8e22 (FlashMLA attention)',
    value: 148.581247 / 8,
    quote:
      'h200,vllm,random,,4,,3200,800,1,2692.129782,500,1600000,400000,398495,0.185726559,594.3249879,148.581247',
    notes: R1_NOTE,
  },
  {
    ...R1,
    id: 'dstack-r1-8xh200-sglang-c4-3200-800',
    deviceId: 'h200',
    interconnect: 'NVLink 4 (8x H200 SXM5)',
    engine: 'sglang',
    engineVersion: 'SGLang 0.4.3.post2 (data-parallel attention)',
    value: 82.62628352 / 8,
    quote:
      'h200,sglang,random,,4,,3200,800,1,4841.07457,500,1600000,400000,398434,0.103282854,330.5051341,82.62628352',
    notes: R1_NOTE,
  },
  {
    ...R1,
    id: 'dstack-r1-8xh200-trtllm-c4-3200-800',
    deviceId: 'h200',
    interconnect: 'NVLink 4 (8x H200 SXM5)',
    engine: 'tensorrt-llm',
    engineVersion: 'TensorRT-LLM 0.17.post1.dev, trtllm-serve PyTorch backend, TP 8 with EP 4',
    value: 71.03764423 / 8,
    quote:
      'h200,trt-llm,random,,4,,3200,800,1,5630.817355,500,1600000,400000,398200,0.088797055,284.1505769,71.03764423',
    notes: R1_NOTE,
  },
  {
    ...R1,
    id: 'dstack-r1-8xmi300x-vllm-c4-3200-800',
    deviceId: 'mi300x',
    interconnect: 'Infinity Fabric (XGMI), 8 GPUs',
    engine: 'vllm',
    engineVersion: 'vLLM 0.7.3.dev138+g21f6ca217, ROCm 6.3 (rocm/vllm-dev:vllm-ds3-staging-0217)',
    value: 83.82220831 / 8,
    quote:
      'mi300x,vllm,random,,4,,3200,800,1,4772.005034,500,1600000,400000,396874,0.10477776,335.2888333,83.82220831',
    notes: R1_NOTE,
  },
  {
    ...R1,
    id: 'dstack-r1-8xmi300x-sglang-c4-3200-800',
    deviceId: 'mi300x',
    interconnect: 'Infinity Fabric (XGMI), 8 GPUs',
    engine: 'sglang',
    engineVersion: 'SGLang 0.4.2.post4, ROCm 6.3 (rocm/sglang-staging:20250212)',
    value: 108.2544255 / 8,
    quote:
      'mi300x,sglang,random,,4,,3200,800,1,3694.999057,500,1600000,400000,398535,0.135318032,433.0177018,108.2544255',
    notes: R1_NOTE,
  },
  // --- dstack: Llama 3.1 405B FP8, batch 4 -------------------------------------------------------
  {
    ...L405,
    id: 'dstack-405b-8xh100-vllm-b4-128-2048',
    deviceId: 'h100-sxm',
    interconnect: 'NVLink 4 (NV18 between every pair of the 8 GPUs)',
    engineVersion: 'vLLM 0.6.3.post2.dev308+gb489fc3c (nightly wheel)',
    kvPrecision: 'bf16',
    value: (4 * 2048) / 71.27394036 / 8,
    quote: '8xH100-meta-Llama-31-405B-FP8,128,2048,4,71.27394036,122.1203704',
    notes: `${L405_NOTE} Meta’s FP8 checkpoint with the KV cache at its default 16 bits.`,
  },
  {
    ...L405,
    id: 'dstack-405b-8xmi300x-vllm-b4-128-2048',
    deviceId: 'mi300x',
    interconnect: 'Infinity Fabric (XGMI), 8 GPUs',
    engineVersion: 'vLLM 0.6.3.dev109+gcb3b2b9b, ROCm 6.2 (eager mode)',
    kvPrecision: 'fp8',
    value: (4 * 2048) / 67.79069331 / 8,
    quote: '8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV,128,2048,4,67.79069331,128.3952055',
    notes:
      `${L405_NOTE} AMD’s FP8 checkpoint with an FP8 KV cache, run with --enforce-eager (no HIP ` +
      'graphs), which slows small batches.',
  },
];
