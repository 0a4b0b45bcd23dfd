// Published measurements that were read and then left out of the fit, with the reason for each.
import type { ExcludedMeasurement } from './measurement-types';
import { MEASUREMENT_SOURCES as S } from './measurement-sources';
import { EDGE_SOURCES as E } from './measurement-sources-edge';
import { ACCELERATOR_SOURCES as A } from './measurement-sources-accelerators';
import { EDGE_MORE_SOURCES as M } from './measurement-sources-edge-more';
import { MORE_ACCELERATOR_SOURCES as D } from './measurement-sources-accelerators-more';
import { TRT_SOURCES as T } from './measurement-sources-trt';
import { GAP_SOURCES as G } from './measurement-sources-gap';
import { GAP2_SOURCES as H } from './measurement-sources-gap2';
import { GAP3_SOURCES as K } from './measurement-sources-gap3';

/** Points read and then left out, with the reason. */
export const excludedMeasurements: readonly ExcludedMeasurement[] = [
  {
    id: 'trtllm-h100-gpt-j-6b-fp8',
    description: 'TensorRT-LLM 0.5 blog: GPT-J 6B FP8 on H100, batch 1, 185 tokens/s',
    source: S.trtllmH100VsA100,
    reason:
      'The output length and how the figure was timed are not stated, and the run predates ' +
      'in-flight batching; the old reality check guessed 128 output tokens.',
  },
  {
    id: 'trtllm-a100-gpt-j-6b-fp16',
    description: 'TensorRT-LLM 0.5 blog: GPT-J 6B FP16 on A100, batch 1, 111 tokens/s',
    source: S.trtllmH100VsA100,
    reason: 'Same blog and the same missing conditions as the H100 row.',
  },
  {
    id: 'mlperf51-redhat-h100-vllm-llama3.1-8b',
    description: 'MLPerf v5.1 RedHat XE8640_4xH100_vLLM, Llama 3.1 8B Offline, 5,777 tokens/s',
    source: S.mlperfRedHat,
    reason:
      'The system is named 4xH100 but its description lists one accelerator per node, so the ' +
      'per-GPU figure cannot be pinned down.',
  },
  {
    id: 'mlperf51-redhat-l40s-vllm-llama3.1-8b',
    description: 'MLPerf v5.1 RedHat IBM Cloud 2x L40S vLLM, Llama 3.1 8B Offline, 1,642 tokens/s',
    source: S.mlperfRedHat,
    reason: 'Named 2x L40S but described with one accelerator per node: count ambiguous.',
  },
  {
    id: 'mlperf51-llama3.1-405b-and-8b-offline',
    description:
      'MLPerf v5.1 Llama 3.1 405B (H100x16, H200x8, B200x8) and Llama 3.1 8B (B200, H200, Xeon 6980P) Offline rows',
    source: S.mlperfNvidiaB200,
    reason:
      'Read, but these benchmarks use other datasets with different prompt-to-output ratios, and we ' +
      'have not pinned down their mean input lengths; one saturated efficiency cannot span them ' +
      'until the prefill share is modelled per dataset.',
  },
  {
    id: 'jetstream-pt-v5e8-int8-rows',
    description:
      'jetstream-pytorch v5e-8 int8 rows (Llama 3 8B batch 256: 10,873 tokens/s; Llama 2 7B batch 96: 4,783 tokens/s)',
    source: S.jetstreamPytorch,
    reason:
      'With int8 weights and int8 KV cache the same engine reaches about half the bandwidth ' +
      'fraction of its BF16 rows (0.16–0.25 against 0.33–0.38 of the ideal), a quantisation ' +
      'overhead our one-parameter-per-engine model has no term for. Shown on the accuracy page ' +
      'as a known miss rather than fitted.',
  },
  {
    id: 'llamacpp-spark-batched',
    description: 'DGX Spark llama-batched-bench rows at batch 2–32',
    source: S.llamaCppSpark,
    reason:
      'At batch 32 these steps become partly compute-bound, and the GB10 compute peak is not yet ' +
      'in the catalogue, so the prediction would be bandwidth-only.',
  },
  {
    id: 'geerling-strixhalo-gpt-oss-20b-f16-vulkan',
    description:
      'Framework Desktop (Ryzen AI Max+ 395), gpt-oss-20b "F16" GGUF (12.83 GiB), Vulkan, tg128 45.01 tokens/s',
    source: S.geerlingFramework,
    reason:
      'This file keeps the experts in MXFP4 but attention and the output layer in F16, so the ' +
      'bytes read per token (roughly 3.9 GB by our count of the dense layers) are far above the ' +
      'active share of the file size (2.4 GB) that every other point uses; the source reports ' +
      'no per-tensor sizes to pin the figure down.',
  },
  {
    id: 'llamacpp-4766-rtx4090-q4_0',
    description: 'PR #4766: RTX 4090 Q4_0 tg 128',
    source: S.llamaCpp4766,
    reason: 'The row was cut off in the copy we read.',
  },
  {
    id: 'llamacpp-4167-apple-pp512',
    description: 'Discussion #4167: Apple-silicon prompt-processing (pp512) columns',
    source: S.llamaCppApple,
    reason:
      'Apple publishes no GPU matrix peak, so the catalogue has none and a prefill prediction ' +
      'cannot be formed; the decode columns are used.',
  },
  // --- Local, edge and CPU sources read for measurements-edge.ts ------------------------------
  {
    id: 'executorch-oneplus12-llama3.2-decode',
    description:
      'ExecuTorch README: Llama 3.2 1B/3B decode on a OnePlus 12 (3B BF16 7.6, SpinQuant 19.7, QAT+LoRA 18.5 tokens/s)',
    source: E.executorchLlama,
    reason:
      'The README states the 64-token prompt but not how many tokens were generated; the prompt ' +
      'and time-to-first-token columns are used because they do not depend on it.',
  },
  {
    id: 'holohub-170-orin-llama2-7b-4bit',
    description:
      'holohub issue #170: IGX/AGX Orin iGPU, llama.cpp, Llama 2 7B 4-bit, 22.5 tokens/s',
    source: E.holohubOrin,
    reason:
      'Neither the llama.cpp build, the exact 4-bit format nor the output length is given; the ' +
      'prompt is only “Once upon a time,”.',
  },
  {
    id: 'llamacpp-20934-rx7900xtx-ranges',
    description:
      'llama.cpp issue #20934: RX 7900 XTX, LLaMA 7B Q4_0 tg128 about 167–177 (Vulkan) and 129–144 (ROCm) tokens/s',
    source: E.llamaCpp7900xtxRocmVsVulkan,
    reason:
      'Reported as ranges over many commits and ROCm stacks rather than one run with one build, ' +
      'so no single figure with its conditions can be taken.',
  },
  {
    id: 'geerling-23-rx7900xt-qwen2.5-14b',
    description:
      'geerlingguy/ai-benchmarks #23: RX 7900 XT on a Raspberry Pi 5, Qwen2.5 14B Q4_K_M, pp512 335.63, tg128 7.16',
    source: E.geerlingRx7900xt,
    reason:
      'Qwen2.5 14B is not a preset. The decode figure is also an outlier worth a note: 8.37 GiB ' +
      'at 7.16 tokens/s is about 64 GB/s on an 800 GB/s card, a tenth of what the same card ' +
      'manages in a PC, which points at the Pi host rather than the GPU.',
  },
  {
    id: 'geerling-20-rx580-tg128',
    description:
      'geerlingguy/ai-benchmarks #20: RX 580 on a P550 board, Llama 3.2 3B Q4_K_M tg128 36.23 ± 17.62',
    source: E.geerlingRx580,
    reason: 'The spread (±17.62 on 36.23) says the runs disagreed by half; the pp512 row is used.',
  },
  {
    id: 'mlx-lm-92-m3max-qwen3-moe',
    description:
      'mlx-lm issue #92: M3 Max MLX 1,160.6 prompt / 68.0 decode tokens/s and llama.cpp 320.7 / 57.3 for a Qwen3 MoE',
    source: E.mlxLmPromptSpeed,
    reason:
      'The comment we read names the engines (MLX-LM 0.24.0, llama.cpp 5215) but not the model ' +
      'file or its quantisation, so neither the preset nor the bytes per token can be fixed.',
  },
  {
    id: 'jetsonhacks-dgx-spark-copy',
    description:
      'JetsonHacks page: DGX Spark llama-bench tables (gpt-oss-20b pp2048 3,610.56, tg32 79.74)',
    source: E.jetsonhacksSpark,
    reason:
      'A copy of the llama.cpp maintainers’ DGX Spark tables (benches/dgx-spark.md, already a ' +
      'source); counting it again would give one measurement two votes in leave-one-source-out.',
  },
  {
    id: 'jetson-ai-lab-2026-nvfp4-rows',
    description:
      'Later Jetson AI Lab data file (2026): Thor T5000 in NVFP4 and MXFP4, Orin in W4A16, for Qwen3, gpt-oss and Gemma models',
    source: E.jetsonAiLabBenchmarks,
    reason:
      'The December 2025 version is used instead: it runs the same W4A16 checkpoints on both ' +
      'Jetsons and covers three Llama presets; the 2026 file re-measured with other formats and ' +
      'has no commit date we could read.',
  },
  {
    id: 'jetson-ai-lab-orin-large-models-w4a16',
    description:
      'Jetson AI Lab (Dec 2025), AGX Orin, vLLM W4A16, one request: Llama 3.3 70B 2.93, Qwen3 32B 6.22, Qwen3 30B-A3B 31.43 output tokens/s',
    source: E.jetsonAiLabBenchmarks,
    reason:
      'Known misses rather than fitted points: leave-one-out predictions were 1.69×, 1.54× and ' +
      '1.99× the measured values. The figure is output throughput of the whole request, so the ' +
      '2,048-token prefill sits inside it; for the dense 70B and 32B models on Orin’s Ampere GPU ' +
      'that prefill is seconds long next to 128 decode steps, and no term of ours models it. The ' +
      'MoE row is slow for another reason (W4A16 expert kernels reach about a third of the ' +
      'bandwidth ceiling). The same models on Thor and the 3B and 8B rows on Orin are used.',
  },
  {
    id: 'geerling-766-rx9070xt-tg128',
    description:
      'raspberry-pi-pcie-devices #766: RX 9070 XT on a Raspberry Pi 5, Llama 3.2 3B Q4_K_M tg128 76.49',
    source: E.geerlingRx9070xt,
    reason:
      'Host-bound: a 2.0 GB file on a 640 GB/s card allows about 320 tokens/s, and the ' +
      'leave-one-out prediction was 2.1× the measurement. One token at a time, the Pi 5’s CPU ' +
      'launching each kernel sets the pace, not the GPU; the prompt row from the same run is used.',
  },
  {
    id: 'nim-llama3.1-tables-and-llama3.3-nim-1.5',
    description:
      'NIM benchmarking page: Llama-3.1-8b-instruct (NIM 1.8.0 and 1.3.0), Llama-3.1-70b-instruct (1.3.0) and Llama-3.3-70b NIM 1.5.0 concurrency tables',
    source: A.nimBenchmarking,
    reason:
      'The copy we read kept these tables but not their headings (GPU count, precision and ' +
      'input/output lengths), so the conditions cannot be stated; only the 1.8.0 Llama 3.3 70B ' +
      'tables, whose headings we read, are used.',
  },
  {
    id: 'neuron-trn2-speculative-rows',
    description:
      'Trn2 tutorials: fused speculative decoding rows (Llama 3.3 70B TPOT 5.3 ms; Llama 3.1 405B FP8 TPOT 8.27 ms)',
    source: A.neuronTrn2Llama70b,
    reason:
      'A draft model proposes several tokens per target step, so one step no longer yields one ' +
      'token; the step model has no term for acceptance rates. The plain BF16 rows are used.',
  },
  {
    id: 'vllm-neuron-eagle3-trn2-llama3.1-8b',
    description:
      'vLLM Neuron EAGLE3 tutorial: Llama 3.1 8B on trn2.48xlarge, TP8, concurrency 2, baseline 184.4 output tokens/s, TPOT 10.52 ms',
    source: A.neuronEagle3Llama8b,
    reason:
      'The tutorial says TP8 uses “all 8 Neuron devices” while a trn2.48xlarge has 16 Trainium2 ' +
      'chips, so the chips behind the figure cannot be pinned down; the page also calls its ' +
      'numbers illustrative.',
  },
  {
    id: 'neuron-inf2-2.16-llama2-70b',
    description:
      'Neuron 2.16 Inf2 decoder table (January 2024): Llama-2-70b at 18.4 and 10.3 tokens/s including prompt tokens',
    source: A.neuronInf2,
    reason:
      'Superseded in the same table by Neuron 2.18 rows that print TTFT and TPOT separately; the ' +
      'old rows mix prompt and output tokens into one rate and per-token latency.',
  },
  {
    id: 'amd-rocm-mi300x-throughput-table',
    description:
      'AMD performance results: 8xMI300X vLLM 0.10.2 maximum-load throughput (Llama 3.1 70B FP8, 128/2048: 13,212.5 tokens/s)',
    source: A.amdRocmPerformance,
    reason:
      'The table does not say whether its “Throughput (tokens/s)” counts prompt tokens, and the ' +
      'vLLM benchmark it uses prints both totals; at 128/2048 the two differ by 6%, at 2048/2048 ' +
      'by a factor of 2. The latency rows are used instead.',
  },
  {
    id: 'mlperf50-mi325x-llama2-70b-server',
    description: 'MLPerf v5.0 AMD 8xMI325X, Llama 2 70B Server scenario: 30,724.5 tokens/s',
    source: A.mlperf50AmdMi325x,
    reason:
      'The Server scenario offers requests at a rate under TTFT and TPOT limits; it states no ' +
      'concurrency, so it is neither a saturated point nor a fixed-batch one.',
  },
  {
    id: 'oracle-oci-mi300x-llama3.1-405b-latency',
    description:
      'Oracle OCI blog: 8xMI300X Llama 3.1 405B FP8, vLLM benchmark_latency 128/128, batch 1 to 256 (36 tokens/s at batch 1)',
    source: A.oracleMi300x405b,
    reason:
      'The post names vLLM’s scripts but no vLLM or ROCm version, so the engine build cannot be ' +
      'stated.',
  },
  {
    id: 'tpu-recipes-trillium-jetstream-llama2-7b',
    description:
      'tpu-recipes Trillium (TPU v6e) JetStream-MaxText Llama2-7B sample output: 3,061.78 output tokens/s, OpenOrca, 1,000 prompts',
    source: A.tpuRecipesJetstream,
    reason:
      'The recipe does not say how many v6e chips the slice had (tensor parallelism is set to ' +
      '“all”), calls the output “something like” what to expect, and every request arrives at ' +
      'once (mean TTFT 130 s). No TPU v6e point with stated conditions was found.',
  },
  {
    id: 'mlperf50-b200x1-llama2-70b-offline',
    description:
      'MLPerf v5.0 NVIDIA B200-SXM-180GBx1, Llama 2 70B Offline: 12,269.3 tokens/s on one GPU',
    source: A.mlperf50NvidiaB200x1,
    reason:
      'The copy we read has no system JSON for this entry, so the weight format (FP4 or FP8) cannot ' +
      'be confirmed, and a one-GPU 70B point is very sensitive to it.',
  },
  // --- Second pass of edge and CPU sources (measurements-edge-more.ts) --------------------------
  {
    id: 'ik-llamacpp-201-xeon6980p-deepseek-r1-q8_0-tg128',
    description:
      'ik_llama.cpp discussion #201 (quoting llama.cpp discussion #12088): one Xeon 6980P socket, 128 threads, DeepSeek-R1 Q8_0 (664.29 GiB) tg128 6.60 tokens/s',
    source: M.ikNumaSituation,
    reason:
      'A known miss rather than a fitted point: the leave-one-out prediction was 1.98× the ' +
      'measurement. About 39 GB is read per token (37B of 671B parameters active), so the run ' +
      'reaches 260 GB/s, 42 % of the socket’s 614 GB/s, while the CPU class is fitted on desktop ' +
      'runs that reach 85–90 % of two DDR5 channels. Scattered expert reads across 128 threads ' +
      'and one 12-channel socket are a cost our single bandwidth share per class does not model; ' +
      'the pp512 row of the same run is used.',
  },
  {
    id: 'llamacpp-5835-rx6700xt-vulkan-pr-mistral-7b-q4_0-tg128',
    description:
      'llama.cpp PR #5835: RX 6700 XT, Vulkan backend with the PR applied (March 2024), Mistral 7B Q4_0 tg128 41.81 tokens/s',
    source: E.llamaCppVulkanImprovements,
    reason:
      'A known miss rather than a fitted point: the leave-one-out prediction was 1.51× the ' +
      'measurement. The Vulkan backend of March 2024 reached 45 % of the card’s bandwidth ceiling ' +
      'where ROCm on the same card and file reached 63 % (that row is used); a per-engine share ' +
      'cannot tell a two-year-old Vulkan build from a current one.',
  },
  {
    id: 'mac-llm-bench-m5-llamacpp-gguf-rows',
    description:
      'enescingoz/mac-llm-bench, MacBook Air M5, llama.cpp (brew build 8680) Q4_K_M rows of 5–6 April 2026, e.g. Llama 3.1 8B pp512 179.32 and tg128 10.75, Llama 3.2 3B tg128 24.11, Qwen3-32B tg128 2.47',
    source: M.macLlmBenchM5,
    reason:
      'Every GGUF decode row implies about 50 GB/s (4.9 GB × 10.75 for the 8B model), a third of ' +
      'the M5’s 153 GB/s, while the MLX rows from the same laptop a day later reach 60–84 %. The ' +
      'JSON records only 18 GB of memory free and no llama.cpp version, so a throttled or ' +
      'memory-starved run is more likely than a llama.cpp property; the MLX rows are used.',
  },
  {
    id: 'llamacpp-7487-xeon-w9-3475x-tg128',
    description:
      'llama.cpp PR #7487: Xeon w9-3475X at 2.2 GHz, Llama 2 7B Q4_0 tg128 at 4 and 8 threads (6.83 and 12.32 tokens/s)',
    source: M.llamaCppAmxDot,
    reason:
      'At 4 and 8 of 36 cores the decode rows are limited by the cores, not the memory (12.32 × ' +
      '3.82 GB = 47 GB/s of about 307 GB/s), and the 16-thread row was cut off in the copy we read.',
  },
  {
    id: 'llamacpp-7487-xeon-w9-3475x-amx-llama2-7b-q4_0-pp512',
    description:
      'llama.cpp PR #7487 (AMX dot product, closed unmerged): Xeon w9-3475X, 16 threads at a fixed 2.2 GHz, Llama 2 7B Q4_0 pp512 84.09 ± 7.45 tokens/s',
    source: M.llamaCppAmxDot,
    reason:
      'The catalogue has no w9-3475X, so the row stands in with an assumed eight-channel DDR5-4800 ' +
      'bandwidth (the memory population is not stated) and no compute peak; the prompt rate of a ' +
      'CPU without a peak is scaled from that bandwidth. The run also used 16 of 36 cores pinned ' +
      'at 2.2 GHz on an unmerged branch, so neither the scale nor the core count matches a device ' +
      'a reader would pick. Held out by source it was predicted 6.5× too fast, and keeping it ' +
      'dragged the CPU prompt rate down for every other CPU. With its decode rows already left ' +
      'out, no row of this source is used.',
  },
  {
    id: 'qualcomm-ai-hub-llama3.2-1b-genie',
    description:
      'Qualcomm AI Hub perf.yaml, Llama-v3.2-1B-Instruct w4a16 with Genie, context 4,096: Snapdragon 8 Elite Gen 5 QRD 74.39 tokens/s, time to first token 30.2 ms (prompt up to 128 tokens) to 967.9 ms (4,096 tokens); Snapdragon 8 Elite QRD 64.14 tokens/s, 39.6 to 1,266.2 ms',
    source: M.qualcommAiHubLlama32,
    reason:
      'Genie (Qualcomm’s runtime on the Hexagon NPU through QNN) is not one of the engine families ' +
      'the model distinguishes, and adding one is outside this data file. The time-to-first-token ' +
      'bounds do state their prompt lengths (128 and 4,096 tokens), so they can be added once a ' +
      'family exists; the response rate states no output length.',
  },
  {
    id: 'llamacpp-11744-dual-epyc-9175f-llama3.1-70b-f16',
    description:
      'llama.cpp issue #11744: dual EPYC 9175F, 16 × DDR5-6400, Llama-3.1-70B-Instruct f16, tg 2.4 rising to 4.31 tokens/s after a cache trick',
    source: M.llamaCppDualEpycNuma,
    reason:
      'The thread count is left as a placeholder in the command and the llama.cpp build is not ' +
      'given; with --numa distribute over two sockets the bandwidth the run had cannot be pinned ' +
      'down either.',
  },
  {
    id: 'ik-llamacpp-164-ryzen7950x-llama3.1-8b-tg128-two-threads',
    description:
      'ik_llama.cpp discussion #164: Ryzen-7950X tg128 rows for LLaMA-3.1-8B (BF16 4.05, Q8_0 4.95, Q4_0 11.23 tokens/s in mainline)',
    source: M.ikCpuComparison,
    reason:
      'These decode rows use 2 threads on purpose, to compare kernels, so they measure two cores ' +
      'rather than the memory system; the pp512 rows (16 threads) are used.',
  },
  {
    id: 'ik-llamacpp-pr56-metal-llama3.1-8b-bf16',
    description:
      'ik_llama.cpp PR #56: Metal, llama 8B BF16 pp512 538.84, tg128 21.64; F16 pp512 587.26, tg128 21.77',
    source: M.ikBf16Metal,
    reason:
      'The PR does not name the Mac. The author mentions an M2 Max with a 30-core GPU elsewhere, ' +
      'but tying these rows to it would be our guess, not the source’s statement.',
  },
  {
    id: 'ik-llamacpp-357-epyc9355-qwen3-235b',
    description:
      'ik_llama.cpp discussion #357: EPYC 9355 virtual machine (56 of 64 threads, 12 × DDR5-6000), Qwen3-235B-A22B Q6_K and IQ6_K CPU-only sweeps',
    source: M.ikQwen3Early,
    reason:
      'Both builds include CUDA and the logs place a compute buffer on a GPU, so the “CPU only” ' +
      'prompt rows may use the GPU; the run is also inside a VM with 48 threads. Not a clean CPU point.',
  },
  {
    id: 'llamacpp-5480-i5-12400-and-arc-a770',
    description:
      'llama.cpp issue #5480: Intel Core i5-12400 (SYCL build, ngl 0) and Arc A770 rows for Mistral-7B-v0.1 Q4_0',
    source: M.llamaCppSyclLow,
    reason: 'The copy we read is cut off before these rows; only the M2 Air rows could be taken.',
  },
  {
    id: 'geerling-43-rtx4090-vulkan-tg128',
    description: 'geerlingguy/ai-benchmarks #43: RTX 4090, Vulkan, Llama 3.2 3B Q4_K_M tg128',
    source: M.geerlingRtx4090,
    reason:
      'The copy we read is cut off after the pp512 row, so the decode figure could not be read.',
  },
  {
    id: 'pytorch-xla-9376-tpu-llama3.1-8b-saturated',
    description:
      'pytorch/xla pull request #9376: vLLM V1 on TPU, Llama 3.1 8B, 1,800 in / 128 out, 1,000 requests at once: 957.33 output tokens/s',
    source: D.pytorchXla9376,
    reason:
      'The pull request does not name the TPU generation or slice; the same command appears in vLLM ' +
      '#16458 on a v6e-1, but a device cannot be inferred from a shared command.',
  },
  {
    id: 'vllm-25135-rocm-llama3.1-405b-mxfp4-c64',
    description:
      'vLLM pull request #25135: Llama 3.1 405B FP4 at tensor parallel 1, 64 in flight, ~1,022 in / 1,024 out: 793.27 output tokens/s, TPOT 75.6 ms',
    source: D.vllm25135,
    reason:
      'The GPU is not named; only the branch name (355_wip) and a 405B model fitting one GPU point ' +
      'to an MI355X or MI350X, which differ in clocks and power.',
  },
  {
    id: 'vultr-mi325x-llama3.1-405b-concurrency',
    description:
      'Vultr Inference Cookbook: 8xMI325X vLLM 0.14.1, Llama-3.1-405B FP8, 2,048 in / 512 out, concurrency 10 to 1,000 (6,808 tokens/s peak)',
    source: D.vultrCookbook,
    reason:
      'The table gives a “Throughput” column it does not define and the p99 latency only. Read as total tokens, ' +
      '100 requests of 2,560 tokens at 6,802 tokens/s need a mean latency of 37.6 s, above the ' +
      'printed p99 of 25.8 s, which is impossible; read as output tokens, the mean would be 7.5 s ' +
      'against that p99, a threefold tail the page does not explain. No TTFT or TPOT is given.',
  },
  {
    id: 'vultr-b200-deepseek-concurrency',
    description:
      'Vultr Inference Cookbook: 8xB200 vLLM 0.16.0, “DeepSeek V3.2” guide (serves DeepSeek-V3-0324 with on-the-fly FP8), 2,048 in / 512 out, concurrency sweep',
    source: D.vultrCookbook,
    reason:
      'Only the page’s summary (4,370 tokens/s peak, 546 per GPU) was legible in the copy we read, ' +
      'not the per-concurrency rows; the other B200 tables are for models without a preset ' +
      '(Nemotron Nano and Super, MiniMax M2.5, GLM-5).',
  },
  {
    id: 'sglang-gist-b200-deepseek-r1-fp4-c1',
    description:
      'SGLang B200 sweep gist: DeepSeek-R1-0528-FP4, 8xB200 TP8, c=1: 88 tokens/s end to end, TPOT 5.74 ms; throughput 302, peak 5,088 tokens/s',
    source: D.sglangB200Sweep,
    reason:
      'The row does not hold together: 1,024 tokens at 88 tokens/s take 11.6 s, but 1,024 × 5.74 ms ' +
      'is 5.9 s, leaving about 6 s unexplained, and its throughput (302) is 6% of its own peak.',
  },
  {
    id: 'sglang-gist-b200-throughput-columns',
    description:
      'SGLang B200 sweep gist: “Throughput tok/s” and “Peak tok/s” columns (e.g. GPT-OSS-120B 9,432 and 13,021)',
    source: D.sglangB200Sweep,
    reason: 'The summary table does not say at which concurrency either column was measured.',
  },
  {
    id: 'inferencex-870-b200-dsr1-fp4-sweep',
    description:
      'InferenceX issue #870: B200 SGLang v0.5.6, DeepSeek-R1-0528-FP4-V2, TP8 EP8, 1k/1k, conc 4 to 64 (312.5 output tokens/s per GPU at 64)',
    source: D.inferencexH200Dsr1,
    reason:
      'The copy we read cuts the table before its TPOT row, and the later table in the thread gives ' +
      'ITL and power only; the B200 FP8 curve from pull request #3363 is used instead.',
  },
  {
    id: 'dli-trtllm090-batched-and-other-gpus',
    description:
      'DLI trt_llm_0_9_0_dli.csv: rows at batch sizes above 1, and batch-1 rows on A100, L40, L40S, H100 NVL and GH200',
    source: T.dliTrtllm090,
    reason:
      'The batched rows are fixed (static) batches run to completion, not a serving load, and the ' +
      'other GPUs fall outside this pass (H100 SXM and H200 single-request speeds); the batch-1 rows ' +
      'on those GPUs state every condition and could be added later.',
  },
  {
    id: 'dli-trtllm090-blank-rows',
    description:
      'DLI trt_llm_0_9_0_dli.csv: H100 and H200 Llama 2 70B rows at TP8, and several TP4 rows, with empty result cells',
    source: T.dliTrtllm090,
    reason:
      'The result columns are empty (the run failed or was not recorded), so there is no figure to ' +
      'use; H100 TP4 at 2,048 input tokens is taken from the 2,048/128 row instead.',
  },
  {
    id: 'dli-trtllm090-unused-batch1-rows',
    description:
      'DLI trt_llm_0_9_0_dli.csv: the other H100 SXM and H200 batch-1 rows (128-token prompts, 128/4,096-token outputs, TP1 70B on H100, Mixtral on H200)',
    source: T.dliTrtllm090,
    reason:
      'Usable, but left out so that one sweep does not outweigh the rest of the data: one row per ' +
      'configuration (2,048 input and 2,048 output tokens where present) carries the same decode rate ' +
      'to within a few percent.',
  },
  {
    id: 'dli-nim-a100-and-other-lengths',
    description:
      'DLI nim.csv: A100 SXM4 rows, H100 rows at concurrency above 1, and H100 concurrency-1 rows at 200/1,000, 200/2,000 and 2,000/200 tokens',
    source: T.dliNim,
    reason:
      'Left out to keep the NIM sweep from dominating the fit: the chosen H100 rows (2,000/2,000, ' +
      '7,000/1,000 and 200/200) span the prompt lengths, and the others repeat their decode rates. The ' +
      'concurrency sweeps are serving curves, a different kind of data from these single-request points.',
  },
  {
    id: 'trtllm-v0.5-h100-short-prompt-rows',
    description:
      'TensorRT-LLM performance page (v0.6.1 edition), H100 FP8 Low Latency: GPT-J 6B and LLaMA 7B at 128 input tokens (7 ms), Falcon 180B rows',
    source: T.trtllmPerformanceV061,
    reason:
      'Printed in whole milliseconds, a 7 ms figure carries up to 7% rounding error; Falcon 180B has no ' +
      'model preset. The L40S and A100 tables are outside this pass.',
  },
  {
    id: 'nvidia-blog-llama3.3-70b-speculative-baseline',
    description:
      'NVIDIA technical blog, Llama 3.3 70B with TensorRT-LLM speculative decoding on H200: 51.14 tokens/s without a draft model',
    source: {
      id: 'nvidia-blog-llama3.3-70b-speculative-decoding',
      title:
        'NVIDIA Technical Blog: Boost Llama 3.3 70B Inference Throughput 3x with NVIDIA TensorRT-LLM Speculative Decoding',
      url: 'https://developer.nvidia.com/blog/boost-llama-3-3-70b-inference-throughput-3x-with-nvidia-tensorrt-llm-speculative-decoding/',
      accessed: '2026-12-07',
    },
    reason:
      'The copy we read gives the figure without the GPU count, tensor parallelism, weight format, ' +
      'batch size or input/output lengths.',
  },
  {
    id: 'baseten-mistral-7b-artificial-analysis',
    description:
      'Baseten blog, Benchmarking fast Mistral 7B inference: 130 ms TTFT and 170 tokens/s (Artificial Analysis, March 2024)',
    source: {
      id: 'baseten-benchmarking-fast-mistral-7b',
      title: 'Baseten blog: Benchmarking fast Mistral 7B inference',
      url: 'https://www.baseten.co/blog/benchmarking-fast-mistral-7b-inference/',
      accessed: '2026-12-07',
      secondary: true,
    },
    reason:
      'Measured by a third party over the public internet against a hosted endpoint; the GPU, ' +
      'weight format, prompt length and engine version are not stated.',
  },
  {
    id: 'trtllm-h200-launch-and-falcon-blogs',
    description:
      'TensorRT-LLM blogs “H200 achieves nearly 12,000 tokens/sec on Llama2-13B” and “Falcon-180B on a single H200”: H200 FP8 throughput at batch sizes 32 to 1,024',
    source: {
      id: 'trtllm-blog-h200-launch',
      title:
        'TensorRT-LLM blog: H200 achieves nearly 12,000 tokens/sec on Llama2-13B with TensorRT-LLM',
      url: 'https://github.com/NVIDIA/TensorRT-LLM/blob/1555478c1b417a0b34de05209862ea5a2ab9add1/docs/source/blogs/H200launch.md',
      accessed: '2026-12-07',
    },
    reason:
      'Marked preliminary and subject to change by NVIDIA, run as fixed batches of up to 1,024 ' +
      'sequences with pre-release builds (v0.5.0 and v0.7a); no single-request figures.',
  },
  // --- Gap pass (measurements-gap.ts) -------------------------------------------------------------
  {
    id: 'llm-tracker-rtxpro6000-power-limited-rows',
    description:
      'llm-tracker RTX PRO 6000 page: Llama 2 7B Q4_0 llama-bench at 500 W down to 200 W (tg128 279.00 to 189.82, pp512 16,496 to 9,115 tokens/s)',
    source: G.llmTrackerRtxPro6000,
    reason:
      'The catalogue describes the card at its stock 600 W limit, which the 600 W rows use; the ' +
      '500 W and 450 W rows repeat the same figures within 1 %, and the rows below 400 W measure a ' +
      'power cap the step model has no input for.',
  },
  {
    id: 'llm-tracker-rtxpro6000-405b-and-gpt-oss',
    description:
      'llm-tracker RTX PRO 6000 page: shisa-v2-llama3.1-405b IQ2_XXS (99.90 GiB, -ngl 116, tg128 2.68) and gpt-oss-120b UD-Q8_K_XL (60.03 GiB, tg128 193.30, pp512 2,419 ± 514)',
    source: G.llmTrackerRtxPro6000,
    reason:
      'The 405B file is larger than the card, so 116 layers sit on it and the rest run on the ' +
      'host CPU. The gpt-oss file mixes MXFP4 experts with 8-bit and BF16 tensors under a “Q8_0” ' +
      'label, so neither our weight format nor the bytes read per token can be fixed, and its ' +
      'prompt rate varies by ±21 % between repetitions.',
  },
  {
    id: 'llm-tracker-mi300x-llamacpp-rocm',
    description:
      'llm-tracker MI300X notes: Llama 2 7B Q4_0 llama-bench on one MI300X, ROCm build d5cb8684 (3891): pp512 1,334.37, tg128 183.18 tokens/s (fa 1: 1,272.03 and 157.84)',
    source: G.llmTrackerMi300x,
    reason:
      'The author calls llama.cpp unoptimised for CDNA at that build (a faster CDNA kernel was ' +
      'never merged). 3.82 GB × 183 tokens/s = 0.70 TB/s is 13 % of the 5.3 TB/s the step model ' +
      'would assume, and 1,334 prompt tokens/s is under 2 % of the dense INT8 peak; one such row ' +
      'would pull the llama.cpp efficiency for every datacenter GPU towards a software state the ' +
      'handbook does not recommend.',
  },
  {
    id: 'junwei-agx-orin-30w-50w',
    description:
      'JunweiLiang notes: AGX Orin 64 GB at nvpmodel 30 W/50 W, DeepSeek-R1-Distill-Qwen-32B Q4_K_M: pp512 128.64, tg128 5.37 tokens/s',
    source: G.junweiAgxOrin,
    reason:
      'A reduced power mode with lower GPU and memory clocks than the MAXN figures the catalogue ' +
      'holds; the MAXN run of the same file is used.',
  },
  {
    id: 'ahgraber-rtx5090-ollama',
    description:
      'ahgraber draft post: llm-benchmark over Ollama 0.7.0 on an RTX 5090 (mistral:7b 210.9, phi4:14b 117.7, deepseek-r1:14b eval-rate tokens/s)',
    source: G.ahgraberGpuTesting,
    reason:
      'Ollama tags name no GGUF file or size, prompts are short free-text questions of unstated ' +
      'length, output lengths vary per answer, and the post is an unpublished draft.',
  },
  {
    id: 'trtllm-585c756-rtxpro6000se-multi-gpu-columns',
    description:
      'TensorRT-LLM performance overview (commit 585c756): RTX 6000 Pro Server Edition columns at 2, 4 and 8 GPUs (TP1 PP2, DEP2 PP2, DEP8) for Llama 3.3 70B, Qwen3 235B-A22B and Qwen3 30B-A3B',
    source: G.trtllmPerfOverviewRtxPro,
    reason:
      'Pipeline- and expert-parallel splits over PCIe, which the step model does not describe (it ' +
      'prices tensor parallelism only); the one-GPU columns of the same tables are used.',
  },
  // Second gap pass (measurements-gap2.ts).
  {
    id: 'deutscheki-ttft-sharegpt-rr0.1',
    description:
      'DeutscheKI llm-performance-tests: median time to first token at 0.1 requests/s, QwQ-32B-AWQ (1x RTX 5090 42.7 ms, 2x RTX 5090 57.0 ms, 2x RTX 5080 58.2 ms, 2x RTX 5070 Ti 53.5 ms)',
    source: H.deutscheKiVllm,
    reason:
      'ShareGPT prompts of varying length (median 65, mean 211 tokens), so no prompt length can ' +
      'be attached to the median; at tens of milliseconds the figure is mostly request handling.',
  },
  {
    id: 'deutscheki-qwq-32b-gguf-in-vllm',
    description:
      'DeutscheKI llm-performance-tests: qwq-32b-q4_k_m.gguf served by vLLM at 0.05–1 requests/s on RTX 3090 Ti to H200 (e.g. 1x RTX 5090 at 0.3 requests/s, TPOT 53.0 ms)',
    source: H.deutscheKiVllm,
    reason:
      'At these rates requests queue (time to first token reaches seconds and minutes), so the ' +
      'rows are neither single-request nor at a stated concurrency; vLLM’s GGUF path is also ' +
      'flagged by vLLM itself as not optimised.',
  },
  {
    id: 'augmxnt-8xmi300x-hermes-405b-tuned-b1',
    description:
      'AUGMXNT MI300-testing, tuned run (Hermes-3-Llama-3.1-405B, --num-scheduler-steps 15, chunked prefill off), one request of 73 prompt tokens: TTFT 421.32 ms, TPOT 60.06 ms',
    source: H.mi300Testing405b,
    reason:
      'Same machine, author and model shape as the point used; multi-step scheduling holds the ' +
      'first token back for a batch of steps, which our time-to-first-token model has no term for.',
  },
  {
    id: 'gpu-ext-rtx5090-llama-server-ttft',
    description:
      'gpu_ext reproduction log: llama-server with gpt-oss-20b on an RTX 5090, 10 ShareGPT prompts at max-concurrency 1: median TTFT 49 ms, TPOT 2.9 ms',
    source: H.gpuExtReproductionLog,
    reason:
      'Prompt and output lengths of the ten ShareGPT requests are not given; the llama-bench ' +
      'rows from the same log are used instead.',
  },
  {
    id: 'ai-experiments-rtx5090-llama-cpp-table',
    description:
      'ai-experiments performance-results.md: RTX 5090 llama.cpp “20B Q8_K_XL” pp 7,823, tg 286.85 tokens/s and a quantisation table (Q4_0 378.23 tokens/s)',
    source: H.aiExperimentsRtx5090,
    reason:
      'No build, file or model name can be pinned down (the table lists a “Llama 2 30B”, an 80 GB ' +
      'F32 copy of a 20B model and projected vLLM figures beside measured ones), and the card ' +
      'runs at a 450 W limit; the page reads as a plan rather than a log.',
  },
  {
    id: 'jetpack-nixos-agx-orin-llama-cpp',
    description:
      'jetpack-nixos cross-framework benchmark: AGX Orin 64 GB, llama.cpp commit 9a5f57795, Llama 3.2 1B Q6_K pp512 1,089.61 / tg128 25.59, 3B Q6_K tg128 11.09, 1B Q4_K_M tg128 31.51 tokens/s',
    source: H.jetpackNixosOrin,
    reason:
      'Decode reaches 13–14 % of the 204.8 GB/s the catalogue holds (1.04 GB × 25.6 = 27 GB/s), ' +
      'a fifth of the share the MAXN llama.cpp runs of the first gap pass reach; the power mode ' +
      'is not stated under NixOS and the two versions of the page disagree on the date.',
  },
  {
    id: 'vllm-20710-2xb200-llama3.3-70b-fp8-c1',
    description:
      'vLLM issue #20710: 2x B200, vLLM 0.9.0, Llama 3.3 70B FP8, 512 in / 512 out, concurrency 1: TTFT 0.05 s, end-to-end 8.29 s, “output speed” 35.04 tokens/s',
    source: H.vllm20710,
    reason:
      'The figures disagree with each other (512 tokens in 8.29 s is 62 tokens/s, not 35), the ' +
      'reporter calls the result unexpected, and the tensor-parallel size is not stated.',
  },
  {
    id: 'llamacpp-28196-qwen3.5-27b-blackwell',
    description:
      'llama.cpp issue #28196: llama-bench of Qwen3.5-27B Q4_K_M/Q6_K on an RTX 5090 and an RTX PRO 6000 Blackwell Server Edition (build b10741), pp1024 and tg400',
    source: H.llamaCpp28196,
    reason:
      'Qwen3.5 mixes gated linear-attention layers with full attention; no preset describes ' +
      'that shape, and a preset taken as plain GQA would misstate the KV bytes per token.',
  },
  {
    id: 'inferencex-1092-8xmi300x-gptoss-conc1',
    description:
      'InferenceX pull request #1092: gpt-oss-120b FP4 on 8x MI300X, vLLM v0.17.0, TP8, 1,024/1,024 random, concurrency 1 (~249 tokens/s per user per its title)',
    source: H.inferencex1092,
    reason:
      'The copy we could read stops before the result table, so neither TPOT nor TTFT could be ' +
      'taken; the title’s rounded figure alone is not a measurement line.',
  },
  {
    id: 'sglang-31044-mi300x-minimax-m2.7',
    description:
      'SGLang pull request #31044: MiniMax-M2.7 FP8 on MI300X, TP2×EP2, concurrency 1, 1,000/1,000: TTFT 210 ms, TPOT 14.94 ms',
    source: H.sglang31044,
    reason:
      'No preset for MiniMax-M2.7, and the expert-parallel split is not a layout the step model ' +
      'prices.',
  },
  {
    id: 'ds4-788-jetson-thor-deepseek-v4-flash',
    description:
      'antirez/ds4 pull request #788: Jetson AGX Thor, ds4-bench, DeepSeek V4 Flash IQ2_XXS mix (80.8 GiB): prefill 389.68, generation 12.16 tokens/s at 2,048 context',
    source: H.ds4ThorSpeedBench,
    reason:
      'ds4 is a single-model engine outside the families the fit knows, and DeepSeek V4 Flash has ' +
      'no preset; no llama.cpp or vLLM Thor run with a preset model turned up in this pass.',
  },
  {
    id: 'sglang-jax-172-v6e4-sglang-jax-columns',
    description:
      'SGLang-JAX Qwen3 benchmark (TPU v6e-4): the SGLang-JAX columns for Qwen3-8B and Qwen3-32B (e.g. Qwen3-32B 1,024/1,024 at 8 in flight: 427.69 output tokens/s, ITL 18.29 ms)',
    source: H.sglangJaxQwen3Benchmark,
    reason:
      'SGLang-JAX is a JAX re-implementation that shares no kernels with SGLang on GPUs, and the ' +
      'fit keeps one efficiency per engine family; filing it under sglang would blend the two. ' +
      'The vLLM columns of the same table are used; Qwen3-8B has no preset.',
  },
  {
    id: 'sglang-jax-172-v6e4-ttft-columns',
    description:
      'SGLang-JAX Qwen3 benchmark (TPU v6e-4): TTFT columns from the output-length-1 runs (e.g. vLLM Qwen3-32B, 1,024 tokens at 8 in flight: 469.74 ms)',
    source: H.sglangJaxQwen3Benchmark,
    reason:
      'Eight or more prompts arrive together, so each first token waits behind the others’ ' +
      'prefill; our time-to-first-token points are one request alone on an idle replica.',
  },
  {
    id: 'jetson-ai-lab-2026-llama-cpp-column',
    description:
      'Later Jetson AI Lab data file (mid-2026, commit dab6763): llama.cpp column at 2,048 in / 128 out, e.g. Nemotron3 Nano 4B Q4_K_M on AGX Orin 64 GB 43 and Thor T5000 56 tokens/s, Gemma 4 12B Q4_0 QAT 11 and 18',
    source: E.jetsonAiLabBenchmarks,
    reason:
      'The only llama.cpp rows for AGX Orin and Thor are Nemotron, Gemma 4 and MiniMax models, ' +
      'none of which has a preset, and the file names no llama.cpp build; it was read as the ' +
      'last hope for a Thor llama.cpp point.',
  },
  // Third gap pass (measurements-gap3.ts).
  {
    id: 'qwen25-speed-a100-vllm-long-inputs-and-other-sizes',
    description:
      'Qwen2.5 speed benchmark (vLLM 0.6.3, A100 80GB): the 14,336-, 30,720-, 63,488- and 129,024-token rows of the 7B, 14B and 32B tables (e.g. 7B BF16 at 30,720 in: 70.33 tokens/s), the GPTQ-Int4 rows, the Transformers tables, and the 0.5B, 1.5B, 3B and 72B tables',
    source: K.qwen25SpeedBenchmark,
    reason:
      'The speed is 2,048 tokens over a wall time that includes the prefill, which at 14,336 ' +
      'tokens and beyond is several per cent of the run and grows with the prompt, so the rows ' +
      'mix prefill into decode; GPTQ-Int4 duplicates the AWQ 4-bit rows with another kernel; ' +
      'Transformers is no engine family of the fit; 0.5B, 1.5B, 3B and 72B have no preset ' +
      '(model not in the catalogue).',
  },
  {
    id: 'llamacpp-20586-rtx3090-gpt-oss-20b-pp512',
    description:
      'llama.cpp pull request #20586: RTX 3090, gpt-oss 20B MXFP4 MoE, microbatch 512, pp512 4,739.20 tokens/s at commit 617db241a (CUDA)',
    source: K.llamaCpp20586,
    reason:
      'The copy read shows the table but neither the date of the comment nor the build number ' +
      'of commit 617db241a, so the point cannot be dated; it is the right kind of point and ' +
      'worth taking once a dated copy is read.',
  },
  {
    id: 'llamacpp-21086-rtxpro6000se-gpt-oss-20b',
    description:
      'llama.cpp pull request #21086: gpt-oss 20B MXFP4 MoE, pp512 14,856.48 and tg128 302.36 tokens/s at master 6e3136552, gpu_info listing two RTX PRO 6000 Blackwell Server Edition cards',
    source: K.llamaCpp21086,
    reason:
      'Two GPUs are listed, so llama-bench split the layers over both by default; the step ' +
      'model prices tensor parallelism, not a layer split, and the single-card figure is not ' +
      'given.',
  },
  {
    id: 'sglang-7908-2xb200-llama3.3-70b-fp8-c1',
    description:
      'SGLang issue #7908: Llama-3.3-70B-Instruct FP8 on 2x B200, lmsysorg/sglang:blackwell image, genai-bench, 512 in / 512 out at concurrency 1 and 16',
    source: K.sglang7908,
    reason:
      'The same reporter and setup as vLLM issue #20710 (already left out): the concurrency-1 ' +
      'speed is reported as anomalous by the reporter, the tensor-parallel layout and the ' +
      'SGLang version are not stated beyond a “blackwell” image tag.',
  },
  {
    id: 'sglang-8552-deepseek-r1-fp4-tp4-c1',
    description:
      'SGLang pull request #8552: DeepSeek-R1-FP4 (modelopt NVFP4), TP4, trtllm-gen MoE backend, bench_serving 1,000 in / 1,000 out at concurrency 1: median TTFT 125.85 ms (mean 363.58), median ITL 8.47 ms',
    source: K.sglang8552,
    reason:
      'The part of the thread read does not name the GPU (the trtllm-gen kernels need SM100, ' +
      'so B200 or GB200) nor the SGLang version beyond the PR branch; the TTFT mean is three ' +
      'times the median over five requests. A mixture of experts, not the dense SGLang point ' +
      'this pass looked for.',
  },
  {
    id: 'sgl-cookbook-8xa100-sglang-llama3.1-70b-c1',
    description:
      'SGLang cookbook, Llama 3.1 page: Llama-3.1-70B BF16 on 8× “NVIDIA A100 GPU”, TP 8, SGLang 0.5.6, concurrency 1: median TPOT 18.63 ms (1,000/1,000 at most) and 18.81 ms (8,000/1,000 at most), median TTFT 131.77 and 318.02 ms',
    source: K.sglCookbookLlama31,
    reason:
      'The page does not say which A100 (40 GB at 1,555 GB/s or 80 GB at 2,039 GB/s), a 31 % ' +
      'difference in the bandwidth the decode step is priced on, and the catalogue holds only ' +
      'the 80 GB part; it is the only dense SGLang single-request figure this pass found.',
  },
  {
    id: 'sgl-cookbook-8xb200-sglang-qwen3-235b-a22b-ttft',
    description:
      'SGLang cookbook, Qwen3 page: median TTFT at concurrency 1 on 8× B200 (92.18 ms at up to 1,000 prompt tokens, 114.85 ms at up to 8,000)',
    source: K.sglCookbookQwen3,
    reason:
      'The prompts are random lengths below the stated maximum (means 610 and 4,194 tokens), ' +
      'so the median time to first token belongs to no stated prompt length; the decode ' +
      'figures of the same runs are used.',
  },
  {
    id: 'vllm-20469-a100-qwen3-14b-awq-c1',
    description:
      'vLLM issue #20469: 1x A100 80GB, vLLM 0.9.1, Qwen3-14B-AWQ with --enforce-eager, 16,000 in / 200 out at max concurrency 1 and 1 request/s: median TTFT 3,452 ms, median TPOT 20.94 ms',
    source: K.vllm20469,
    reason:
      'Qwen3-14B has no preset (40 layers against Qwen2.5-14B’s 48), so the model is not in ' +
      'the catalogue; the run also disables CUDA graphs.',
  },
  {
    id: 'musgrave-a100-40gb-vllm-llama3.1-8b-c1',
    description:
      'John Musgrave’s vLLM 0.23.0 sweep: Llama-3.1-8B-Instruct BF16 on an A100 40GB, 1,024 in / 128 out, concurrency 1 (“about 75 tokens/sec”)',
    source: K.musgraveA100Sweep,
    reason:
      'The A100 40GB (1,555 GB/s) is not in the catalogue, which holds only the 80 GB SXM part; ' +
      'the exact TPOT and TTFT lines were not in the copy read either.',
  },
  {
    id: 'accelmark-39-a100-40gb-sglang-llama3.1-8b',
    description:
      'AccelMark issue #39: SGLang 0.5.6 on an A100-SXM4-40GB, Llama-3.1-8B-Instruct BF16, “client_concurrency 1” throughput 3,149.6 tokens/s',
    source: K.accelMark39,
    reason:
      'The device is not in the catalogue (A100 40GB), and 3,150 tokens/s at client ' +
      'concurrency 1 is an offline batch submitted as one call, not a single sequence.',
  },
  {
    id: 'cloudai-h100-llama3.3-70b-fp8-c1',
    description:
      'cloudai.pt engine comparison: Llama 3.3 70B FP8 on one H100 SXM5 at 1 request in flight, vLLM 120, TensorRT-LLM 130, SGLang 125 tokens/s',
    source: K.cloudaiEngines,
    reason:
      'Not physical: 70 GB of FP8 weights read 125 times a second is 8.8 TB/s, over twice the ' +
      'H100’s 3.35 TB/s, and the round figures read as illustrative, not measured.',
  },
];
