// The documents the third pass of measured serving curves was read from (all read on 2026-12-07).
import type { Source } from './types';

const ACCESSED = '2026-12-07';

function src(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED };
}

/** A third party's page, shown as such. */
function thirdParty(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED, secondary: true };
}

/** The kvcached overhead benchmark as committed on 6 August 2025. */
const KVCACHED =
  'https://github.com/ovg-project/kvcached/blob/f5330bc9eaf8eb117ea7e4fda109bfd53763e329/benchmarks/bench_kvcached_overhead/README.md';
/** dstack's benchmarks repository at the snapshot read (the MI300X TGI-versus-vLLM folder). */
const DSTACK_TGI_VLLM =
  'https://github.com/dstackai/benchmarks/tree/06c957ab51572ca18db9c1f4bb254a9eb86df4d7/amd/tgi_vs_vllm';

export const NEW_SERVING_SOURCES = {
  kvcachedOverhead: thirdParty(
    'kvcached-overhead-a100-sglang',
    'kvcached (ovg-project), benchmarks/bench_kvcached_overhead: SGLang 0.4.6.post2 bench_serving at 8, 16 and 32 requests/s with and without kvcached, Llama 3.2 3B on one A100 80GB (README and start scripts)',
    KVCACHED,
  ),
  dstackTgiVsVllmMi300x: src(
    'dstack-tgi-vs-vllm-mi300x-llama3.1-405b',
    'dstack benchmarks: TGI vs vLLM on 8x MI300X with Llama 3.1 405B, vLLM 0.6.3.dev116 raw results (result_vllm_short.csv, result_vllm_long.csv; README), published with the 9 October 2024 blog post',
    DSTACK_TGI_VLLM,
  ),
} as const satisfies Record<string, Source>;
