// The on-chip levels of a GPU's memory hierarchy (architectural figures the catalogue does not hold).

/** One on-chip level of the hierarchy. Figures are per SM or per GPU, as `scope` says. */
export interface MemoryLevel {
  name: string;
  scope: string;
  capacity: string;
  role: string;
  source: { title: string; url: string };
}

const HOPPER_TUNING_GUIDE = {
  title: 'NVIDIA Hopper Tuning Guide (read 2026-11-29)',
  url: 'https://docs.nvidia.com/cuda/hopper-tuning-guide/index.html',
};

/**
 * H100 on-chip levels. These figures are architectural (the catalogue only holds device memory),
 * so they live in their own data module, each with its source.
 */
export const H100_ON_CHIP_LEVELS: readonly MemoryLevel[] = [
  {
    name: 'Registers',
    scope: 'per SM',
    capacity: '256 KB (64K 32-bit registers)',
    role: 'Operands of the tensor cores and CUDA cores; private to each thread.',
    source: HOPPER_TUNING_GUIDE,
  },
  {
    name: 'Shared memory / L1 cache',
    scope: 'per SM',
    capacity: '256 KB combined, of which up to 228 KB can be shared memory',
    role: 'Software-managed tiles of weights, activations and attention blocks (e.g. FlashAttention).',
    source: HOPPER_TUNING_GUIDE,
  },
  {
    name: 'L2 cache',
    scope: 'per GPU, shared by all SMs',
    capacity: '50 MB',
    role: 'Catches reuse across SMs; far too small to hold a model, so weights stream through it.',
    source: HOPPER_TUNING_GUIDE,
  },
];
