// Model presets: the architecture figures the estimator needs, each read from a published config.
import type { Source } from './types';

/** 'gqa' covers multi-head attention too (kvHeads = heads); 'mla' caches one compressed vector. */
export type Attention = { kind: 'gqa' } | { kind: 'mla'; cachedWidth: number };

export interface ModelArchitecture {
  /** Billions of parameters stored. */
  totalParamsB: number;
  /** Billions of parameters used per token (equal to total for dense models). */
  activeParamsB: number;
  layers: number;
  kvHeads: number;
  headDim: number;
  attention: Attention;
  /** How many layers attend only to a window of recent tokens, and the window in tokens. */
  slidingWindow: { layers: number; window: number } | null;
  /** Residual-stream width: the all-reduce estimate and the output projection's size. */
  hiddenSize?: number;
  /** Vocabulary size (config.json vocab_size): with hiddenSize, the output projection. */
  vocabSize?: number;
  /** True when the input embedding and the output projection share one matrix. */
  tiedEmbeddings?: boolean;
}

export interface ModelPreset extends ModelArchitecture {
  id: string;
  name: string;
  notes: string;
  source: Source;
  /** Older model kept because published measurements use it; pickers may hide it. */
  referenceOnly?: boolean;
}

const ACCESSED = '2026-11-29';

function hfConfig(id: string, repo: string, accessed = ACCESSED): Source {
  return {
    id,
    title: `${repo} config.json (Hugging Face)`,
    url: `https://huggingface.co/${repo}/blob/main/config.json`,
    accessed,
  };
}

/** Date the presets added for the calibration measurements were read. */
const CALIBRATION_ACCESSED = '2026-12-01';
/** Date the presets added for the second pass of edge measurements were read. */
const EDGE_ACCESSED = '2026-12-07';
/** Date the presets added for the single-stream gap measurements (measurements-gap.ts) were read. */
const GAP_ACCESSED = '2026-12-07';

export const modelPresets: readonly ModelPreset[] = [
  {
    id: 'llama-3.2-3b',
    name: 'Llama 3.2 3B',
    totalParamsB: 3.21,
    activeParamsB: 3.21,
    layers: 28,
    kvHeads: 8,
    headDim: 128,
    hiddenSize: 3072,
    vocabSize: 128256,
    tiedEmbeddings: true,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    notes: 'Dense; 24 query heads share 8 KV heads. 3.21B parameters per the model card.',
    source: hfConfig('hf-llama-3.2-3b', 'meta-llama/Llama-3.2-3B'),
  },
  {
    id: 'llama-3.1-8b',
    name: 'Llama 3.1 8B',
    totalParamsB: 8.03,
    activeParamsB: 8.03,
    layers: 32,
    kvHeads: 8,
    headDim: 128,
    hiddenSize: 4096,
    vocabSize: 128256,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    notes: 'Dense; 32 query heads share 8 KV heads (head size 4096 / 32 = 128). 8.03B parameters.',
    source: hfConfig('hf-llama-3.1-8b', 'meta-llama/Llama-3.1-8B'),
  },
  {
    id: 'llama-3.1-70b',
    name: 'Llama 3.1 70B',
    totalParamsB: 70.6,
    activeParamsB: 70.6,
    layers: 80,
    kvHeads: 8,
    headDim: 128,
    hiddenSize: 8192,
    vocabSize: 128256,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    notes: 'Dense; 64 query heads share 8 KV heads. 70.6B parameters per the model card.',
    source: hfConfig('hf-llama-3.1-70b', 'meta-llama/Llama-3.1-70B'),
  },
  {
    id: 'llama-3.1-405b',
    name: 'Llama 3.1 405B',
    totalParamsB: 405,
    activeParamsB: 405,
    layers: 126,
    kvHeads: 8,
    headDim: 128,
    hiddenSize: 16384,
    vocabSize: 128256,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    notes: 'Dense; 128 query heads share 8 KV heads. About 405B parameters per the model card.',
    source: hfConfig('hf-llama-3.1-405b', 'meta-llama/Llama-3.1-405B'),
  },
  {
    id: 'qwen3-32b',
    name: 'Qwen3 32B',
    totalParamsB: 32.8,
    activeParamsB: 32.8,
    layers: 64,
    kvHeads: 8,
    headDim: 128,
    hiddenSize: 5120,
    vocabSize: 151936,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    notes: 'Dense; 64 query heads share 8 KV heads. 32.8B parameters per the model card.',
    source: hfConfig('hf-qwen3-32b', 'Qwen/Qwen3-32B'),
  },
  {
    id: 'qwen3-235b-a22b',
    name: 'Qwen3 235B-A22B',
    totalParamsB: 235,
    activeParamsB: 22,
    layers: 94,
    kvHeads: 4,
    headDim: 128,
    hiddenSize: 4096,
    vocabSize: 151936,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    notes: 'Mixture of experts: 8 of 128 experts per token; 64 query heads share 4 KV heads.',
    source: hfConfig('hf-qwen3-235b-a22b', 'Qwen/Qwen3-235B-A22B'),
  },
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral 8x7B',
    totalParamsB: 46.7,
    activeParamsB: 12.9,
    layers: 32,
    kvHeads: 8,
    headDim: 128,
    hiddenSize: 4096,
    vocabSize: 32000,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    notes:
      'Mixture of experts: 2 of 8 experts per token, 46.7B stored and 12.9B used per token. ' +
      'The released config sets no sliding window, so every layer attends to the full context.',
    source: hfConfig('hf-mixtral-8x7b', 'mistralai/Mixtral-8x7B-v0.1'),
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3',
    totalParamsB: 671,
    activeParamsB: 37,
    layers: 61,
    kvHeads: 128,
    headDim: 128,
    hiddenSize: 7168,
    vocabSize: 129280,
    tiedEmbeddings: false,
    attention: { kind: 'mla', cachedWidth: 576 },
    slidingWindow: null,
    notes:
      'Mixture of experts (671B stored, 37B per token) with multi-head latent attention: each ' +
      'layer caches one 512-wide compressed KV vector plus a 64-wide rotary key (576 values), ' +
      'whatever the head count. Weights were released in FP8.',
    source: hfConfig('hf-deepseek-v3', 'deepseek-ai/DeepSeek-V3'),
  },
  {
    id: 'gpt-oss-120b',
    name: 'gpt-oss-120b',
    totalParamsB: 116.8,
    activeParamsB: 5.1,
    layers: 36,
    kvHeads: 8,
    headDim: 64,
    hiddenSize: 2880,
    vocabSize: 201088,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: { layers: 18, window: 128 },
    notes:
      'Mixture of experts (116.8B stored, 5.1B per token); layers alternate between a 128-token ' +
      'sliding window and full attention. Expert weights were released in MXFP4.',
    source: hfConfig('hf-gpt-oss-120b', 'openai/gpt-oss-120b'),
  },
  {
    id: 'gemma-3-27b',
    name: 'Gemma 3 27B',
    totalParamsB: 27.0,
    activeParamsB: 27.0,
    layers: 62,
    kvHeads: 16,
    headDim: 128,
    hiddenSize: 5376,
    vocabSize: 262208,
    tiedEmbeddings: true,
    attention: { kind: 'gqa' },
    slidingWindow: { layers: 52, window: 1024 },
    notes:
      'Dense; five local layers (1,024-token window) for every global layer, so 52 of 62 layers ' +
      'are windowed and 10 attend to the full context. 27.0B is the text model worked from the ' +
      'config (62 layers × (5,376 × 12,288 attention + 3 × 5,376 × 21,504 MLP) + 262,144 × ' +
      '5,376 tied embeddings); the 27.4B often quoted includes the vision encoder, which text ' +
      'generation does not read.',
    source: hfConfig('hf-gemma-3-27b', 'google/gemma-3-27b-it'),
  },
  {
    id: 'llama-2-7b',
    name: 'Llama 2 7B',
    totalParamsB: 6.74,
    activeParamsB: 6.74,
    layers: 32,
    kvHeads: 32,
    headDim: 128,
    hiddenSize: 4096,
    vocabSize: 32000,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    referenceOnly: true,
    notes: 'Dense, full multi-head attention (32 KV heads). Kept for published benchmarks.',
    source: hfConfig('hf-llama-2-7b', 'meta-llama/Llama-2-7b-hf'),
  },
  {
    id: 'llama-2-70b',
    name: 'Llama 2 70B',
    totalParamsB: 69,
    activeParamsB: 69,
    layers: 80,
    kvHeads: 8,
    headDim: 128,
    hiddenSize: 8192,
    vocabSize: 32000,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    referenceOnly: true,
    notes: 'Dense; 64 query heads share 8 KV heads. About 69B parameters. Kept for benchmarks.',
    source: hfConfig('hf-llama-2-70b', 'meta-llama/Llama-2-70b-hf'),
  },
  {
    id: 'gpt-j-6b',
    name: 'GPT-J 6B',
    totalParamsB: 6.05,
    activeParamsB: 6.05,
    layers: 28,
    kvHeads: 16,
    headDim: 256,
    hiddenSize: 4096,
    vocabSize: 50400,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    referenceOnly: true,
    notes: 'Dense, full multi-head attention (16 heads of 256). Kept for published benchmarks.',
    source: hfConfig('hf-gpt-j-6b', 'EleutherAI/gpt-j-6b'),
  },
  {
    id: 'gpt-oss-20b',
    name: 'gpt-oss-20b',
    totalParamsB: 20.91,
    activeParamsB: 3.61,
    layers: 24,
    kvHeads: 8,
    headDim: 64,
    hiddenSize: 2880,
    vocabSize: 201088,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: { layers: 12, window: 128 },
    notes:
      'Mixture of experts: 4 of 32 experts per token, 20.91B stored (as llama.cpp counts them) and ' +
      'about 3.6B used per token; layers alternate between a 128-token sliding window and full ' +
      'attention. Expert weights were released in MXFP4.',
    source: hfConfig('hf-gpt-oss-20b', 'openai/gpt-oss-20b', CALIBRATION_ACCESSED),
  },
  {
    id: 'qwen3-30b-a3b',
    name: 'Qwen3 30B-A3B',
    totalParamsB: 30.53,
    activeParamsB: 3.3,
    layers: 48,
    kvHeads: 4,
    headDim: 128,
    hiddenSize: 2048,
    vocabSize: 151936,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    notes:
      'Mixture of experts: 8 of 128 experts per token (expert width 768), 30.5B stored and 3.3B ' +
      'used per token; 32 query heads share 4 KV heads. Qwen3-Coder-30B-A3B has the same shape.',
    source: hfConfig('hf-qwen3-30b-a3b', 'Qwen/Qwen3-30B-A3B', CALIBRATION_ACCESSED),
  },
  {
    id: 'qwen2.5-7b',
    name: 'Qwen2.5 7B',
    totalParamsB: 7.62,
    activeParamsB: 7.62,
    layers: 28,
    kvHeads: 4,
    headDim: 128,
    hiddenSize: 3584,
    vocabSize: 152064,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    referenceOnly: true,
    notes:
      'Dense; 28 query heads share 4 KV heads (3584 / 28 = 128 per head). 7.62B parameters. Kept ' +
      'for published benchmarks (Qwen2.5-Coder-7B has the same shape).',
    source: hfConfig('hf-qwen2.5-7b', 'Qwen/Qwen2.5-7B', CALIBRATION_ACCESSED),
  },
  {
    id: 'qwen2.5-14b',
    name: 'Qwen2.5 14B',
    totalParamsB: 14.77,
    activeParamsB: 14.77,
    layers: 48,
    kvHeads: 8,
    headDim: 128,
    hiddenSize: 5120,
    vocabSize: 152064,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    referenceOnly: true,
    notes:
      'Dense; 40 query heads of 128 share 8 KV heads. 14.77B worked from the config: 48 layers × ' +
      '(2 × 5,120² + 2 × 5,120 × 1,024 attention + 3 × 5,120 × 13,824 MLP) = 13.21B, plus ' +
      'separate 152,064 × 5,120 input and output embeddings (1.56B). DeepSeek-R1-Distill-Qwen-14B ' +
      'has the same shape. Kept for published benchmarks.',
    source: hfConfig('hf-qwen2.5-14b', 'Qwen/Qwen2.5-14B', GAP_ACCESSED),
  },
  {
    id: 'qwen2.5-32b',
    name: 'Qwen2.5 32B',
    totalParamsB: 32.76,
    activeParamsB: 32.76,
    layers: 64,
    kvHeads: 8,
    headDim: 128,
    hiddenSize: 5120,
    vocabSize: 152064,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    referenceOnly: true,
    notes:
      'Dense; 40 query heads of 128 share 8 KV heads. 32.76B worked from the config: 64 layers × ' +
      '(2 × 5,120² + 2 × 5,120 × 1,024 attention + 3 × 5,120 × 27,648 MLP) = 31.21B, plus ' +
      'separate 152,064 × 5,120 input and output embeddings (1.56B). DeepSeek-R1-Distill-Qwen-32B ' +
      'has the same shape. Kept for published benchmarks.',
    source: hfConfig('hf-qwen2.5-32b', 'Qwen/Qwen2.5-32B', GAP_ACCESSED),
  },
  {
    id: 'llama-3.2-1b',
    name: 'Llama 3.2 1B',
    totalParamsB: 1.24,
    activeParamsB: 1.24,
    layers: 16,
    kvHeads: 8,
    headDim: 64,
    hiddenSize: 2048,
    vocabSize: 128256,
    tiedEmbeddings: true,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    notes:
      'Dense; 32 query heads of 64 share 8 KV heads. 1.24B worked from the config: 16 layers × ' +
      '(2 × 2,048² + 2 × 2,048 × 512 attention + 3 × 2,048 × 8,192 MLP) = 0.97B, plus the ' +
      '128,256 × 2,048 embedding (0.26B), which the output layer shares. A phone-sized model.',
    source: hfConfig('hf-llama-3.2-1b', 'meta-llama/Llama-3.2-1B', EDGE_ACCESSED),
  },
  {
    id: 'mistral-7b',
    name: 'Mistral 7B (v0.3)',
    totalParamsB: 7.25,
    activeParamsB: 7.25,
    layers: 32,
    kvHeads: 8,
    headDim: 128,
    hiddenSize: 4096,
    vocabSize: 32768,
    tiedEmbeddings: false,
    attention: { kind: 'gqa' },
    slidingWindow: null,
    referenceOnly: true,
    notes:
      'Dense; 32 query heads share 8 KV heads, no sliding window in v0.3. 7.25B worked from the ' +
      'config: 32 layers × (2 × 4,096² + 2 × 4,096 × 1,024 attention + 3 × 4,096 × 14,336 MLP) = ' +
      '6.98B, plus separate 32,768 × 4,096 input and output embeddings (0.27B). v0.1 differs ' +
      'only in a 32,000-token vocabulary (7.24B) and a 4,096-token sliding window, which does not ' +
      'bind below 4,096 tokens of context. Kept for published benchmarks.',
    source: hfConfig('hf-mistral-7b-v0.3', 'mistralai/Mistral-7B-v0.3', EDGE_ACCESSED),
  },
];

export function findModel(id: string): ModelPreset | undefined {
  return modelPresets.find((m) => m.id === id);
}
