// Other datacenter accelerators in the catalogue (Intel Gaudi, AWS Inferentia and Trainium, ...), with their sources.
import { REVIEWED, defineDevices, source, thirdParty } from './define';

const intelGaudi3HotChips = source(
  'intel-gaudi3-hot-chips-2024',
  'Intel Gaudi 3 AI Accelerator: Architected for Gen AI Training and Inference (Intel, Hot Chips 2024; copy hosted by sgpjbg.com)',
  'https://www.sgpjbg.com/baogao/465025.html',
);

const awsInferentia2Doc = source(
  'aws-neuron-inferentia2-arch',
  'AWS Neuron documentation: Inferentia2 architecture',
  'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/inferentia2.html',
);

const awsInf2ArchDoc = source(
  'aws-neuron-inf2-arch',
  'AWS Neuron documentation: Amazon EC2 Inf2 architecture',
  'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/inf2-arch.html',
);

const awsTrainium2Doc = source(
  'aws-neuron-trainium2-arch',
  'AWS Neuron documentation: Trainium2 architecture',
  'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium2.html',
);

const aiwikiTrainium2 = thirdParty(
  'aiwiki-aws-trainium2',
  'AI Wiki: AWS Trainium 2',
  'https://aiwiki.ai/wiki/aws_trainium2',
);

const awsInferentia2Blog = thirdParty(
  'aws-ml-blog-inferentia2',
  'AWS Machine Learning Blog: AWS Inferentia2 builds on AWS Inferentia1 by delivering 4x higher throughput and 10x lower latency (2023)',
  'https://aws.amazon.com/blogs/machine-learning/aws-inferentia2-builds-on-aws-inferentia1-by-delivering-4x-higher-throughput-and-10x-lower-latency/',
);

const awsTrainium3Doc = source(
  'aws-neuron-trainium3-arch',
  'AWS Neuron documentation: Trainium3 architecture (page source, Neuron 2.29.1, modified 2025-12-02)',
  'https://awsdocs-neuron.readthedocs-hosted.com/en/v2.29.1/_sources/about-neuron/arch/neuron-hardware/trainium3.rst',
  REVIEWED,
);

export const accelerators = defineDevices([
  {
    id: 'gaudi-3',
    name: 'Intel Gaudi 3 (OAM)',
    vendor: 'Intel',
    kind: 'accelerator',
    segment: 'datacenter',
    unit: 'chip',
    released: 2024,
    memoryGB: 128,
    memoryType: 'HBM2e',
    memoryBandwidthGBs: 3670,
    bf16Tflops: 1835,
    fp8Tflops: 1835,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: 900,
    scaleUp: { name: '24 × 200 GbE RoCE (integrated)', GBs: 1200 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "Matrix-engine (MME) peaks: BF16 and FP8 are both 1,835 TFLOPS (dense; Gaudi has no 2:4 sparsity headline). Intel gives no INT8 or FP4 matrix peak, so those are null. Power: 900 W is the air-cooled OAM; Intel also lists 1,200 W for the liquid-cooled OAM (a 600 W PCIe card exists as well). Bandwidth: Intel's Hot Chips deck says 3.67 TB/s; marketing rounds to 3.7 TB/s. Scale-up is Ethernet: 24 × 200 GbE ports = 1,200 GB/s both directions combined (600 GB/s each way); in an 8-card server 21 of the 24 ports link the cards to each other. Released 2024 (Hot Chips deck, August 2024).",
    sources: [intelGaudi3HotChips],
    cite: {
      released: 'intel-gaudi3-hot-chips-2024',
      memoryGB: 'intel-gaudi3-hot-chips-2024',
      memoryBandwidthGBs: 'intel-gaudi3-hot-chips-2024',
      bf16Tflops: 'intel-gaudi3-hot-chips-2024',
      fp8Tflops: 'intel-gaudi3-hot-chips-2024',
      tdpW: 'intel-gaudi3-hot-chips-2024',
      scaleUp: 'intel-gaudi3-hot-chips-2024',
    },
  },
  {
    id: 'inferentia2',
    name: 'AWS Inferentia2',
    vendor: 'AWS',
    kind: 'accelerator',
    segment: 'datacenter',
    unit: 'chip',
    released: 2023,
    memoryGB: 34.4,
    memoryType: 'HBM',
    memoryBandwidthGBs: 880.5,
    bf16Tflops: 190,
    fp8Tflops: 190,
    int8Tops: 380,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: { name: 'NeuronLink-v2', GBs: 192 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      'Per chip (two NeuronCore-v2). AWS lists 190 TFLOPS for FP16/BF16/cFP8/TF32 alike, so fp8 equals bf16; 380 INT8 TOPS. Unit wording varies between Neuron doc versions: older pages say 32 GB and 820 GB/s, newer ones 32 GiB and 820 GiB/s. The newer GiB wording is taken at its word: 32 × 1.073741824 = 34.4 GB and 820 × 1.073741824 = 880.5 GB/s are stored. NeuronLink-v2 is listed as 192 GiB/s per device on the Inf2 instance table (direction not stated); only inf2.24xlarge and inf2.48xlarge have it. AWS publishes no chip power. Released 2023: Inf2 was previewed in late 2022 and the 2023 AWS blog post describes the instances as available.',
    sources: [awsInferentia2Doc, awsInf2ArchDoc, awsInferentia2Blog],
    cite: {
      released: 'aws-ml-blog-inferentia2',
      memoryGB: 'aws-neuron-inferentia2-arch',
      memoryBandwidthGBs: 'aws-neuron-inferentia2-arch',
      bf16Tflops: 'aws-neuron-inferentia2-arch',
      fp8Tflops: 'aws-neuron-inferentia2-arch',
      int8Tops: 'aws-neuron-inferentia2-arch',
      scaleUp: 'aws-neuron-inf2-arch',
    },
  },
  {
    id: 'trainium2',
    name: 'AWS Trainium2',
    vendor: 'AWS',
    kind: 'accelerator',
    segment: 'datacenter',
    unit: 'chip',
    released: 2024,
    memoryGB: 103.1,
    memoryType: 'HBM',
    memoryBandwidthGBs: 2900,
    bf16Tflops: 667,
    fp8Tflops: 1299,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: { name: 'NeuronLink-v3', GBs: 1280 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      'Per chip (eight NeuronCore-v3). Dense peaks from the Neuron docs: 1,299 FP8 and 667 BF16/FP16/TF32 TFLOPS; AWS also lists 2,563 sparse TFLOPS, not used. Capacity is stated as 96 GiB: 96 × 1.073741824 = 103.1 GB stored. Bandwidth 2.9 TB/s (one NKI guide version says 3 TB/s). No INT8 or FP4 peak is published, and no chip power. NeuronLink-v3 provides 1.28 TB/s per chip (direction not stated). Previewed November 2023; Trn2 instances generally available 3 December 2024 (third-party dates).',
    sources: [awsTrainium2Doc, aiwikiTrainium2],
    cite: {
      released: 'aiwiki-aws-trainium2',
      memoryGB: 'aws-neuron-trainium2-arch',
      memoryBandwidthGBs: 'aws-neuron-trainium2-arch',
      bf16Tflops: 'aws-neuron-trainium2-arch',
      fp8Tflops: 'aws-neuron-trainium2-arch',
      scaleUp: 'aws-neuron-trainium2-arch',
    },
  },
  {
    id: 'trainium3',
    name: 'AWS Trainium3',
    vendor: 'AWS',
    kind: 'accelerator',
    segment: 'datacenter',
    unit: 'chip',
    released: 2025,
    memoryGB: 154.6,
    memoryType: 'HBM',
    memoryBandwidthGBs: 4900,
    bf16Tflops: 671,
    fp8Tflops: 2517,
    int8Tops: null,
    fp4Tflops: 2517,
    tdpW: null,
    scaleUp: { name: 'NeuronLink-v4', GBs: 2560 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      'Per chip (eight NeuronCore-v4). The Neuron documentation lists 2,517 MXFP8/MXFP4 TFLOPS and 671 BF16/FP16/TF32 TFLOPS dense (2,517 sparse for the 16-bit formats, not used), so FP4 runs at the FP8 rate. Capacity is stated as 144 GiB: 144 × 1.073741824 = 154.6 GB stored. Bandwidth 4.9 TB/s (the page writes TB, so 4,900 GB/s). NeuronLink-v4 gives 2.56 TB/s per device (direction not stated). No INT8 peak and no chip power are published. The page is dated 2 December 2025 (re:Invent 2025).',
    sources: [awsTrainium3Doc],
    cite: {
      released: 'aws-neuron-trainium3-arch',
      memoryGB: 'aws-neuron-trainium3-arch',
      memoryBandwidthGBs: 'aws-neuron-trainium3-arch',
      bf16Tflops: 'aws-neuron-trainium3-arch',
      fp8Tflops: 'aws-neuron-trainium3-arch',
      fp4Tflops: 'aws-neuron-trainium3-arch',
      scaleUp: 'aws-neuron-trainium3-arch',
    },
  },
]);
