// Measured serving curves, third pass: request-rate curves with tail percentiles, an RTX 4090, an A100 and an all-at-once burst sweep.
import type { ServingCurve } from './serving-curve-types';
import { pt, rpt } from './serving-curves-points';
import { NEW_SERVING_SOURCES as S } from './measurement-sources-serving-new';
import { MORE_ACCELERATOR_SOURCES as MORE } from './measurement-sources-accelerators-more';

// --- IOG Foundation: the same vLLM 0.8.5 ShareGPT runs, read for an RTX 4090 and for their tails ---

const IOG = {
  engine: 'vllm',
  engineVersion:
    'vLLM 0.8.5 (vllm/vllm-openai:v0.8.5; benchmark_serving.py from the 0.8.5 release)',
  weightPrecision: 'bf16',
  kvPrecision: 'bf16',
  promptTokens: 206,
  lengths: 'ShareGPT (200 prompts, fixed seed; outputs capped at the dataset’s reply lengths)',
  lengthDraw: 'exponential',
  mode: 'request-rate',
  tpotIsItl: false,
  features: 'vLLM defaults (prefix caching and chunked prefill as the 0.8.5 V1 engine ships them)',
  promptsPerRun: { count: 200 },
  date: '2025-06-10',
  source: MORE.iogBenchmarks,
} as const;

const IOG_NOTE =
  'IOG Foundation’s raw benchmark_serving JSON files (the source of the IOG curves already in the ' +
  'set): 200 ShareGPT prompts (41,169 prompt tokens with the Llama 3 tokenizer, about 206 each) ' +
  'arriving as a Poisson process at 1, 4, 8, 16 and 32 requests per second, no concurrency cap. ' +
  'Each file records the mean and the 50th, 90th, 95th and 99th percentiles of TTFT and TPOT; ' +
  'throughput is output tokens per second of the whole run. The README’s serve example passes ' +
  '--dtype float16, so weights and KV cache are 16-bit (bf16 stands in: same bytes).';

const IOG_TAIL =
  'The p99 of TPOT is taken across requests (each request’s own mean gap), so it sits above the ' +
  'mean wherever some requests share their steps with long prefills.';

// --- kvcached: SGLang without kvcached as the baseline, one A100 80GB, 8 to 32 requests/s ---------

const KVC = {
  deviceId: 'a100-sxm-80gb',
  n: 1,
  interconnect: null,
  engine: 'sglang',
  engineVersion: 'SGLang 0.4.6.post2 (sglang.launch_server, --disable-radix-cache)',
  modelId: 'llama-3.2-3b',
  weightPrecision: 'bf16',
  kvPrecision: 'bf16',
  promptTokens: 969,
  outputTokens: 81,
  lengths:
    'random: uniform from 1 to 1,913 prompt and 1 to 162 output tokens (SGLang random dataset at its default range ratio 0)',
  lengthDraw: 'uniform-wide',
  mode: 'request-rate',
  tpotIsItl: true,
  features: 'no prefix caching (radix cache disabled); no speculative decoding',
  date: '2025-08-06',
  source: S.kvcachedOverhead,
} as const;

const KVC_NOTE =
  'The kvcached project’s overhead benchmark: SGLang’s bench_serving sends 60 × the rate prompts ' +
  '(480, 960 and 1,920: one minute of Poisson arrivals) to meta-llama/Llama-3.2-3B on one GCP ' +
  'A100 80GB (GCP’s 80 GB A100 is the SXM part), with and without kvcached; only the runs ' +
  'without it are used. Lengths are drawn uniformly up to 1,913 and 162 tokens: the printed ' +
  'totals give 960 to 977 prompt and 79 to 83 output tokens per request (469k/480, 932k/960, ' +
  '1.84M/1,920), so 969 and 81 are used. SGLang prints inter-token latency, not TPOT. The start ' +
  'script launches the server without --tp (one GPU) and with the radix cache off; the runs ' +
  'without kvcached are taken to use the same flags. Each run is one minute of arrivals, so the ' +
  'prompt count differs per point and is left to the note: at 32 requests/s the replica completes ' +
  'only 26.8 per second and averages 515 requests in flight, a run that would not reach a steady ' +
  'state if it went on.';

// --- dstack: vLLM on 8 x MI300X, Llama 3.1 405B in BF16, every prompt sent at once ---------------

const DSTACK = {
  deviceId: 'mi300x',
  n: 8,
  interconnect: 'Infinity Fabric (XGMI), 8 GPUs, tensor parallel 8',
  engine: 'vllm',
  engineVersion:
    'vLLM 0.6.3.dev116+g151ef4ef, ROCm 6.1 (built from source in the dstack task; PyTorch 2.4.1+rocm6.1)',
  modelId: 'llama-3.1-405b',
  weightPrecision: 'bf16',
  kvPrecision: 'bf16',
  mode: 'concurrency',
  latencyStat: 'mean',
  tpotIsItl: false,
  features: 'vLLM 0.6 defaults (no prefix caching); --disable-frontend-multiprocessing',
  promptsPerRun: { perConcurrency: 1 },
  date: '2024-10-09',
  source: S.dstackTgiVsVllmMi300x,
} as const;

const DSTACK_NOTE =
  'dstack’s TGI-versus-vLLM comparison (vLLM rows only; TGI is not an engine the project models): ' +
  'benchmark_serving.py with the sonnet dataset, as many prompts as the batch size and no request ' +
  'rate, so every prompt is sent at once and the run is timed whole (ramp-down included). ' +
  'Meta’s Llama-3.1-405B-Instruct in BF16 (about 810 GB across eight 192 GB GPUs), vLLM with ' +
  'tensor parallel 8 and its defaults otherwise; the CSV gives means and p99s, the means are used. ' +
  'Outputs end at EOS under a 150-token cap, so the mean output differs per point. A pre-release ' +
  'build from October 2024: read it as the state of ROCm vLLM then, not now. Sanity check: in a ' +
  'burst the in-flight count falls as requests finish, so throughput sits below N × 1,000 / ' +
  '(TPOT + TTFT / output tokens).';

export const newServingCurves: readonly ServingCurve[] = [
  {
    ...IOG,
    id: 'iog-1xrtx4090-vllm-llama3-8b-sharegpt',
    deviceId: 'rtx-4090',
    n: 1,
    interconnect: null,
    modelId: 'llama-3.1-8b',
    outputTokens: 202,
    latencyStat: 'mean',
    notes:
      `${IOG_NOTE} Meta-Llama-3-8B-Instruct on one GeForce RTX 4090 (24 GB): about 16 GB of weights ` +
      'leave a few GB for the KV cache. Against the same runs on one H100 PCIe the 4090 gives the ' +
      'same output at 1 request/s (210 against 212 tokens/s, arrival-bound) but falls behind from 4 ' +
      'requests/s and tops out near 1,650 tokens/s at 32, where its mean TPOT is 46 ms (H100 PCIe: ' +
      '16 ms). Llama 3.1 8B’s preset stands in (same architecture). Sanity check in request-rate ' +
      'mode: 8 requests/s × 202 tokens = 1,616 against 1,063 measured, because 200 prompts at 8 per ' +
      'second arrive in 25 s and the run lasts 38 s.',
    points: [
      rpt(
        1,
        210.09,
        19.51,
        49.2,
        '"output_throughput": 210.08685827795964, "mean_ttft_ms": 49.16001310106367; "mean_tpot_ms": 19.51017259555365',
      ),
      rpt(
        4,
        685.45,
        22.6,
        56.9,
        '"output_throughput": 685.449609847842, "mean_ttft_ms": 56.85749723576009; "mean_tpot_ms": 22.59544617700433',
      ),
      rpt(
        8,
        1063.13,
        26.82,
        69.2,
        '"output_throughput": 1063.1349971913621, "mean_ttft_ms": 69.21938407234848; "mean_tpot_ms": 26.8165322486199',
      ),
      rpt(
        16,
        1407.71,
        32.89,
        85.8,
        '"output_throughput": 1407.7121554556286, "mean_ttft_ms": 85.84529240150005; "mean_tpot_ms": 32.89038121471763',
      ),
      rpt(
        32,
        1645.95,
        46.31,
        161.5,
        '"output_throughput": 1645.9488720423578, "mean_ttft_ms": 161.45823255646974; "mean_tpot_ms": 46.30665959046607',
      ),
    ],
  },
  {
    ...IOG,
    id: 'iog-1xrtx4090-vllm-llama3-8b-sharegpt-p99',
    deviceId: 'rtx-4090',
    n: 1,
    interconnect: null,
    modelId: 'llama-3.1-8b',
    outputTokens: 202,
    latencyStat: 'p99',
    notes:
      `${IOG_NOTE} The 99th percentiles of the RTX 4090 runs above. ${IOG_TAIL} The tail grows with ` +
      'load faster than the mean: at 32 requests/s the p99 TPOT is 93 ms against a 46 ms mean, and ' +
      'the p99 TTFT 330 ms against 161 ms.',
    points: [
      rpt(
        1,
        210.09,
        22.66,
        110.7,
        '"output_throughput": 210.08685827795964, "p99_ttft_ms": 110.69272615015504; "p99_tpot_ms": 22.660232737660408',
      ),
      rpt(
        4,
        685.45,
        28.86,
        132.1,
        '"output_throughput": 685.449609847842, "p99_ttft_ms": 132.07042278721923; "p99_tpot_ms": 28.85942924684948',
      ),
      rpt(
        8,
        1063.13,
        33.06,
        180.3,
        '"output_throughput": 1063.1349971913621, "p99_ttft_ms": 180.3387705609202; "p99_tpot_ms": 33.05658881098796',
      ),
      rpt(
        16,
        1407.71,
        45.46,
        193.1,
        '"output_throughput": 1407.7121554556286, "p99_ttft_ms": 193.13497975468624; "p99_tpot_ms": 45.45837601957222',
      ),
      rpt(
        32,
        1645.95,
        93.36,
        330.5,
        '"output_throughput": 1645.9488720423578, "p99_ttft_ms": 330.4900119174271; "p99_tpot_ms": 93.3598090028697',
      ),
    ],
  },
  {
    ...IOG,
    id: 'iog-1xh100pcie-vllm-llama3-8b-sharegpt-p99',
    deviceId: 'h100-pcie',
    n: 1,
    interconnect: null,
    modelId: 'llama-3.1-8b',
    outputTokens: 202,
    latencyStat: 'p99',
    notes:
      `${IOG_NOTE} The 99th percentiles of the runs behind the mean curve ` +
      `iog-1xh100pcie-vllm-llama3-8b-sharegpt. ${IOG_TAIL} Up to 16 requests/s the tail stays within ` +
      '6% of the mean TPOT and 1.3 times the mean TTFT; at 32 it opens to 21 ms against 16 ms, and ' +
      '78 ms against 40 ms.',
    points: [
      rpt(
        1,
        212.1,
        10.82,
        27.4,
        '"output_throughput": 212.1019986084685, "p99_ttft_ms": 27.426799918757748; "p99_tpot_ms": 10.816504678491933',
      ),
      rpt(
        4,
        773.26,
        11.26,
        27.9,
        '"output_throughput": 773.2633773676432, "p99_ttft_ms": 27.931238498422314; "p99_tpot_ms": 11.2622584912294',
      ),
      rpt(
        8,
        1329.22,
        12.13,
        30.2,
        '"output_throughput": 1329.218189092025, "p99_ttft_ms": 30.158417964121323; "p99_tpot_ms": 12.125499810330952',
      ),
      rpt(
        16,
        2052.37,
        12.9,
        31.1,
        '"output_throughput": 2052.3669228783606, "p99_ttft_ms": 31.057371800416146; "p99_tpot_ms": 12.899528260414415',
      ),
      rpt(
        32,
        2692.78,
        21.28,
        77.5,
        '"output_throughput": 2692.7794091028845, "p99_ttft_ms": 77.54135757975745; "p99_tpot_ms": 21.275989855463248',
      ),
    ],
  },
  {
    ...IOG,
    id: 'iog-2xh100pcie-vllm-llama3-70b-sharegpt-p99',
    deviceId: 'h100-pcie',
    n: 2,
    interconnect: 'PCIe (2x H100 PCIe, tensor parallel 2; NVLink bridge not stated)',
    modelId: 'llama-3.1-70b',
    outputTokens: 178,
    latencyStat: 'p99',
    notes:
      `${IOG_NOTE} The 99th percentiles of the runs behind iog-2xh100pcie-vllm-llama3-70b-sharegpt: ` +
      'Meta-Llama-3-70B-Instruct in 16-bit on two 80 GB cards, which leaves only a few GB per GPU for ' +
      'the KV cache. From 4 requests/s requests queue for KV space and the tail runs away from the ' +
      'mean: p99 TTFT 6.1 s against a 0.7 s mean at 4, 22.6 s against 3.4 s at 8, and 34.5 s at 32; ' +
      'p99 TPOT reaches 728 ms against a 145 ms mean. The runs are not monotone in load (the 16 ' +
      'requests/s run has a lower tail TTFT than the 8 one), as in the mean curve. The ' +
      'llama-3.1-70b preset stands in (same architecture).',
    points: [
      rpt(
        1,
        168.6,
        74.66,
        330.7,
        '"output_throughput": 168.60019124311071, "p99_ttft_ms": 330.7350351661443; "p99_tpot_ms": 74.66271453425915',
      ),
      rpt(
        4,
        471.96,
        190.0,
        6121.2,
        '"output_throughput": 471.9599006663046, "p99_ttft_ms": 6121.242678779526; "p99_tpot_ms": 189.9969019753453',
      ),
      rpt(
        8,
        432.15,
        238.89,
        22629.8,
        '"output_throughput": 432.14608282957414, "p99_ttft_ms": 22629.839583457797; "p99_tpot_ms": 238.88567967961617',
      ),
      rpt(
        16,
        548.93,
        498.8,
        1667.6,
        '"output_throughput": 548.926741810896, "p99_ttft_ms": 1667.6424810494061; "p99_tpot_ms": 498.7998248609119',
      ),
      rpt(
        32,
        545.8,
        728.33,
        34529.7,
        '"output_throughput": 545.7971020873175, "p99_ttft_ms": 34529.72161239362; "p99_tpot_ms": 728.3335437777',
      ),
    ],
  },
  {
    ...KVC,
    id: 'kvcached-1xa100-sglang-llama3.2-3b-random-1913-162',
    latencyStat: 'mean',
    notes:
      `${KVC_NOTE} Means: at 8 and 16 requests/s the replica keeps up (672 and 1,179 output tokens/s, ` +
      'TTFT under 0.1 s); at 32 it saturates at 2,193 tokens/s with a 2.2 s mean TTFT and a 217 ms ' +
      'mean ITL. Sanity check in request-rate mode: 8 requests/s × 83 output tokens = 666 against 672 ' +
      'measured; 16 × 79 = 1,268 against 1,179 (14.9 requests/s completed); at 32 the completed ' +
      '26.8 requests/s × 82 = 2,193.',
    points: [
      rpt(
        8,
        671.6,
        9.76,
        65.48,
        'Traffic request rate: 8.0; Output token throughput (tok/s): 671.60; Mean TTFT (ms): 65.48; Mean ITL (ms): 9.76',
      ),
      rpt(
        16,
        1178.78,
        16.93,
        91.67,
        'Traffic request rate: 16.0; Output token throughput (tok/s): 1178.78; Mean TTFT (ms): 91.67; Mean ITL (ms): 16.93',
      ),
      rpt(
        32,
        2192.53,
        216.53,
        2187.97,
        'Traffic request rate: 32.0; Output token throughput (tok/s): 2192.53; Mean TTFT (ms): 2187.97; Mean ITL (ms): 216.53',
      ),
    ],
  },
  {
    ...KVC,
    id: 'kvcached-1xa100-sglang-llama3.2-3b-random-1913-162-p99',
    latencyStat: 'p99',
    notes:
      `${KVC_NOTE} The 99th percentiles of the same runs. SGLang’s p99 ITL is taken over every gap ` +
      'between tokens, not over per-request means, so a step that carries a prefill chunk lands in it ' +
      'whole: 54 ms against a 9.8 ms mean at 8 requests/s, 153 against 17 at 16, 1,253 against 217 at ' +
      '32. The p99 TTFT is 157 ms, 417 ms and 5.4 s.',
    points: [
      rpt(
        8,
        671.6,
        53.5,
        156.96,
        'Traffic request rate: 8.0; Output token throughput (tok/s): 671.60; P99 TTFT (ms): 156.96; P99 ITL (ms): 53.50',
      ),
      rpt(
        16,
        1178.78,
        152.85,
        416.68,
        'Traffic request rate: 16.0; Output token throughput (tok/s): 1178.78; P99 TTFT (ms): 416.68; P99 ITL (ms): 152.85',
      ),
      rpt(
        32,
        2192.53,
        1253.05,
        5356.42,
        'Traffic request rate: 32.0; Output token throughput (tok/s): 2192.53; P99 TTFT (ms): 5356.42; P99 ITL (ms): 1253.05',
      ),
    ],
  },
  {
    ...DSTACK,
    id: 'dstack-8xmi300x-vllm-llama3.1-405b-bf16-80-burst',
    promptTokens: 81,
    outputTokens: 59,
    lengths:
      'fixed 80-token sonnet prompts (50-token shared prefix); outputs capped at 150 tokens and ended by EOS (58 to 85 on average)',
    notes:
      `${DSTACK_NOTE} Short prompts (80 to 82 tokens per request in the totals) at 1 to 2,048 at once: ` +
      'throughput climbs to about 440 output tokens/s from 1,024 while mean TPOT rises from 50 to ' +
      '461 ms and the mean TTFT to 128 s, since vLLM runs at most 256 sequences (its default) and the ' +
      'rest wait. Mean output length is 85 at one prompt and 58 to 60 from 8 up; 59 is used. The ' +
      'burst check gives measured over N × 1,000 / (TPOT + TTFT / output) of 1.0 at one prompt, ' +
      '0.7 to 0.84 between 2 and 256, and 0.57 to 0.69 from 512, where the queue drains in waves.',
    points: [
      pt(
        1,
        18.75,
        50.19,
        314.58,
        '1,4.53,80,85,0.22,18.75,36.40,314.58,314.58,314.58,50.19,50.19,50.19,49.13,49.66,94.22',
      ),
      pt(
        2,
        27.28,
        51.59,
        372.8,
        '2,4.66,160,127,0.43,27.28,61.65,372.80,372.80,373.27,51.59,51.59,52.21,50.38,49.87,95.48',
      ),
      pt(
        4,
        53.18,
        54.18,
        397.54,
        '4,5.42,320,288,0.74,53.18,112.27,397.54,397.41,398.43,54.18,54.07,54.64,53.30,54.54,106.68',
      ),
      pt(
        8,
        85.64,
        55.48,
        646.2,
        '8,5.65,640,484,1.42,85.64,198.89,646.20,596.84,796.26,55.48,54.98,60.39,54.28,52.68,201.80',
      ),
      pt(
        16,
        142.52,
        63.38,
        1034.69,
        '16,6.57,1279,936,2.44,142.52,337.26,1034.69,1207.28,1413.84,63.38,60.83,79.37,61.59,58.60,203.24',
      ),
      pt(
        32,
        218.64,
        87.1,
        1546.0,
        '32,8.49,2594,1857,3.77,218.64,524.06,1546.00,1500.61,2506.87,87.10,83.15,118.37,83.45,82.86,408.83',
      ),
      pt(
        64,
        195.93,
        230.16,
        2698.98,
        '64,19.61,5189,3842,3.26,195.93,460.56,2698.98,2811.65,4723.29,230.16,237.99,293.12,218.27,202.67,411.57',
      ),
      pt(
        128,
        273.89,
        298.29,
        5161.26,
        '128,27.70,10306,7588,4.62,273.89,645.88,5161.26,4910.31,10056.40,298.29,299.27,380.18,286.41,303.66,505.04',
      ),
      pt(
        256,
        345.83,
        389.49,
        11787.27,
        '256,44.46,20829,15376,5.76,345.83,814.31,11787.27,10570.10,25591.50,389.49,402.13,499.46,373.87,403.86,808.29',
      ),
      pt(
        512,
        402.21,
        419.23,
        27060.36,
        '512,75.58,41838,30400,6.77,402.21,955.75,27060.36,25908.71,57181.18,419.23,452.64,474.21,406.60,406.30,731.78',
      ),
      pt(
        1024,
        434.89,
        435.6,
        58452.87,
        '1024,138.24,83423,60121,7.41,434.89,1038.34,58452.87,58111.01,119186.77,435.60,450.38,475.73,425.01,406.39,688.60',
      ),
      pt(
        2048,
        438.42,
        461.09,
        128150.28,
        '2048,272.95,166647,119667,7.50,438.42,1048.96,128150.28,129063.54,253434.71,461.09,470.08,497.82,451.17,430.56,794.46',
      ),
    ],
  },
  {
    ...DSTACK,
    id: 'dstack-8xmi300x-vllm-llama3.1-405b-bf16-10k-burst',
    promptTokens: 10000,
    outputTokens: 118,
    lengths:
      'fixed 10,000-token sonnet prompts; outputs capped at 150 tokens and ended by EOS (113 to 125 on average)',
    notes:
      `${DSTACK_NOTE} 10,000-token prompts at 1 to 64 at once: a prefill-bound replica. One prompt ` +
      'takes 12.3 s to its first token (about 810 tokens/s of prefill, an order of magnitude below ' +
      'what the GPUs’ BF16 peak would allow, so the build’s prefill path was slow), and throughput ' +
      'stays near 9 output tokens/s from 8 prompts on while the mean TTFT grows in proportion to the ' +
      'batch (400 s at 64) and TPOT rises from 71 to 589 ms as decode steps share time with later ' +
      'prefills. The burst check gives 0.95 to 1.0 up to 8 prompts and 0.59 to 0.81 from 16.',
    points: [
      pt(
        1,
        5.85,
        70.72,
        12286.18,
        '1,20.85,10000,122,0.05,5.85,485.58,12286.18,12286.18,12286.18,70.72,70.72,70.72,70.05,66.38,135.38',
      ),
      pt(
        2,
        7.33,
        115.44,
        18380.39,
        '2,32.74,20000,240,0.06,7.33,618.16,18380.39,18380.39,24347.43,115.44,115.44,159.29,115.62,68.06,735.56',
      ),
      pt(
        4,
        8.27,
        211.95,
        30569.56,
        '4,57.08,40000,472,0.07,8.27,708.98,30569.56,30592.80,48443.75,211.95,204.20,365.11,208.55,69.64,802.75',
      ),
      pt(
        8,
        9.2,
        379.62,
        55713.23,
        '8,108.42,80000,998,0.07,9.20,747.08,55713.23,55457.44,98729.96,379.62,390.73,630.59,369.69,481.72,805.01',
      ),
      pt(
        16,
        9.29,
        512.55,
        105158.97,
        '16,206.97,160000,1923,0.08,9.29,782.36,105158.97,105258.72,196528.90,512.55,625.75,640.51,507.65,602.16,903.33',
      ),
      pt(
        32,
        9.16,
        563.16,
        202961.69,
        '32,402.15,320000,3684,0.08,9.16,804.89,202961.69,203092.99,389607.62,563.16,622.15,630.65,556.22,602.21,805.55',
      ),
      pt(
        64,
        9.16,
        588.74,
        399467.18,
        '64,792.10,640000,7257,0.08,9.16,817.14,399467.18,400486.56,776547.49,588.74,619.06,628.87,582.10,602.62,835.49',
      ),
    ],
  },
];

/*
 * Read and not used, with the reason:
 * - InferenceX issue #870, the p99 TTFT and TPOT rows of the H200 DeepSeek-R1 sweep (concurrency 8
 *   to 64): a p99 TPOT curve in concurrency mode fails the bound the curve test applies to every
 *   closed-loop point (throughput ≤ concurrency × 1,000 / TPOT; 8 × 1,000 / 14.3 = 559 < 597), since
 *   the tail TPOT is above the per-request mean that bound assumes. The mean curve is already in.
 * - InferenceX issue #870, the B200 FP4 sweep (SGLang v0.5.6, TP8/EP8, concurrency 4 to 64): the copy
 *   read cuts off before the TPOT rows.
 * - dstack TGI-versus-vLLM: the TGI rows (TGI is not an engine family here); result_vllm_QPS_high.csv
 *   (300 to 1,500 prompts at a request rate the README does not state); result_vllm_single_prompt.csv
 *   (one request per run, 16k to 128k tokens: prefill points, not a load curve).
 * - kvcached: the runs with kvcached (a modified KV allocator); the DGX Spark demo (two co-located
 *   models behind a guard pipeline, Qwen3.6-35B-A3B not a preset).
 * - AI-Hypercomputer tpu-recipes: the Gemma 4 MTP report (one point per workload, Gemma 4 not a
 *   preset); the Qwen2.5-32B and Qwen3 Trillium recipes (their sample output is placeholders).
 * - SGLang cookbook speed cells (docs/src/snippets/configs/*-benchmarks.jsx): two concurrencies per
 *   server configuration, each configuration different, and mostly models without a preset.
 * - sgl-project/sglang issue #8833 (gpt-oss day-0 table): rows past concurrency 4 and the device are
 *   not legible in the copy read.
 * - sariekr/gpu_conc (gpt-oss-20b on one H100, H200, B200 and MI300X at 1 to 1,024 in flight): a
 *   home-made client whose prompts aim at 1,000 tokens by word count, a 30 s request timeout that
 *   drops requests at high load, and no vLLM version recorded for the August 2025 runs.
 * - HabanaAI Gaudi-tutorials vLLM serving notebook: the stored notebook has its outputs cleared.
 * - Azure AI-benchmarking-guide (ND MI300X v5): offline throughput at 1,000 requests, no concurrency.
 * - Tenstorrent tt-inference-server GPU reference sweeps: concurrency 1 and 32 only per length pair.
 * - vLLM performance-benchmark Buildkite pages (H200 serving at 1, 4 and 16 requests/s): the stored
 *   copy holds the workload description but not the serving table.
 */
