// TensorRT-LLM and NIM single-request decode speeds and times to first token on H100 SXM and H200, each with its conditions and source.
import type { Measurement } from './measurement-types';
import { TRT_SOURCES as T } from './measurement-sources-trt';

/** Tensor parallelism over NVLink inside one HGX/DGX board. */
const tp = (n: number) => ({ n, interconnect: `NVLink (tensor parallel ${n})` }) as const;

const LLAMA2_NOTE =
  'The source’s “LLaMA 7B/70B” are Llama 2 (its reproduction steps build Llama2-7b and Llama2-70b).';

// --- NVIDIA DLI: TensorRT-LLM 0.9.0 sweep ---------------------------------------------------------

const DLI_TRT = {
  n: 1,
  interconnect: null,
  engine: 'tensorrt-llm',
  engineVersion:
    'TensorRT-LLM 0.9.0 (NVIDIA DLI sweep: batch size 1, XQA kernels on, random weights)',
  fileSizeGB: null,
  fileSizeReported: null,
  concurrency: 1,
  harness: 'engine',
  date: '2024-04-16',
  source: T.dliTrtllm090,
} as const;

const DLI_TRT_NOTE =
  'NVIDIA’s course dataset of TensorRT-LLM 0.9.0 runs, batch size 1 (one sequence), fixed input and ' +
  'output lengths, from an engine benchmark harness (its columns are build and run options, with no ' +
  'server or client settings). “H100 80GB HBM3” is the SXM ' +
  'card and “H200 141GB HBM3” the SXM H200 (the NVL card came months later). Token-to-token latency is the mean gap between output ' +
  'tokens, so decode speed is 1,000 / latency in ms (the file’s generation throughput column agrees ' +
  'to 1%). The KV cache is taken to follow the weights (FP8 with FP8, 16-bit with “Mixed”, which the ' +
  'course’s own preprocessing reads as FP16); the row does not state it. Runs used random weights, ' +
  'which do not change the speed. Undated; TensorRT-LLM 0.9.0’s release (April 2024) dates it no ' +
  'earlier. Its first-token figures match the v0.9.0 Low Latency table of TensorRT-LLM’s ' +
  'performance page to within 0.1 ms (the table truncates to one decimal), so that table is not ' +
  'entered again.';

// --- NVIDIA DLI: NIM (TensorRT-LLM backend) under GenAI-Perf --------------------------------------

const DLI_NIM = {
  deviceId: 'h100-sxm',
  n: 1,
  interconnect: null,
  engine: 'tensorrt-llm',
  engineVersion:
    'NVIDIA NIM for Llama 3 Instruct, TensorRT-LLM backend (an early NIM release; the dataset does not name the version), measured with GenAI-Perf',
  fileSizeGB: null,
  fileSizeReported: null,
  concurrency: 1,
  date: '2024-04-18',
  source: T.dliNim,
} as const;

const DLI_NIM_NOTE =
  'NVIDIA’s course dataset of GenAI-Perf runs against NIM on a DGX H100 (“H100_80GB_HBM3”, the ' +
  'SXM card), concurrency 1 (one request outstanding at a time), synthetic prompts of a fixed mean ' +
  'length and a forced output length (end-of-sequence ignored). Times include NIM’s HTTP server, as ' +
  'in the NIM 1.8.0 points. ITL is the mean gap between output tokens, so decode speed is 1,000 / ITL ' +
  '(the file stores nanoseconds). The KV format is not stated and is taken to follow the weights. ' +
  'Llama 3 has the layer shapes of Llama 3.1 (only the RoPE scaling and context length differ), so ' +
  'the Llama 3.1 preset of the same size stands in. Undated; Llama 3 (18 April 2024) dates it no ' +
  'earlier.';

// --- TensorRT-LLM performance page, v0.5 low-latency table -----------------------------------------

const PERF_V05 = {
  deviceId: 'h100-sxm',
  n: 1,
  interconnect: null,
  engine: 'tensorrt-llm',
  engineVersion: 'TensorRT-LLM 0.5.0 (gptSessionBenchmark, one output token)',
  fileSizeGB: null,
  fileSizeReported: null,
  weightPrecision: 'fp8',
  kvPrecision: 'fp8',
  concurrency: 1,
  harness: 'engine',
  outputTokens: 1,
  metric: 'ttft-s',
  date: '2023-10-19',
  source: T.trtllmPerformanceV061,
} as const;

const PERF_V05_NOTE =
  'TensorRT-LLM’s performance page, H100 (FP8) Low Latency table: batch size 1, first-token ' +
  'latency measured by running the engine for a single output token, no server in front. The page ' +
  'benchmarks on H100-HBM3-80GB (the SXM card) and builds its FP8 engines with an FP8 KV cache. The ' +
  'table is printed in whole milliseconds. Its data is from TensorRT-LLM 0.5, so it is dated by ' +
  'that release (19 October 2023).';

/**
 * One single-request run as its two points, which share every condition and the quoted row: the
 * decode speed (mean context: the prompt plus half the output) and the time to first token (mean
 * context: the prompt).
 */
function decodeAndFirstToken(
  run: Omit<Measurement, 'id' | 'metric' | 'value' | 'notes' | 'meanContextTokens'>,
  decode: Pick<Measurement, 'id' | 'value' | 'notes'>,
  firstToken: Pick<Measurement, 'id' | 'value' | 'notes'>,
): [Measurement, Measurement] {
  return [
    {
      ...run,
      ...decode,
      meanContextTokens: run.promptTokens + run.outputTokens / 2,
      metric: 'decode-tps',
    },
    { ...run, ...firstToken, meanContextTokens: run.promptTokens, metric: 'ttft-s' },
  ];
}

/** Single-request TensorRT-LLM and NIM points from sources not used elsewhere. */
export const trtMeasurements: readonly Measurement[] = [
  // --- NVIDIA DLI: TensorRT-LLM 0.9.0, batch 1 ------------------------------------------------
  ...decodeAndFirstToken(
    {
      ...DLI_TRT,
      deviceId: 'h100-sxm',
      modelId: 'llama-2-7b',
      weightPrecision: 'fp8',
      kvPrecision: 'fp8',
      promptTokens: 2048,
      outputTokens: 2048,
      quote:
        'H100 80GB HBM3,16,Disabled,30.83,9.49,210.26,2048.0,9769.75,2048.0,209.63,209.63,4.757655105031754',
    },
    {
      id: 'dli-trtllm090-h100-llama2-7b-fp8-c1-2048-2048',
      value: 1000 / 4.757655105031754,
      notes: `${DLI_TRT_NOTE} FP8 weights, TP1; 2,048 input and 2,048 output tokens; token-to-token latency 4.758 ms gives 210.2 tokens/s. ${LLAMA2_NOTE}`,
    },
    {
      id: 'dli-trtllm090-h100-llama2-7b-fp8-ttft-2048',
      value: 30.83 / 1000,
      notes: `${DLI_TRT_NOTE} FP8 weights, TP1; first-token latency 30.83 ms for a 2,048-token prompt, measured by the engine harness (no HTTP server).`,
    },
  ),
  ...decodeAndFirstToken(
    {
      ...DLI_TRT,
      deviceId: 'h100-sxm',
      modelId: 'llama-2-7b',
      weightPrecision: 'bf16',
      kvPrecision: 'bf16',
      promptTokens: 2048,
      outputTokens: 2048,
      quote:
        'H100 80GB HBM3,16,Disabled,54.84,16.71,131.47,2048.0,15631.38,2048.0,131.02,131.02,7.609447972642892',
    },
    {
      id: 'dli-trtllm090-h100-llama2-7b-fp16-c1-2048-2048',
      value: 1000 / 7.609447972642892,
      notes: `${DLI_TRT_NOTE} 16-bit (“Mixed”, FP16) weights, TP1; 2,048 input and 2,048 output tokens; token-to-token latency 7.609 ms gives 131.4 tokens/s. ${LLAMA2_NOTE}`,
    },
    {
      id: 'dli-trtllm090-h100-llama2-7b-fp16-ttft-2048',
      value: 54.84 / 1000,
      notes: `${DLI_TRT_NOTE} 16-bit (“Mixed”, FP16) weights, TP1; first-token latency 54.84 ms for a 2,048-token prompt, measured by the engine harness (no HTTP server).`,
    },
  ),
  ...decodeAndFirstToken(
    {
      ...DLI_TRT,
      deviceId: 'h100-sxm',
      modelId: 'mistral-7b',
      weightPrecision: 'fp8',
      kvPrecision: 'fp8',
      promptTokens: 2048,
      outputTokens: 2048,
      quote:
        'H100 80GB HBM3,16,Disabled,32.48,9.24,201.91,2048.0,10174.28,2048.0,201.29,201.29,4.95446995603322',
    },
    {
      id: 'dli-trtllm090-h100-mistral-7b-fp8-c1-2048-2048',
      value: 1000 / 4.95446995603322,
      notes: `${DLI_TRT_NOTE} FP8 weights, TP1; 2,048 input and 2,048 output tokens; token-to-token latency 4.954 ms gives 201.8 tokens/s.`,
    },
    {
      id: 'dli-trtllm090-h100-mistral-7b-fp8-ttft-2048',
      value: 32.48 / 1000,
      notes: `${DLI_TRT_NOTE} FP8 weights, TP1; first-token latency 32.48 ms for a 2,048-token prompt, measured by the engine harness (no HTTP server).`,
    },
  ),
  ...decodeAndFirstToken(
    {
      ...DLI_TRT,
      ...tp(2),
      deviceId: 'h100-sxm',
      modelId: 'llama-2-70b',
      weightPrecision: 'fp8',
      kvPrecision: 'fp8',
      promptTokens: 2048,
      outputTokens: 2048,
      quote:
        'H100 80GB HBM3,16,Disabled,156.81,39.11,52.85,2048.0,38906.93,2048.0,52.64,26.32,18.930200293111877',
    },
    {
      id: 'dli-trtllm090-h100x2-llama2-70b-fp8-c1-2048-2048',
      value: 1000 / 18.930200293111877,
      notes: `${DLI_TRT_NOTE} FP8 weights, TP2; 2,048 input and 2,048 output tokens; token-to-token latency 18.930 ms gives 52.8 tokens/s. ${LLAMA2_NOTE}`,
    },
    {
      id: 'dli-trtllm090-h100x2-llama2-70b-fp8-ttft-2048',
      value: 156.81 / 1000,
      notes: `${DLI_TRT_NOTE} FP8 weights, TP2; first-token latency 156.81 ms for a 2,048-token prompt, measured by the engine harness (no HTTP server).`,
    },
  ),
  ...decodeAndFirstToken(
    {
      ...DLI_TRT,
      ...tp(4),
      deviceId: 'h100-sxm',
      modelId: 'llama-2-70b',
      weightPrecision: 'fp8',
      kvPrecision: 'fp8',
      promptTokens: 2048,
      outputTokens: 128,
      quote:
        'H100 80GB HBM3,16,Disabled,107.59,23.98,77.36,2048.0,1762.27,128.0,72.63,18.1575,13.028976377952755',
    },
    {
      id: 'dli-trtllm090-h100x4-llama2-70b-fp8-c1-2048-128',
      value: 1000 / 13.028976377952755,
      notes: `${DLI_TRT_NOTE} FP8 weights, TP4; 2,048 input and 128 output tokens; token-to-token latency 13.029 ms gives 76.8 tokens/s. ${LLAMA2_NOTE}`,
    },
    {
      id: 'dli-trtllm090-h100x4-llama2-70b-fp8-ttft-2048',
      value: 107.59 / 1000,
      notes: `${DLI_TRT_NOTE} FP8 weights, TP4; first-token latency 107.59 ms for a 2,048-token prompt, measured by the engine harness (no HTTP server).`,
    },
  ),
  ...decodeAndFirstToken(
    {
      ...DLI_TRT,
      ...tp(2),
      deviceId: 'h100-sxm',
      modelId: 'mixtral-8x7b',
      weightPrecision: 'bf16',
      kvPrecision: 'bf16',
      promptTokens: 2048,
      outputTokens: 2048,
      quote:
        'H100 80GB HBM3,16,Disabled,89.67,49.85,143.51,2048.0,14356.42,2048.0,142.65,71.325,6.969589643380557',
    },
    {
      id: 'dli-trtllm090-h100x2-mixtral-8x7b-fp16-c1-2048-2048',
      value: 1000 / 6.969589643380557,
      notes: `${DLI_TRT_NOTE} 16-bit (“Mixed”, FP16) weights, TP2; 2,048 input and 2,048 output tokens; token-to-token latency 6.970 ms gives 143.5 tokens/s.`,
    },
    {
      id: 'dli-trtllm090-h100x2-mixtral-8x7b-fp16-ttft-2048',
      value: 89.67 / 1000,
      notes: `${DLI_TRT_NOTE} 16-bit (“Mixed”, FP16) weights, TP2; first-token latency 89.67 ms for a 2,048-token prompt, measured by the engine harness (no HTTP server).`,
    },
  ),
  ...decodeAndFirstToken(
    {
      ...DLI_TRT,
      deviceId: 'h200',
      modelId: 'llama-2-7b',
      weightPrecision: 'fp8',
      kvPrecision: 'fp8',
      promptTokens: 2048,
      outputTokens: 2048,
      quote:
        'H200 141GB HBM3,16,Disabled,30.24,9.48,235.78,2048.0,8715.11,2048.0,234.99,234.99,4.2427308255984375',
    },
    {
      id: 'dli-trtllm090-h200-llama2-7b-fp8-c1-2048-2048',
      value: 1000 / 4.2427308255984375,
      notes: `${DLI_TRT_NOTE} FP8 weights, TP1; 2,048 input and 2,048 output tokens; token-to-token latency 4.243 ms gives 235.7 tokens/s. ${LLAMA2_NOTE}`,
    },
    {
      id: 'dli-trtllm090-h200-llama2-7b-fp8-ttft-2048',
      value: 30.24 / 1000,
      notes: `${DLI_TRT_NOTE} FP8 weights, TP1; first-token latency 30.24 ms for a 2,048-token prompt, measured by the engine harness (no HTTP server).`,
    },
  ),
  ...decodeAndFirstToken(
    {
      ...DLI_TRT,
      deviceId: 'h200',
      modelId: 'llama-2-70b',
      weightPrecision: 'fp8',
      kvPrecision: 'fp8',
      promptTokens: 2048,
      outputTokens: 2048,
      quote:
        'H200 141GB HBM3,16,Disabled,243.83,72.18,44.18,2048.0,46592.31,2048.0,43.96,43.96,22.642149487054223',
    },
    {
      id: 'dli-trtllm090-h200-llama2-70b-fp8-c1-2048-2048',
      value: 1000 / 22.642149487054223,
      notes: `${DLI_TRT_NOTE} FP8 weights, TP1; 2,048 input and 2,048 output tokens; token-to-token latency 22.642 ms gives 44.2 tokens/s. ${LLAMA2_NOTE}`,
    },
    {
      id: 'dli-trtllm090-h200-llama2-70b-fp8-ttft-2048',
      value: 243.83 / 1000,
      notes: `${DLI_TRT_NOTE} FP8 weights, TP1; first-token latency 243.83 ms for a 2,048-token prompt, measured by the engine harness (no HTTP server).`,
    },
  ),
  ...decodeAndFirstToken(
    {
      ...DLI_TRT,
      ...tp(2),
      deviceId: 'h200',
      modelId: 'llama-2-70b',
      weightPrecision: 'fp8',
      kvPrecision: 'fp8',
      promptTokens: 2048,
      outputTokens: 2048,
      quote:
        'H200 141GB HBM3,16,Disabled,154.3,39.08,63.2,2048.0,32556.85,2048.0,62.91,31.455,15.829286761113824',
    },
    {
      id: 'dli-trtllm090-h200x2-llama2-70b-fp8-c1-2048-2048',
      value: 1000 / 15.829286761113824,
      notes: `${DLI_TRT_NOTE} FP8 weights, TP2; 2,048 input and 2,048 output tokens; token-to-token latency 15.829 ms gives 63.2 tokens/s. ${LLAMA2_NOTE}`,
    },
    {
      id: 'dli-trtllm090-h200x2-llama2-70b-fp8-ttft-2048',
      value: 154.3 / 1000,
      notes: `${DLI_TRT_NOTE} FP8 weights, TP2; first-token latency 154.3 ms for a 2,048-token prompt, measured by the engine harness (no HTTP server).`,
    },
  ),
  // --- NVIDIA DLI: NIM on DGX H100, concurrency 1 ------------------------------------------------
  ...decodeAndFirstToken(
    {
      ...DLI_NIM,
      modelId: 'llama-3.1-8b',
      weightPrecision: 'fp8',
      kvPrecision: 'fp8',
      promptTokens: 2000,
      outputTokens: 2000,
      quote:
        'H100_80GB_HBM3,1,fp8,requests/sec,0.08253076556400962,ns,12115510458.529411,12122417452.4,ns,36476832.176470585,37798148.8,ns,6042538.08221758',
    },
    {
      id: 'dli-nim-h100-llama3-8b-fp8-c1-2000-2000',
      value: 1e9 / 6042538.08221758,
      notes: `${DLI_NIM_NOTE} FP8 weights, TP1; 2,000 input and 2,000 output tokens; mean ITL 6.043 ms gives 165.5 tokens/s.`,
    },
    {
      id: 'dli-nim-h100-llama3-8b-fp8-ttft-2000',
      value: 36476832.176470585 / 1e9,
      notes: `${DLI_NIM_NOTE} FP8 weights, TP1; mean TTFT 36.48 ms for a 2,000-token prompt (2,000 output tokens).`,
    },
  ),
  ...decodeAndFirstToken(
    {
      ...DLI_NIM,
      modelId: 'llama-3.1-8b',
      weightPrecision: 'fp8',
      kvPrecision: 'fp8',
      promptTokens: 7000,
      outputTokens: 1000,
      quote:
        'H100_80GB_HBM3,1,fp8,requests/sec,0.13170955179042093,ns,7591990619.071428,7597757616.2,ns,129524907.42857143,132620782.25,ns,7469935.647290147',
    },
    {
      id: 'dli-nim-h100-llama3-8b-fp8-c1-7000-1000',
      value: 1e9 / 7469935.647290147,
      notes: `${DLI_NIM_NOTE} FP8 weights, TP1; 7,000 input and 1,000 output tokens; mean ITL 7.470 ms gives 133.9 tokens/s.`,
    },
    {
      id: 'dli-nim-h100-llama3-8b-fp8-ttft-7000',
      value: 129524907.42857143 / 1e9,
      notes: `${DLI_NIM_NOTE} FP8 weights, TP1; mean TTFT 129.52 ms for a 7,000-token prompt (1,000 output tokens).`,
    },
  ),
  ...decodeAndFirstToken(
    {
      ...DLI_NIM,
      modelId: 'llama-3.1-8b',
      weightPrecision: 'bf16',
      kvPrecision: 'bf16',
      promptTokens: 2000,
      outputTokens: 2000,
      quote:
        'H100_80GB_HBM3,1,fp16,requests/sec,0.062043507009893875,ns,16116541744.0,16124050720.0,ns,53856408.307692304,55763250.199999996,ns,8035369.2655378105',
    },
    {
      id: 'dli-nim-h100-llama3-8b-fp16-c1-2000-2000',
      value: 1e9 / 8035369.2655378105,
      notes: `${DLI_NIM_NOTE} 16-bit (“fp16” profile) weights, TP1; 2,000 input and 2,000 output tokens; mean ITL 8.035 ms gives 124.4 tokens/s.`,
    },
    {
      id: 'dli-nim-h100-llama3-8b-fp16-ttft-2000',
      value: 53856408.307692304 / 1e9,
      notes: `${DLI_NIM_NOTE} 16-bit (“fp16” profile) weights, TP1; mean TTFT 53.86 ms for a 2,000-token prompt (2,000 output tokens).`,
    },
  ),
  {
    ...DLI_NIM,
    id: 'dli-nim-h100-llama3-8b-fp8-ttft-200',
    modelId: 'llama-3.1-8b',
    weightPrecision: 'fp8',
    kvPrecision: 'fp8',
    promptTokens: 200,
    outputTokens: 200,
    quote:
      'H100_80GB_HBM3,1,fp8,requests/sec,0.9738278964697479,ns,1026691567.2,1027993209.15,ns,8873161.1,9316511.749999998,ns,5114665.357286432',
    meanContextTokens: 200,
    metric: 'ttft-s',
    value: 8873161.1 / 1e9,
    notes: `${DLI_NIM_NOTE} FP8 weights, TP1; mean TTFT 8.87 ms for a 200-token prompt (200 output tokens).`,
  },
  ...decodeAndFirstToken(
    {
      ...DLI_NIM,
      ...tp(4),
      modelId: 'llama-3.1-70b',
      weightPrecision: 'fp8',
      kvPrecision: 'fp8',
      promptTokens: 2000,
      outputTokens: 2000,
      quote:
        'H100_80GB_HBM3,4,fp8,requests/sec,0.031071058107707262,ns,32183045692.0,32186781046.75,ns,115176733.0,116564002.75,ns,16041955.457228614',
    },
    {
      id: 'dli-nim-h100x4-llama3-70b-fp8-c1-2000-2000',
      value: 1e9 / 16041955.457228614,
      notes: `${DLI_NIM_NOTE} FP8 weights, TP4; 2,000 input and 2,000 output tokens; mean ITL 16.042 ms gives 62.3 tokens/s.`,
    },
    {
      id: 'dli-nim-h100x4-llama3-70b-fp8-ttft-2000',
      value: 115176733.0 / 1e9,
      notes: `${DLI_NIM_NOTE} FP8 weights, TP4; mean TTFT 115.18 ms for a 2,000-token prompt (2,000 output tokens).`,
    },
  ),
  ...decodeAndFirstToken(
    {
      ...DLI_NIM,
      ...tp(4),
      modelId: 'llama-3.1-70b',
      weightPrecision: 'fp8',
      kvPrecision: 'fp8',
      promptTokens: 7000,
      outputTokens: 1000,
      quote:
        'H100_80GB_HBM3,4,fp8,requests/sec,0.05044897918332767,ns,19821453680.4,19831071644.6,ns,380468100.8,382965900.0,ns,19460446.025625627',
    },
    {
      id: 'dli-nim-h100x4-llama3-70b-fp8-c1-7000-1000',
      value: 1e9 / 19460446.025625627,
      notes: `${DLI_NIM_NOTE} FP8 weights, TP4; 7,000 input and 1,000 output tokens; mean ITL 19.460 ms gives 51.4 tokens/s.`,
    },
    {
      id: 'dli-nim-h100x4-llama3-70b-fp8-ttft-7000',
      value: 380468100.8 / 1e9,
      notes: `${DLI_NIM_NOTE} FP8 weights, TP4; mean TTFT 380.47 ms for a 7,000-token prompt (1,000 output tokens).`,
    },
  ),
  ...decodeAndFirstToken(
    {
      ...DLI_NIM,
      ...tp(8),
      modelId: 'llama-3.1-70b',
      weightPrecision: 'fp8',
      kvPrecision: 'fp8',
      promptTokens: 2000,
      outputTokens: 2000,
      quote:
        'H100_80GB_HBM3,8,fp8,requests/sec,0.034867518474260346,ns,28678938621.857143,28694678639.9,ns,94010317.85714285,96215716.2,ns,14299613.95897949',
    },
    {
      id: 'dli-nim-h100x8-llama3-70b-fp8-c1-2000-2000',
      value: 1e9 / 14299613.95897949,
      notes: `${DLI_NIM_NOTE} FP8 weights, TP8; 2,000 input and 2,000 output tokens; mean ITL 14.300 ms gives 69.9 tokens/s.`,
    },
    {
      id: 'dli-nim-h100x8-llama3-70b-fp8-ttft-2000',
      value: 94010317.85714285 / 1e9,
      notes: `${DLI_NIM_NOTE} FP8 weights, TP8; mean TTFT 94.01 ms for a 2,000-token prompt (2,000 output tokens).`,
    },
  ),
  ...decodeAndFirstToken(
    {
      ...DLI_NIM,
      ...tp(4),
      modelId: 'llama-3.1-70b',
      weightPrecision: 'bf16',
      kvPrecision: 'bf16',
      promptTokens: 2000,
      outputTokens: 2000,
      quote:
        'H100_80GB_HBM3,4,fp16,requests/sec,0.02414893811914511,ns,41408558041.4,41422902171.2,ns,163530662.6,164751913.0,ns,20632830.104452226',
    },
    {
      id: 'dli-nim-h100x4-llama3-70b-fp16-c1-2000-2000',
      value: 1e9 / 20632830.104452226,
      notes: `${DLI_NIM_NOTE} 16-bit (“fp16” profile) weights, TP4; 2,000 input and 2,000 output tokens; mean ITL 20.633 ms gives 48.5 tokens/s.`,
    },
    {
      id: 'dli-nim-h100x4-llama3-70b-fp16-ttft-2000',
      value: 163530662.6 / 1e9,
      notes: `${DLI_NIM_NOTE} 16-bit (“fp16” profile) weights, TP4; mean TTFT 163.53 ms for a 2,000-token prompt (2,000 output tokens).`,
    },
  ),
  {
    ...DLI_NIM,
    ...tp(4),
    id: 'dli-nim-h100x4-llama3-70b-fp8-ttft-200',
    modelId: 'llama-3.1-70b',
    weightPrecision: 'fp8',
    kvPrecision: 'fp8',
    promptTokens: 200,
    outputTokens: 200,
    quote:
      'H100_80GB_HBM3,4,fp8,requests/sec,0.3622870867358519,ns,2760026011.0384617,2761340224.25,ns,27537517.282051284,28049824.9,ns,13731097.958574926',
    meanContextTokens: 200,
    metric: 'ttft-s',
    value: 27537517.282051284 / 1e9,
    notes: `${DLI_NIM_NOTE} FP8 weights, TP4; mean TTFT 27.54 ms for a 200-token prompt (200 output tokens).`,
  },
  // --- TensorRT-LLM performance page, v0.5 data --------------------------------------------------
  {
    ...PERF_V05,
    id: 'trtllm-v0.5-h100-gptj-6b-fp8-ttft-2048',
    modelId: 'gpt-j-6b',
    promptTokens: 2048,
    meanContextTokens: 2048,
    value: 29 / 1000,
    quote:
      '| GPT-J 6B                     | 1          | 1         | 2048         |                     29 |',
    notes: `${PERF_V05_NOTE} TP1; 29 ms for a 2,048-token prompt.`,
  },
  {
    ...PERF_V05,
    id: 'trtllm-v0.5-h100-llama2-7b-fp8-ttft-2048',
    modelId: 'llama-2-7b',
    promptTokens: 2048,
    meanContextTokens: 2048,
    value: 36 / 1000,
    quote:
      '| LLaMA 7B                     | 1          | 1         | 2048         |                     36 |',
    notes: `${PERF_V05_NOTE} TP1; 36 ms for a 2,048-token prompt. ${LLAMA2_NOTE}`,
  },
  {
    ...PERF_V05,
    ...tp(4),
    id: 'trtllm-v0.5-h100x4-llama2-70b-fp8-ttft-128',
    modelId: 'llama-2-70b',
    promptTokens: 128,
    meanContextTokens: 128,
    value: 26 / 1000,
    quote:
      '| LLaMA 70B                    | 1          | 4         | 128          |                     26 |',
    notes: `${PERF_V05_NOTE} TP4; 26 ms for a 128-token prompt. ${LLAMA2_NOTE}`,
  },
  {
    ...PERF_V05,
    ...tp(4),
    id: 'trtllm-v0.5-h100x4-llama2-70b-fp8-ttft-2048',
    modelId: 'llama-2-70b',
    promptTokens: 2048,
    meanContextTokens: 2048,
    value: 109 / 1000,
    quote:
      '| LLaMA 70B                    | 1          | 4         | 2048         |                    109 |',
    notes: `${PERF_V05_NOTE} TP4; 109 ms for a 2,048-token prompt. ${LLAMA2_NOTE}`,
  },
];
