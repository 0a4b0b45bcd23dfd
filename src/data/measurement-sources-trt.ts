// The documents the TensorRT-LLM and NIM single-request points (src/data/measurements-trt.ts) were read from.
import type { Source } from './types';

const ACCESSED = '2026-12-07';

/** The commit of the course material as first published in the repository (27 April 2025). */
const DLI =
  'https://github.com/wbing520/ai-performance-engineering/blob/0e25b2e236211ad01ed2221bd2c1cfa5b3f47b55/code/ch10_inference/inference_gpu_cluster_sizing/dataset';

/** A third party's copy of data it did not produce, shown as such. */
function thirdParty(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED, secondary: true };
}

/**
 * The two DLI files sit in one repository but are separate campaigns (the bare TensorRT-LLM 0.9.0
 * engine against NIM behind its HTTP server), so they carry separate ids; a leave-one-source-out
 * check that wants one group per publisher can join them by the `nvidia-dli-` prefix.
 */
export const TRT_SOURCES = {
  dliTrtllm090: thirdParty(
    'nvidia-dli-trtllm-0.9.0-sweep',
    'NVIDIA Deep Learning Institute course “Sizing LLM Inference Systems”, dataset trt_llm_0_9_0_dli.csv: TensorRT-LLM 0.9.0 runs by GPU, model, precision, tensor parallelism, batch size and input/output length, with first-token and token-to-token latency (copy in the ai-performance-engineering repository)',
    `${DLI}/trt_llm_0_9_0_dli.csv`,
  ),
  dliNim: thirdParty(
    'nvidia-dli-nim-genai-perf-sweep',
    'NVIDIA Deep Learning Institute course “Sizing LLM Inference Systems”, dataset nim.csv: GenAI-Perf runs against NIM (TensorRT-LLM backend) for Llama 3 8B and 70B Instruct on DGX A100 and DGX H100, by concurrency and input/output length (copy in the ai-performance-engineering repository)',
    `${DLI}/nim.csv`,
  ),
  trtllmPerformanceV061: {
    id: 'trtllm-performance-md-v0.6.1',
    title:
      'TensorRT-LLM documentation, Performance of TensorRT-LLM (performance.md, v0.6.1 edition): Low Latency tables, first-token latency at batch size 1 (data from TensorRT-LLM v0.5)',
    url: 'https://github.com/NVIDIA/TensorRT-LLM/blob/138f96d45f90b9667426f7c47297d8c06bafac73/docs/source/performance.md',
    accessed: ACCESSED,
  },
} as const satisfies Record<string, Source>;
