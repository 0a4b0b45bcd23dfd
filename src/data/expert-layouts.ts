// Routed-expert layout of the mixture-of-experts presets, read from each model's config.json.
import type { Source } from './types';

/** The config figures that size the routed experts (gated MLPs: three matrices each). */
export interface ExpertLayout {
  modelId: string;
  /** Layers that hold routed experts (dense layers excluded). */
  moeLayers: number;
  routedExperts: number;
  expertsPerToken: number;
  hiddenSize: number;
  /** Each expert's intermediate size (moe_intermediate_size, or intermediate_size). */
  expertIntermediateSize: number;
  source: Source;
}

const ACCESSED = '2026-12-01';

function config(id: string, repo: string, fields: string): Source {
  return {
    id,
    title: `${repo} config.json (Hugging Face): ${fields}`,
    url: `https://huggingface.co/${repo}/blob/main/config.json`,
    accessed: ACCESSED,
  };
}

export const EXPERT_LAYOUTS: readonly ExpertLayout[] = [
  {
    modelId: 'mixtral-8x7b',
    moeLayers: 32,
    routedExperts: 8,
    expertsPerToken: 2,
    hiddenSize: 4096,
    expertIntermediateSize: 14336,
    source: config(
      'hf-mixtral-8x7b-experts',
      'mistralai/Mixtral-8x7B-v0.1',
      'num_hidden_layers 32, num_local_experts 8, num_experts_per_tok 2, hidden_size 4096, intermediate_size 14336',
    ),
  },
  {
    modelId: 'qwen3-235b-a22b',
    moeLayers: 94,
    routedExperts: 128,
    expertsPerToken: 8,
    hiddenSize: 4096,
    expertIntermediateSize: 1536,
    source: config(
      'hf-qwen3-235b-experts',
      'Qwen/Qwen3-235B-A22B',
      'num_hidden_layers 94, num_experts 128, num_experts_per_tok 8, hidden_size 4096, moe_intermediate_size 1536',
    ),
  },
  {
    modelId: 'qwen3-30b-a3b',
    moeLayers: 48,
    routedExperts: 128,
    expertsPerToken: 8,
    hiddenSize: 2048,
    expertIntermediateSize: 768,
    source: config(
      'hf-qwen3-30b-experts',
      'Qwen/Qwen3-30B-A3B',
      'num_hidden_layers 48, num_experts 128, num_experts_per_tok 8, hidden_size 2048, moe_intermediate_size 768',
    ),
  },
  {
    modelId: 'deepseek-v3',
    moeLayers: 61 - 3,
    routedExperts: 256,
    expertsPerToken: 8,
    hiddenSize: 7168,
    expertIntermediateSize: 2048,
    source: config(
      'hf-deepseek-v3-experts',
      'deepseek-ai/DeepSeek-V3',
      'num_hidden_layers 61 with first_k_dense_replace 3, n_routed_experts 256, num_experts_per_tok 8, hidden_size 7168, moe_intermediate_size 2048',
    ),
  },
  {
    modelId: 'gpt-oss-120b',
    moeLayers: 36,
    routedExperts: 128,
    expertsPerToken: 4,
    hiddenSize: 2880,
    expertIntermediateSize: 2880,
    source: config(
      'hf-gpt-oss-120b-experts',
      'openai/gpt-oss-120b',
      'num_hidden_layers 36, num_local_experts 128, experts_per_token 4, hidden_size 2880, intermediate_size 2880',
    ),
  },
  {
    modelId: 'gpt-oss-20b',
    moeLayers: 24,
    routedExperts: 32,
    expertsPerToken: 4,
    hiddenSize: 2880,
    expertIntermediateSize: 2880,
    source: config(
      'hf-gpt-oss-20b-experts',
      'openai/gpt-oss-20b',
      'num_hidden_layers 24, num_local_experts 32, experts_per_token 4, hidden_size 2880, intermediate_size 2880',
    ),
  },
];

export function expertLayoutFor(modelId: string): ExpertLayout | undefined {
  return EXPERT_LAYOUTS.find((l) => l.modelId === modelId);
}
