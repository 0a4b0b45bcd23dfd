// Weight and KV-cache formats: effective bits per weight, the compute peak each runs on, and sources.
import type { Source } from './types';

export type WeightPrecision =
  | 'bf16'
  | 'fp8'
  | 'int8'
  | 'int4'
  | 'mxfp4'
  | 'nvfp4'
  | 'q4_0'
  | 'q4_k_m'
  | 'q5_k_m'
  | 'q6_k'
  | 'q8_0';
export type KvPrecision = 'bf16' | 'fp8' | 'int8';

/** Which of a device's dense peaks a format's matrix multiplies run on. */
export type PeakField = 'bf16' | 'fp8' | 'int8' | 'fp4';

export interface WeightFormat {
  id: WeightPrecision;
  label: string;
  /** Effective bits stored per weight, scales and zero points included. */
  bitsPerWeight: number;
  /** How the figure follows from the format's layout, with the arithmetic. */
  derivation: string;
  /** The peak prefill runs on when the device has it; otherwise the BF16 peak. */
  peak: PeakField;
  source: Source;
}

const ACCESSED = '2026-12-01';

const GGML_BLOCKS: Source = {
  id: 'ggml-common-blocks',
  title: 'ggml-common.h: block_q4_0, block_q8_0 and K-quant super-block layouts (llama.cpp)',
  url: 'https://github.com/ggml-org/llama.cpp/blob/master/ggml/src/ggml-common.h',
  accessed: ACCESSED,
};
const LLAMA_QUANTIZE_TABLE: Source = {
  id: 'llama-cpp-quantize-readme',
  title: 'llama.cpp tools/quantize README: bits/weight and size per type for Llama-3.1-8B',
  url: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md',
  accessed: ACCESSED,
};
const OCP_MX: Source = {
  id: 'ocp-mx-spec',
  title: 'OCP Microscaling Formats (MX) Specification v1.0',
  url: 'https://www.opencompute.org/documents/ocp-microscaling-formats-mx-v1-0-spec-final-pdf',
  accessed: ACCESSED,
};
const NVFP4_BLOG: Source = {
  id: 'nvidia-nvfp4-blog',
  title:
    'NVIDIA Technical Blog: Introducing NVFP4 for efficient and accurate low-precision inference',
  url: 'https://developer.nvidia.com/blog/introducing-nvfp4-for-efficient-and-accurate-low-precision-inference/',
  accessed: ACCESSED,
};
const AUTOAWQ: Source = {
  id: 'autoawq-readme',
  title:
    "AutoAWQ README: default quant_config (w_bit 4, q_group_size 128, zero_point True); the project was deprecated in May 2025 in favour of vLLM's llm-compressor, and checkpoints it made keep this layout",
  url: 'https://github.com/casper-hansen/AutoAWQ',
  accessed: ACCESSED,
};
const LLM_INT8_PAPER: Source = {
  id: 'llm-int8-paper',
  title:
    'Dettmers et al., LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale (arXiv:2208.07339; int8 weights with per-row scales)',
  url: 'https://arxiv.org/abs/2208.07339',
  accessed: '2026-12-07',
};
const IEEE_BF16: Source = {
  id: 'bf16-format',
  title: 'Google Cloud TPU documentation: the bfloat16 numerical format',
  url: 'https://cloud.google.com/tpu/docs/bfloat16',
  accessed: ACCESSED,
};
const FP8_PAPER: Source = {
  id: 'fp8-formats-paper',
  title: 'Micikevicius et al., FP8 Formats for Deep Learning (arXiv:2209.05433)',
  url: 'https://arxiv.org/abs/2209.05433',
  accessed: ACCESSED,
};

export const WEIGHT_FORMATS: readonly WeightFormat[] = [
  {
    id: 'bf16',
    label: 'BF16',
    bitsPerWeight: 16,
    derivation: '16-bit brain floating point, no scales.',
    peak: 'bf16',
    source: IEEE_BF16,
  },
  {
    id: 'fp8',
    label: 'FP8',
    bitsPerWeight: 8,
    derivation: '8-bit E4M3 with per-tensor or per-channel scales, which add well under 0.01 bit.',
    peak: 'fp8',
    source: FP8_PAPER,
  },
  {
    id: 'int8',
    label: 'INT8',
    bitsPerWeight: 8,
    derivation: '8-bit integers with per-channel scales, which add well under 0.01 bit.',
    peak: 'int8',
    source: LLM_INT8_PAPER,
  },
  {
    id: 'int4',
    label: 'INT4 (AWQ/GPTQ, group 128)',
    bitsPerWeight: 4 + (16 + 4) / 128,
    derivation:
      'Weight-only 4-bit integers in groups of 128, each group storing an FP16 scale and a 4-bit zero point: 4 + (16 + 4) / 128 = 4.156 bits. Matrix multiplies dequantise to BF16.',
    peak: 'bf16',
    source: AUTOAWQ,
  },
  {
    id: 'mxfp4',
    label: 'MXFP4',
    bitsPerWeight: 4 + 8 / 32,
    derivation:
      'FP4 (E2M1) values in blocks of 32 sharing one 8-bit power-of-two scale: 4 + 8 / 32 = 4.25 bits.',
    peak: 'fp4',
    source: OCP_MX,
  },
  {
    id: 'nvfp4',
    label: 'NVFP4',
    bitsPerWeight: 4 + 8 / 16,
    derivation:
      'FP4 (E2M1) values in blocks of 16 sharing one FP8 (E4M3) scale, plus one FP32 scale per tensor: 4 + 8 / 16 = 4.5 bits.',
    peak: 'fp4',
    source: NVFP4_BLOG,
  },
  {
    id: 'q4_0',
    label: 'GGUF Q4_0',
    bitsPerWeight: 4.5,
    derivation:
      'Blocks of 32 weights: one FP16 scale and 16 bytes of 4-bit values, 18 bytes per 32 weights = 4.5 bits.',
    peak: 'int8',
    source: GGML_BLOCKS,
  },
  {
    id: 'q4_k_m',
    label: 'GGUF Q4_K_M',
    bitsPerWeight: 4.8944,
    derivation:
      'Mostly Q4_K (144 bytes per 256-weight super-block = 4.5 bits) with some tensors in Q6_K; a Llama-3.1-8B file measures 4.8944 bits per weight (4.58 GiB for 8.03B weights).',
    peak: 'int8',
    source: LLAMA_QUANTIZE_TABLE,
  },
  {
    id: 'q5_k_m',
    label: 'GGUF Q5_K_M',
    bitsPerWeight: 5.7036,
    derivation:
      'Mostly Q5_K (176 bytes per 256 weights = 5.5 bits) with some tensors in Q6_K; a Llama-3.1-8B file measures 5.7036 bits per weight.',
    peak: 'int8',
    source: LLAMA_QUANTIZE_TABLE,
  },
  {
    id: 'q6_k',
    label: 'GGUF Q6_K',
    bitsPerWeight: 6.5633,
    derivation:
      'Q6_K super-blocks of 256 weights take 210 bytes (6.5625 bits); a Llama-3.1-8B file measures 6.5633 bits per weight.',
    peak: 'int8',
    source: LLAMA_QUANTIZE_TABLE,
  },
  {
    id: 'q8_0',
    label: 'GGUF Q8_0',
    bitsPerWeight: 8.5,
    derivation:
      'Blocks of 32 weights: one FP16 scale and 32 int8 values, 34 bytes per 32 weights = 8.5 bits.',
    peak: 'int8',
    source: GGML_BLOCKS,
  },
];

export const WEIGHT_PRECISIONS: readonly WeightPrecision[] = WEIGHT_FORMATS.map((f) => f.id);
export const KV_PRECISIONS: readonly KvPrecision[] = ['bf16', 'fp8', 'int8'];

/**
 * Old URL values that still work: `fp4` named MXFP4 before NVFP4 was offered. A Map, because
 * it is looked up with reader input: a plain object would answer `toString` or `__proto__`.
 */
export const WEIGHT_PRECISION_ALIASES: ReadonlyMap<string, WeightPrecision> = new Map([
  ['fp4', 'mxfp4'],
]);

export const BITS_PER_WEIGHT = Object.fromEntries(
  WEIGHT_FORMATS.map((f) => [f.id, f.bitsPerWeight]),
) as Readonly<Record<WeightPrecision, number>>;

export const KV_BYTES_PER_ELEMENT: Readonly<Record<KvPrecision, number>> = {
  bf16: 2,
  fp8: 1,
  int8: 1,
};

export function weightFormat(id: WeightPrecision): WeightFormat {
  const found = WEIGHT_FORMATS.find((f) => f.id === id);
  if (!found) throw new Error(`Unknown weight format ${id}`);
  return found;
}
