// Published measurements that were read and then left out of the fit, with the reason for each.
import type { ExcludedMeasurement } from './measurement-types';
import { MEASUREMENT_SOURCES as S } from './measurement-sources';

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
];
