// Which numeric formats each hardware family multiplies natively in its matrix units, with sources.
import type { Source } from './types';

const ACCESSED = '2026-12-01';

function source(id: string, title: string, url: string, secondary = false): Source {
  return secondary
    ? { id, title, url, accessed: ACCESSED, secondary: true }
    : { id, title, url, accessed: ACCESSED };
}

/**
 * Operand formats a matrix unit may take. Bits per weight of the stored formats live in
 * `precisions.ts`; this module says only where each one runs without being converted first.
 */
export type MatrixFormat = 'fp16' | 'bf16' | 'fp8' | 'int8' | 'int4' | 'fp6' | 'mxfp4' | 'nvfp4';

export const MATRIX_FORMATS: readonly { id: MatrixFormat; label: string }[] = [
  { id: 'fp16', label: 'FP16' },
  { id: 'bf16', label: 'BF16' },
  { id: 'fp8', label: 'FP8' },
  { id: 'int8', label: 'INT8' },
  { id: 'int4', label: 'INT4' },
  { id: 'fp6', label: 'FP6' },
  { id: 'mxfp4', label: 'MXFP4' },
  { id: 'nvfp4', label: 'NVFP4' },
];

export type ArchitectureId =
  | 'ampere'
  | 'ada'
  | 'hopper'
  | 'blackwell'
  | 'cdna3'
  | 'cdna4'
  | 'tpu-v5e'
  | 'tpu-v5p'
  | 'tpu-v6e'
  | 'tpu7x'
  | 'x86-amx'
  | 'x86-avx512'
  | 'apple-gpu'
  | 'apple-gpu-na'
  | 'apple-ane';

export interface Architecture {
  id: ArchitectureId;
  name: string;
  vendor: string;
  /** Formats the matrix unit multiplies as they are stored, without a conversion pass. */
  native: readonly MatrixFormat[];
  notes: string;
  sources: readonly Source[];
}

const ampereBlog = source(
  'nvidia-ampere-in-depth',
  'NVIDIA Technical Blog: NVIDIA Ampere architecture in depth',
  'https://developer.nvidia.com/blog/nvidia-ampere-architecture-in-depth/',
);
const a100Datasheet = source(
  'nvidia-a100-datasheet',
  'NVIDIA A100 Tensor Core GPU datasheet',
  'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
);
const adaWhitepaper = source(
  'nvidia-ada-whitepaper',
  'NVIDIA Ada GPU architecture whitepaper',
  'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf',
);
const l40sPage = source(
  'nvidia-l40s-specs',
  'NVIDIA L40S GPU: specifications (FP8, INT8 and INT4 tensor rates)',
  'https://www.nvidia.com/en-us/data-center/l40s/',
);
const h100Page = source(
  'nvidia-h100-specs',
  'NVIDIA H100 Tensor Core GPU: specifications',
  'https://www.nvidia.com/en-us/data-center/h100/',
);
const hgxPage = source(
  'nvidia-hgx-specs',
  'NVIDIA HGX platform: HGX B200 specifications',
  'https://www.nvidia.com/en-us/data-center/hgx/',
);
const nvfp4Blog = source(
  'nvidia-nvfp4-blog',
  'NVIDIA Technical Blog: Introducing NVFP4 for efficient and accurate low-precision inference',
  'https://developer.nvidia.com/blog/introducing-nvfp4-for-efficient-and-accurate-low-precision-inference/',
);
const modularFp4Utils = source(
  'modular-fp4-utils',
  'Modular MAX kernel docs, linalg.fp4_utils: MXFP4 scale E8M0 per 32 values, NVFP4 scale E4M3 per 16',
  'https://docs.modular.com/max/api/kernels/linalg/fp4_utils/',
  true,
);
const rocmMatrixCores = source(
  'rocm-blog-matrix-cores-cdna',
  'ROCm blog: Matrix Core programming on AMD CDNA 3 and CDNA 4 architecture',
  'https://github.com/ROCm/rocm-blogs/blob/74cb98764b82f321522ff469d5941f4555d0997b/blogs/software-tools-optimization/matrix-cores-cdna/README.md',
);
const mi300xPage = source(
  'amd-mi300x-specs',
  'AMD Instinct MI300X accelerator: specifications',
  'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html',
);
const tpuV5e = source(
  'google-cloud-tpu-v5e',
  'Google Cloud TPU v5e documentation',
  'https://docs.cloud.google.com/tpu/docs/v5e',
);
const tpuV5p = source(
  'google-cloud-tpu-v5p',
  'Google Cloud TPU v5p documentation',
  'https://docs.cloud.google.com/tpu/docs/v5p',
);
const tpuV6e = source(
  'google-cloud-tpu-v6e',
  'Google Cloud TPU v6e documentation',
  'https://docs.cloud.google.com/tpu/docs/v6e',
);
const tpu7x = source(
  'google-cloud-tpu7x',
  'Google Cloud TPU7x (Ironwood) documentation',
  'https://docs.cloud.google.com/tpu/docs/tpu7x',
);
const tpuArchitecture = source(
  'google-cloud-tpu-architecture',
  'Google Cloud TPU system architecture: MXUs take bfloat16 inputs and accumulate in FP32',
  'https://cloud.google.com/tpu/docs/system-architecture-tpu-vm',
);
const scalingBookTpus = source(
  'scaling-book-tpus',
  'How to Scale Your Model, part 2: How to think about TPUs (Austin et al., Google DeepMind)',
  'https://github.com/jax-ml/scaling-book/blob/04d8de58b9f64e2d6cc1df469b8a36f506a0138d/tpus.md',
);
const ispcAmx = source(
  'ispc-amx-header',
  'Intel ISPC standard library amx.isph: amx-int8 and amx-bf16 on Sapphire Rapids, amx-fp16 added on Granite Rapids',
  'https://github.com/ispc/ispc/blob/main/stdlib/include/amx.isph',
);
const mlirAmx = source(
  'mlir-amx-dialect',
  'MLIR documentation: the amx dialect (tile matrix multiply unit, eight tile registers)',
  'https://mlir.llvm.org/docs/Dialects/AMX/',
);
const linuxCpuFeatures = source(
  'linux-x86-cpufeatures',
  'Linux tools/arch/x86/include/asm/cpufeatures.h: AMX_TILE, AMX_INT8, AMX_BF16 and AVX512_BF16 feature bits',
  'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/tools/arch/x86/include/asm/cpufeatures.h',
);
const aoclHardware = source(
  'amd-aocl-hardware-features',
  'AMD AOCL user guide 57404, Hardware features: AVX512_VNNI and AVX512_BF16 on Zen 4 and later, AVX512_FP16 on Zen 5',
  'https://docs.amd.com/r/en-US/57404-AOCL-user-guide/8.1.5.-Hardware-Features',
);
const coremlPerf = source(
  'coremltools-quantization-performance',
  'Apple coremltools guide: quantization performance (int8-int8 compute on the Neural Engine from A17 Pro and M4)',
  'https://apple.github.io/coremltools/docs-guides/source/opt-quantization-perf.html',
);
const coremlApi = source(
  'coremltools-quantization-api',
  'Apple coremltools guide: quantization API overview (weights and activations in int8 for the Neural Engine)',
  'https://apple.github.io/coremltools/docs-guides/source/opt-quantization-api.html',
);
const aneFp16 = source(
  'hollance-neural-engine-16bit',
  'The Neural Engine, what do we know about it? 16-bit notes (community documentation, not Apple)',
  'https://github.com/hollance/neural-engine/blob/master/docs/16-bit.md',
  true,
);

const gpumapAda = source(
  'lamonoai-gpumap-nvidia',
  'lamonoai/gpumap on GitHub: NVIDIA spec tables (Ada: L40 INT8 362 and INT4 724 dense TOPS)',
  'https://github.com/lamonoai/gpumap/blob/8d5e174f6f25a520db1ada126d4c1fa5c5eb6df9/nvidia/GPU.md',
  true,
);
const tzakharkoNeural = source(
  'tzakharko-apple-neural-accelerators',
  'Taras Zakharko: Investigating the GPU Neural Accelerators on Apple A19/M5 (FP16 and INT8 matrix throughput per GPU core)',
  'https://tzakharko.github.io/apple-neural-accelerators-benchmark',
  true,
);
const llamaCppTensorApi = source(
  'llama-cpp-16634',
  'ggml-org/llama.cpp pull request 16634: Metal 4 tensor API support (used on M5; pull request 17087 enables it on A19)',
  'https://github.com/ggml-org/llama.cpp/pull/16634',
  true,
);

export const ARCHITECTURES: readonly Architecture[] = [
  {
    id: 'ampere',
    name: 'NVIDIA Ampere (A100, RTX 30)',
    vendor: 'NVIDIA',
    native: ['fp16', 'bf16', 'int8', 'int4'],
    notes:
      'Third-generation tensor cores add BF16 and TF32 beside FP16, INT8 and INT4. No FP8: FP8 checkpoints are converted to FP16/BF16 or run as weight-only kernels.',
    sources: [ampereBlog, a100Datasheet],
  },
  {
    id: 'ada',
    name: 'NVIDIA Ada Lovelace (L4, L40S, RTX 40)',
    vendor: 'NVIDIA',
    native: ['fp16', 'bf16', 'fp8', 'int8', 'int4'],
    notes:
      "Fourth-generation tensor cores add FP8 (E4M3 and E5M2) and run INT4 at twice the INT8 rate: NVIDIA's Ada whitepaper gives the RTX 4090 660.6 dense INT8 TOPS and 1,321.2 dense INT4 TOPS, and the L40 datasheet 362 and 724 (the L40S sheet lists equal INT8 and INT4 figures, which disagrees with both). LLM engines rarely run INT4 tensor math, since AWQ and GPTQ kernels dequantise to FP16, so in practice INT4 weights save bytes rather than matrix time. No FP4 or FP6.",
    sources: [adaWhitepaper, l40sPage, gpumapAda],
  },
  {
    id: 'hopper',
    name: 'NVIDIA Hopper (H100, H200)',
    vendor: 'NVIDIA',
    native: ['fp16', 'bf16', 'fp8', 'int8'],
    notes:
      'FP8 at twice the BF16 rate. The H100 specification lists no INT4 or FP4 rate, so 4-bit weights are unpacked to BF16 or FP8 in the kernel.',
    sources: [h100Page],
  },
  {
    id: 'blackwell',
    name: 'NVIDIA Blackwell (B200, GB200, RTX 50)',
    vendor: 'NVIDIA',
    native: ['fp16', 'bf16', 'fp8', 'int8', 'fp6', 'mxfp4', 'nvfp4'],
    notes:
      'Fifth-generation tensor cores add FP6 and FP4 with hardware block scaling: MXFP4 (32 values per E8M0 scale) and NVFP4 (16 values per E4M3 scale). FP4 runs at twice the FP8 rate in the HGX B200 table. Blackwell Ultra (B300, GB300) keeps INT8 instructions but at a small fraction of the FP8 rate; see its catalogue peaks.',
    sources: [hgxPage, nvfp4Blog, modularFp4Utils],
  },
  {
    id: 'cdna3',
    name: 'AMD CDNA 3 (MI300X, MI325X)',
    vendor: 'AMD',
    native: ['fp16', 'bf16', 'fp8', 'int8'],
    notes:
      'Matrix cores take FP16/BF16 and FP8 (E4M3/E5M2 in the FNUZ variants, which differ from the OCP encodings) and INT8. No FP6 or FP4 instructions.',
    sources: [rocmMatrixCores, mi300xPage],
  },
  {
    id: 'cdna4',
    name: 'AMD CDNA 4 (MI350X, MI355X)',
    vendor: 'AMD',
    native: ['fp16', 'bf16', 'fp8', 'int8', 'fp6', 'mxfp4'],
    notes:
      'Adds FP6 and FP4 and MFMA instructions with E8M0 block exponent scaling (MXFP8/MXFP6/MXFP4), and switches FP8 to the OCP encodings. No NVFP4 instruction is listed.',
    sources: [rocmMatrixCores],
  },
  {
    id: 'tpu-v5e',
    name: 'Google TPU v5e',
    vendor: 'Google',
    native: ['bf16', 'int8'],
    notes:
      'MXUs multiply bfloat16 and accumulate in FP32; INT8 runs at twice the BF16 rate (393 vs 197 TOPS). No FP8 rate is listed.',
    sources: [tpuV5e, tpuArchitecture],
  },
  {
    id: 'tpu-v5p',
    name: 'Google TPU v5p',
    vendor: 'Google',
    native: ['bf16', 'fp8', 'int8'],
    notes:
      'Google lists FP8 at the same 459 TFLOPS as BF16, so FP8 halves memory traffic but not matrix time. INT8 doubles the rate (918 TOPS, third-party figure).',
    sources: [tpuV5p, tpu7x, scalingBookTpus],
  },
  {
    id: 'tpu-v6e',
    name: 'Google TPU v6e (Trillium)',
    vendor: 'Google',
    native: ['bf16', 'fp8', 'int8'],
    notes: 'FP8 is listed at the BF16 rate (918 TFLOPS); INT8 doubles it (1,836 TOPS).',
    sources: [tpuV6e, tpu7x],
  },
  {
    id: 'tpu7x',
    name: 'Google TPU7x (Ironwood)',
    vendor: 'Google',
    native: ['bf16', 'fp8'],
    notes:
      'First TPU listed with FP8 at twice the BF16 rate (4,614 vs 2,307 TFLOPS). The TPU7x page gives no INT8 rate.',
    sources: [tpu7x],
  },
  {
    id: 'x86-amx',
    name: 'Intel AMX (Xeon 4th gen and later)',
    vendor: 'Intel',
    native: ['bf16', 'int8'],
    notes:
      'A tile matrix-multiply unit per core with eight tile registers. Sapphire and Emerald Rapids have AMX-INT8 and AMX-BF16; Granite Rapids (Xeon 6) adds AMX-FP16, not counted here because the catalogue has no FP16 column. No FP8 or 4-bit tiles: GGUF and INT4 weights are unpacked in software.',
    sources: [mlirAmx, ispcAmx, linuxCpuFeatures],
  },
  {
    id: 'x86-avx512',
    name: 'x86 AVX-512 VNNI and BF16 (AMD Zen 4 and 5)',
    vendor: 'AMD / Intel',
    native: ['bf16', 'int8'],
    notes:
      'Vector, not matrix, instructions: VNNI does int8 dot products into int32 and AVX512_BF16 does BF16 dot products into FP32. llama.cpp quantises activations to 8 bits so its Q4/Q8 dot products run on these.',
    sources: [aoclHardware, linuxCpuFeatures],
  },
  {
    id: 'apple-gpu',
    name: 'Apple GPU (M-series, through Metal and MLX)',
    vendor: 'Apple',
    native: ['fp16'],
    notes:
      "Core ML keeps GPU weights and intermediate tensors in FP16 (community notes say it accumulates in FP32 unless low-precision accumulation is allowed). Quantised weights are decompressed to 16-bit floats before the multiply (Apple's guide calls this weight decompression), so 4- and 8-bit weights save memory and bandwidth but add no compute.",
    sources: [coremlPerf, aneFp16],
  },
  {
    id: 'apple-gpu-na',
    name: 'Apple GPU with Neural Accelerators (M5, A19)',
    vendor: 'Apple',
    native: ['fp16', 'int8'],
    notes:
      "Each GPU core adds a Neural Accelerator, a matrix unit reached through Metal 4's tensor API. Microbenchmarks on A19 measure about 1,024 FP16 operations per core per cycle (accumulating into FP16 or FP32) and about 1,800 INT8 operations (into INT32); llama.cpp and MLX use the units on M5 and A19. Quantised weights are still unpacked to FP16 unless the engine runs INT8 activations.",
    sources: [tzakharkoNeural, llamaCppTensorApi],
  },
  {
    id: 'apple-ane',
    name: 'Apple Neural Engine',
    vendor: 'Apple',
    native: ['fp16', 'int8'],
    notes:
      'Computes in FP16 (community measurements). From A17 Pro and M4, Apple documents faster int8-int8 compute when both weights and activations are int8 (W8A8); weight-only int8 or 4-bit still computes in FP16.',
    sources: [coremlPerf, coremlApi, aneFp16],
  },
];

/**
 * Catalogue device ids mapped to their architecture. Ids not listed here are left out of the
 * grid rather than guessed: Gaudi, Trainium, Inferentia, Radeon (RDNA), Intel Arc, Qualcomm,
 * Tenstorrent, Strix Halo and Snapdragon parts have no family row yet, and Rubin and MI455X have
 * no published format list.
 */
export const DEVICE_ARCHITECTURE: Readonly<Record<string, ArchitectureId>> = {
  'a100-sxm-80gb': 'ampere',
  'rtx-3090': 'ampere',
  'h100-sxm': 'hopper',
  'h100-pcie': 'hopper',
  h200: 'hopper',
  b200: 'blackwell',
  gb200: 'blackwell',
  b300: 'blackwell',
  gb300: 'blackwell',
  'rtx-5090': 'blackwell',
  'rtx-pro-6000-blackwell': 'blackwell',
  'rtx-pro-6000-blackwell-server': 'blackwell',
  'rtx-5080': 'blackwell',
  'rtx-5070-ti': 'blackwell',
  'jetson-orin-nano-super': 'ampere',
  'dgx-spark': 'blackwell',
  l4: 'ada',
  l40s: 'ada',
  'rtx-4090': 'ada',
  mi300x: 'cdna3',
  mi325x: 'cdna3',
  mi350x: 'cdna4',
  mi355x: 'cdna4',
  'tpu-v5e': 'tpu-v5e',
  'tpu-v5p': 'tpu-v5p',
  'tpu-v6e': 'tpu-v6e',
  'tpu-v7': 'tpu7x',
  'xeon-6980p': 'x86-amx',
  'epyc-9965': 'x86-avx512',
  'epyc-9654': 'x86-avx512',
  'epyc-9175f': 'x86-avx512',
  'jetson-agx-orin-64gb': 'ampere',
  'jetson-agx-thor': 'blackwell',
  'apple-m4-max-40c': 'apple-gpu',
  'apple-m4-max-32c': 'apple-gpu',
  'apple-m4-pro-20c': 'apple-gpu',
  'apple-m3-max-40c': 'apple-gpu',
  'apple-m3-max-30c': 'apple-gpu',
  'apple-m3-ultra-80c': 'apple-gpu',
  'apple-m2-ultra-76c': 'apple-gpu',
  'apple-m1-max-32c': 'apple-gpu',
  'apple-m5-10c': 'apple-gpu-na',
  'apple-m5-pro-20c': 'apple-gpu-na',
  'apple-m5-max-40c': 'apple-gpu-na',
  'apple-a19-pro': 'apple-gpu-na',
};

/** KV-cache formats serving engines offer, what each stores per element, and where the claim is from. */
export interface KvCacheFormat {
  id: 'bf16' | 'fp8' | 'int8' | 'int4' | 'int2';
  label: string;
  /** Bytes per cached element, scales excluded (per-tensor or per-head scales add almost nothing). */
  bytesPerElement: number;
  /** What published measurements say about quality, in our words. */
  quality: string;
  sources: readonly Source[];
}

const vllmKv = source(
  'vllm-quantized-kv-cache',
  'vLLM documentation: quantized KV cache (FP8 E4M3/E5M2, per-tensor and per-head scales)',
  'https://docs.vllm.ai/en/latest/features/quantization/quantized_kvcache/',
);
const sglangKv = source(
  'sglang-quantized-kv-cache',
  'SGLang documentation: quantized KV cache (FP8 and FP4; dequantisation must be fused with attention)',
  'https://docs.sglang.io/advanced_features/quantized_kv_cache.html',
);
const kvquant = source(
  'kvquant-paper',
  'Hooper et al., KVQuant: towards 10 million context length LLM inference with KV cache quantization (arXiv:2401.18079)',
  'https://arxiv.org/abs/2401.18079',
);
const kivi = source(
  'kivi-paper',
  'Liu et al., KIVI: a tuning-free asymmetric 2bit quantization for KV cache (arXiv:2402.02750, ICML 2024)',
  'https://arxiv.org/abs/2402.02750',
);

export const KV_CACHE_FORMATS: readonly KvCacheFormat[] = [
  {
    id: 'bf16',
    label: 'BF16 / FP16',
    bytesPerElement: 2,
    quality: 'The reference: what the model was trained with.',
    sources: [vllmKv],
  },
  {
    id: 'fp8',
    label: 'FP8 (E4M3 or E5M2)',
    bytesPerElement: 1,
    quality:
      'Halves the cache. vLLM and SGLang describe the accuracy cost as small when scales are calibrated; with default scales of 1.0 it can be larger. Throughput gains come from fitting about twice the tokens; latency gains only where the attention kernel reads FP8 directly.',
    sources: [vllmKv, sglangKv],
  },
  {
    id: 'int8',
    label: 'INT8 (per-token or per-channel scales)',
    bytesPerElement: 1,
    quality:
      'Same size as FP8; quality depends on the granularity of the scales. KVQuant finds keys need per-channel scales because their outliers sit in fixed channels.',
    sources: [kvquant],
  },
  {
    id: 'int4',
    label: '4-bit (research methods; FP4 in SGLang)',
    bytesPerElement: 0.5,
    quality:
      'KVQuant reports under 0.1 perplexity loss at 3 bits on Wikitext-2 and C4 with per-channel, pre-RoPE key quantisation and outlier handling; plain 4-bit rounding without those steps loses more. Perplexity is a short-range measure, so test long-context retrieval on your own prompts.',
    sources: [kvquant, sglangKv],
  },
  {
    id: 'int2',
    label: '2-bit (KIVI)',
    bytesPerElement: 0.25,
    quality:
      'KIVI keeps keys per-channel and values per-token at 2 bits, holds the most recent tokens in full precision, and reports almost unchanged quality with 2.6x less peak memory on Llama, Falcon and Mistral. Not offered by mainstream serving engines.',
    sources: [kivi],
  },
];
