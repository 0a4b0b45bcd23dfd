// Google Cloud TPUs in the catalogue (per chip), with their sources.
import { defineDevices, source, thirdParty, gib } from './define';

const googleTpuV5eDoc = source(
  'google-cloud-tpu-v5e',
  'Google Cloud TPU documentation: TPU v5e',
  'https://docs.cloud.google.com/tpu/docs/v5e',
);

const googleTpuV5pDoc = source(
  'google-cloud-tpu-v5p',
  'Google Cloud TPU documentation: TPU v5p',
  'https://docs.cloud.google.com/tpu/docs/v5p',
);

const googleTpuV6eDoc = source(
  'google-cloud-tpu-v6e',
  'Google Cloud TPU documentation: TPU v6e',
  'https://docs.cloud.google.com/tpu/docs/v6e',
);

const googleTpu7xDoc = source(
  'google-cloud-tpu7x',
  'Google Cloud TPU documentation: TPU7x (Ironwood), with v5p and v6e comparison table',
  'https://docs.cloud.google.com/tpu/docs/tpu7x',
);

const aiwikiTpuV5e = thirdParty(
  'aiwiki-google-tpu-v5e',
  'AI Wiki: TPU v5e',
  'https://aiwiki.ai/wiki/google_tpu_v5e',
);

const aiwikiTpuV5p = thirdParty(
  'aiwiki-google-tpu-v5p',
  'AI Wiki: TPU v5p',
  'https://aiwiki.ai/wiki/google_tpu_v5p',
);

const aiwikiTrillium = thirdParty(
  'aiwiki-google-trillium',
  'AI Wiki: Trillium (TPU v6e)',
  'https://aiwiki.ai/wiki/google_trillium',
);

const nextplatformIronwood = thirdParty(
  'nextplatform-ironwood',
  'The Next Platform: With Ironwood TPU, Google pushes the AI accelerator to the floor (2025-04-09)',
  'https://www.nextplatform.com/2025/04/09/with-ironwood-tpu-google-pushes-the-ai-accelerator-to-the-floor',
);

export const tpus = defineDevices([
  {
    id: 'tpu-v5e',
    name: 'Google Cloud TPU v5e',
    vendor: 'Google',
    kind: 'tpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2023,
    memoryGB: gib(16),
    memoryLabel: '16 GB',
    memoryBasis: 'binary-label',
    memoryType: 'HBM2',
    memoryBandwidthGBs: 819,
    bf16Tflops: 197,
    fp8Tflops: null,
    int8Tops: 393,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: { name: 'ICI (inter-chip interconnect, 4 ports)', GBs: 400 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    preliminary: [],
    notes:
      "Per chip (one TensorCore). Google's doc versions disagree on bandwidth: the current page says 16 GB at 819 GB/s, another version says 800 GiBps (≈ 859 GB/s); 819 is stored. INT8 393 TOPS comes from a doc version with the fuller table (Google's announcement rounds to 394). No FP8 peak is listed. ICI is 400 GB/s per chip, bidirectional (older pages write 1,600 Gbps). Google publishes no per-chip power. Announced August 2023, generally available November 2023 (dates from a third-party page).",
    sources: [googleTpuV5eDoc, aiwikiTpuV5e],
    cite: {
      released: 'aiwiki-google-tpu-v5e',
      memoryGB: 'google-cloud-tpu-v5e',
      memoryBandwidthGBs: 'google-cloud-tpu-v5e',
      bf16Tflops: 'google-cloud-tpu-v5e',
      int8Tops: 'google-cloud-tpu-v5e',
      scaleUp: 'google-cloud-tpu-v5e',
    },
  },
  {
    id: 'tpu-v5p',
    name: 'Google Cloud TPU v5p',
    vendor: 'Google',
    kind: 'tpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2023,
    memoryGB: gib(95),
    memoryLabel: '95 GiB',
    memoryBasis: 'vendor-gib',
    memoryType: 'HBM2e',
    memoryBandwidthGBs: 2765,
    bf16Tflops: 459,
    fp8Tflops: 459,
    int8Tops: 918,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: { name: 'ICI (3D torus)', GBs: 1200 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    preliminary: [],
    notes:
      "Per chip (two TensorCores). Google lists FP8 at the same 459 TFLOPS as BF16 (no FP8 speed-up on v5p). Capacity: newer pages say 95 GiB, older ones 95 GB; the GiB label is taken as the vendor's meaning, so 95 × 1.073741824 = 102.0 GB is stored (earlier versions of this catalogue stored 95, understating fits by 7 %). Bandwidth: 2,765 GB/s on most versions; one version says 2,575 GiBps. ICI: 1,200 GB/s bidirectional per chip on current pages; older pages say 4,800 Gbps (600 GB/s). The Google pages we read give no INT8 peak; 918 TOPS INT8 is from a third-party page that cites Google's announcement. No per-chip power published. Announced December 2023 with early access; generally available April 2024 (third-party dates).",
    sources: [googleTpuV5pDoc, googleTpu7xDoc, aiwikiTpuV5p],
    cite: {
      released: 'aiwiki-google-tpu-v5p',
      int8Tops: 'aiwiki-google-tpu-v5p',
      memoryGB: 'google-cloud-tpu-v5p',
      memoryBandwidthGBs: 'google-cloud-tpu-v5p',
      bf16Tflops: 'google-cloud-tpu-v5p',
      fp8Tflops: 'google-cloud-tpu7x',
      scaleUp: 'google-cloud-tpu-v5p',
    },
  },
  {
    id: 'tpu-v6e',
    name: 'Google Cloud TPU v6e (Trillium)',
    vendor: 'Google',
    kind: 'tpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2024,
    memoryGB: gib(32),
    memoryLabel: '32 GiB',
    memoryBasis: 'vendor-gib',
    memoryType: 'HBM',
    memoryBandwidthGBs: 1638,
    bf16Tflops: 918,
    fp8Tflops: 918,
    int8Tops: 1836,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: { name: 'ICI (4 ports, 2D torus)', GBs: 800 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    preliminary: [],
    notes:
      "Per chip (one TensorCore). The v6e page gives 1,638 GB/s; Google's Trillium announcement and other summaries round to 1,640 GB/s. FP8 is listed at 918 TFLOPS, the same as BF16, in the TPU7x comparison table; INT8 1,836 TOPS. ICI 800 GB/s bidirectional per chip. No per-chip power published. Announced May 2024, generally available December 2024 (third-party dates).",
    sources: [googleTpuV6eDoc, googleTpu7xDoc, aiwikiTrillium],
    cite: {
      released: 'aiwiki-google-trillium',
      memoryGB: 'google-cloud-tpu7x',
      memoryBandwidthGBs: 'google-cloud-tpu-v6e',
      bf16Tflops: 'google-cloud-tpu-v6e',
      fp8Tflops: 'google-cloud-tpu7x',
      int8Tops: 'google-cloud-tpu-v6e',
      scaleUp: 'google-cloud-tpu-v6e',
    },
  },
  {
    id: 'tpu-v7',
    name: 'Google Cloud TPU7x (Ironwood)',
    vendor: 'Google',
    kind: 'tpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2025,
    memoryGB: gib(192),
    memoryLabel: '192 GiB',
    memoryBasis: 'vendor-gib',
    memoryType: 'HBM3E',
    memoryBandwidthGBs: 7380,
    bf16Tflops: 2307,
    fp8Tflops: 4614,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: { name: 'ICI (up to 9,216 chips per pod)', GBs: 1200 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    preliminary: [],
    notes:
      'Per chip (two TensorCores, dual chiplet). Google states capacity as 192 GiB: 192 × 1.073741824 = 206.2 GB stored. Bandwidth 7,380 GB/s in the TPU7x table (launch coverage says 7.37 or 7.2 TB/s). FP8 4,614 and BF16 2,307 TFLOPS. ICI 1,200 GB/s bidirectional per chip. No INT8 peak and no per-chip power on the page. Announced April 2025 (third-party report of Google Cloud Next 2025); generally available later in 2025.',
    sources: [googleTpu7xDoc, nextplatformIronwood],
    cite: {
      released: 'nextplatform-ironwood',
      memoryGB: 'google-cloud-tpu7x',
      memoryBandwidthGBs: 'google-cloud-tpu7x',
      bf16Tflops: 'google-cloud-tpu7x',
      fp8Tflops: 'google-cloud-tpu7x',
      scaleUp: 'google-cloud-tpu7x',
    },
  },
]);
