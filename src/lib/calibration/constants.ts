// The fitted parameters and leave-one-out bands of the expected-speed model (refitted by the tests).
import type { CalibrationParams } from './fit';
import type { DeviceClass } from './points';

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
        'mlx|4-bit': 0.97258,
        'mlx|wide': 0.84767,
      },
      unified: {
        'llama.cpp|4-bit': 0.69011,
        'llama.cpp|wide': 0.88993,
      },
      'consumer-gpu': {
        'llama.cpp|4-bit': 0.61283,
        'llama.cpp|wide': 0.83196,
      },
      'datacenter-gpu': {
        'pytorch|4-bit': 0.51131,
        'pytorch|wide': 0.72719,
        'vllm|wide': 0.8812,
      },
      cpu: {
        'llama.cpp|wide': 0.76069,
      },
      tpu: {
        'jetstream|wide': 0.42007,
      },
    },
    overheadSeconds: {
      apple: {
        'llama.cpp': 0.0045172,
        mlx: 0.0045172,
      },
      unified: {
        'llama.cpp': 0.0015557,
      },
      'consumer-gpu': {
        'llama.cpp': 0.0015409,
      },
      'datacenter-gpu': {
        pytorch: 0.00069752,
        vllm: 0.0027054,
      },
      cpu: {
        'llama.cpp': 0.0015557,
      },
      tpu: {
        jetstream: 0.0015557,
      },
    },
    allReduceSeconds: 0.000024,
    defaultEtaBw: 0.83196,
    defaultOverheadSeconds: 0.0015557,
    borrowedOverheads: ['apple/mlx', 'cpu/llama.cpp', 'tpu/jetstream'],
  },
  prefill: {
    eta: {
      'consumer-gpu': 0.73374,
    },
    defaultEta: 0.73374,
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
      low: 0.8936,
      high: 1.2026,
      points: 43,
      basis: 'pooled',
    },
    'datacenter-gpu': {
      low: 0.87332,
      high: 1.2226,
      points: 19,
      basis: 'class',
    },
    apple: {
      low: 0.92039,
      high: 1.0955,
      points: 12,
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
      low: 0.80173,
      high: 1.221,
      points: 4,
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
