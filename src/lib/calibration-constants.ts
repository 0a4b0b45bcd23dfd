// The fitted parameters and leave-one-out bands of the expected-speed model (refitted by the tests).
import type { CalibrationParams } from './calibration-fit';
import type { DeviceClass } from './calibration-points';

/**
 * Fitted parameters (fitCalibration over CALIBRATION_POINTS; tests/unit/calibration.test.ts
 * refits and checks every figure). Five significant digits.
 */
export const FITTED: CalibrationParams = {
  decode: {
    etaBw: {
      apple: {
        'llama.cpp|4-bit': 0.86426,
        'llama.cpp|wide': 0.90819,
      },
      unified: {
        'llama.cpp|4-bit': 0.69011,
        'llama.cpp|wide': 0.88993,
      },
      'datacenter-gpu': {
        'pytorch|4-bit': 0.51463,
        'pytorch|wide': 0.72617,
      },
      'consumer-gpu': {
        'llama.cpp|4-bit': 0.61283,
        'llama.cpp|wide': 0.83196,
      },
      cpu: {
        'llama.cpp|wide': 0.75905,
      },
      tpu: {
        'jetstream|wide': 0.41513,
      },
    },
    overheadSeconds: {
      apple: 0.0045172,
      unified: 0.0015557,
      'datacenter-gpu': 0.00084143,
      'consumer-gpu': 0.0015409,
      cpu: 0.0015483,
      tpu: 0.0015483,
    },
    allReduceSeconds: 0.000021,
    defaultEtaBw: 0.74261,
    defaultOverheadSeconds: 0.0015483,
  },
  prefill: {
    eta: {
      'consumer-gpu': 0.75085,
    },
    defaultEta: 0.75085,
  },
  saturated: {
    eta: {
      'datacenter-gpu': {
        'tensorrt-llm|wide': 0.28716,
        'tensorrt-llm|4-bit': 0.18637,
        'vllm|wide': 0.20437,
        'vllm|4-bit': 0.15945,
      },
      'consumer-gpu': {
        'tensorrt-llm|4-bit': 0.22603,
      },
    },
    defaultEta: 0.21346,
  },
};

export type BandGroup = 'decode' | 'prefill' | 'saturated';

/** Multipliers on expected seconds: the 10th and 90th percentile of leave-one-out ratios. */
export interface Band {
  low: number;
  high: number;
  /** Leave-one-out ratios behind the band. */
  points: number;
  /** 'class' when the class had enough points, 'pooled' when it borrowed all points of the phase. */
  basis: 'class' | 'pooled';
}

/** Bands by phase and class (recomputed in the tests from leaveOneOut). */
export const BANDS: Record<BandGroup, Partial<Record<DeviceClass, Band>> & { pooled: Band }> = {
  decode: {
    pooled: {
      low: 0.89737,
      high: 1.2072,
      points: 32,
      basis: 'pooled',
    },
    'datacenter-gpu': {
      low: 0.83564,
      high: 1.2826,
      points: 10,
      basis: 'class',
    },
    apple: {
      low: 0.92488,
      high: 1.1101,
      points: 10,
      basis: 'class',
    },
    unified: {
      low: 0.9004,
      high: 1.1004,
      points: 5,
      basis: 'class',
    },
  },
  prefill: {
    pooled: {
      low: 0.76848,
      high: 1.3668,
      points: 2,
      basis: 'pooled',
    },
  },
  saturated: {
    pooled: {
      low: 0.86851,
      high: 1.1907,
      points: 8,
      basis: 'pooled',
    },
    'datacenter-gpu': {
      low: 0.8595,
      high: 1.1979,
      points: 7,
      basis: 'class',
    },
  },
};
