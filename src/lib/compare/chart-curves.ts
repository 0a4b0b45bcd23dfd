// The measured serving curves as the capacity chart plots them, written by `npm run refit` from src/data/serving-curves (chartCurvesOf); a unit test checks the two agree.
import type { ChartCurveData } from './simulation';

/** GENERATED BELOW */
export const CHART_CURVES: readonly ChartCurveData[] = [
  {
    id: 'nim-2xh100-llama3.3-70b-fp8-5000-500',
    deviceId: 'h100-sxm',
    modelId: 'llama-3.1-70b',
    n: 2,
    weightPrecision: 'fp8',
    label:
      'NVIDIA NIM for Llama-3.3-70B-Instruct 1.8.0, 5000 in / 500 out (NVIDIA NIM LLMs Benchmarking, Performance: Llama-3.3-70b-instruct NIM 1.8.0 on 2 x H100 80G, fp8 TP2 (read from the page and its Markdown copy))',
    points: [
      {
        inFlight: 1,
        throughputPerDevice: 25.835,
        perUserTokensPerSecond: 53.82131324004306,
      },
      {
        inFlight: 5,
        throughputPerDevice: 109.24,
        perUserTokensPerSecond: 45.80852038479158,
      },
      {
        inFlight: 25,
        throughputPerDevice: 311.7,
        perUserTokensPerSecond: 25.806451612903224,
      },
      {
        inFlight: 50,
        throughputPerDevice: 407.185,
        perUserTokensPerSecond: 16.742005692281936,
      },
      {
        inFlight: 100,
        throughputPerDevice: 458.63,
        perUserTokensPerSecond: 10.763104079216447,
      },
      {
        inFlight: 150,
        throughputPerDevice: 460.45,
        perUserTokensPerSecond: 10.768899418479432,
      },
      {
        inFlight: 200,
        throughputPerDevice: 460.27,
        perUserTokensPerSecond: 10.74575542660649,
      },
      {
        inFlight: 250,
        throughputPerDevice: 460.06,
        perUserTokensPerSecond: 10.729613733905579,
      },
    ],
  },
  {
    id: 'dstack-r1-8xh200-vllm-3200-800',
    deviceId: 'h200',
    modelId: 'deepseek-v3',
    n: 8,
    weightPrecision: 'fp8',
    label:
      'vLLM 0.7.4.dev181+gf35f8e22 (FlashMLA attention), 3200 in / 800 out (dstack benchmarks: DeepSeek-R1 inference with SGLang, vLLM and TensorRT-LLM on 8xH200 and 8xMI300X (online_results.csv; versions from the README))',
    points: [
      {
        inFlight: 4,
        throughputPerDevice: 18.572655875,
        perUserTokensPerSecond: 38.865177606772654,
      },
      {
        inFlight: 8,
        throughputPerDevice: 29.69864725,
        perUserTokensPerSecond: 31.968392425868295,
      },
      {
        inFlight: 16,
        throughputPerDevice: 36.7582859375,
        perUserTokensPerSecond: 20.160833252915634,
      },
      {
        inFlight: 32,
        throughputPerDevice: 64.1069279125,
        perUserTokensPerSecond: 19.353625254854634,
      },
      {
        inFlight: 64,
        throughputPerDevice: 94.7972816125,
        perUserTokensPerSecond: 15.239782596113292,
      },
      {
        inFlight: 128,
        throughputPerDevice: 93.0978640625,
        perUserTokensPerSecond: 13.916226079957902,
      },
    ],
  },
  {
    id: 'dstack-r1-8xh200-sglang-3200-800',
    deviceId: 'h200',
    modelId: 'deepseek-v3',
    n: 8,
    weightPrecision: 'fp8',
    label:
      'SGLang 0.4.3.post2 (data-parallel attention), 3200 in / 800 out (dstack benchmarks: DeepSeek-R1 inference with SGLang, vLLM and TensorRT-LLM on 8xH200 and 8xMI300X (online_results.csv; versions from the README))',
    points: [
      {
        inFlight: 4,
        throughputPerDevice: 10.32828544,
        perUserTokensPerSecond: 22.944694677665723,
      },
      {
        inFlight: 8,
        throughputPerDevice: 20.51808775,
        perUserTokensPerSecond: 22.821212899604966,
      },
      {
        inFlight: 16,
        throughputPerDevice: 32.031770625,
        perUserTokensPerSecond: 19.044829382776577,
      },
      {
        inFlight: 32,
        throughputPerDevice: 50.6929246875,
        perUserTokensPerSecond: 15.714278804043856,
      },
      {
        inFlight: 64,
        throughputPerDevice: 73.8473457125,
        perUserTokensPerSecond: 12.462155889254822,
      },
      {
        inFlight: 128,
        throughputPerDevice: 100.3178630875,
        perUserTokensPerSecond: 9.029006460652301,
      },
    ],
  },
  {
    id: 'dstack-r1-8xh200-trtllm-3200-800',
    deviceId: 'h200',
    modelId: 'deepseek-v3',
    n: 8,
    weightPrecision: 'fp8',
    label:
      'TensorRT-LLM 0.17.post1.dev, 3200 in / 800 out (dstack benchmarks: DeepSeek-R1 inference with SGLang, vLLM and TensorRT-LLM on 8xH200 and 8xMI300X (online_results.csv; versions from the README))',
    points: [
      {
        inFlight: 4,
        throughputPerDevice: 8.87970552875,
        perUserTokensPerSecond: 18.14168868727819,
      },
      {
        inFlight: 8,
        throughputPerDevice: 17.0830482625,
        perUserTokensPerSecond: 17.881228731749154,
      },
      {
        inFlight: 16,
        throughputPerDevice: 32.1173144625,
        perUserTokensPerSecond: 17.375505550042543,
      },
      {
        inFlight: 32,
        throughputPerDevice: 56.41780915,
        perUserTokensPerSecond: 15.276887866808329,
      },
      {
        inFlight: 64,
        throughputPerDevice: 90.4871442375,
        perUserTokensPerSecond: 12.247621290263485,
      },
      {
        inFlight: 128,
        throughputPerDevice: 104.39996525,
        perUserTokensPerSecond: 9.976108616518644,
      },
    ],
  },
  {
    id: 'dstack-r1-8xmi300x-vllm-3200-800',
    deviceId: 'mi300x',
    modelId: 'deepseek-v3',
    n: 8,
    weightPrecision: 'fp8',
    label:
      'vLLM 0.7.3.dev138+g21f6ca217, 3200 in / 800 out (dstack benchmarks: DeepSeek-R1 inference with SGLang, vLLM and TensorRT-LLM on 8xH200 and 8xMI300X (online_results.csv; versions from the README))',
    points: [
      {
        inFlight: 4,
        throughputPerDevice: 10.47777603875,
        perUserTokensPerSecond: 21.643682927015252,
      },
      {
        inFlight: 8,
        throughputPerDevice: 18.5243094375,
        perUserTokensPerSecond: 19.656078417552166,
      },
      {
        inFlight: 16,
        throughputPerDevice: 32.2680604375,
        perUserTokensPerSecond: 17.994909545283306,
      },
      {
        inFlight: 32,
        throughputPerDevice: 55.322063425,
        perUserTokensPerSecond: 16.146160172485192,
      },
      {
        inFlight: 64,
        throughputPerDevice: 83.979793,
        perUserTokensPerSecond: 12.82577671495195,
      },
      {
        inFlight: 128,
        throughputPerDevice: 114.34229035,
        perUserTokensPerSecond: 9.168259731253222,
      },
    ],
  },
  {
    id: 'dstack-r1-8xmi300x-sglang-3200-800',
    deviceId: 'mi300x',
    modelId: 'deepseek-v3',
    n: 8,
    weightPrecision: 'fp8',
    label:
      'SGLang 0.4.2.post4, 3200 in / 800 out (dstack benchmarks: DeepSeek-R1 inference with SGLang, vLLM and TensorRT-LLM on 8xH200 and 8xMI300X (online_results.csv; versions from the README))',
    points: [
      {
        inFlight: 4,
        throughputPerDevice: 13.5318031875,
        perUserTokensPerSecond: 28.623050398204008,
      },
      {
        inFlight: 8,
        throughputPerDevice: 23.7642826125,
        perUserTokensPerSecond: 25.80312506070266,
      },
      {
        inFlight: 16,
        throughputPerDevice: 37.6219814,
        perUserTokensPerSecond: 21.233730670438632,
      },
      {
        inFlight: 32,
        throughputPerDevice: 56.97775425,
        perUserTokensPerSecond: 16.771633210554317,
      },
      {
        inFlight: 64,
        throughputPerDevice: 76.5424685625,
        perUserTokensPerSecond: 11.77225677820196,
      },
      {
        inFlight: 128,
        throughputPerDevice: 92.1397406625,
        perUserTokensPerSecond: 7.3674650612225525,
      },
    ],
  },
  {
    id: 'inferencex-8xb200-sglang-dsr1-fp8-1k-1k',
    deviceId: 'b200',
    modelId: 'deepseek-v3',
    n: 8,
    weightPrecision: 'fp8',
    label:
      'SGLang v0.5.12 (lmsysorg/sglang:v0.5.12-cu130), 1024 in / 1024 out (SemiAnalysis InferenceX pull request #3363: dsr1-fp8-b200-sglang image update, baseline table of the published 2026-05-22 curve (lmsysorg/sglang:v0.5.12-cu130))',
    points: [
      {
        inFlight: 1,
        throughputPerDevice: 17.01,
        perUserTokensPerSecond: 139.2757660167131,
      },
      {
        inFlight: 2,
        throughputPerDevice: 30.74,
        perUserTokensPerSecond: 126.10340479192939,
      },
      {
        inFlight: 4,
        throughputPerDevice: 53.72,
        perUserTokensPerSecond: 113.37868480725623,
      },
      {
        inFlight: 8,
        throughputPerDevice: 87.31,
        perUserTokensPerSecond: 91.24087591240875,
      },
      {
        inFlight: 16,
        throughputPerDevice: 145.25,
        perUserTokensPerSecond: 76.39419404125286,
      },
      {
        inFlight: 32,
        throughputPerDevice: 234.01,
        perUserTokensPerSecond: 61.69031462060456,
      },
      {
        inFlight: 64,
        throughputPerDevice: 338.97,
        perUserTokensPerSecond: 46.01932811780948,
      },
    ],
  },
  {
    id: 'inferencex-8xb300-sglang-dsr1-nvfp4-tp8-1k-1k',
    deviceId: 'b300',
    modelId: 'deepseek-v3',
    n: 8,
    weightPrecision: 'nvfp4',
    label:
      'SGLang v0.5.12 (lmsysorg/sglang:v0.5.12-cu130), 1024 in / 1024 out (SemiAnalysis InferenceX pull request #3183: dsr1-fp4-b300-sglang image update, baseline table of the published 2026-05-22 curve (lmsysorg/sglang:v0.5.12-cu130))',
    points: [
      {
        inFlight: 1,
        throughputPerDevice: 21.87,
        perUserTokensPerSecond: 177.3049645390071,
      },
      {
        inFlight: 2,
        throughputPerDevice: 38.98,
        perUserTokensPerSecond: 158.9825119236884,
      },
      {
        inFlight: 4,
        throughputPerDevice: 68.79,
        perUserTokensPerSecond: 144.3001443001443,
      },
      {
        inFlight: 8,
        throughputPerDevice: 120.33,
        perUserTokensPerSecond: 125,
      },
      {
        inFlight: 16,
        throughputPerDevice: 199.71,
        perUserTokensPerSecond: 104.60251046025104,
      },
      {
        inFlight: 32,
        throughputPerDevice: 318.21,
        perUserTokensPerSecond: 86.4304235090752,
      },
    ],
  },
  {
    id: 'inferencex-4xb300-sglang-dsr1-nvfp4-tp4-1k-1k',
    deviceId: 'b300',
    modelId: 'deepseek-v3',
    n: 4,
    weightPrecision: 'nvfp4',
    label:
      'SGLang v0.5.12 (lmsysorg/sglang:v0.5.12-cu130), 1024 in / 1024 out (SemiAnalysis InferenceX pull request #3183: dsr1-fp4-b300-sglang image update, baseline table of the published 2026-05-22 curve (lmsysorg/sglang:v0.5.12-cu130))',
    points: [
      {
        inFlight: 1,
        throughputPerDevice: 41.56,
        perUserTokensPerSecond: 168.35016835016833,
      },
      {
        inFlight: 2,
        throughputPerDevice: 73.14,
        perUserTokensPerSecond: 149.03129657228018,
      },
      {
        inFlight: 4,
        throughputPerDevice: 123.74,
        perUserTokensPerSecond: 129.5336787564767,
      },
      {
        inFlight: 8,
        throughputPerDevice: 209.84,
        perUserTokensPerSecond: 108.69565217391305,
      },
      {
        inFlight: 16,
        throughputPerDevice: 332.82,
        perUserTokensPerSecond: 86.95652173913044,
      },
      {
        inFlight: 32,
        throughputPerDevice: 511.26,
        perUserTokensPerSecond: 68.7757909215956,
      },
    ],
  },
  {
    id: 'inferencex-8xh200-sglang-dsr1-fp8-1k-1k',
    deviceId: 'h200',
    modelId: 'deepseek-v3',
    n: 8,
    weightPrecision: 'fp8',
    label:
      'SGLang v0.5.7, 1024 in / 1024 out (SemiAnalysis InferenceX issue #870: DeepSeek-R1 SGLang concurrency sweeps on H200 (FP8) and B200 (FP4), results tables posted from the project’s sweep runs)',
    points: [
      {
        inFlight: 8,
        throughputPerDevice: 74.6,
        perUserTokensPerSecond: 78.125,
      },
      {
        inFlight: 16,
        throughputPerDevice: 111.9,
        perUserTokensPerSecond: 58.139534883720934,
      },
      {
        inFlight: 32,
        throughputPerDevice: 151.1,
        perUserTokensPerSecond: 39.0625,
      },
      {
        inFlight: 64,
        throughputPerDevice: 223.6,
        perUserTokensPerSecond: 28.90173410404624,
      },
    ],
  },
  {
    id: 'inferencex-8xh200-sglang-dsr1-fp8-8k-1k',
    deviceId: 'h200',
    modelId: 'deepseek-v3',
    n: 8,
    weightPrecision: 'fp8',
    label:
      'SGLang v0.5.12 (lmsysorg/sglang:v0.5.12-cu130), 8192 in / 1024 out (SemiAnalysis InferenceX pull request #3173: dsr1-fp8-h200-sglang image update, baseline table of the published 2026-05-17 curve (lmsysorg/sglang:v0.5.12-cu130))',
    points: [
      {
        inFlight: 4,
        throughputPerDevice: 43.12,
        perUserTokensPerSecond: 91.40767824497259,
      },
      {
        inFlight: 8,
        throughputPerDevice: 68.33,
        perUserTokensPerSecond: 72.04610951008645,
      },
      {
        inFlight: 16,
        throughputPerDevice: 93.89,
        perUserTokensPerSecond: 49.95004995004995,
      },
      {
        inFlight: 32,
        throughputPerDevice: 121.01,
        perUserTokensPerSecond: 31.877590054191902,
      },
      {
        inFlight: 64,
        throughputPerDevice: 150.98,
        perUserTokensPerSecond: 20.271639975674034,
      },
    ],
  },
  {
    id: 'inferencex-8xmi325x-sglang-dsr1-fp8-8k-1k',
    deviceId: 'mi325x',
    modelId: 'deepseek-v3',
    n: 8,
    weightPrecision: 'fp8',
    label:
      'SGLang v0.5.19, 8192 in / 1024 out (SemiAnalysis InferenceX pull request #3318: dsr1-fp8-mi325x-sglang image update, baseline table of the published 2026-09-10 curve (lmsysorg/sglang:v0.5.19-rocm700-mi30x))',
    points: [
      {
        inFlight: 4,
        throughputPerDevice: 24.91,
        perUserTokensPerSecond: 53.96654074473826,
      },
      {
        inFlight: 8,
        throughputPerDevice: 43.38,
        perUserTokensPerSecond: 46.3821892393321,
      },
      {
        inFlight: 16,
        throughputPerDevice: 69.39,
        perUserTokensPerSecond: 37.38317757009346,
      },
      {
        inFlight: 32,
        throughputPerDevice: 95.57,
        perUserTokensPerSecond: 25.348542458808616,
      },
      {
        inFlight: 64,
        throughputPerDevice: 114.89,
        perUserTokensPerSecond: 15.026296018031555,
      },
    ],
  },
  {
    id: 'inferencex-1xmi300x-vllm-gptoss120b-mxfp4-1k-1k',
    deviceId: 'mi300x',
    modelId: 'gpt-oss-120b',
    n: 1,
    weightPrecision: 'mxfp4',
    label:
      'vLLM v0.17.0 (ROCm build used by InferenceX for MI300X), 1024 in / 1024 out (SemiAnalysis InferenceX pull request #1061: GPT-OSS 120B FP4 on one MI300X, vLLM v0.17.0, concurrency 64 to 256 results table)',
    points: [
      {
        inFlight: 64,
        throughputPerDevice: 2008,
        perUserTokensPerSecond: 31.847133757961785,
      },
      {
        inFlight: 96,
        throughputPerDevice: 2561,
        perUserTokensPerSecond: 27.3224043715847,
      },
      {
        inFlight: 128,
        throughputPerDevice: 2990,
        perUserTokensPerSecond: 24.213075060532688,
      },
      {
        inFlight: 256,
        throughputPerDevice: 4271,
        perUserTokensPerSecond: 17.152658662092627,
      },
    ],
  },
  {
    id: 'dstack-8xmi300x-vllm-llama3.1-405b-bf16-80-burst',
    deviceId: 'mi300x',
    modelId: 'llama-3.1-405b',
    n: 8,
    weightPrecision: 'bf16',
    label:
      'vLLM 0.6.3.dev116+g151ef4ef, 81 in / 59 out (dstack benchmarks: TGI vs vLLM on 8x MI300X with Llama 3.1 405B, vLLM 0.6.3.dev116 raw results (result_vllm_short.csv, result_vllm_long.csv; README), published with the 9 October 2024 blog post)',
    points: [
      {
        inFlight: 1,
        throughputPerDevice: 2.34375,
        perUserTokensPerSecond: 19.924287706714487,
      },
      {
        inFlight: 2,
        throughputPerDevice: 3.41,
        perUserTokensPerSecond: 19.38360147315371,
      },
      {
        inFlight: 4,
        throughputPerDevice: 6.6475,
        perUserTokensPerSecond: 18.456995201181247,
      },
      {
        inFlight: 8,
        throughputPerDevice: 10.705,
        perUserTokensPerSecond: 18.024513338139872,
      },
      {
        inFlight: 16,
        throughputPerDevice: 17.815,
        perUserTokensPerSecond: 15.77784790154623,
      },
      {
        inFlight: 32,
        throughputPerDevice: 27.33,
        perUserTokensPerSecond: 11.481056257175661,
      },
      {
        inFlight: 64,
        throughputPerDevice: 24.49125,
        perUserTokensPerSecond: 4.344803614876608,
      },
      {
        inFlight: 128,
        throughputPerDevice: 34.23625,
        perUserTokensPerSecond: 3.3524422541821717,
      },
      {
        inFlight: 256,
        throughputPerDevice: 43.22875,
        perUserTokensPerSecond: 2.567460011810316,
      },
      {
        inFlight: 512,
        throughputPerDevice: 50.27625,
        perUserTokensPerSecond: 2.3853254776614268,
      },
      {
        inFlight: 1024,
        throughputPerDevice: 54.36125,
        perUserTokensPerSecond: 2.295684113865932,
      },
      {
        inFlight: 2048,
        throughputPerDevice: 54.8025,
        perUserTokensPerSecond: 2.1687739920622873,
      },
    ],
  },
  {
    id: 'dstack-8xmi300x-vllm-llama3.1-405b-bf16-10k-burst',
    deviceId: 'mi300x',
    modelId: 'llama-3.1-405b',
    n: 8,
    weightPrecision: 'bf16',
    label:
      'vLLM 0.6.3.dev116+g151ef4ef, 10000 in / 118 out (dstack benchmarks: TGI vs vLLM on 8x MI300X with Llama 3.1 405B, vLLM 0.6.3.dev116 raw results (result_vllm_short.csv, result_vllm_long.csv; README), published with the 9 October 2024 blog post)',
    points: [
      {
        inFlight: 1,
        throughputPerDevice: 0.73125,
        perUserTokensPerSecond: 14.14027149321267,
      },
      {
        inFlight: 2,
        throughputPerDevice: 0.91625,
        perUserTokensPerSecond: 8.662508662508662,
      },
      {
        inFlight: 4,
        throughputPerDevice: 1.03375,
        perUserTokensPerSecond: 4.718093890068412,
      },
      {
        inFlight: 8,
        throughputPerDevice: 1.15,
        perUserTokensPerSecond: 2.63421316052895,
      },
      {
        inFlight: 16,
        throughputPerDevice: 1.16125,
        perUserTokensPerSecond: 1.95102916788606,
      },
      {
        inFlight: 32,
        throughputPerDevice: 1.145,
        perUserTokensPerSecond: 1.7756942964699198,
      },
      {
        inFlight: 64,
        throughputPerDevice: 1.145,
        perUserTokensPerSecond: 1.6985426504059518,
      },
    ],
  },
];
