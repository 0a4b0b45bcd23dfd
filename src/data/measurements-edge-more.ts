// Second pass of published single-stream measurements: CPUs, DGX Spark, RTX 4090/5090, phones' NPU and CPU, M2 and M5, RX 6700 XT.
import { gib, type Measurement } from './measurement-types';
import { pp, SINGLE, standIn, tg } from './measurements-builders';
// The phone's CPU stand-in of the first pass (ExecuTorch runs on its cores through XNNPACK).
import { SNAPDRAGON_8_GEN_3 } from './measurements-edge';
import { EDGE_SOURCES as E } from './measurement-sources-edge';
import { EDGE_MORE_SOURCES as S } from './measurement-sources-edge-more';

// Stand-ins for devices the catalogue does not hold. DRAM bandwidth is transfers/s × bus bytes.
const RYZEN_7950X = standIn('ryzen-9-7950x', {
  name: 'AMD Ryzen 9 7950X (16 Zen 4 cores, two DDR5 channels)',
  kind: 'cpu',
  segment: 'workstation',
  vendor: 'AMD',
  memoryBandwidthGBs: 83.2, // 2 channels × 5,200 MT/s × 8 bytes, AMD's rated DIMM speed
  source: S.amdRyzen7950x,
});
/**
 * The NPU of a Snapdragon 8 Elite phone. The stand-in type has no NPU kind, so it is recorded as
 * the SoC's accelerator with unified memory (the class Jetson and DGX Spark share).
 */
const SNAPDRAGON_8_ELITE_NPU = standIn('snapdragon-8-elite-hexagon', {
  name: 'Qualcomm Snapdragon 8 Elite, Hexagon NPU (HTP v79)',
  kind: 'gpu',
  segment: 'edge',
  vendor: 'Qualcomm',
  memoryBandwidthGBs: 84.8, // LPDDR5X at 5,300 MHz (10.6 GT/s) × 64 bits / 8, bus width assumed
  unifiedMemory: true,
  source: S.qualcommSnapdragon8Elite,
});
const APPLE_M2 = standIn('apple-m2', {
  name: 'Apple M2 (MacBook Air; 8- or 10-core GPU, not stated)',
  kind: 'gpu',
  segment: 'edge',
  vendor: 'Apple',
  memoryBandwidthGBs: 100, // Apple's figure for LPDDR5-6400 on a 128-bit bus
  unifiedMemory: true,
  source: S.appleM2,
});
const RX_6700_XT = standIn('radeon-rx-6700-xt', {
  name: 'AMD Radeon RX 6700 XT (12 GB)',
  kind: 'gpu',
  segment: 'workstation',
  vendor: 'AMD',
  memoryBandwidthGBs: 384, // 16 Gbps × 192 bits / 8
  source: S.amdRx6700xt,
});

const LLAMA_CPP = { ...SINGLE, engine: 'llama.cpp' } as const;

/** llama-bench tgN @ dD: N tokens decoded after D tokens were put in the cache. */
const tgAt = (tokens: number, depth: number) =>
  ({
    promptTokens: depth,
    outputTokens: tokens,
    meanContextTokens: depth + tokens / 2,
    metric: 'decode-tps',
  }) as const;

/** llama-bench ppN @ dD: an N-token batch processed after D tokens were put in the cache. */
const ppAt = (tokens: number, depth: number) =>
  ({
    promptTokens: tokens,
    outputTokens: 0,
    meanContextTokens: depth + tokens / 2,
    metric: 'prompt-tps',
  }) as const;

// --- DGX Spark, llama.cpp CUDA (DandinPower/llama.cpp_bench) ---------------------------------
const SPARK = {
  ...LLAMA_CPP,
  deviceId: 'dgx-spark',
  engineVersion:
    'llama.cpp build e95d0bc8f (7280), CUDA, fa 1, mmap 0, 20 threads; prompts with -b/-ub 16384, decode with -b 1 -ub 1',
  date: '2025-12-02',
  source: S.dandinpowerSpark,
} as const;
const SPARK_NOTE =
  'A second DGX Spark source, independent of the llama.cpp maintainers’ tables. unsloth GGUFs ' +
  '(model_download.md), five repetitions per test. The log carries no date; the same run ' +
  'includes Ministral-3-…-2512 checkpoints (a December 2025 release), so 2025-12-02 is our ' +
  'estimate of the earliest possible date. ';
const QWEN3_30B_A3B_Q4_K_M = {
  modelId: 'qwen3-30b-a3b',
  weightPrecision: 'q4_k_m',
  fileSizeGB: gib(17.28),
  fileSizeReported: '17.28 GiB',
} as const;
const QWEN3_32B_Q4_K_M = {
  modelId: 'qwen3-32b',
  weightPrecision: 'q4_k_m',
  fileSizeGB: gib(18.4),
  fileSizeReported: '18.40 GiB',
} as const;

const sparkMeasurements: readonly Measurement[] = [
  {
    ...SPARK,
    ...QWEN3_30B_A3B_Q4_K_M,
    ...pp(512),
    id: 'dandinpower-spark-qwen3-30b-a3b-q4_k_m-pp512',
    value: 2541.61,
    quote:
      '| qwen3moe 30B.A3B Q4_K - Medium | 17.28 GiB | 30.53 B | CUDA | 99 | 16384 | 16384 | 1 | 0 | pp512 | 2541.61 ± 53.01 |',
    notes: SPARK_NOTE + 'Qwen3-30B-A3B-Instruct-2507, the 30B-A3B shape.',
  },
  {
    ...SPARK,
    ...QWEN3_30B_A3B_Q4_K_M,
    ...pp(2048),
    id: 'dandinpower-spark-qwen3-30b-a3b-q4_k_m-pp2048',
    value: 3101.13,
    quote:
      '| qwen3moe 30B.A3B Q4_K - Medium | 17.28 GiB | 30.53 B | CUDA | 99 | 16384 | 16384 | 1 | 0 | pp2048 | 3101.13 ± 20.10 |',
    notes: SPARK_NOTE + 'The sweep peaks here; longer prompts fall back as attention grows.',
  },
  {
    ...SPARK,
    ...QWEN3_30B_A3B_Q4_K_M,
    ...tgAt(256, 512),
    id: 'dandinpower-spark-qwen3-30b-a3b-q4_k_m-tg256-d512',
    value: 89.8,
    quote:
      '| qwen3moe 30B.A3B Q4_K - Medium | 17.28 GiB | 30.53 B | CUDA | 99 | 1 | 1 | 1 | 0 | tg256 @ d512 | 89.80 ± 0.33 |',
    notes:
      SPARK_NOTE +
      '256 tokens decoded after a 512-token context. About 2.0 GB of the file is read per token ' +
      '(3.3B of 30.5B parameters active), so 273 GB/s allows about 136 tokens/s.',
  },
  {
    ...SPARK,
    ...QWEN3_32B_Q4_K_M,
    ...pp(512),
    id: 'dandinpower-spark-qwen3-32b-q4_k_m-pp512',
    value: 762.22,
    quote:
      '| qwen3 32B Q4_K - Medium | 18.40 GiB | 32.76 B | CUDA | 99 | 16384 | 16384 | 1 | 0 | pp512 | 762.22 ± 6.16 |',
    notes: SPARK_NOTE + 'Dense Qwen3-32B.',
  },
  {
    ...SPARK,
    ...QWEN3_32B_Q4_K_M,
    ...pp(2048),
    id: 'dandinpower-spark-qwen3-32b-q4_k_m-pp2048',
    value: 683.22,
    quote:
      '| qwen3 32B Q4_K - Medium | 18.40 GiB | 32.76 B | CUDA | 99 | 16384 | 16384 | 1 | 0 | pp2048 | 683.22 ± 1.69 |',
    notes: SPARK_NOTE + 'Dense Qwen3-32B.',
  },
  {
    ...SPARK,
    ...QWEN3_32B_Q4_K_M,
    ...tgAt(256, 512),
    id: 'dandinpower-spark-qwen3-32b-q4_k_m-tg256-d512',
    value: 10.75,
    quote:
      '| qwen3 32B Q4_K - Medium | 18.40 GiB | 32.76 B | CUDA | 99 | 1 | 1 | 1 | 0 | tg256 @ d512 | 10.75 ± 0.00 |',
    notes:
      SPARK_NOTE +
      '256 tokens after a 512-token context. 19.8 GB per token at 273 GB/s allows 13.8 tokens/s; ' +
      'this run reaches 78 % of it.',
  },
];

// --- Phones: Hexagon NPU (llama.cpp) and CPU (ExecuTorch) -------------------------------------
const LLAMA32_1B_Q4_0 = {
  modelId: 'llama-3.2-1b',
  weightPrecision: 'q4_0',
  fileSizeGB: gib(729.75 / 1024),
  fileSizeReported: '729.75 MiB',
} as const;
const HEXAGON = {
  ...LLAMA_CPP,
  ...SNAPDRAGON_8_ELITE_NPU,
  ...LLAMA32_1B_Q4_0,
  engineVersion:
    'llama.cpp build 6a8cf8914 (6733), Hexagon backend (experimental) on HTP0, 4 CPU threads, n_batch 128, mmap 0',
  date: '2025-10-11',
  source: S.llamaCppSnapdragonDocs,
} as const;
const HEXAGON_NOTE =
  'Llama-3.2-1B-Instruct Q4_0 with all 17 layers offloaded to the NPU, run through ' +
  'scripts/snapdragon/adb/run-bench.sh on an Android phone the README does not name. The log ' +
  'reports “Hexagon Arch version v79”, which is the NPU of the Snapdragon 8 Elite (the 8 Elite ' +
  'Gen 5 carries v81): our reading, not the README’s words. Dated by the model download in the ' +
  'same README (2025-10-11). ';

const hexagonMeasurements: readonly Measurement[] = [
  {
    ...HEXAGON,
    ...pp(128),
    id: 'llamacpp-docs-snapdragon-htp-llama3.2-1b-q4_0-pp128',
    value: 169.42,
    quote:
      '| llama 1B Q4_0 | 729.75 MiB | 1.24 B | HTP | 99 | 4 | 128 | 0 | pp128 | 169.42 ± 1.75 |',
    notes: HEXAGON_NOTE + 'A 128-token prompt in one batch of 128.',
  },
  {
    ...HEXAGON,
    ...tg(64),
    id: 'llamacpp-docs-snapdragon-htp-llama3.2-1b-q4_0-tg64',
    value: 51.54,
    quote: '| llama 1B Q4_0 | 729.75 MiB | 1.24 B | HTP | 99 | 4 | 128 | 0 | tg64 | 51.54 ± 1.13 |',
    notes:
      HEXAGON_NOTE +
      '64 tokens from an empty context. 0.77 GB per token at an assumed 84.8 GB/s allows about ' +
      '110 tokens/s; the NPU reaches under half of that.',
  },
];

const EXECUTORCH_1B = {
  ...SINGLE,
  ...SNAPDRAGON_8_GEN_3,
  engine: 'executorch',
  engineVersion:
    'ExecuTorch with XNNPACK and KleidiAI (README of late 2024), adb llama_main runner',
  harness: 'engine',
  modelId: 'llama-3.2-1b',
  promptTokens: 64,
  outputTokens: 0,
  meanContextTokens: 32,
  date: '2024-10-24',
  source: E.executorchLlama,
} as const;
const EXECUTORCH_NOTE =
  'The 1B rows of the README table the first pass read for the 3B model (then no 1B preset ' +
  'existed). OnePlus 12, CPU cores through XNNPACK with KleidiAI, 64-token prompt; no output ' +
  'length is given, which the prompt phase does not depend on. ';
const ET_1B_BF16 = {
  weightPrecision: 'bf16',
  fileSizeGB: gib(2.358 / 1.024),
  fileSizeReported: '2,358 MiB (PTE file)',
} as const;
const ET_1B_SPINQUANT = {
  weightPrecision: 'int4',
  fileSizeGB: gib(1.083 / 1.024),
  fileSizeReported:
    '1,083 MiB (PTE file); 4-bit groups of 32 for the linear layers, 8-bit embeddings',
} as const;
const ET_1B_QAT_LORA = {
  weightPrecision: 'int4',
  fileSizeGB: gib(1.127 / 1.024),
  fileSizeReported:
    '1,127 MiB (PTE file); 4-bit groups of 32 for the linear layers, 8-bit embeddings, BF16 LoRA adaptors',
} as const;

const executorchMeasurements: readonly Measurement[] = [
  {
    ...EXECUTORCH_1B,
    ...ET_1B_BF16,
    id: 'executorch-oneplus12-llama3.2-1b-bf16-prefill',
    metric: 'prompt-tps',
    value: 60.3,
    quote: '|1B BF16 (baseline) | 19.2 |  1.0 | 60.3  | 2,358 | 3,185 |',
    notes: EXECUTORCH_NOTE + 'Unquantised BF16 weights.',
  },
  {
    ...EXECUTORCH_1B,
    ...ET_1B_BF16,
    id: 'executorch-oneplus12-llama3.2-1b-bf16-ttft',
    metric: 'ttft-s',
    value: 1.0,
    quote: '|1B BF16 (baseline) | 19.2 |  1.0 | 60.3  | 2,358 | 3,185 |',
    notes: EXECUTORCH_NOTE + 'Time to first token, seconds.',
  },
  {
    ...EXECUTORCH_1B,
    ...ET_1B_SPINQUANT,
    id: 'executorch-oneplus12-llama3.2-1b-spinquant-prefill',
    metric: 'prompt-tps',
    value: 260.5,
    quote:
      '|1B SpinQuant | 50.2 (2.6x) | 0.3 (-76.9%) | 260.5 (4.3x) | 1,083 (-54.1%)  | 1,921 (-39.7%) |',
    notes:
      EXECUTORCH_NOTE +
      'SpinQuant: 4-bit weights with 8-bit dynamic activations, so the prompt runs on int8 dot products.',
  },
  {
    ...EXECUTORCH_1B,
    ...ET_1B_SPINQUANT,
    id: 'executorch-oneplus12-llama3.2-1b-spinquant-ttft',
    metric: 'ttft-s',
    value: 0.3,
    quote:
      '|1B SpinQuant | 50.2 (2.6x) | 0.3 (-76.9%) | 260.5 (4.3x) | 1,083 (-54.1%)  | 1,921 (-39.7%) |',
    notes: EXECUTORCH_NOTE + 'Time to first token, seconds (one decimal in the source).',
  },
  {
    ...EXECUTORCH_1B,
    ...ET_1B_QAT_LORA,
    id: 'executorch-oneplus12-llama3.2-1b-qat-lora-prefill',
    metric: 'prompt-tps',
    value: 252.0,
    quote:
      '|1B QAT+LoRA | 45.8 (2.4x) | 0.3 (-76.0%)  | 252.0 (4.2x) | 1,127 (-52.2%)  | 2,255 (-29.2%) |',
    notes:
      EXECUTORCH_NOTE + 'QAT+LoRA: the same 4-bit scheme as SpinQuant plus BF16 LoRA adaptors.',
  },
];

// --- CPUs: Ryzen 9 7950X (ik_llama.cpp and llama.cpp) and one Xeon 6980P socket ---------------
const IK_7950X = {
  ...LLAMA_CPP,
  ...RYZEN_7950X,
  engineVersion:
    'ik_llama.cpp of late September 2024 (commit not given; a llama.cpp fork, recorded as the llama.cpp family), CPU',
  date: '2024-09-26',
  source: S.ikLlama32Eval,
} as const;
const IK_7950X_NOTE =
  'Posted by the ik_llama.cpp author on his Ryzen-7950X. The DIMM speed is not stated, so AMD’s ' +
  'rated DDR5-5200 stands in; the same author writes elsewhere (discussion #201) that he has ' +
  'never seen more than 60 GiB/s (64 GB/s) on this machine. ';
const IK_7950X_TG_NOTE =
  IK_7950X_NOTE +
  'The table sweeps 1, 2, 4 and 8 threads for decode; the fastest is used (two channels of DRAM ' +
  'are saturated by 2 to 4 cores). ';
const LLAMA32_1B_BF16 = {
  modelId: 'llama-3.2-1b',
  weightPrecision: 'bf16',
  fileSizeGB: gib(2.79),
  fileSizeReported: '2.79 GiB',
} as const;
const LLAMA32_1B_Q8_0 = {
  modelId: 'llama-3.2-1b',
  weightPrecision: 'q8_0',
  fileSizeGB: gib(1.48),
  fileSizeReported: '1.48 GiB',
} as const;
const LLAMA32_3B_BF16 = {
  modelId: 'llama-3.2-3b',
  weightPrecision: 'bf16',
  fileSizeGB: gib(6.72),
  fileSizeReported: '6.72 GiB',
} as const;
const LLAMA32_3B_Q8_0 = {
  modelId: 'llama-3.2-3b',
  weightPrecision: 'q8_0',
  fileSizeGB: gib(3.57),
  fileSizeReported: '3.57 GiB',
} as const;
const LLAMA32_3B_Q6_K = {
  modelId: 'llama-3.2-3b',
  weightPrecision: 'q6_k',
  fileSizeGB: gib(2.76),
  fileSizeReported: '2.76 GiB',
} as const;

const ML_7950X = {
  ...LLAMA_CPP,
  ...RYZEN_7950X,
  modelId: 'llama-3.1-8b',
  engineVersion: 'llama.cpp build 14b699ec (4384), CPU built for AVX2 (not AVX-512), 16 threads',
  date: '2024-12-24',
  source: S.ikCpuComparison,
  ...pp(512),
} as const;
const ML_7950X_NOTE =
  'LLaMA-3.1-8B-Instruct, mainline llama.cpp column of a table comparing it with ik_llama.cpp ' +
  '(quantised with mainline). The section is headed AVX2: the build uses the AVX2 kernels on the ' +
  'Zen 4 cores. The table’s decode rows use only 2 threads on purpose and are in the excluded ' +
  'list. ';

const cpuMeasurements: readonly Measurement[] = [
  {
    ...IK_7950X,
    ...LLAMA32_1B_BF16,
    ...pp(512),
    id: 'ik-llamacpp-63-ryzen7950x-llama3.2-1b-bf16-pp512',
    value: 1217.13,
    quote:
      '| llama 1B BF16   |   2.79 GiB | CPU        |      16 |         pp512 |  1217.13 ± 18.31 |',
    notes: IK_7950X_NOTE + '16 threads.',
  },
  {
    ...IK_7950X,
    ...LLAMA32_1B_BF16,
    ...tg(128),
    id: 'ik-llamacpp-63-ryzen7950x-llama3.2-1b-bf16-tg128',
    value: 23.86,
    quote:
      '| llama 1B BF16   |   2.79 GiB | CPU        |       4 |         tg128 |     23.86 ± 0.08 |',
    notes: IK_7950X_TG_NOTE + '4 threads. 3.0 GB per token × 23.86 = 72 GB/s.',
  },
  {
    ...IK_7950X,
    ...LLAMA32_1B_Q8_0,
    ...tg(128),
    id: 'ik-llamacpp-63-ryzen7950x-llama3.2-1b-q8_0-tg128',
    value: 46.86,
    quote:
      '| llama 1B Q8_0   |   1.48 GiB | CPU        |       2 |         tg128 |     46.86 ± 0.04 |',
    notes: IK_7950X_TG_NOTE + '2 threads. 1.59 GB per token × 46.86 = 74 GB/s.',
  },
  {
    ...IK_7950X,
    ...LLAMA32_3B_BF16,
    ...tg(128),
    id: 'ik-llamacpp-63-ryzen7950x-llama3.2-3b-bf16-tg128',
    value: 9.35,
    quote:
      '| llama 3B BF16   |   6.72 GiB | CPU        |       4 |         tg128 |      9.35 ± 0.02 |',
    notes: IK_7950X_TG_NOTE + '4 threads.',
  },
  {
    ...IK_7950X,
    ...LLAMA32_3B_Q8_0,
    ...pp(512),
    id: 'ik-llamacpp-63-ryzen7950x-llama3.2-3b-q8_0-pp512',
    value: 383.82,
    quote:
      '| llama 3B Q8_0   |   3.57 GiB | CPU        |      16 |         pp512 |    383.82 ± 1.85 |',
    notes: IK_7950X_NOTE + '16 threads.',
  },
  {
    ...IK_7950X,
    ...LLAMA32_3B_Q8_0,
    ...tg(128),
    id: 'ik-llamacpp-63-ryzen7950x-llama3.2-3b-q8_0-tg128',
    value: 18.66,
    quote:
      '| llama 3B Q8_0   |   3.57 GiB | CPU        |       2 |         tg128 |     18.66 ± 0.04 |',
    notes: IK_7950X_TG_NOTE + '2 threads.',
  },
  {
    ...IK_7950X,
    ...LLAMA32_3B_Q6_K,
    ...tg(128),
    id: 'ik-llamacpp-63-ryzen7950x-llama3.2-3b-q6_k-tg128',
    value: 22.97,
    quote:
      '| llama 3B Q6_K   |   2.76 GiB | CPU        |       4 |         tg128 |     22.97 ± 0.01 |',
    notes: IK_7950X_TG_NOTE + '4 threads.',
  },
  {
    ...ML_7950X,
    id: 'ik-llamacpp-164-ryzen7950x-llama3.1-8b-bf16-pp512',
    weightPrecision: 'bf16',
    fileSizeGB: gib(14.96),
    fileSizeReported: '14.96 GiB',
    value: 78.58,
    quote:
      '| 8B BF16                  |  14.96 GiB |      16 |         pp512 |         78.58 ± 0.10 |      256.90 ± 0.36 |   3.269  |',
    notes: ML_7950X_NOTE + 'BF16 weights (the native 16-bit format on this CPU, per the post).',
  },
  {
    ...ML_7950X,
    id: 'ik-llamacpp-164-ryzen7950x-llama3.1-8b-q8_0-pp512',
    weightPrecision: 'q8_0',
    fileSizeGB: gib(7.95),
    fileSizeReported: '7.95 GiB',
    value: 147.92,
    quote:
      '| 8B Q8_0                  |   7.95 GiB |      16 |         pp512 |        147.92 ± 0.52 |      268.19 ± 0.19 |   1.813  |',
    notes: ML_7950X_NOTE,
  },
  {
    ...ML_7950X,
    id: 'ik-llamacpp-164-ryzen7950x-llama3.1-8b-q4_0-pp512',
    weightPrecision: 'q4_0',
    fileSizeGB: gib(4.35),
    fileSizeReported: '4.35 GiB',
    value: 153.52,
    quote:
      '| 8B Q4_0                  |   4.35 GiB |      16 |         pp512 |        153.52 ± 0.21 |      273.54 ± 0.33 |   1.782  |',
    notes: ML_7950X_NOTE,
  },
  // Xeon 6980P, one socket, DeepSeek-R1 Q8_0 (llama.cpp discussion #12088, as quoted in ik_llama.cpp #201)
  {
    ...LLAMA_CPP,
    ...pp(512),
    id: 'ik-llamacpp-201-xeon6980p-deepseek-r1-q8_0-pp512',
    deviceId: 'xeon-6980p',
    engineVersion:
      'ik_llama.cpp of early 2025 (commit not given), CPU, 128 threads, numactl -N 0 -m 0 --numa numactl, KV f16',
    modelId: 'deepseek-v3',
    weightPrecision: 'q8_0',
    fileSizeGB: gib(664.29),
    fileSizeReported: '664.29 GiB',
    value: 78.89,
    date: '2025-03-13',
    source: S.ikNumaSituation,
    quote: 'deepseek2 671B Q8_0 | 664.29 GiB | 671.03 B | CPU | 128 | pp512 | 78.89 ± 21.46',
    notes:
      'unsloth DeepSeek-R1 Q8_0 (DeepSeek-V3 architecture) on one socket of a dual Xeon 6980P, ' +
      'pinned to NUMA node 0, which the owner describes in the same thread as one whole 128-core ' +
      'socket with SNC disabled. The table is the ik_llama.cpp section of a post in llama.cpp ' +
      'discussion #12088, copied into ik_llama.cpp discussion #201 on 2025-03-13 (the date used). ' +
      'No MLA option is set. The ±21.46 spread is large. DIMM speed is not given, so the ' +
      'catalogue’s 12 × DDR5-6400 applies. The same machine gave the first pass’s Q4_K_M ' +
      'prompt point (ik_llama.cpp PR #259), a different file and run.',
  },
];

// --- Consumer GPUs: RTX 4090 (Vulkan), RTX 5090 (CUDA and Vulkan), RX 6700 XT (ROCm, Vulkan) ---
const LLAMA31_8B_Q4_0_BIG = {
  modelId: 'llama-3.1-8b',
  weightPrecision: 'q4_0',
  fileSizeGB: gib(5.61),
  fileSizeReported: '5.61 GiB',
} as const;
const RTX5090 = {
  ...LLAMA_CPP,
  ...LLAMA31_8B_Q4_0_BIG,
  ...ppAt(1024, 1024),
  deviceId: 'rtx-5090',
  date: '2025-07-01',
  source: S.ikAmdGpuDiscussion,
} as const;
const RTX5090_NOTE =
  'Posted by a llama.cpp Vulkan maintainer on his RTX 5090 (Windows, RelWithDebInfo build of ' +
  'about 2025-07-01, commit not given): a 1,024-token batch after 1,024 tokens in the cache, ' +
  'flash attention on, one repetition. meta-llama-3.1-8b-instruct-q4_0.gguf is 5.61 GiB, larger ' +
  'than the usual 4.33 GiB Q4_0 file, so it keeps some tensors wider; the reported size is used. ';

const MISTRAL_7B_Q4_0 = {
  modelId: 'mistral-7b',
  weightPrecision: 'q4_0',
  fileSizeGB: gib(3.83),
  fileSizeReported: '3.83 GiB',
} as const;
const MISTRAL_NOTE =
  'The file is Mistral 7B v0.1 or v0.2 (32,000-token vocabulary, 7.24B parameters) rather than ' +
  'the v0.3 preset (7.25B); the bytes come from the reported file size, and the v0.1 sliding ' +
  'window does not bind at these context lengths. ';
const RX6700 = {
  ...LLAMA_CPP,
  ...RX_6700_XT,
  ...MISTRAL_7B_Q4_0,
  date: '2024-03-03',
  source: E.llamaCppVulkanImprovements,
} as const;
const RX6700_NOTE =
  'mistral-7b-instruct-v0.2 fully offloaded, posted in the review of the Vulkan PR by a tester ' +
  'with a Ryzen 5700X host. ' +
  MISTRAL_NOTE;

const gpuMeasurements: readonly Measurement[] = [
  {
    ...LLAMA_CPP,
    ...pp(512),
    id: 'geerling-43-rtx4090-vulkan-llama3.2-3b-q4_k_m-pp512',
    deviceId: 'rtx-4090',
    engineVersion: 'llama.cpp build 086a63e3a (7340), Vulkan, ngl 99',
    modelId: 'llama-3.2-3b',
    weightPrecision: 'q4_k_m',
    fileSizeGB: gib(1.87),
    fileSizeReported: '1.87 GiB',
    value: 20323.29,
    date: '2025-12-09',
    source: S.geerlingRtx4090,
    quote: '| llama 3B Q4_K - Medium | 1.87 GiB | 3.21 B | Vulkan | 99 | pp512 | 20323.29 ± 8.21 |',
    notes:
      'Llama-3.2-3B-Instruct Q4_K_M in an Intel Core Ultra 265K PC under Ubuntu 25.10, Vulkan ' +
      'rather than CUDA. 3.21B parameters × 2 FLOP × 20,323 tokens/s = 130 TFLOPS, 79 % of the ' +
      'catalogue’s dense BF16 peak, a high share for a prompt of 512 tokens. The tg128 row was ' +
      'cut off in the copy we read.',
  },
  {
    ...RTX5090,
    id: 'ik-llamacpp-562-rtx5090-cuda-llama3.1-8b-q4_0-pp1024-d1024',
    engineVersion: 'llama.cpp (local build, commit not given), CUDA, fa 1, --prio 1, -r 1',
    value: 12854.24,
    quote:
      '| llama 8B Q4_0 | 5.61 GiB | 8.03 B | CUDA | 99 | 1 | pp1024 @ d1024 | 12854.24 ± 0.00 |',
    notes:
      RTX5090_NOTE +
      'CUDA backend. 8.03B × 2 FLOP × 12,854 tokens/s = 206 TFLOPS before attention, through ' +
      'llama.cpp’s int8 matrix kernels; the catalogue holds no RTX 5090 compute peak yet, so ' +
      'the point waits for one.',
  },
  {
    ...RTX5090,
    id: 'ik-llamacpp-562-rtx5090-vulkan-llama3.1-8b-q4_0-pp1024-d1024',
    engineVersion:
      'llama.cpp (local build, commit not given), Vulkan with NV_coopmat2, fa 1, --prio 1, -r 1',
    value: 10616.78,
    quote:
      '| llama 8B Q4_0 | 5.61 GiB | 8.03 B | Vulkan | 99 | 1 | pp1024 @ d1024 | 10616.78 ± 0.00 |',
    notes:
      RTX5090_NOTE + 'Vulkan backend through the coopmat2 matrix extension, same GPU and file.',
  },
  {
    ...RX6700,
    ...pp(512),
    id: 'llamacpp-5835-rx6700xt-rocm-mistral-7b-q4_0-pp512',
    engineVersion: 'llama.cpp of early March 2024 (PR #5835 review), ROCm 6.0 (HIP), ngl 99',
    value: 1017.28,
    quote: '| llama 7B Q4_0 | 3.83 GiB | 7.24 B | ROCm | 99 | pp 512 | 1017.28 ± 5.60 |',
    notes: RX6700_NOTE,
  },
  {
    ...RX6700,
    ...tg(128),
    id: 'llamacpp-5835-rx6700xt-rocm-mistral-7b-q4_0-tg128',
    engineVersion: 'llama.cpp of early March 2024 (PR #5835 review), ROCm 6.0 (HIP), ngl 99',
    value: 58.97,
    quote: '| llama 7B Q4_0 | 3.83 GiB | 7.24 B | ROCm | 99 | tg 128 | 58.97 ± 0.21 |',
    notes: RX6700_NOTE + '4.11 GB per token at 384 GB/s allows 93 tokens/s; ROCm reaches 63 %.',
  },
  {
    ...RX6700,
    ...pp(512),
    id: 'llamacpp-5835-rx6700xt-vulkan-pr-mistral-7b-q4_0-pp512',
    engineVersion:
      'llama.cpp Vulkan backend at PR #5835 (March 2024, the “Vulkan (PR)” rows), ngl 99',
    value: 425.07,
    quote: '| llama 7B Q4_0 | 3.83 GiB | 7.24 B | Vulkan (PR) | 99 | pp 512 | 425.07 ± 12.91 |',
    notes: RX6700_NOTE + 'The early Vulkan backend, with the PR applied.',
  },
];

// --- Apple: M2 (MacBook Air) and M5 with the Metal 4 tensor API ---------------------------------
const appleMeasurements: readonly Measurement[] = [
  {
    ...LLAMA_CPP,
    ...APPLE_M2,
    ...MISTRAL_7B_Q4_0,
    ...pp(512),
    id: 'llamacpp-5480-m2-air-mistral-7b-q4_0-pp512',
    engineVersion: 'llama.cpp 3bdc4cd0 (February 2024), Metal, ngl 99',
    value: 141.36,
    date: '2024-02-13',
    source: S.llamaCppSyclLow,
    quote: 'llama 7B Q4_0 | 3.83 GiB | 7.24 B | Metal | 99 | pp 512 | 141.36 ± 0.67',
    notes: 'mistral-7b-v0.1.Q4_0 (TheBloke) on an M2 MacBook Air. ' + MISTRAL_NOTE,
  },
  {
    ...LLAMA_CPP,
    ...APPLE_M2,
    ...MISTRAL_7B_Q4_0,
    ...tg(128),
    id: 'llamacpp-5480-m2-air-mistral-7b-q4_0-tg128',
    engineVersion: 'llama.cpp 3bdc4cd0 (February 2024), Metal, ngl 99',
    value: 20.06,
    date: '2024-02-13',
    source: S.llamaCppSyclLow,
    quote: 'llama 7B Q4_0 | 3.83 GiB | 7.24 B | Metal | 99 | tg 128 | 20.06 ± 0.66',
    notes:
      'Same run. 4.11 GB per token at 100 GB/s allows 24 tokens/s; the fanless Air reaches 82 %. ' +
      'Its tg512 row (13.96 ± 1.62) falls away, likely heat. ' +
      MISTRAL_NOTE,
  },
  {
    ...LLAMA_CPP,
    ...MISTRAL_7B_Q4_0,
    ...pp(512),
    id: 'llamacpp-16634-m5-metal4-mistral-7b-q4_0-pp512',
    deviceId: 'apple-m5-10c',
    engineVersion:
      'llama.cpp PR #16634 branch (Metal 4 tensor API, October 2025), Metal; benchmark app output, build not given',
    value: 608.05,
    date: '2025-10-25',
    source: E.llamaCppMetal4,
    quote: '| llama 7B Q4_0 | 3.83 GiB | 7.24 B | Metal | pp 512 | 608.05 ± 8.37 |',
    notes:
      'A reviewer’s run “on M5” with mistral-7b-v0.1.Q4_0 on the PR branch, the first published ' +
      'prompt figure with the GPU neural accelerators in use. The device (MacBook Pro or iPad ' +
      'Pro) is not named; both M5 parts have the 10-core GPU and 153 GB/s. ' +
      MISTRAL_NOTE,
  },
  {
    ...LLAMA_CPP,
    ...MISTRAL_7B_Q4_0,
    ...tg(128),
    id: 'llamacpp-16634-m5-metal4-mistral-7b-q4_0-tg128',
    deviceId: 'apple-m5-10c',
    engineVersion:
      'llama.cpp PR #16634 branch (Metal 4 tensor API, October 2025), Metal; benchmark app output, build not given',
    value: 26.59,
    date: '2025-10-25',
    source: E.llamaCppMetal4,
    quote: '| llama 7B Q4_0 | 3.83 GiB | 7.24 B | Metal | tg 128 | 26.59 ± 0.88 |',
    notes:
      'Same run. 4.11 GB per token at 153 GB/s allows 37 tokens/s; 26.6 is 71 % of it. ' +
      MISTRAL_NOTE,
  },
];

// --- Apple M5 (MacBook Air), MLX 4-bit (enescingoz/mac-llm-bench) -----------------------------
/**
 * MLX 4-bit: groups of 64 with a BF16 scale and bias each, 4 + 32 / 64 = 4.5 bits for every
 * weight (mlx-lm also quantises the embedding). The JSON files give no size, so bytes are derived.
 */
const MLX_M5 = {
  ...SINGLE,
  engine: 'mlx',
  deviceId: 'apple-m5-10c',
  engineVersion:
    'mlx-lm 0.31.2 (mlx_lm.benchmark, per the README’s library table), macOS 26.4, one 512-token prompt then 128 tokens',
  weightPrecision: 'int4',
  date: '2026-04-07',
  source: S.macLlmBenchM5,
} as const;
const MLX_M5_NOTE =
  'MacBook Air with a 10-core M5 and 32 GB, on mains power. The wrapper runs mlx_lm.benchmark ' +
  'per prompt and generation size and keeps the last run for each key, so pp512 and tg128 come ' +
  'from one run with a 512-token prompt and 128 generated tokens. The JSON labels the runtime ' +
  '“llama.cpp, version unknown” although the files sit under mlx/ and name mlx-community ' +
  'checkpoints; the README dates the MLX library. ';
const mlxPrompt = {
  promptTokens: 512,
  outputTokens: 0,
  meanContextTokens: 256,
  metric: 'prompt-tps',
} as const;
const mlxDecode = {
  promptTokens: 512,
  outputTokens: 128,
  meanContextTokens: 576,
  metric: 'decode-tps',
} as const;
const MLX_LLAMA32_1B = {
  modelId: 'llama-3.2-1b',
  fileSizeGB: 0.695,
  fileSizeReported:
    'derived: 1.236B weights × 4.5 / 8 = 0.695 GB (mlx-community/Llama-3.2-1B-Instruct-4bit)',
} as const;
const MLX_LLAMA32_3B = {
  modelId: 'llama-3.2-3b',
  fileSizeGB: 1.806,
  fileSizeReported:
    'derived: 3.21B weights × 4.5 / 8 = 1.806 GB (mlx-community/Llama-3.2-3B-Instruct-4bit)',
} as const;
const MLX_LLAMA31_8B = {
  modelId: 'llama-3.1-8b',
  fileSizeGB: 4.517,
  fileSizeReported:
    'derived: 8.03B weights × 4.5 / 8 = 4.517 GB (mlx-community/Meta-Llama-3.1-8B-Instruct-4bit)',
} as const;
const MLX_MISTRAL_7B = {
  modelId: 'mistral-7b',
  fileSizeGB: 4.078,
  fileSizeReported:
    'derived: 7.25B weights × 4.5 / 8 = 4.078 GB (mlx-community/Mistral-7B-Instruct-v0.3-4bit)',
} as const;

const mlxM5Measurements: readonly Measurement[] = [
  {
    ...MLX_M5,
    ...MLX_LLAMA32_1B,
    ...mlxPrompt,
    id: 'mac-llm-bench-m5-mlx-llama3.2-1b-4bit-pp512',
    value: 5075.14,
    quote: '"pp256": 4603.83, "pp512": 5075.14',
    notes: MLX_M5_NOTE,
  },
  {
    ...MLX_M5,
    ...MLX_LLAMA32_1B,
    ...mlxDecode,
    id: 'mac-llm-bench-m5-mlx-llama3.2-1b-4bit-tg128',
    value: 156.67,
    quote: '"pp128": 3801.72, "tg128": 156.67,',
    notes: MLX_M5_NOTE + '0.70 GB per token × 156.7 = 109 GB/s of 153.',
  },
  {
    ...MLX_M5,
    ...MLX_LLAMA32_3B,
    ...mlxPrompt,
    id: 'mac-llm-bench-m5-mlx-llama3.2-3b-4bit-pp512',
    value: 1756.34,
    quote: '"pp256": 1566.98, "pp512": 1756.34',
    notes: MLX_M5_NOTE,
  },
  {
    ...MLX_M5,
    ...MLX_LLAMA32_3B,
    ...mlxDecode,
    id: 'mac-llm-bench-m5-mlx-llama3.2-3b-4bit-tg128',
    value: 63.1,
    quote: '"pp128": 1341.28, "tg128": 63.1,',
    notes: MLX_M5_NOTE,
  },
  {
    ...MLX_M5,
    ...MLX_LLAMA31_8B,
    ...mlxPrompt,
    id: 'mac-llm-bench-m5-mlx-llama3.1-8b-4bit-pp512',
    value: 527.98,
    quote: '"pp256": 647.63, "pp512": 527.98',
    notes: MLX_M5_NOTE + 'pp512 is below pp256 (647.6), a spread to keep in mind.',
  },
  {
    ...MLX_M5,
    ...MLX_LLAMA31_8B,
    ...mlxDecode,
    id: 'mac-llm-bench-m5-mlx-llama3.1-8b-4bit-tg128',
    value: 28.31,
    quote: '"pp128": 549.88, "tg128": 28.31,',
    notes: MLX_M5_NOTE + '4.52 GB per token × 28.3 = 128 GB/s, 84 % of 153 GB/s.',
  },
  {
    ...MLX_M5,
    ...MLX_MISTRAL_7B,
    ...mlxPrompt,
    id: 'mac-llm-bench-m5-mlx-mistral-7b-v0.3-4bit-pp512',
    value: 390.98,
    quote: '"pp256": 350.57, "pp512": 390.98',
    notes: MLX_M5_NOTE + 'Mistral-7B-Instruct-v0.3, the preset’s own version.',
  },
  {
    ...MLX_M5,
    ...MLX_MISTRAL_7B,
    ...mlxDecode,
    id: 'mac-llm-bench-m5-mlx-mistral-7b-v0.3-4bit-tg128',
    value: 22.95,
    quote: '"pp128": 544.05, "tg128": 22.95,',
    notes: MLX_M5_NOTE + 'Mistral-7B-Instruct-v0.3.',
  },
];

export const moreEdgeMeasurements: readonly Measurement[] = [
  ...sparkMeasurements,
  ...hexagonMeasurements,
  ...executorchMeasurements,
  ...cpuMeasurements,
  ...gpuMeasurements,
  ...appleMeasurements,
  ...mlxM5Measurements,
];
