// Inside each Cloud TPU chip: TensorCores, MXU (systolic array) count and size, SparseCores, torus.
import type { Source } from './types';

const ACCESSED = '2026-12-01';

function source(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED };
}

const systemArchitecture = source(
  'google-cloud-tpu-architecture',
  'Google Cloud TPU system architecture (MXU: 128 x 128 multiply-accumulators in a systolic array)',
  'https://cloud.google.com/tpu/docs/system-architecture-tpu-vm',
);
const v5e = source(
  'google-cloud-tpu-v5e',
  'Google Cloud TPU v5e documentation',
  'https://docs.cloud.google.com/tpu/docs/v5e',
);
const v5p = source(
  'google-cloud-tpu-v5p',
  'Google Cloud TPU v5p documentation',
  'https://docs.cloud.google.com/tpu/docs/v5p',
);
const pallasSparseCore = source(
  'jax-pallas-sparsecore',
  'JAX documentation: Pallas SparseCore kernel writing (a TPU chip has 2 or 4 SparseCores, depending on the version)',
  'https://docs.jax.dev/en/latest/pallas/tpu/sparsecore.html',
);
const v6e = source(
  'google-cloud-tpu-v6e',
  'Google Cloud TPU v6e documentation',
  'https://docs.cloud.google.com/tpu/docs/v6e',
);
const tpu7x = source(
  'google-cloud-tpu7x',
  'Google Cloud TPU7x (Ironwood) documentation',
  'https://docs.cloud.google.com/tpu/docs/tpu7x',
);
const scalingBook = source(
  'scaling-book-tpus',
  'How to Scale Your Model, part 2: How to think about TPUs (Austin et al., Google DeepMind)',
  'https://github.com/jax-ml/scaling-book/blob/04d8de58b9f64e2d6cc1df469b8a36f506a0138d/tpus.md',
);

export interface TpuCores {
  /** Catalogue device id; peaks and bandwidth are read from the catalogue, not repeated here. */
  deviceId: string;
  generation: string;
  tensorCoresPerChip: number;
  mxusPerTensorCore: number | null;
  /** Side of the square systolic array (128 means 128 x 128 multiply-accumulate cells). */
  mxuDimension: number | null;
  sparseCoresPerChip: number | null;
  torus: '2D' | '3D';
  /** The biggest single slice, as Google writes it. */
  largestSlice: string;
  /** Chips one host VM drives. */
  chipsPerHost: number;
  notes: string;
  sources: readonly Source[];
}

export const TPU_CORES: readonly TpuCores[] = [
  {
    deviceId: 'tpu-v5e',
    generation: 'v5e',
    tensorCoresPerChip: 1,
    mxusPerTensorCore: 4,
    mxuDimension: 128,
    sparseCoresPerChip: null,
    torus: '2D',
    largestSlice: '16x16 (256 chips)',
    chipsPerHost: 8,
    notes:
      'Four MXUs, a vector unit and a scalar unit per TensorCore. The v5e page names no SparseCores. Slices from 1x1 to 16x16.',
    sources: [v5e, systemArchitecture, scalingBook],
  },
  {
    deviceId: 'tpu-v5p',
    generation: 'v5p',
    tensorCoresPerChip: 2,
    mxusPerTensorCore: 4,
    mxuDimension: 128,
    sparseCoresPerChip: 4,
    torus: '3D',
    largestSlice: '16x16x24 (6,144 chips)',
    chipsPerHost: 4,
    notes:
      'Two TensorCores (four MXUs each) and four SparseCores per chip. Cubes of 4x4x4 chips are joined by optical circuit switches; slices smaller than a cube have no wraparound links.',
    sources: [v5p, scalingBook],
  },
  {
    deviceId: 'tpu-v6e',
    generation: 'v6e (Trillium)',
    tensorCoresPerChip: 1,
    mxusPerTensorCore: 2,
    mxuDimension: 256,
    sparseCoresPerChip: null,
    torus: '2D',
    largestSlice: '16x16 (256 chips)',
    chipsPerHost: 8,
    notes:
      'Two 256x256 MXUs, a 128-lane x 8-sublane vector unit, two cross-lane units and a scalar unit per TensorCore; host link PCIe Gen5. v6e has SparseCores: the Pallas SparseCore guide in the JAX documentation lists v5p, v6e and TPU7x among the chips that have them and says a chip has two or four, but neither it nor the v6e page we read gives the v6e count, so the count is left blank rather than guessed.',
    sources: [v6e, scalingBook, pallasSparseCore],
  },
  {
    deviceId: 'tpu-v7',
    generation: 'TPU7x (Ironwood)',
    tensorCoresPerChip: 2,
    mxusPerTensorCore: null,
    mxuDimension: null,
    sparseCoresPerChip: 4,
    torus: '3D',
    largestSlice: '9,216 chips per pod',
    chipsPerHost: 4,
    notes:
      "Two TensorCores and four SparseCores per chip, four chips per VM. Google's TPU7x page gives no MXU count or size; third-party kernel code describes a 256x256 MXU, which we have not confirmed from Google.",
    sources: [tpu7x],
  },
];
