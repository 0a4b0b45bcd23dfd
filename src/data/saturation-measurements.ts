// Measured throughput at saturation with stated request shapes, to check the serving-capacity model.
import type { EngineFamily } from './measurements';
import type { KvPrecision, WeightPrecision } from './precisions';
import type { Source } from './types';

export interface SaturationMeasurement {
  id: string;
  deviceId: string;
  /** Devices in one tensor-parallel replica. */
  n: number;
  engine: EngineFamily;
  modelId: string;
  /** The model as benchmarked, when it differs from the preset (same architecture). */
  modelNote: string;
  weightPrecision: WeightPrecision;
  /** The source does not state the KV format; FP8 is assumed and the page says why. */
  kvPrecision: KvPrecision;
  isl: number;
  osl: number;
  /** Total output tokens per second of the replica, as published. */
  outputTokensPerSecond: number;
  source: Source;
  /** The table cell the figure comes from. */
  quoted: string;
}

const TRTLLM_PERF: Source = {
  id: 'trtllm-perf-overview',
  title:
    'TensorRT-LLM performance overview (trtllm-bench throughput, PyTorch backend, commit 00f3768): Total Output Throughput at maximum load',
  url: 'https://github.com/NVIDIA/TensorRT-LLM/blob/00f37686aa854010d68bcbd0f4ab000221541ca6/docs/source/performance/perf-overview.md',
  accessed: '2026-12-01',
};

const LLAMA33 =
  'Llama 3.3 70B Instruct (the Llama 3.1 70B architecture), NVIDIA ModelOpt checkpoint';

function trt(
  id: string,
  deviceId: string,
  n: number,
  weightPrecision: WeightPrecision,
  isl: number,
  osl: number,
  outputTokensPerSecond: number,
  column: string,
): SaturationMeasurement {
  return {
    id,
    deviceId,
    n,
    engine: 'tensorrt-llm',
    modelId: 'llama-3.1-70b',
    modelNote: LLAMA33,
    weightPrecision,
    kvPrecision: 'fp8',
    isl,
    osl,
    outputTokensPerSecond,
    source: TRTLLM_PERF,
    quoted: `Llama 3.3 70B, ${isl}/${osl}, ${column}: ${outputTokensPerSecond}`,
  };
}

export const SATURATION_MEASUREMENTS: readonly SaturationMeasurement[] = [
  trt('trtllm-h200-70b-fp8-1000-1000', 'h200', 1, 'fp8', 1000, 1000, 2909, 'H200 TP1 (FP8)'),
  trt('trtllm-h200-70b-fp8-128-2048', 'h200', 1, 'fp8', 128, 2048, 4336, 'H200 TP1 (FP8)'),
  trt('trtllm-h200-70b-fp8-2048-128', 'h200', 1, 'fp8', 2048, 128, 442, 'H200 TP1 (FP8)'),
  trt('trtllm-h100x2-70b-fp8-1000-1000', 'h100-sxm', 2, 'fp8', 1000, 1000, 4205, 'H100 TP2 (FP8)'),
  trt('trtllm-h100x2-70b-fp8-128-2048', 'h100-sxm', 2, 'fp8', 128, 2048, 6651, 'H100 TP2 (FP8)'),
  trt('trtllm-b200-70b-fp4-1000-1000', 'b200', 1, 'nvfp4', 1000, 1000, 7007, 'B200 TP1 (FP4)'),
  trt('trtllm-b200-70b-fp4-128-2048', 'b200', 1, 'nvfp4', 128, 2048, 9922, 'B200 TP1 (FP4)'),
  trt('trtllm-b200-70b-fp4-2048-128', 'b200', 1, 'nvfp4', 2048, 128, 1339, 'B200 TP1 (FP4)'),
];
