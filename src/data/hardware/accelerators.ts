// Other datacenter accelerators in the catalogue (Intel Gaudi, AWS Inferentia and Trainium, ...), with their sources.
import { NEW, REVIEWED, defineDevices, gib, source, thirdParty } from './define';

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

// ---------------------------------------------------------------------------
// Sources read for the issue-23 release (dated NEW).
// ---------------------------------------------------------------------------

const awsTrainium3Blog = thirdParty(
  'hpcwire-trainium3-ga',
  'AIwire/HPCwire report on the general availability of EC2 Trn3 UltraServers (re:Invent, December 2025): 144 Trainium3 chips per UltraServer, 144 GB HBM3e and 4.9 TB/s per chip, NeuronSwitch-v1 all-to-all fabric',
  'https://buzzbytech.com/?p=9439',
  NEW,
);
const trainium3LinkUnits = thirdParty(
  'aws-trainium3-neuronlink-gib',
  'AWS Neuron documentation, Trn3 instance page as summarised in the second review: NeuronLink-v4 given as 2,048 GiB/s per chip (the architecture page gives 2.56 TB/s)',
  'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trn3-arch.html',
  NEW,
);
const qualcommCloudAiDocs = source(
  'qualcomm-cloud-ai-sdk-architecture',
  'Qualcomm Cloud AI SDK documentation: Architecture (Cloud AI 100 Standard, Pro and Ultra: DDR capacity and bandwidth, on-chip SRAM, FP16 and INT8 peaks, host link, TDP)',
  'https://quic.github.io/cloud-ai-sdk-pages/latest/Getting-Started/Architecture',
  NEW,
);
const grokipediaCloudAi = thirdParty(
  'grokipedia-qualcomm-cloud-ai-100',
  'Grokipedia: Qualcomm Cloud AI 100 (Cloud AI 100 Ultra introduced 13 November 2023)',
  'https://grokipedia.com/page/Qualcomm_Cloud_AI_100',
  NEW,
);
const tenstorrentBlackholeSpecs = source(
  'tenstorrent-blackhole-specs',
  'Tenstorrent documentation: Blackhole PCIe cards, specifications (p150a: 140 Tensix cores at up to 1.35 GHz, 210 MB SRAM, 32 GB GDDR6 at 512 GB/s, 300 W, PCIe 5.0 x16, 4 × QSFP-DD 800G)',
  'https://docs.tenstorrent.com/aibs/blackhole/specifications.html',
  NEW,
);
const tenstorrentWormholeSpecs = source(
  'tenstorrent-wormhole-specs',
  'Tenstorrent documentation: Wormhole PCIe cards, specifications (n150: 72 Tensix cores at 1 GHz, 12 GB GDDR6 at 288 GB/s, FP16 74 TFLOPS, FP8 262, BLOCKFP8 148; n300: two ASICs)',
  'https://docs.tenstorrent.com/aibs/wormhole/specifications.html',
  NEW,
);
const hardwareluxxBlackhole = thirdParty(
  'hardwareluxx-tenstorrent-blackhole',
  'Hardwareluxx: Tenstorrent Dev Day, Blackhole can be ordered (April 2025; Tensix cores essentially unchanged from Wormhole as matrix engines; p150a 1,299 USD)',
  'https://www.hardwareluxx.de/index.php/news/hardware/grafikkarten/65873-tenstorrent-dev-day-blackhole-mit-neuen-riscv-kernen-k%C3%B6nnen-bestellt-werden.html',
  NEW,
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
    memoryGB: gib(128),
    memoryLabel: '128 GB',
    memoryBasis: 'binary-label',
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
    preliminary: [],
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
    memoryGB: gib(32),
    memoryLabel: '32 GiB',
    memoryBasis: 'vendor-gib',
    memoryType: 'HBM',
    memoryBandwidthGBs: 880.5,
    bf16Tflops: 190,
    fp8Tflops: 190,
    int8Tops: 380,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: {
      name: 'NeuronLink-v2 (direction not stated by AWS; counted as both directions)',
      GBs: 192,
    },
    hostLink: null,
    usableMemory: null,
    derived: {},
    preliminary: [],
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
    memoryGB: gib(96),
    memoryLabel: '96 GiB',
    memoryBasis: 'vendor-gib',
    memoryType: 'HBM',
    memoryBandwidthGBs: 2900,
    bf16Tflops: 667,
    fp8Tflops: 1299,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: {
      name: 'NeuronLink-v3 (direction not stated by AWS; counted as both directions)',
      GBs: 1280,
    },
    hostLink: null,
    usableMemory: null,
    derived: {},
    preliminary: [],
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
    memoryGB: gib(144),
    memoryLabel: '144 GiB',
    memoryBasis: 'vendor-gib',
    memoryType: 'HBM',
    memoryBandwidthGBs: 4900,
    bf16Tflops: 671,
    fp8Tflops: 2517,
    int8Tops: null,
    fp4Tflops: 2517,
    tdpW: null,
    scaleUp: {
      name: 'NeuronLink-v4 (direction not stated by AWS; counted as both directions)',
      GBs: 2560,
    },
    hostLink: null,
    usableMemory: null,
    derived: {},
    preliminary: [],
    notes:
      'Per chip (eight NeuronCore-v4). The Neuron documentation lists 2,517 MXFP8/MXFP4 TFLOPS and 671 BF16/FP16/TF32 TFLOPS dense (2,517 sparse for the 16-bit formats, not used), so FP4 runs at the FP8 rate. Capacity is stated as 144 GiB: 144 × 1.073741824 = 154.6 GB stored. Bandwidth 4.9 TB/s (the page writes TB, so 4,900 GB/s). NeuronLink-v4: the architecture page gives 2.56 TB/s per device, while the Trn3 instance page of AWS gives 2,048 GiB/s (2,199 GB/s), and neither states the direction; 2.56 TB/s is stored, and like the other NeuronLink figures it is treated as both directions combined, so the per-direction half in the link table may understate it by 2×. Trn3 UltraServers (generally available December 2025) join up to 144 chips through a NeuronSwitch all-to-all fabric. No INT8 peak and no chip power are published. The page is dated 2 December 2025 (re:Invent 2025).',
    sources: [awsTrainium3Doc, trainium3LinkUnits, awsTrainium3Blog],
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
  // ----------------------------- Added in the issue-23 release -----------------------------
  {
    id: 'cloud-ai-100-ultra',
    name: 'Qualcomm Cloud AI 100 Ultra (per card, four AI 100 SoCs)',
    vendor: 'Qualcomm',
    kind: 'accelerator',
    segment: 'datacenter',
    unit: 'chip',
    released: 2023,
    memoryGB: gib(128),
    memoryLabel: '128 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR4X (4 × 32 GB, one pool per SoC)',
    memoryBandwidthGBs: 548,
    bf16Tflops: 290,
    fp8Tflops: null,
    int8Tops: 870,
    fp4Tflops: null,
    tdpW: 150,
    scaleUp: null,
    hostLink: { name: 'PCIe Gen4 x16 (through an on-card switch)', GBsPerDirection: 32 },
    usableMemory: null,
    derived: {},
    preliminary: [],
    notes:
      "One 150 W card with four Cloud AI 100 SoCs behind a PCIe switch; each SoC has its own 32 GB of LPDDR4X at 137 GB/s and 144 MB of SRAM, so the card's 128 GB and 548 GB/s are four separate pools joined over PCIe, and a model larger than 32 GB is split across the SoCs. Peaks per card from Qualcomm's SDK documentation: FP16 290 TFLOPS (stored as the 16-bit peak) and INT8 870 TOPS. vLLM runs on it through Qualcomm's plug-in. Card per row, like the GPU boards: it is sold and sized as one card. Introduced 13 November 2023 (third-party date).",
    sources: [qualcommCloudAiDocs, grokipediaCloudAi],
    cite: {
      released: 'grokipedia-qualcomm-cloud-ai-100',
      memoryGB: 'qualcomm-cloud-ai-sdk-architecture',
      memoryBandwidthGBs: 'qualcomm-cloud-ai-sdk-architecture',
      bf16Tflops: 'qualcomm-cloud-ai-sdk-architecture',
      int8Tops: 'qualcomm-cloud-ai-sdk-architecture',
      tdpW: 'qualcomm-cloud-ai-sdk-architecture',
      hostLink: 'qualcomm-cloud-ai-sdk-architecture',
    },
  },
  {
    id: 'tenstorrent-blackhole-p150a',
    name: 'Tenstorrent Blackhole p150a',
    vendor: 'Tenstorrent',
    kind: 'accelerator',
    segment: 'workstation',
    unit: 'chip',
    released: 2025,
    memoryGB: gib(32),
    memoryLabel: '32 GB',
    memoryBasis: 'binary-label',
    memoryType: 'GDDR6 (256-bit)',
    memoryBandwidthGBs: 512,
    bf16Tflops: 193.5,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: 300,
    scaleUp: { name: '4 × QSFP-DD 800G Ethernet (card to card)', GBs: 400 },
    hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    usableMemory: null,
    derived: {
      bf16Tflops:
        '140 Tensix cores × 1.35 GHz × 1,024 FP16 FLOP per cycle per core (the Wormhole rate: 74 TFLOPS ÷ 72 cores ÷ 1 GHz) = 193.5 TFLOPS',
    },
    preliminary: [],
    notes:
      "A PCIe card built around 140 Tensix cores (each a matrix and vector engine with five small RISC-V controllers and 1.5 MB of SRAM, 210 MB in all) and 16 larger RISC-V cores, with 32 GB of GDDR6 at 512 GB/s and four 800G Ethernet ports to join cards directly. Tenstorrent's Blackhole table gives no TFLOPS, so the 16-bit peak is derived from the Wormhole table's FP16 rate per core and clock, on the report that the Tensix matrix engine is essentially unchanged; a third-party page gives a higher BF16 figure, not used. Scale-up: 4 × 800 Gb/s = 400 GB/s (direction not stated). Software: TT-Metalium and TT-NN (open source), with a vLLM fork. Orders opened in April 2025.",
    sources: [tenstorrentBlackholeSpecs, tenstorrentWormholeSpecs, hardwareluxxBlackhole],
    cite: {
      released: 'hardwareluxx-tenstorrent-blackhole',
      memoryGB: 'tenstorrent-blackhole-specs',
      memoryBandwidthGBs: 'tenstorrent-blackhole-specs',
      bf16Tflops: 'tenstorrent-wormhole-specs',
      tdpW: 'tenstorrent-blackhole-specs',
      scaleUp: 'tenstorrent-blackhole-specs',
      hostLink: 'tenstorrent-blackhole-specs',
    },
  },
  {
    id: 'tenstorrent-wormhole-n150',
    name: 'Tenstorrent Wormhole n150',
    vendor: 'Tenstorrent',
    kind: 'accelerator',
    segment: 'workstation',
    unit: 'chip',
    released: 2024,
    memoryGB: gib(12),
    memoryLabel: '12 GB',
    memoryBasis: 'binary-label',
    memoryType: 'GDDR6 (192-bit)',
    memoryBandwidthGBs: 288,
    bf16Tflops: 74,
    fp8Tflops: 262,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: 160,
    scaleUp: null,
    hostLink: { name: 'PCIe Gen4 x16', GBsPerDirection: 32 },
    usableMemory: null,
    derived: {},
    preliminary: [],
    notes:
      "The previous Tenstorrent card: one Wormhole ASIC with 72 Tensix cores at 1 GHz (108 MB of SRAM) and 12 GB of GDDR6 at 288 GB/s, 160 W. Tenstorrent's table gives FP16 74, FP8 262 and block-FP8 148 TFLOPS; FP8 is more than three times FP16 here, as the vendor states, which the catalogue accepts (it is under the 4× bound). Two 200G ports join cards, but no per-card rate comparable to a scale-up link is given, so scaleUp is null. Sold from 2024 (the year is Tenstorrent's developer-kit availability as reported with the Blackhole launch).",
    sources: [tenstorrentWormholeSpecs, hardwareluxxBlackhole],
    cite: {
      released: 'hardwareluxx-tenstorrent-blackhole',
      memoryGB: 'tenstorrent-wormhole-specs',
      memoryBandwidthGBs: 'tenstorrent-wormhole-specs',
      bf16Tflops: 'tenstorrent-wormhole-specs',
      fp8Tflops: 'tenstorrent-wormhole-specs',
      tdpW: 'tenstorrent-wormhole-specs',
      hostLink: 'tenstorrent-wormhole-specs',
    },
  },
]);
