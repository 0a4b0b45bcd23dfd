// The fitted parameters, grouped-validation bands, widening factors and data support of the
// expected-speed model (generated: the tests refit and print them).
import type { CalibrationParams } from './fit';
import type { DeviceClass } from './points';

export type BandGroup = 'decode' | 'prefill' | 'saturated';

/** Multipliers on expected seconds: the 10th and 90th percentile of grouped-validation ratios. */
export interface Band {
  low: number;
  high: number;
  /** Held-out ratios behind the band. */
  points: number;
  /**
   * 'class' when the class had enough points, 'pooled' when it borrowed all points of the phase,
   * 'widened' when too few measurements stood behind it and the widening rule applied.
   */
  basis: 'class' | 'pooled' | 'widened';
}

/** GENERATED BELOW */
export const FITTED: CalibrationParams = {
  bandwidthShare: {
    default: 0.69098,
    byClass: {
      accelerator: 0.61375,
      apple: 0.77389,
      'consumer-gpu': 0.78878,
      cpu: 0.65187,
      'datacenter-gpu': 0.6922,
      tpu: 0.61666,
      unified: 0.98965,
    },
    byEngine: {
      'accelerator/neuron': 0.58697,
      'accelerator/pytorch': 0.54862,
      'apple/llama.cpp': 0.76416,
      'apple/mlx': 0.84873,
      'consumer-gpu/llama.cpp': 0.85127,
      'cpu/executorch': 0.60892,
      'cpu/llama.cpp': 0.6812,
      'datacenter-gpu/pytorch': 0.70606,
      'datacenter-gpu/sglang': 0.58478,
      'datacenter-gpu/tensorrt-llm': 0.67368,
      'datacenter-gpu/vllm': 0.72345,
      'tpu/jetstream': 0.54187,
      'unified/llama.cpp': 0.91345,
      'unified/vllm': 1.1,
    },
    byFamily: {
      'accelerator/neuron|wide': 0.56163,
      'accelerator/pytorch|wide': 0.49918,
      'apple/llama.cpp|4-bit': 0.74931,
      'apple/llama.cpp|wide': 0.8335,
      'apple/mlx|4-bit': 0.93119,
      'apple/mlx|wide': 0.84347,
      'consumer-gpu/llama.cpp|4-bit': 0.79974,
      'consumer-gpu/llama.cpp|wide': 0.93288,
      'cpu/executorch|wide': 0.56877,
      'cpu/llama.cpp|wide': 0.73455,
      'datacenter-gpu/pytorch|4-bit': 0.63725,
      'datacenter-gpu/pytorch|wide': 0.77823,
      'datacenter-gpu/sglang|wide': 0.49326,
      'datacenter-gpu/tensorrt-llm|wide': 0.64788,
      'datacenter-gpu/vllm|wide': 0.73104,
      'tpu/jetstream|wide': 0.48644,
      'unified/llama.cpp|4-bit': 0.83691,
      'unified/llama.cpp|wide': 0.94392,
      'unified/vllm|4-bit': 1.1,
    },
  },
  decodeComputeShare: {
    default: 0.21079,
    byClass: {
      accelerator: 0.20894,
      'consumer-gpu': 0.21609,
      cpu: 0.21079,
      'datacenter-gpu': 0.21141,
      tpu: 0.21079,
      unified: 0.21079,
    },
    byEngine: {
      'accelerator/neuron': 0.20894,
      'accelerator/pytorch': 0.20752,
      'consumer-gpu/llama.cpp': 0.21609,
      'consumer-gpu/tensorrt-llm': 0.22118,
      'cpu/llama.cpp': 0.21079,
      'datacenter-gpu/pytorch': 0.21142,
      'datacenter-gpu/sglang': 0.21142,
      'datacenter-gpu/tensorrt-llm': 0.22405,
      'datacenter-gpu/vllm': 0.1961,
      'tpu/jetstream': 0.21079,
      'unified/llama.cpp': 0.21079,
    },
    byFamily: {
      'accelerator/neuron|wide': 0.20894,
      'accelerator/pytorch|wide': 0.20723,
      'consumer-gpu/llama.cpp|4-bit': 0.21609,
      'consumer-gpu/llama.cpp|wide': 0.21609,
      'consumer-gpu/tensorrt-llm|4-bit': 0.2249,
      'cpu/llama.cpp|wide': 0.21079,
      'datacenter-gpu/pytorch|4-bit': 0.21142,
      'datacenter-gpu/pytorch|wide': 0.21142,
      'datacenter-gpu/sglang|wide': 0.21142,
      'datacenter-gpu/tensorrt-llm|4-bit': 0.18396,
      'datacenter-gpu/tensorrt-llm|wide': 0.26722,
      'datacenter-gpu/vllm|4-bit': 0.16724,
      'datacenter-gpu/vllm|wide': 0.20929,
      'tpu/jetstream|wide': 0.21079,
      'unified/llama.cpp|4-bit': 0.21079,
    },
  },
  promptComputeShare: {
    default: 0.49816,
    byClass: {
      accelerator: 0.34739,
      'consumer-gpu': 0.67371,
      cpu: 0.49816,
      'datacenter-gpu': 0.46904,
    },
    byEngine: {
      'accelerator/neuron': 0.26212,
      'consumer-gpu/llama.cpp': 0.76901,
      'cpu/llama.cpp': 0.49816,
      'datacenter-gpu/tensorrt-llm': 0.44266,
    },
    byFamily: {
      'accelerator/neuron|wide': 0.22976,
      'consumer-gpu/llama.cpp|4-bit': 0.72721,
      'consumer-gpu/llama.cpp|wide': 0.8571,
      'cpu/llama.cpp|4-bit': 0.49816,
      'datacenter-gpu/tensorrt-llm|4-bit': 0.3861,
      'datacenter-gpu/tensorrt-llm|wide': 0.47607,
    },
  },
  promptFlopsPerByte: {
    default: 18.892,
    byClass: {
      apple: 16.781,
      'consumer-gpu': 21.58,
      cpu: 9.3036,
      unified: 30.632,
    },
    byEngine: {
      'apple/llama.cpp': 15.977,
      'apple/mlx': 16.781,
      'consumer-gpu/llama.cpp': 22.654,
      'cpu/executorch': 5.2824,
      'unified/llama.cpp': 34.161,
      'unified/vllm': 39.159,
    },
    byFamily: {
      'apple/llama.cpp|4-bit': 18.167,
      'apple/llama.cpp|wide': 12.363,
      'apple/mlx|4-bit': 16.781,
      'apple/mlx|wide': 16.781,
      'consumer-gpu/llama.cpp|4-bit': 22.907,
      'cpu/executorch|wide': 4.0112,
      'unified/llama.cpp|4-bit': 35.675,
      'unified/llama.cpp|wide': 34.161,
      'unified/vllm|4-bit': 44.477,
    },
  },
  fixedSeconds: {
    default: 0.0027098,
    byClass: {
      accelerator: 0.003098,
      apple: 0.0030858,
      'consumer-gpu': 0.0026094,
      cpu: 0.002707,
      'datacenter-gpu': 0.0020922,
      tpu: 0.0027624,
      unified: 0.0029168,
    },
    byEngine: {
      'accelerator/neuron': 0.0035229,
      'accelerator/pytorch': 0.0031746,
      'apple/llama.cpp': 0.0035359,
      'apple/mlx': 0.0030777,
      'consumer-gpu/llama.cpp': 0.0025265,
      'cpu/executorch': 0.0027068,
      'cpu/llama.cpp': 0.0027047,
      'datacenter-gpu/pytorch': 0.0018119,
      'datacenter-gpu/sglang': 0.0021133,
      'datacenter-gpu/tensorrt-llm': 0.002036,
      'datacenter-gpu/vllm': 0.0019515,
      'tpu/jetstream': 0.0028155,
      'unified/llama.cpp': 0.0030358,
      'unified/vllm': 0.0029429,
    },
    byFamily: {
      'accelerator/neuron|wide': 0.0040154,
      'accelerator/pytorch|wide': 0.0032532,
      'apple/llama.cpp|4-bit': 0.0038656,
      'apple/llama.cpp|wide': 0.0036455,
      'apple/mlx|4-bit': 0.0030695,
      'apple/mlx|wide': 0.003078,
      'consumer-gpu/llama.cpp|4-bit': 0.0025332,
      'consumer-gpu/llama.cpp|wide': 0.002458,
      'cpu/executorch|wide': 0.0027065,
      'cpu/llama.cpp|wide': 0.0027023,
      'datacenter-gpu/pytorch|4-bit': 0.0018103,
      'datacenter-gpu/pytorch|wide': 0.001574,
      'datacenter-gpu/sglang|wide': 0.0021346,
      'datacenter-gpu/tensorrt-llm|wide': 0.0019813,
      'datacenter-gpu/vllm|wide': 0.0018355,
      'tpu/jetstream|wide': 0.0028692,
      'unified/llama.cpp|4-bit': 0.003161,
      'unified/llama.cpp|wide': 0.0030188,
      'unified/vllm|4-bit': 0.0029683,
    },
  },
  allReduceSeconds: 0.000030655,
  overlapPenalty: 0,
  shrinkage: 0.3,
};

export const BANDS: Record<BandGroup, Partial<Record<DeviceClass, Band>> & { pooled: Band }> = {
  decode: {
    pooled: {
      low: 0.71723,
      high: 1.2219,
      points: 95,
      basis: 'pooled',
    },
    'datacenter-gpu': {
      low: 0.73596,
      high: 1.59,
      points: 30,
      basis: 'class',
    },
    'consumer-gpu': {
      low: 0.83929,
      high: 1.1537,
      points: 14,
      basis: 'class',
    },
    apple: {
      low: 0.86172,
      high: 1.1475,
      points: 21,
      basis: 'class',
    },
    unified: {
      low: 0.39815,
      high: 1.0718,
      points: 14,
      basis: 'class',
    },
    accelerator: {
      low: 0.79456,
      high: 1.3009,
      points: 13,
      basis: 'class',
    },
  },
  prefill: {
    pooled: {
      low: 0.53615,
      high: 3.3666,
      points: 37,
      basis: 'pooled',
    },
    'consumer-gpu': {
      low: 0.51918,
      high: 1.6748,
      points: 16,
      basis: 'class',
    },
    apple: {
      low: 0.73825,
      high: 1.9426,
      points: 7,
      basis: 'class',
    },
    cpu: {
      low: 1,
      high: 11.689,
      points: 5,
      basis: 'class',
    },
  },
  saturated: {
    pooled: {
      low: 0.88376,
      high: 1.3547,
      points: 16,
      basis: 'pooled',
    },
    'datacenter-gpu': {
      low: 0.88363,
      high: 1.3565,
      points: 15,
      basis: 'class',
    },
  },
};

export const WIDENING: Record<BandGroup, number> = {
  decode: 1.4513,
  prefill: 3.8619,
  saturated: 1.3723,
};

export const SUPPORT: Record<BandGroup, Record<string, number>> = {
  decode: {
    'accelerator/neuron': 8,
    'accelerator/pytorch': 5,
    'apple/llama.cpp': 19,
    'apple/mlx': 2,
    'consumer-gpu/llama.cpp': 14,
    'cpu/llama.cpp': 1,
    'datacenter-gpu/pytorch': 10,
    'datacenter-gpu/sglang': 2,
    'datacenter-gpu/tensorrt-llm': 3,
    'datacenter-gpu/vllm': 15,
    'tpu/jetstream': 2,
    'unified/llama.cpp': 7,
    'unified/vllm': 7,
  },
  prefill: {
    'accelerator/neuron': 4,
    'apple/llama.cpp': 7,
    'consumer-gpu/llama.cpp': 16,
    'cpu/executorch': 4,
    'cpu/llama.cpp': 1,
    'datacenter-gpu/tensorrt-llm': 2,
    'unified/llama.cpp': 3,
  },
  saturated: {
    'consumer-gpu/tensorrt-llm': 1,
    'datacenter-gpu/tensorrt-llm': 11,
    'datacenter-gpu/vllm': 4,
  },
};
