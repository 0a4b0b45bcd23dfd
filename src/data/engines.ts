// Inference engine families the expected-speed model distinguishes, with their default per device kind.
import type { DeviceKind } from './types';

export type EngineFamily = 'llama.cpp' | 'mlx' | 'vllm' | 'sglang' | 'tensorrt-llm' | 'jetstream';

export interface Engine {
  id: EngineFamily;
  label: string;
}

export const ENGINES: readonly Engine[] = [
  { id: 'llama.cpp', label: 'llama.cpp' },
  { id: 'mlx', label: 'MLX' },
  { id: 'vllm', label: 'vLLM' },
  { id: 'sglang', label: 'SGLang' },
  { id: 'tensorrt-llm', label: 'TensorRT-LLM' },
  { id: 'jetstream', label: 'JetStream / vLLM TPU' },
];

export const ENGINE_FAMILIES: readonly EngineFamily[] = ENGINES.map((e) => e.id);

export function isEngineFamily(value: string): value is EngineFamily {
  return (ENGINE_FAMILIES as readonly string[]).includes(value);
}

/** The engine most readers would run on each kind of device. */
export const DEFAULT_ENGINE_BY_KIND: Readonly<Record<DeviceKind, EngineFamily>> = {
  cpu: 'llama.cpp',
  gpu: 'vllm',
  tpu: 'jetstream',
  accelerator: 'vllm',
};
