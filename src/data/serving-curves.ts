// Measured serving curves: one replica under rising load, with throughput, time per output token and time to first token at each point.
import type { ServingCurve, ServingCurvePoint } from './serving-curve-types';
import { pt } from './serving-curves-points';
import { ACCELERATOR_SOURCES as S } from './measurement-sources-accelerators';
import { moreServingCurves } from './serving-curves-more';
import { newServingCurves } from './serving-curves-new';

/**
 * A point from a fixed batch timed end to end: every sequence generates `outputTokens`, so the
 * replica's output rate is batch × outputTokens / latency. No per-token or first-token times.
 */
function batchPt(
  batch: number,
  outputTokens: number,
  latencyS: number,
  quote: string,
): ServingCurvePoint {
  return {
    concurrency: batch,
    requestRate: null,
    throughputTps: (batch * outputTokens) / latencyS,
    tpotMs: null,
    ttftS: null,
    quote,
  };
}

// --- dstack's DeepSeek-R1 sweep: three engines on 8 x H200 and two on 8 x MI300X -------------------

const R1 = {
  n: 8,
  modelId: 'deepseek-v3',
  weightPrecision: 'fp8',
  kvPrecision: 'bf16',
  promptTokens: 3200,
  outputTokens: 800,
  lengths: 'fixed (random tokens, range ratio 1)',
  mode: 'concurrency',
  latencyStat: 'mean',
  tpotIsItl: false,
  features: 'no prefix caching',
  promptsPerRun: { count: 500 },
  date: '2025-03-18',
  source: S.dstackDeepseekR1,
} as const;

const R1_NOTE =
  'dstack’s sweep with SGLang’s bench_serving.py (extended for TensorRT-LLM): 500 requests of ' +
  'exactly 3,200 random input and 800 output tokens at each concurrency. Throughput is output ' +
  'tokens per second of the 8-GPU replica; TTFT and TPOT are means. DeepSeek-R1 shares ' +
  'DeepSeek-V3’s architecture and FP8 weights, so the deepseek-v3 preset stands in. A third ' +
  'party’s run, with its raw CSV, scripts and software versions published.';

// --- dstack's Llama 3.1 405B offline sweep --------------------------------------------------------

const L405 = {
  n: 8,
  engine: 'vllm',
  modelId: 'llama-3.1-405b',
  weightPrecision: 'fp8',
  promptTokens: 128,
  outputTokens: 2048,
  lengths: 'fixed',
  mode: 'concurrency',
  latencyStat: 'mean',
  tpotIsItl: false,
  features: '',
  derivedFrom:
    'vLLM benchmark_throughput.py with as many prompts as the batch size, all submitted at once; ' +
    'the CSV gives end-to-end latency and a tokens_per_second that counts prompt tokens too, so ' +
    'output throughput is recomputed as batch × 2,048 / latency.',
  date: '2024-11-18',
  source: S.dstackLlama405b,
} as const;

export const servingCurves: readonly ServingCurve[] = [
  {
    id: 'nim-2xh100-llama3.3-70b-fp8-5000-500',
    deviceId: 'h100-sxm',
    n: 2,
    interconnect: 'NVLink (tensor parallel 2)',
    engine: 'tensorrt-llm',
    engineVersion: 'NVIDIA NIM for Llama-3.3-70B-Instruct 1.8.0, fp8 TP2 profile (TensorRT-LLM)',
    modelId: 'llama-3.1-70b',
    weightPrecision: 'fp8',
    kvPrecision: 'fp8',
    promptTokens: 5000,
    outputTokens: 500,
    lengths: 'fixed',
    mode: 'concurrency',
    latencyStat: 'mean',
    tpotIsItl: true,
    features: '',
    date: '2024-12-06',
    source: S.nimBenchmarking,
    notes:
      'NVIDIA’s NIM benchmarking table for a long-prompt workload (5,000 in, 500 out) at 1 to 250 ' +
      'requests in flight. Throughput is output tokens per second of the 2-GPU replica (51.67 at ' +
      'concurrency 1 against 1,000 / 18.58 = 53.8 from the ITL confirms it counts output only). ' +
      'Throughput flattens at about 920 tokens/s from concurrency 100, where the ITL stops rising ' +
      '(about 93 ms) and waiting requests push TTFT from 0.8 s to 89 s: the replica is full. The ' +
      'table does not name its statistic; we take AIPerf’s default, the mean. “H100 80G” is read ' +
      'as H100 SXM and the KV cache as FP8 (see the matching measurements). Llama 3.3 70B uses the ' +
      'llama-3.1-70b preset (same architecture). Undated; no earlier than Llama 3.3 (6 December 2024).',
    points: [
      pt(1, 51.67, 18.58, 406.77, '| 1 | 406.77 | 18.58 | 51.67 |'),
      pt(5, 218.48, 21.83, 546.7, '| 5 | 546.7 | 21.83 | 218.48 |'),
      pt(25, 623.4, 38.75, 688.69, '| 25 | 688.69 | 38.75 | 623.4 |'),
      pt(50, 814.37, 59.73, 834.51, '| 50 | 834.51 | 59.73 | 814.37 |'),
      pt(100, 917.26, 92.91, 7996.25, '| 100 | 7996.25 | 92.91 | 917.26 |'),
      pt(150, 920.9, 92.86, 34794.22, '| 150 | 34794.22 | 92.86 | 920.9 |'),
      pt(200, 920.54, 93.06, 61680.22, '| 200 | 61680.22 | 93.06 | 920.54 |'),
      pt(250, 920.12, 93.2, 88605.32, '| 250 | 88605.32 | 93.2 | 920.12 |'),
    ],
  },
  {
    ...R1,
    id: 'dstack-r1-8xh200-vllm-3200-800',
    deviceId: 'h200',
    interconnect: 'NVLink 4 (8x H200 SXM5)',
    engine: 'vllm',
    engineVersion: 'vLLM 0.7.4.dev181+gf35f8e22 (FlashMLA attention)',
    notes:
      `${R1_NOTE} vLLM holds the lowest TPOT of the five set-ups, but at concurrency 128 its ` +
      'mean TTFT jumps to 67 s while throughput stays near 750 tokens/s: requests queue for KV space.',
    points: [
      pt(
        4,
        148.581247,
        25.72997376,
        975.6508477,
        'h200,vllm,random,,4,,3200,800,1,2692.129782,500,1600000,400000,398495,0.185726559,594.3249879,148.581247,21533.89988,21535.97837,71.57016054,21926.76079,975.6508477,974.8834405,10.92518739,1030.92695,25.72997376',
      ),
      pt(
        8,
        237.589178,
        31.28089729,
        1765.745119,
        'h200,vllm,random,,8,,3200,800,1,1683.578366,500,1600000,400000,398347,0.296986472,950.3567119,237.589178,26759.18205,26799.38161,478.9413515,27218.40183,1765.745119,1771.826166,72.68659156,1835.67439,31.28089729',
      ),
      pt(
        16,
        294.0662875,
        49.60112449,
        3368.606197,
        'h200,vllm,random,,16,,3200,800,1,1360.237528,500,1600000,400000,398403,0.367582859,1176.26515,294.0662875,42999.90466,43141.55844,1937.934148,43719.56584,3368.606197,3388.584595,215.8550323,3418.156963,49.60112449',
      ),
      pt(
        32,
        512.8554233,
        51.66990612,
        7650.775142,
        'h200,vllm,random,,32,,3200,800,1,779.9469047,500,1600000,400000,398563,0.641069279,2051.421693,512.8554233,48935.03013,49104.66174,1980.803726,51484.78435,7650.775142,7686.501789,874.8809428,9404.517406,51.66990612',
      ),
      pt(
        64,
        758.3782529,
        65.61773396,
        14164.37107,
        'h200,vllm,random,,64,,3200,800,1,527.4412847,500,1600000,400000,398440,0.947972816,3033.513012,758.3782529,66592.9405,66273.24846,3504.958503,82171.39273,14164.37107,14419.03863,2815.453614,16084.03625,65.61773396',
      ),
      pt(
        128,
        744.7829125,
        71.85856239,
        66811.62239,
        'h200,vllm,random,,128,,3200,800,1,537.0692497,500,1600000,400000,398409,0.930978641,2979.13165,744.7829125,124226.6137,137021.6665,23283.48272,144929.2981,66811.62239,82797.85175,27346.44481,88937.0968,71.85856239',
      ),
    ],
  },
  {
    ...R1,
    id: 'dstack-r1-8xh200-sglang-3200-800',
    deviceId: 'h200',
    interconnect: 'NVLink 4 (8x H200 SXM5)',
    engine: 'sglang',
    engineVersion: 'SGLang 0.4.3.post2 (data-parallel attention)',
    features: 'no prefix caching; data-parallel attention (--enable-dp-attention)',
    dataParallelAttentionParamsB: 11.41,
    notes:
      `${R1_NOTE} Launched with data-parallel attention, tensor parallel 8: each GPU holds the ` +
      'whole attention block and runs it for its own requests, while the experts stay split. The ' +
      'block is 11.41B parameters from DeepSeek-V3’s config.json (hidden 7,168, q_lora_rank 1,536, ' +
      'kv_lora_rank 512, 128 heads of 128 + 64 query/key and 128 value dims): per layer 7,168 × ' +
      '1,536 + 1,536 × 128 × 192 + 7,168 × 576 + 512 × 128 × 256 + 128 × 128 × 7,168 = 187.1M, ' +
      'times 61 layers.',
    points: [
      pt(
        4,
        82.62628352,
        43.58305979,
        3903.903552,
        'h200,sglang,random,,4,,3200,800,1,4841.07457,500,1600000,400000,398434,0.103282854,330.5051341,82.62628352,38726.76832,39152.35046,766.0666597,39299.59932,3903.903552,3556.20705,958.0769497,4952.690987,43.58305979',
      ),
      pt(
        8,
        164.144702,
        43.81888046,
        3673.555472,
        'h200,sglang,random,,8,,3200,800,1,2436.874265,500,1600000,400000,398428,0.205180877,656.5788079,164.144702,38684.84096,38705.23703,118.9549634,38787.24971,3673.555472,3967.199142,746.5915334,4018.389975,43.81888046',
      ),
      pt(
        16,
        256.254165,
        52.50769014,
        7121.727302,
        'h200,sglang,random,,16,,3200,800,1,1560.950239,500,1600000,400000,398336,0.320317706,1025.01666,256.254165,49075.37173,48627.81055,2333.904369,59082.78912,7121.727302,7882.921541,2814.906718,17861.85665,52.50769014',
      ),
      pt(
        32,
        405.5433975,
        63.63639162,
        10992.45549,
        'h200,sglang,random,,32,,3200,800,1,986.3309389,500,1600000,400000,398479,0.506929247,1622.17359,405.5433975,61837.9324,61932.57317,1965.834222,64782.31357,10992.45549,12904.80412,3714.812431,15693.10289,63.63639162',
      ),
      pt(
        64,
        590.7787657,
        80.24293781,
        20637.10398,
        'h200,sglang,random,,64,,3200,800,1,677.0724055,500,1600000,400000,398395,0.738473457,2363.115063,590.7787657,84751.21129,84382.34079,3646.022066,92452.4594,20637.10398,22600.89091,7713.733307,34723.10733,80.24293781',
      ),
      pt(
        128,
        802.5429047,
        110.7541571,
        36230.47317,
        'h200,sglang,random,,128,,3200,800,1,498.4157204,500,1600000,400000,398574,1.003178631,3210.171619,802.5429047,124723.0447,125649.7586,4363.833851,130342.8537,36230.47317,37422.92381,15197.82951,59383.93759,110.7541571',
      ),
    ],
  },
  {
    ...R1,
    id: 'dstack-r1-8xh200-trtllm-3200-800',
    deviceId: 'h200',
    interconnect: 'NVLink 4 (8x H200 SXM5)',
    engine: 'tensorrt-llm',
    engineVersion: 'TensorRT-LLM 0.17.post1.dev, trtllm-serve PyTorch backend, TP 8 with EP 4',
    engineLimits: { tokenBudget: 16384, maxRunning: 512 },
    notes:
      `${R1_NOTE} trtllm-serve with the PyTorch backend, max batch 512, max_num_tokens 16,384 ` +
      '(both from the README’s launch task), tensor parallel 8 and ' +
      'expert parallel 4. Its mean and median TTFT part ways at concurrency 128 (31.6 s against 10.8 s).',
    points: [
      pt(
        4,
        71.03764423,
        55.12166024,
        1003.803258,
        'h200,trt-llm,random,,4,,3200,800,1,5630.817355,500,1600000,400000,398200,0.088797055,284.1505769,71.03764423,45046.00979,45070.63509,162.7941012,45245.2426,1003.803258,1038.458569,85.91846174,1148.187548,55.12166024',
      ),
      pt(
        8,
        136.6643861,
        55.92456844,
        1782.351533,
        'h200,trt-llm,random,,8,,3200,800,1,2926.878109,500,1600000,400000,398408,0.170830483,546.6575445,136.6643861,46466.08171,46474.00887,136.6540957,46663.24319,1782.351533,1855.813048,226.8984268,2066.320602,55.92456844',
      ),
      pt(
        16,
        256.9385157,
        57.55228227,
        2750.928874,
        'h200,trt-llm,random,,16,,3200,800,1,1556.792678,500,1600000,400000,398508,0.321173145,1027.754063,256.9385157,48735.20241,48754.99056,323.7998204,49095.64898,2750.928874,2739.214037,586.4774219,3870.373283,57.55228227',
      ),
      pt(
        32,
        451.3424732,
        65.45835832,
        3306.306837,
        'h200,trt-llm,random,,32,,3200,800,1,886.2449776,500,1600000,400000,398315,0.564178091,1805.369893,451.3424732,55607.53513,55714.42879,1510.486694,60678.30224,3306.306837,3470.01382,955.1441682,7588.532894,65.45835832',
      ),
      pt(
        64,
        723.8971539,
        81.6485076,
        4158.667155,
        'h200,trt-llm,random,,64,,3200,800,1,552.5646811,500,1600000,400000,398336,0.904871442,2895.588616,723.8971539,69395.82473,69551.93015,3871.29525,81428.87771,4158.667155,3561.952946,2482.45068,15019.77061,81.6485076',
      ),
      pt(
        128,
        835.199722,
        100.239486,
        31645.64042,
        'h200,trt-llm,random,,128,,3200,800,1,478.9273625,500,1600000,400000,398369,1.043999652,3340.798888,835.199722,111736.9897,93611.36326,30257.0454,176733.3865,31645.64042,10769.67484,30925.65455,93767.49344,100.239486',
      ),
    ],
  },
  {
    ...R1,
    id: 'dstack-r1-8xmi300x-vllm-3200-800',
    deviceId: 'mi300x',
    interconnect: 'Infinity Fabric (XGMI), 8 GPUs',
    engine: 'vllm',
    engineVersion: 'vLLM 0.7.3.dev138+g21f6ca217, ROCm 6.3 (rocm/vllm-dev:vllm-ds3-staging-0217)',
    notes: `${R1_NOTE} The highest throughput of the sweep: 915 tokens/s at concurrency 128.`,
    points: [
      pt(
        4,
        83.82220831,
        46.20285759,
        1259.239487,
        'mi300x,vllm,random,,4,,3200,800,1,4772.005034,500,1600000,400000,396874,0.10477776,335.2888333,83.82220831,38175.3227,38182.89261,135.2510789,38388.69078,1259.239487,1288.601479,83.57333762,1404.273702,46.20285759',
      ),
      pt(
        8,
        148.1944755,
        50.87484791,
        2231.22975,
        'mi300x,vllm,random,,8,,3200,800,1,2699.155949,500,1600000,400000,398379,0.185243094,592.7779018,148.1944755,42880.23323,42912.19565,438.5462719,43490.03507,2231.22975,2535.391168,376.6918934,2574.793257,50.87484791',
      ),
      pt(
        16,
        258.1444835,
        55.57127128,
        4261.061847,
        'mi300x,vllm,random,,16,,3200,800,1,1549.519845,500,1600000,400000,398344,0.322680604,1032.577934,258.1444835,48662.5076,48724.01799,937.0141348,49206.28673,4261.061847,4889.771666,832.1491309,5439.922793,55.57127128',
      ),
      pt(
        32,
        442.5765074,
        61.93423014,
        7110.186408,
        'mi300x,vllm,random,,32,,3200,800,1,903.7985372,500,1600000,400000,398308,0.553220634,1770.30603,442.5765074,56595.63629,56877.98635,1036.414714,57269.7954,7110.186408,7672.771038,2328.175592,9879.447837,61.93423014',
      ),
      pt(
        64,
        671.838344,
        77.96798761,
        12233.66578,
        'mi300x,vllm,random,,64,,3200,800,1,595.3813199,500,1600000,400000,398316,0.83979793,2687.353376,671.838344,74530.08788,75185.57073,1686.04563,75579.15154,12233.66578,11650.44474,5226.086613,19702.66513,77.96798761',
      ),
      pt(
        128,
        914.7383228,
        109.0719536,
        22245.64614,
        'mi300x,vllm,random,,128,,3200,800,1,437.2835269,500,1600000,400000,396748,1.143422903,3658.953291,914.7383228,109394.1371,110472.4457,2103.094734,111155.1599,22245.64614,23286.29814,10793.45813,39739.73556,109.0719536',
      ),
    ],
  },
  {
    ...R1,
    id: 'dstack-r1-8xmi300x-sglang-3200-800',
    deviceId: 'mi300x',
    interconnect: 'Infinity Fabric (XGMI), 8 GPUs',
    engine: 'sglang',
    engineVersion: 'SGLang 0.4.2.post4, ROCm 6.3 (rocm/sglang-staging:20250212)',
    notes: R1_NOTE,
    points: [
      pt(
        4,
        108.2544255,
        34.93687731,
        1644.592794,
        'mi300x,sglang,random,,4,,3200,800,1,3694.999057,500,1600000,400000,398535,0.135318032,433.0177018,108.2544255,29559.15776,29479.03605,787.3764289,30594.88932,1644.592794,1607.036484,531.3739752,2714.801581,34.93687731',
      ),
      pt(
        8,
        190.1142609,
        38.75499567,
        2462.127757,
        'mi300x,sglang,random,,8,,3200,800,1,2103.99787,500,1600000,400000,398355,0.237642826,760.4570435,190.1142609,33427.3693,33482.0647,384.8406094,33691.56138,2462.127757,2806.25386,766.3571808,3232.97449,38.75499567',
      ),
      pt(
        16,
        300.9758512,
        47.0948801,
        4186.809573,
        'mi300x,sglang,random,,16,,3200,800,1,1329.010279,500,1600000,400000,398417,0.376219814,1203.903405,300.9758512,41815.61877,41807.98277,1146.155278,43216.25204,4186.809573,3983.535117,1769.090293,6597.102121,47.0948801',
      ),
      pt(
        32,
        455.822034,
        59.62448543,
        7397.84833,
        'mi300x,sglang,random,,32,,3200,800,1,877.5354637,500,1600000,400000,398413,0.569777543,1823.288136,455.822034,55037.81219,55475.10795,1770.385192,56171.89535,7397.84833,7589.84577,3751.7276,13243.63199,59.62448543',
      ),
      pt(
        64,
        612.3397485,
        84.94547977,
        13925.27274,
        'mi300x,sglang,random,,64,,3200,800,1,653.232133,500,1600000,400000,398394,0.765424686,2449.358994,612.3397485,81796.71108,82642.17732,2251.384393,83261.84587,13925.27274,13916.91537,7735.45983,26733.49274,84.94547977',
      ),
      pt(
        128,
        737.1179253,
        135.7318958,
        27308.81256,
        'mi300x,sglang,random,,128,,3200,800,1,542.6540127,500,1600000,400000,398268,0.921397407,2948.471701,737.1179253,135758.5973,137201.1781,2626.240866,137504.2185,27308.81256,27298.95982,15439.51897,53426.27793,135.7318958',
      ),
    ],
  },
  {
    id: 'amd-rocm-8xmi300x-llama3.1-70b-fp8-128-2048',
    deviceId: 'mi300x',
    n: 8,
    interconnect: 'Infinity Fabric (XGMI), 8 GPUs',
    engine: 'vllm',
    engineVersion: 'vLLM 0.10.2, ROCm 7.0.0 (rocm/vllm:rocm7.0.0_vllm_0.10.2_20251006)',
    modelId: 'llama-3.1-70b',
    weightPrecision: 'fp8',
    kvPrecision: 'fp8',
    promptTokens: 128,
    outputTokens: 2048,
    lengths: 'fixed',
    mode: 'concurrency',
    latencyStat: 'mean',
    tpotIsItl: false,
    features: '',
    derivedFrom:
      'AMD’s latency table gives the end-to-end time of a fixed batch; output throughput is ' +
      'batch × 2,048 / latency. The 128-token prefill sits inside that time.',
    date: '2025-10-06',
    source: S.amdRocmPerformance,
    notes:
      'AMD’s vLLM latency table on 8 MI300X (tensor parallel 8), FP8 weights and KV cache. Only ' +
      'batches 1, 2 and 4 were legible in the copy we read. Going from 1 to 4 sequences costs 16% ' +
      'more time and buys 3.4 times the output: decode here is far from compute-bound.',
    points: [
      batchPt(
        1,
        2048,
        15.882,
        'Llama 3.1 70B (amd/Llama-3.1-70B-Instruct-FP8-KV) FP8 8 1 128 2048 15.882',
      ),
      batchPt(2, 2048, 17.934, '2 128 2048 17.934'),
      batchPt(4, 2048, 18.487, '4 128 2048 18.487'),
    ],
  },
  {
    ...L405,
    id: 'dstack-405b-8xh100-vllm-128-2048',
    deviceId: 'h100-sxm',
    interconnect: 'NVLink 4 (NV18 between every pair of the 8 GPUs)',
    engineVersion: 'vLLM 0.6.3.post2.dev308+gb489fc3c (nightly wheel)',
    kvPrecision: 'bf16',
    notes:
      'dstack’s offline sweep of Llama 3.1 405B (Meta’s FP8 checkpoint) on 8 H100 SXM5. Output ' +
      'throughput climbs only from about 1,060 to 1,310 tokens/s between batch 64 and 256: 405 GB ' +
      'of FP8 weights leave under 30 GB per GPU for the KV cache.',
    points: [
      batchPt(
        4,
        2048,
        71.27394036,
        '8xH100-meta-Llama-31-405B-FP8,128,2048,4,71.27394036,122.1203704',
      ),
      batchPt(
        8,
        2048,
        75.05596489,
        '8xH100-meta-Llama-31-405B-FP8,128,2048,8,75.05596489,231.9335981',
      ),
      batchPt(
        16,
        2048,
        75.82455635,
        '8xH100-meta-Llama-31-405B-FP8,128,2048,16,75.82455635,459.1652319',
      ),
      batchPt(
        32,
        2048,
        78.37005056,
        '8xH100-meta-Llama-31-405B-FP8,128,2048,32,78.37005056,888.5026806',
      ),
      batchPt(
        64,
        2048,
        123.1509682,
        '8xH100-meta-Llama-31-405B-FP8,128,2048,64,123.1509682,1130.839668',
      ),
      batchPt(128, 2048, 214.67, '8xH100-meta-Llama-31-405B-FP8,128,2048,128,214.67,1297.443'),
      batchPt(256, 2048, 399.64, '8xH100-meta-Llama-31-405B-FP8,128,2048,256,399.64,1393.8654'),
    ],
  },
  {
    ...L405,
    id: 'dstack-405b-8xmi300x-vllm-128-2048',
    deviceId: 'mi300x',
    interconnect: 'Infinity Fabric (XGMI), 8 GPUs',
    engineVersion: 'vLLM 0.6.3.dev109+gcb3b2b9b, ROCm 6.2 (eager mode)',
    kvPrecision: 'fp8',
    features: 'eager mode (--enforce-eager), no HIP graphs',
    notes:
      'The same sweep on 8 MI300X with AMD’s FP8 checkpoint and FP8 KV cache. With 192 GB per GPU ' +
      'the batch keeps paying off to 256 sequences (about 2,300 output tokens/s).',
    points: [
      batchPt(
        4,
        2048,
        67.79069331,
        '8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV,128,2048,4,67.79069331,128.3952055',
      ),
      batchPt(
        8,
        2048,
        68.69831185,
        '8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV,128,2048,8,68.69831185,253.3977842',
      ),
      batchPt(
        16,
        2048,
        73.0668384,
        '8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV,128,2048,16,73.0668384,476.4952304',
      ),
      batchPt(
        32,
        2048,
        81.6235981,
        '8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV,128,2048,32,81.6235981,853.0866271',
      ),
      batchPt(
        64,
        2048,
        99.36810183,
        '8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV,128,2048,64,99.36810183,1401.496028',
      ),
      batchPt(
        128,
        2048,
        131.6356226,
        '8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV,128,2048,128,131.6356226,2115.901414',
      ),
      batchPt(
        256,
        2048,
        227.2880827,
        '8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV,128,2048,256,227.2880827,2450.880809',
      ),
    ],
  },
  ...moreServingCurves,
  ...newServingCurves,
];
