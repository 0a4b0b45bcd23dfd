// The documents the single-stream gap measurements (measurements-gap.ts) were read from.
import type { Source } from './types';

const ACCESSED = '2026-12-07';

function src(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED };
}

const LLM_TRACKER = 'https://github.com/AUGMXNT/llm-tracker.info-vault/blob';

export const GAP_SOURCES = {
  llmTrackerRtxPro6000: src(
    'llm-tracker-rtx-pro-6000',
    'AUGMXNT/llm-tracker.info-vault, “RTX PRO 6000.md”: llama-bench on an RTX PRO 6000 Blackwell Workstation Edition across power limits (llama.cpp build 233d773d0 (6413)), working notes by Leonard Lin',
    `${LLM_TRACKER}/d1646af579b5ac0c00a36eb7b1e383e9f1199ace/RTX%20PRO%206000.md`,
  ),
  llmTrackerMi300x: src(
    'llm-tracker-mi300x-testing',
    'AUGMXNT/llm-tracker.info-vault, “MI300X Testing.md”: llama-bench of Llama 2 7B Q4_0 on one and eight MI300X (llama.cpp build d5cb8684 (3891)) and vLLM notes; read, the llama.cpp rows are excluded',
    `${LLM_TRACKER}/87b8a326141d6e57d3a2084340520befa7851c77/MI300X%20Testing.md`,
  ),
  junweiAgxOrin: src(
    'junweiliang-mllms-deepseek-notes',
    'JunweiLiang/MLLMs, note_running_deepseek.md: llama-bench of DeepSeek-R1-Distill-Qwen 32B and 14B Q4_K_M on a Jetson AGX Orin 64 GB (JetPack 5, llama.cpp build 55ac8c77 (4675)) at 30 W and MAXN',
    'https://github.com/JunweiLiang/MLLMs/blob/d065906ffdc7d580df7d33a4e35eda2a2148592f/note_running_deepseek.md',
  ),
  trtllmPerfOverviewRtxPro: src(
    'trtllm-perf-overview-585c756-rtx-pro-6000',
    'TensorRT-LLM documentation, developer-guide/perf-overview.md: trtllm-bench maximum-load throughput, including the RTX 6000 Pro Blackwell Server Edition tables (PyTorch backend, ModelOpt NVFP4 checkpoints)',
    'https://github.com/NVIDIA/TensorRT-LLM/blob/585c756579dc4d01f21fc13c2f604cdb461ac4f0/docs/source/developer-guide/perf-overview.md',
  ),
  ahgraberGpuTesting: src(
    'ahgraber-aimlbling-gpu-testing',
    'ahgraber/AIMLbling-about, hugo/content/blog/gpu-testing/index.md (draft post): llm-benchmark over Ollama 0.7.0 on an RTX 3090 and an RTX 5090; read, excluded',
    'https://github.com/ahgraber/AIMLbling-about/blob/0c92a6e09d59b351cf1ca8df71dc957450bc6cc0/hugo/content/blog/gpu-testing/index.md',
  ),
} as const satisfies Record<string, Source>;
