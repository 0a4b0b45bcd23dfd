// The hardware catalogue: one sourced, typed record per inference chip or CPU socket.
import type { Catalogue, Device, Source } from './types';

/** Date the stored copies of the sources below were first read. */
const ACCESSED = '2026-11-29';
/** Date of the December 2026 review (new devices, host links, usable memory, derived CPU peaks). */
const REVIEWED = '2026-12-01';

/** A vendor document (datasheet, product page, documentation, vendor blog or submission). */
function source(id: string, title: string, url: string, accessed = ACCESSED): Source {
  return { id, title, url, accessed };
}

/** A third-party document (review, wiki, reseller, news): figures citing it are labelled on the page. */
function thirdParty(id: string, title: string, url: string, accessed = ACCESSED): Source {
  return { id, title, url, accessed, secondary: true };
}

// ---------------------------------------------------------------------------
// Sources shared by several devices. Vendor documents first; third-party pages
// only where no vendor copy was available to us, and the notes say so.
// ---------------------------------------------------------------------------

const nvidiaA100Datasheet = source(
  'nvidia-a100-datasheet',
  'NVIDIA A100 Tensor Core GPU datasheet',
  'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
);
const nvidiaH100Page = source(
  'nvidia-h100-specs',
  'NVIDIA H100 Tensor Core GPU: specifications',
  'https://www.nvidia.com/en-us/data-center/h100/',
);
const nvidiaH100PcieBrief = source(
  'nvidia-h100-pcie-product-brief',
  'NVIDIA H100 PCIe GPU product brief PB-11133-001 v02 (copy hosted by manuals.plus)',
  'https://manuals.plus/m/d4b5dc21484df3ba8fbe84918338461cc074a3fcebcc13423eadc2b10ac3bda4',
);
const nvidiaH200Page = source(
  'nvidia-h200-specs',
  'NVIDIA H200 Tensor Core GPU: specifications',
  'https://www.nvidia.com/en-us/data-center/h200/',
);
const nvidiaDgxB200Page = source(
  'nvidia-dgx-b200-specs',
  'NVIDIA DGX B200: specifications',
  'https://www.nvidia.com/en-us/data-center/dgx-b200/',
);
const nvidiaHgxPage = source(
  'nvidia-hgx-specs',
  'NVIDIA HGX platform: HGX B200 specifications',
  'https://www.nvidia.com/en-us/data-center/hgx/',
);
const nvidiaGb200Page = source(
  'nvidia-gb200-nvl72-specs',
  'NVIDIA GB200 NVL72: specifications',
  'https://www.nvidia.com/en-us/data-center/gb200-nvl72/',
);
const nvidiaL4Page = source(
  'nvidia-l4-specs',
  'NVIDIA L4 Tensor Core GPU: specifications',
  'https://www.nvidia.com/en-us/data-center/l4/',
);
const nvidiaL40sPage = source(
  'nvidia-l40s-specs',
  'NVIDIA L40S GPU: specifications',
  'https://www.nvidia.com/en-us/data-center/l40s/',
);
const nvidiaAdaWhitepaper = source(
  'nvidia-ada-whitepaper',
  'NVIDIA Ada GPU Architecture whitepaper (appendix: GeForce RTX 4090 specifications)',
  'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf',
);
const nvidiaRtx5090Page = source(
  'nvidia-rtx-5090-specs',
  'NVIDIA GeForce RTX 5090: specifications',
  'https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5090/',
);
const nvidiaJetsonOrinPage = source(
  'nvidia-jetson-orin-specs',
  'NVIDIA Jetson AGX Orin: technical specifications',
  'https://www.nvidia.com/en-us/autonomous-machines/embedded-systems/jetson-orin/',
);
const nvidiaJetsonThorPage = source(
  'nvidia-jetson-thor-specs',
  'NVIDIA Jetson Thor: technical specifications',
  'https://www.nvidia.com/en-us/autonomous-machines/embedded-systems/jetson-thor/',
);

const amdMi300xPage = source(
  'amd-mi300x-specs',
  'AMD Instinct MI300X accelerator: specifications',
  'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html',
);
const amdMi325xPage = source(
  'amd-mi325x-specs',
  'AMD Instinct MI325X accelerator: specifications',
  'https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html',
);
const amdMi355xPage = source(
  'amd-mi355x-specs',
  'AMD Instinct MI355X GPU: specifications',
  'https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html',
);
// AMD's own documentation read through stored copies of AMD's GitHub repositories
// (ROCm docs and ROCm Blogs sources) and AMD's MLPerf submissions.
const amdRocmMi300Doc = source(
  'amd-rocm-mi300-microarchitecture',
  "AMD ROCm documentation: AMD Instinct MI300 series microarchitecture (MI300X peak-performance table; page source in AMD's ROCm/legacy-rocm-build repository)",
  'https://github.com/ROCm/legacy-rocm-build/blob/089d7513c55fc7b6edb2a75b83cb40ca883a0ec2/docs/conceptual/gpu-arch/mi300.md',
);
const amdMatrixCoreBlog = source(
  'amd-rocm-blog-matrix-cores',
  'AMD ROCm Blogs: Matrix Core Programming on AMD CDNA3 and CDNA4 architecture (30 September 2025; peak matrix throughput of MI325X and MI355X; source in the ROCm/rocm-blogs repository)',
  'https://github.com/ROCm/rocm-blogs/blob/7552daef2d1f2e4be9faf92f8c683bd15a349007/blogs/software-tools-optimization/matrix-cores-cdna/README.md',
);
const amdMlperfTrainingBlog = source(
  'amd-rocm-blog-mlperf-training-v5',
  'AMD ROCm Blogs: AMD MLPerf Training v5.0 submission on MI300X and MI325X (memory capacity and bandwidth of both GPUs; source in the ROCm/rocm-blogs repository)',
  'https://github.com/ROCm/rocm-blogs/blob/2961d765a04c4d6d6ff19269baf9a268dcd59db0/blogs/artificial-intelligence/mlperf-training-v5.0/README.md',
);
const amdRocmGpuSpecs = source(
  'amd-rocm-gpu-specs',
  'AMD ROCm documentation: AMD GPU specifications (Instinct table: VRAM and compute units per GPU)',
  'https://rocm.docs.amd.com/en/7.13.0-preview/reference/gpu-specs.html',
);
const mlperfAmdMi300x = source(
  'mlperf-inference-v4-1-amd-8xmi300x',
  'MLCommons MLPerf Inference v4.1 results: AMD-submitted system description 8xMI300X_2xEPYC-9374F (accelerator "AMD Instinct MI300X-NPS1-SPX-192GB-750W", 192 GB HBM3)',
  'https://raw.githubusercontent.com/mlcommons/inference_results_v4.1/main/closed/AMD/systems/8xMI300X_2xEPYC-9374F.json',
);
const mlperfAmdMi355x = source(
  'mlperf-inference-v6-0-amd-mi355x',
  'MLCommons MLPerf Inference v6.0 results: AMD-submitted MI355X cluster summary (accelerator "AMD Instinct MI355X 288GB HBM3e")',
  'https://raw.githubusercontent.com/mlcommons/inference_results_v6.0/main/closed/AMD/results/87xMI355X_22xEPYC_9575F/summary.html',
);
const amdEpyc9965Page = source(
  'amd-epyc-9965-specs',
  'AMD EPYC 9965: specifications',
  'https://www.amd.com/en/products/processors/server/epyc/9005-series/amd-epyc-9965.html',
);
const amdEpyc9005Guide = source(
  'amd-epyc-9005-toolchain-guide',
  'AMD EPYC 9005 High Performance Toolchain tuning guide (document 58480, release date 2024-10-10)',
  'https://docs.amd.com/v/u/en-US/58480_amd-epyc-9005-tg-high-perf-toolchain',
);
const amdEpyc9654Page = source(
  'amd-epyc-9654-specs',
  'AMD EPYC 9654: specifications',
  'https://www.amd.com/en/products/processors/server/epyc/4th-generation-9004-and-8004-series/amd-epyc-9654.html',
);

const intelGaudi3HotChips = source(
  'intel-gaudi3-hot-chips-2024',
  'Intel Gaudi 3 AI Accelerator: Architected for Gen AI Training and Inference (Intel, Hot Chips 2024; copy hosted by sgpjbg.com)',
  'https://www.sgpjbg.com/baogao/465025.html',
);
const intelXeon6980pArk = source(
  'intel-xeon-6980p-ark',
  'Intel Xeon 6980P processor: product specifications (Intel ARK)',
  'https://www.intel.com/content/www/us/en/products/sku/240777/intel-xeon-6980p-processor-504m-cache-2-00-ghz/specifications.html',
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

const appleM4MaxNews = source(
  'apple-m4-pro-m4-max-newsroom',
  'Apple Newsroom: Apple introduces M4 Pro and M4 Max (October 2024)',
  'https://www.apple.com/newsroom/2024/10/apple-introduces-m4-pro-and-m4-max/',
);

// Third-party pages, used only for figures no vendor copy available to us gave.
const klockwoodB200 = thirdParty(
  'glennklockwood-b200',
  'Glenn K. Lockwood, "B200" (processor notes with per-GPU B200 and GB200 peaks)',
  'https://glennklockwood.com/garden/processors/B200',
);
const pcmagH100 = thirdParty(
  'pcmag-h100',
  'PCMag Encyclopedia: H100',
  'https://www.pcmag.com/encyclopedia/term/h100',
);
const aiwikiH200 = thirdParty(
  'aiwiki-nvidia-h200',
  'AI Wiki: NVIDIA H200',
  'https://aiwiki.ai/wiki/nvidia_h200',
);
const aiwikiL4 = thirdParty(
  'aiwiki-nvidia-l4',
  'AI Wiki: NVIDIA L4',
  'https://aiwiki.ai/wiki/nvidia_l4',
);
const grokipediaL4L40s = thirdParty(
  'grokipedia-l4-vs-l40s',
  'Grokipedia: NVIDIA L4 vs L40S',
  'https://grokipedia.com/page/NVIDIA_L4_vs_L40S',
);
const waredbRtx4090 = thirdParty(
  'waredb-rtx-4090',
  'WareDB: NVIDIA GeForce RTX 4090',
  'https://waredb.com/processor/nvidia-geforce-rtx-4090',
);
const macrumorsM4Max = thirdParty(
  'macrumors-m4-max',
  'MacRumors: Apple announces M4 Max chip (2024-10-30)',
  'https://www.macrumors.com/2024/10/30/apple-announces-m4-max-chip/',
);
const aiwikiMi300x = thirdParty(
  'aiwiki-amd-mi300x',
  'AI Wiki: AMD Instinct MI300X',
  'https://aiwiki.ai/wiki/amd_instinct_mi300x',
);
const aiwikiMi355x = thirdParty(
  'aiwiki-amd-mi355x',
  'AI Wiki: AMD Instinct MI355X',
  'https://aiwiki.ai/wiki/amd_instinct_mi355x',
);
const fixstarsJetson = thirdParty(
  'fixstars-jetson-orin-vs-thor',
  'Fixstars blog: Jetson AGX Orin vs AGX Thor (platform timeline)',
  'https://blog.us.fixstars.com/?p=1855&preview=true',
);
const hardwareluxxXeon6900p = thirdParty(
  'hardwareluxx-xeon-6900p',
  'Hardwareluxx: Xeon 6900P review with SKU table (cores, TDP, DDR5 and MRDIMM speeds)',
  'https://www.hardwareluxx.de/index.php/artikel/hardware/prozessoren/64561-intels-comeback-granite-rapids-mit-96-kernen-im-test.html',
);
const clawkipediaB200 = thirdParty(
  'clawkipedia-nvidia-b200',
  'Clawkipedia: NVIDIA Blackwell B200 (announced March 2024, full production late 2024)',
  'https://www.clawkipedia.org/wiki/nvidia-b200',
);
const dgxB200Summary = thirdParty(
  'nvidia-dgx-b200-wiki-summary',
  'NVIDIA DGX B200 summary page quoting nvidia.com DGX B200 specifications (brent-newsom-nvidia.github.io)',
  'https://brent-newsom-nvidia.github.io/AIPS-Boom/wiki/NVIDIA-DGX-B200',
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
const nextplatformIronwood = thirdParty(
  'nextplatform-ironwood',
  'The Next Platform: With Ironwood TPU, Google pushes the AI accelerator to the floor (2025-04-09)',
  'https://www.nextplatform.com/2025/04/09/with-ironwood-tpu-google-pushes-the-ai-accelerator-to-the-floor',
);

// ---------------------------------------------------------------------------
// Devices. Compute peaks are DENSE; GB = 10^9 bytes; per chip or socket.
// ---------------------------------------------------------------------------

/**
 * Identity function that keeps each entry's id as a string literal, so `DeviceId` below is the
 * union of the ids actually in the list (no second hand-typed list to fall out of step).
 */
function defineDevices<const Id extends string>(
  list: (Device & { id: Id })[],
): (Device & { id: Id })[] {
  return list;
}

const deviceList = defineDevices([
  // ----------------------------- NVIDIA datacenter -----------------------------
  {
    id: 'a100-sxm-80gb',
    name: 'NVIDIA A100 80GB SXM',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2020,
    memoryGB: 80,
    memoryType: 'HBM2e',
    memoryBandwidthGBs: 2039,
    bf16Tflops: 312,
    fp8Tflops: null,
    int8Tops: 624,
    fp4Tflops: null,
    tdpW: 400,
    scaleUp: { name: 'NVLink 3', GBs: 600 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "Ampere has no FP8 or FP4 tensor formats, so those peaks are null. The datasheet lists BF16 312 | 624* TFLOPS and INT8 624 | 1,248* TOPS, where * marks 2:4 sparsity; the dense figures are stored. NVLink 600 GB/s is both directions combined (12 links). The datasheet itself was not read in a stored copy: the 400 W TDP, 600 GB/s NVLink, 2,039 GB/s and the peaks were checked only against third-party copies (Glenn Lockwood's A100 notes, which cite this datasheet, and other spec tables). Release year: the 80 GB version was announced in November 2020; the year is taken from a third-party page (calwoo notes) because no vendor announcement copy was available to us.",
    sources: [
      nvidiaA100Datasheet,
      thirdParty(
        'glennklockwood-a100',
        'Glenn K. Lockwood, "A100" (processor notes citing the NVIDIA A100 datasheet: 400 W, 300+300 GB/s NVLink, 2,039 GB/s)',
        'https://glennklockwood.com/garden/processors/A100',
      ),
      thirdParty(
        'calwoo-nvidia-gpu-hardware',
        'NVIDIA GPU Hardware for Deep Learning (quick-reference table, A100 80 GB listed as Ampere 2020)',
        'https://calwoo.github.io/notes/concepts/deep-learning-engineering/nvidia-gpu-hardware/index.html',
      ),
    ],
    cite: {
      released: 'calwoo-nvidia-gpu-hardware',
      memoryGB: 'nvidia-a100-datasheet',
      memoryBandwidthGBs: 'nvidia-a100-datasheet',
      bf16Tflops: 'nvidia-a100-datasheet',
      int8Tops: 'nvidia-a100-datasheet',
      tdpW: 'nvidia-a100-datasheet',
      scaleUp: 'nvidia-a100-datasheet',
    },
  },
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2022,
    memoryGB: 80,
    memoryType: 'HBM3',
    memoryBandwidthGBs: 3350,
    bf16Tflops: 989.5,
    fp8Tflops: 1979,
    int8Tops: 1979,
    fp4Tflops: null,
    tdpW: 700,
    scaleUp: { name: 'NVLink 4', GBs: 900 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      'NVIDIA headlines sparse peaks (marked *): BF16 1,979*, FP8 3,958*, INT8 3,958* TOPS. Dense = half: 989.5, 1,979 and 1,979 (NVIDIA\'s Hopper whitepaper rounds dense BF16 to 989.4). Hopper has no FP4, so fp4 is null. TDP is "up to 700 W (configurable)". NVLink 900 GB/s is both directions combined (18 links × 50 GB/s). Release year from a third-party encyclopedia entry (announced March 2022, shipped in 2022).',
    sources: [nvidiaH100Page, pcmagH100],
    cite: {
      released: 'pcmag-h100',
      memoryGB: 'nvidia-h100-specs',
      memoryBandwidthGBs: 'nvidia-h100-specs',
      bf16Tflops: 'nvidia-h100-specs',
      fp8Tflops: 'nvidia-h100-specs',
      int8Tops: 'nvidia-h100-specs',
      tdpW: 'nvidia-h100-specs',
      scaleUp: 'nvidia-h100-specs',
    },
  },
  {
    id: 'h100-pcie',
    name: 'NVIDIA H100 PCIe 80GB',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2022,
    memoryGB: 80,
    memoryType: 'HBM2e',
    memoryBandwidthGBs: 2000,
    bf16Tflops: 756.5,
    fp8Tflops: 1513,
    int8Tops: 1513,
    fp4Tflops: null,
    tdpW: 350,
    scaleUp: { name: 'NVLink bridge (NVLink 4, pairs of cards)', GBs: 600 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      'Dual-slot PCIe Gen5 card. The product brief gives a 350 W maximum TDP and "greater than 2,000 GB/s" memory bandwidth; 2,000 is stored as the floor of that statement. Peaks are NVIDIA\'s sparse figures halved: BF16 1,513* → 756.5, FP8 3,026* → 1,513, INT8 3,026* → 1,513 (the stored copy of the product brief shows its opening, with the 350 W and bandwidth statements, but not its compute table; the three peaks are NVIDIA\'s H100 PCIe figures from the H100 page URL, not read in a stored vendor copy, and the BF16 and FP8 sparse values match a third-party spec table). The optional NVLink bridge joins cards in pairs at 600 GB/s (both directions combined); without it the card talks over PCIe Gen5 x16 (128 GB/s both directions). No FP4 on Hopper. The vendor product brief was read through a copy hosted by manuals.plus; the part of it we could read shows the 350 W and bandwidth statements and the document dates, while the 80 GB capacity and the 600 GB/s bridge rate are attributed to the brief but were not visible in that excerpt. Release year: the brief is dated September–November 2022.',
    sources: [
      nvidiaH100PcieBrief,
      nvidiaH100Page,
      thirdParty(
        'winston-zhang-gpu-specs',
        'winston-zhang-orz/gpu-specs on GitHub: GPU spec table (H100 column: BF16 1,513 and FP8 3,026 TFLOPS with sparsity)',
        'https://github.com/winston-zhang-orz/gpu-specs/blob/a32fa524cdbbce4eb522b49196d5f7fb94f808b2/specs.md',
      ),
    ],
    cite: {
      released: 'nvidia-h100-pcie-product-brief',
      memoryGB: 'nvidia-h100-pcie-product-brief',
      memoryBandwidthGBs: 'nvidia-h100-pcie-product-brief',
      bf16Tflops: 'nvidia-h100-specs',
      fp8Tflops: 'nvidia-h100-specs',
      int8Tops: 'nvidia-h100-specs',
      tdpW: 'nvidia-h100-pcie-product-brief',
      scaleUp: 'nvidia-h100-pcie-product-brief',
    },
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 SXM',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2024,
    memoryGB: 141,
    memoryType: 'HBM3e',
    memoryBandwidthGBs: 4800,
    bf16Tflops: 989.5,
    fp8Tflops: 1979,
    int8Tops: 1979,
    fp4Tflops: null,
    tdpW: 700,
    scaleUp: { name: 'NVLink 4', GBs: 900 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      'Same Hopper compute as H100 SXM with more and faster memory. Sparse datasheet peaks (BF16 1,979*, FP8 3,958*, INT8 3,958*) halved to dense. TDP "up to 700 W (configurable)" for the SXM part; the H200 NVL PCIe card is a different, lower-power product. NVLink 900 GB/s is both directions combined. Announced November 2023, shipping from Q2 2024 (dates from a third-party page).',
    sources: [nvidiaH200Page, aiwikiH200],
    cite: {
      released: 'aiwiki-nvidia-h200',
      memoryGB: 'nvidia-h200-specs',
      memoryBandwidthGBs: 'nvidia-h200-specs',
      bf16Tflops: 'nvidia-h200-specs',
      fp8Tflops: 'nvidia-h200-specs',
      int8Tops: 'nvidia-h200-specs',
      tdpW: 'nvidia-h200-specs',
      scaleUp: 'nvidia-h200-specs',
    },
  },
  {
    id: 'b200',
    name: 'NVIDIA B200 (HGX B200)',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2024,
    memoryGB: 180,
    memoryType: 'HBM3e',
    memoryBandwidthGBs: 8000,
    bf16Tflops: 2250,
    fp8Tflops: 4500,
    int8Tops: 4500,
    fp4Tflops: 9000,
    tdpW: 1000,
    scaleUp: { name: 'NVLink 5', GBs: 1800 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "Per GPU in an 8-GPU HGX/DGX B200 system. Capacity: B200 was announced with 192 GB, but HGX/DGX B200 systems ship 1,440 GB for 8 GPUs = 180 GB per GPU, which is stored. Bandwidth 8 TB/s per GPU (DGX B200: 64 TB/s for 8 GPUs); some listings give 7.7 TB/s per GPU for HGX B200. NVIDIA's HGX B200 table gives 8-GPU sparse totals (FP4 144 PF, FP8 72 PF, INT8 72 POPS, BF16 36 PF); ÷ 8 ÷ 2 gives the dense per-GPU peaks stored (FP4 9,000, FP8 4,500, INT8 4,500, BF16 2,250). TDP 1,000 W per GPU at the HGX operating point. NVLink 5 1.8 TB/s is both directions combined (18 links). The DGX B200 figures (1,440 GB, 64 TB/s, FP4 144 PF sparse / 72 PF dense) were read through a page that quotes nvidia.com; per-GPU dense peaks and the 1,000 W point were cross-checked against Glenn Lockwood's notes (third party). Released 2024: announced at GTC in March 2024, full production late 2024 (third-party dates).",
    sources: [nvidiaHgxPage, nvidiaDgxB200Page, dgxB200Summary, klockwoodB200, clawkipediaB200],
    cite: {
      released: 'clawkipedia-nvidia-b200',
      memoryGB: 'nvidia-dgx-b200-specs',
      memoryBandwidthGBs: 'nvidia-dgx-b200-specs',
      bf16Tflops: 'nvidia-hgx-specs',
      fp8Tflops: 'nvidia-hgx-specs',
      int8Tops: 'nvidia-hgx-specs',
      fp4Tflops: 'nvidia-hgx-specs',
      tdpW: 'glennklockwood-b200',
      scaleUp: 'nvidia-hgx-specs',
    },
  },
  {
    id: 'gb200',
    name: 'NVIDIA GB200 (per Blackwell GPU, NVL72)',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2024,
    memoryGB: 186,
    memoryType: 'HBM3e',
    memoryBandwidthGBs: 8000,
    bf16Tflops: 2500,
    fp8Tflops: 5000,
    int8Tops: 5000,
    fp4Tflops: 10000,
    tdpW: 1200,
    scaleUp: { name: 'NVLink 5 (NVL72 NVLink Switch domain)', GBs: 1800 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "One Blackwell GPU of a GB200 superchip (1 Grace CPU + 2 GPUs) in a GB200 NVL72 rack, not the superchip or the rack. Rack totals ÷ 72: HBM3e 13.4 TB → 186 GB (announced as 192 GB per GPU, 384 GB per superchip; NVIDIA later listed 372 GB per superchip), 576 TB/s → 8 TB/s, NVLink 130 TB/s → 1.8 TB/s per GPU (both directions combined). NVIDIA's rack peaks are sparse (FP4 1,440 PF, FP8 720 PF, INT8 720 POPS, BF16 360 PF); ÷ 72 ÷ 2 gives the dense per-GPU figures stored. NVIDIA does not publish a per-GPU TDP for GB200 (the superchip is configurable); 1,200 W is a third-party figure (Glenn Lockwood) for the GB200 operating point. Released 2024: announced March 2024, racks shipped from late 2024.",
    sources: [nvidiaGb200Page, klockwoodB200, clawkipediaB200],
    cite: {
      released: 'clawkipedia-nvidia-b200',
      memoryGB: 'nvidia-gb200-nvl72-specs',
      memoryBandwidthGBs: 'nvidia-gb200-nvl72-specs',
      bf16Tflops: 'nvidia-gb200-nvl72-specs',
      fp8Tflops: 'nvidia-gb200-nvl72-specs',
      int8Tops: 'nvidia-gb200-nvl72-specs',
      fp4Tflops: 'nvidia-gb200-nvl72-specs',
      tdpW: 'glennklockwood-b200',
      scaleUp: 'nvidia-gb200-nvl72-specs',
    },
  },
  {
    id: 'l4',
    name: 'NVIDIA L4',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2023,
    memoryGB: 24,
    memoryType: 'GDDR6',
    memoryBandwidthGBs: 300,
    bf16Tflops: 121,
    fp8Tflops: 242.5,
    int8Tops: 242.5,
    fp4Tflops: null,
    tdpW: 72,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      'Low-profile, single-slot 72 W PCIe Gen4 card. The datasheet lists only sparse peaks (BF16 242*, FP8 485*, INT8 485* TOPS); dense = half. Ada has no FP4. No NVLink: cards exchange data over PCIe Gen4 x16 (64 GB/s both directions), so scaleUp is null. Announced March 2023 (date from a third-party page).',
    sources: [nvidiaL4Page, aiwikiL4],
    cite: {
      released: 'aiwiki-nvidia-l4',
      memoryGB: 'nvidia-l4-specs',
      memoryBandwidthGBs: 'nvidia-l4-specs',
      bf16Tflops: 'nvidia-l4-specs',
      fp8Tflops: 'nvidia-l4-specs',
      int8Tops: 'nvidia-l4-specs',
      tdpW: 'nvidia-l4-specs',
    },
  },
  {
    id: 'l40s',
    name: 'NVIDIA L40S',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2023,
    memoryGB: 48,
    memoryType: 'GDDR6 (ECC)',
    memoryBandwidthGBs: 864,
    bf16Tflops: 362.05,
    fp8Tflops: 733,
    int8Tops: 733,
    fp4Tflops: null,
    tdpW: 350,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      'Dual-slot PCIe Gen4 card. The datasheet gives dense | sparse pairs: BF16 362.05 | 733*, FP8 733 | 1,466*, INT8 733 | 1,466* TOPS; dense stored. Ada has no FP4. No NVLink (PCIe Gen4 x16, 64 GB/s both directions), so scaleUp is null. Announced August 2023 (date from a third-party page).',
    sources: [nvidiaL40sPage, grokipediaL4L40s],
    cite: {
      released: 'grokipedia-l4-vs-l40s',
      memoryGB: 'nvidia-l40s-specs',
      memoryBandwidthGBs: 'nvidia-l40s-specs',
      bf16Tflops: 'nvidia-l40s-specs',
      fp8Tflops: 'nvidia-l40s-specs',
      int8Tops: 'nvidia-l40s-specs',
      tdpW: 'nvidia-l40s-specs',
    },
  },
  // ----------------------------- NVIDIA workstation -----------------------------
  {
    id: 'rtx-4090',
    name: 'NVIDIA GeForce RTX 4090',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'workstation',
    unit: 'chip',
    released: 2022,
    memoryGB: 24,
    memoryType: 'GDDR6X',
    memoryBandwidthGBs: 1008,
    bf16Tflops: 165.2,
    fp8Tflops: 330.3,
    int8Tops: 660.6,
    fp4Tflops: null,
    tdpW: 450,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "Consumer card. NVIDIA's Ada whitepaper gives dense/sparse pairs that depend on the accumulator: BF16 (FP32 accumulate) 165.2/330.4; FP8 330.3/660.6 with FP32 accumulate and 660.6/1,321.2 with FP16 accumulate; INT8 660.6/1,321.2 TOPS. The FP32-accumulate FP8 figure is stored because inference GEMMs normally accumulate in FP32. 450 W is total board power. No NVLink (PCIe Gen4 only), so scaleUp is null. Launched October 2022; the matrix figures and year were cross-checked on a third-party spec database (WareDB).",
    sources: [nvidiaAdaWhitepaper, waredbRtx4090],
    cite: {
      released: 'waredb-rtx-4090',
      memoryGB: 'nvidia-ada-whitepaper',
      memoryBandwidthGBs: 'nvidia-ada-whitepaper',
      bf16Tflops: 'nvidia-ada-whitepaper',
      fp8Tflops: 'nvidia-ada-whitepaper',
      int8Tops: 'nvidia-ada-whitepaper',
      tdpW: 'nvidia-ada-whitepaper',
    },
  },
  {
    id: 'rtx-5090',
    name: 'NVIDIA GeForce RTX 5090',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'workstation',
    unit: 'chip',
    released: 2025,
    memoryGB: 32,
    memoryType: 'GDDR7',
    memoryBandwidthGBs: 1792,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: 1676,
    tdpW: 575,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      'Consumer card. NVIDIA headlines 3,352 "AI TOPS", which is FP4 with 2:4 sparsity; dense FP4 = 1,676. BF16, FP8 and INT8 are left null: NVIDIA\'s RTX Blackwell whitepaper gives them with accumulator-dependent rates, and no stored copy of that whitepaper was available to us (third-party listings give sparse FP16 838.4 and FP8 1,676.8 TFLOPS, i.e. 419.2 and 838.4 dense, without saying which accumulator). 575 W is total graphics power. No NVLink (PCIe Gen5 x16 only), so scaleUp is null. Capacity, 1,792 GB/s, 575 W and the AI TOPS figure are from the NVIDIA product page URL, not read in a stored vendor copy; third-party spec tables agree. Announced at CES in January 2025 and on sale from 30 January 2025 (date from a third-party news page).',
    sources: [
      nvidiaRtx5090Page,
      thirdParty(
        'spheron-rtx-5090-specs',
        'Spheron: NVIDIA RTX 5090 specs (datasheet table)',
        'https://www.spheron.network/blog/nvidia-rtx-5090-specs/',
      ),
      thirdParty(
        'asiafirstnews-rtx-5090',
        'Asia First News: RTX 5090 benchmarks ahead of the 30 January launch (announced at CES 2025)',
        'https://asiafirstnews.com/a-principal-gpu-rtx-5090-da-nvidia-poderia-oferecer-ate-46-de-melhoria',
      ),
    ],
    cite: {
      released: 'asiafirstnews-rtx-5090',
      memoryGB: 'nvidia-rtx-5090-specs',
      memoryBandwidthGBs: 'nvidia-rtx-5090-specs',
      fp4Tflops: 'nvidia-rtx-5090-specs',
      tdpW: 'nvidia-rtx-5090-specs',
    },
  },
  // ----------------------------- AMD -----------------------------
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X',
    vendor: 'AMD',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2023,
    memoryGB: 192,
    memoryType: 'HBM3',
    memoryBandwidthGBs: 5300,
    bf16Tflops: 1307.4,
    fp8Tflops: 2614.9,
    int8Tops: 2614.9,
    fp4Tflops: null,
    tdpW: 750,
    scaleUp: { name: 'AMD Infinity Fabric (7 links)', GBs: 896 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "Dense peaks checked in the MI300 microarchitecture page of AMD's ROCm documentation: matrix BF16 and FP16 1,307.4 TFLOPS, FP8 and INT8 2,614.9 (2,048 and 4,096 operations per clock per CU); AMD's sparse figures are double. The same page gives 5.3 TB/s peak memory bandwidth and says each GPU in an 8-GPU node reaches the other seven over seven Infinity Fabric links. CDNA 3 has no FP4. Capacity (192 GB HBM3) and the 750 W board power are checked in AMD's own MLPerf Inference v4.1 system description, which names the part \"MI300X-NPS1-SPX-192GB-750W\". The per-link rate behind the 896 GB/s total (7 links × 128 GB/s, both directions combined) is from the AMD product page URL and was not read in a stored vendor copy. Release year (December 2023) from a third-party page (AI Wiki); no AMD press release was available to us.",
    sources: [amdRocmMi300Doc, mlperfAmdMi300x, amdMi300xPage, aiwikiMi300x],
    cite: {
      released: 'aiwiki-amd-mi300x',
      memoryGB: 'mlperf-inference-v4-1-amd-8xmi300x',
      memoryBandwidthGBs: 'amd-rocm-mi300-microarchitecture',
      bf16Tflops: 'amd-rocm-mi300-microarchitecture',
      fp8Tflops: 'amd-rocm-mi300-microarchitecture',
      int8Tops: 'amd-rocm-mi300-microarchitecture',
      tdpW: 'mlperf-inference-v4-1-amd-8xmi300x',
      scaleUp: 'amd-mi300x-specs',
    },
  },
  {
    id: 'mi325x',
    name: 'AMD Instinct MI325X',
    vendor: 'AMD',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2024,
    memoryGB: 256,
    memoryType: 'HBM3E',
    memoryBandwidthGBs: 6000,
    bf16Tflops: 1307.4,
    fp8Tflops: 2614.9,
    int8Tops: 2614.9,
    fp4Tflops: null,
    tdpW: 1000,
    scaleUp: { name: 'AMD Infinity Fabric (7 links)', GBs: 896 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "Same CDNA 3 compute as MI300X (304 CUs) with more and faster memory. AMD's ROCm blog on its MLPerf Training v5.0 submission gives 256 GB of HBM3E at 6 TB/s (ROCm's GPU specification table also lists 256, under a GiB label; a cloud provider's documentation agrees). AMD's ROCm matrix-core blog lists MI325X matrix FP16 at 1,307.4 TFLOPS and FP8 at 2,614.9, dense, from 1,216 matrix cores at 2,100 MHz; BF16 uses the same matrix instructions at the FP16 rate. No stored AMD document gives an MI325X INT8 figure: 2,614.9 TOPS is carried over from the MI300X table in the ROCm documentation because the blog shows the same matrix-core count and clock (an inference, not a quoted MI325X number). No FP4 on CDNA 3. The 1,000 W board power and the Infinity Fabric total (7 links × 128 GB/s, both directions combined = 896 GB/s) are from the AMD product page URL and were not read in a stored vendor copy. An earlier AMD roadmap promised 288 GB; the shipping part has 256 GB. Launch in October 2024 is from a third-party page; no AMD press release was available to us.",
    sources: [
      amdMlperfTrainingBlog,
      amdMatrixCoreBlog,
      amdRocmMi300Doc,
      amdRocmGpuSpecs,
      amdMi325xPage,
      thirdParty(
        'vultr-rocm-hardware-requirements',
        'Vultr Docs: ROCm inference cookbook, hardware requirements (MI300X and MI325X)',
        'https://docs.vultr.com/inference-cookbook/rocm/getting-started/hardware-requirements',
      ),
      thirdParty(
        'partofstyle-mi325x',
        'Part of Style: AMD details MI300X ahead of the MI325X launch planned for October 2024',
        'https://partofstyle.com/next-gen-chips-to-boast-320-cdna-3-compute-units-192-gb-hbm3-memory-with-a-288-gb-hbm3e-boost-on-the-horizon/',
      ),
    ],
    cite: {
      released: 'partofstyle-mi325x',
      memoryGB: 'amd-rocm-blog-mlperf-training-v5',
      memoryBandwidthGBs: 'amd-rocm-blog-mlperf-training-v5',
      bf16Tflops: 'amd-rocm-blog-matrix-cores',
      fp8Tflops: 'amd-rocm-blog-matrix-cores',
      int8Tops: 'amd-rocm-mi300-microarchitecture',
      tdpW: 'amd-mi325x-specs',
      scaleUp: 'amd-mi325x-specs',
    },
  },
  {
    id: 'mi355x',
    name: 'AMD Instinct MI355X',
    vendor: 'AMD',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2025,
    memoryGB: 288,
    memoryType: 'HBM3E',
    memoryBandwidthGBs: 8000,
    bf16Tflops: 2516.6,
    fp8Tflops: 5033.2,
    int8Tops: 5033.2,
    fp4Tflops: 10066.3,
    tdpW: 1400,
    scaleUp: { name: 'AMD Infinity Fabric (7 links)', GBs: 1075.2 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "CDNA 4, 256 CUs (ROCm GPU specification table). AMD's ROCm matrix-core blog lists MI355X matrix FP16 at 2.5 PF, FP8 at 5 PF and FP6/FP4 at 10 PF, all dense (AMD's sparse figures are double); BF16 runs at the FP16 rate. The stored 2,516.6, 5,033.2 and 10,066.3 TFLOPS are the unrounded results of that blog's own peak formula with 1,024 matrix cores at a 2,400 MHz peak engine clock; the core count and clock come from the CDNA 4 white paper, which we did not read in a stored copy (a third-party Hot Chips 2025 report gives the same 2.4 GHz). Capacity: AMD's own MLPerf Inference v6.0 submission lists the part as \"MI355X 288GB HBM3e\" (ROCm's GPU table shows 288 under a GiB label). Not read in a stored AMD copy, taken from the AMD product page URL and matching third-party reports (AI Wiki, Tom's Hardware): 8 TB/s bandwidth, INT8 5,033.2 TOPS, 1,400 W total board power (liquid-cooled; the air-cooled MI350X is 1,000 W), and the Infinity Fabric total of 7 links × 153.6 GB/s = 1,075.2 GB/s, both directions combined (per-link rate from a third-party analysis). Announced June 2025, generally available from Q3/Q4 2025 (third-party dates; AMD's blog describing the MI355X is dated 30 September 2025).",
    sources: [
      amdMatrixCoreBlog,
      mlperfAmdMi355x,
      amdRocmGpuSpecs,
      amdMi355xPage,
      aiwikiMi355x,
      thirdParty(
        'tomshardware-mi355x-1400w',
        "Tom's Hardware: AMD's Instinct MI355X accelerator will reportedly consume 1,400 watts (ISC 2025; 288 GB HBM3E at 8 TB/s)",
        'https://www.tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts',
      ),
    ],
    cite: {
      released: 'aiwiki-amd-mi355x',
      memoryGB: 'mlperf-inference-v6-0-amd-mi355x',
      memoryBandwidthGBs: 'amd-mi355x-specs',
      bf16Tflops: 'amd-rocm-blog-matrix-cores',
      fp8Tflops: 'amd-rocm-blog-matrix-cores',
      int8Tops: 'amd-mi355x-specs',
      fp4Tflops: 'amd-rocm-blog-matrix-cores',
      tdpW: 'amd-mi355x-specs',
      scaleUp: 'amd-mi355x-specs',
    },
  },
  // ----------------------------- Other accelerators -----------------------------
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
    memoryGB: 32,
    memoryType: 'HBM',
    memoryBandwidthGBs: 820,
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
      'Per chip (two NeuronCore-v2). AWS lists 190 TFLOPS for FP16/BF16/cFP8/TF32 alike, so fp8 equals bf16; 380 INT8 TOPS. Unit wording varies between Neuron doc versions: older pages say 32 GB and 820 GB/s, newer ones 32 GiB and 820 GiB/s; the numbers are stored as written. NeuronLink-v2 is listed as 192 GiB/s per device on the Inf2 instance table (direction not stated); only inf2.24xlarge and inf2.48xlarge have it. AWS publishes no chip power. Released 2023: Inf2 was previewed in late 2022 and the 2023 AWS blog post describes the instances as available.',
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
    memoryGB: 96,
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
      'Per chip (eight NeuronCore-v3). Dense peaks from the Neuron docs: 1,299 FP8 and 667 BF16/FP16/TF32 TFLOPS; AWS also lists 2,563 sparse TFLOPS, not used. Capacity is stated as 96 GiB (about 103 GB); stored as 96. Bandwidth 2.9 TB/s (one NKI guide version says 3 TB/s). No INT8 or FP4 peak is published, and no chip power. NeuronLink-v3 provides 1.28 TB/s per chip (direction not stated). Previewed November 2023; Trn2 instances generally available 3 December 2024 (third-party dates).',
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
  // ----------------------------- Google TPU (per chip) -----------------------------
  {
    id: 'tpu-v5e',
    name: 'Google Cloud TPU v5e',
    vendor: 'Google',
    kind: 'tpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2023,
    memoryGB: 16,
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
    memoryGB: 95,
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
    notes:
      "Per chip (two TensorCores). Google lists FP8 at the same 459 TFLOPS as BF16 (no FP8 speed-up on v5p). Capacity: newer pages say 95 GiB, older ones 95 GB; 95 stored. Bandwidth: 2,765 GB/s on most versions; one version says 2,575 GiBps. ICI: 1,200 GB/s bidirectional per chip on current pages; older pages say 4,800 Gbps (600 GB/s). The Google pages we read give no INT8 peak; 918 TOPS INT8 is from a third-party page that cites Google's announcement. No per-chip power published. Announced December 2023 with early access; generally available April 2024 (third-party dates).",
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
    memoryGB: 32,
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
    notes:
      "Per chip (one TensorCore). The v6e page gives 1,638 GB/s; Google's Trillium announcement and other summaries round to 1,640 GB/s. FP8 is listed at 918 TFLOPS, the same as BF16, in the TPU7x comparison table; INT8 1,836 TOPS. ICI 800 GB/s bidirectional per chip. No per-chip power published. Announced May 2024, generally available December 2024 (third-party dates).",
    sources: [googleTpuV6eDoc, googleTpu7xDoc, aiwikiTrillium],
    cite: {
      released: 'aiwiki-google-trillium',
      memoryGB: 'google-cloud-tpu-v6e',
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
    memoryGB: 192,
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
    notes:
      'Per chip (two TensorCores, dual chiplet). Google states capacity as 192 GiB (about 206 GB); stored as 192. Bandwidth 7,380 GB/s in the TPU7x table (launch coverage says 7.37 or 7.2 TB/s). FP8 4,614 and BF16 2,307 TFLOPS. ICI 1,200 GB/s bidirectional per chip. No INT8 peak and no per-chip power on the page. Announced April 2025 (third-party report of Google Cloud Next 2025); generally available later in 2025.',
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
  // ----------------------------- CPUs (per socket) -----------------------------
  {
    id: 'xeon-6980p',
    name: 'Intel Xeon 6980P (128 P-cores)',
    vendor: 'Intel',
    kind: 'cpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2024,
    memoryGB: 3072,
    memoryType: 'DDR5-6400 RDIMM (12 channels); MRDIMM-8800 also supported',
    memoryBandwidthGBs: 614.4,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: 500,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "Per socket. Bandwidth is the theoretical peak of 12 channels of DDR5-6400: 12 × 6,400 MT/s × 8 bytes = 614.4 GB/s. With MRDIMM-8800 the same arithmetic gives 844.8 GB/s; DDR5-6400 RDIMMs are stored because they are the common configuration and match the EPYC entries. memoryGB is the maximum memory per socket from Intel ARK (3 TB, taken as 3,072 GB); ARK was not read in a stored copy (the figure is from the ARK page URL), so treat it as less certain than the other fields. The cores have AMX (BF16/INT8 matrix units; stated from Intel's Xeon 6 product information, again not read in a stored vendor copy), but Intel publishes no TFLOPS peak per socket, so compute peaks are null rather than derived. UPI links join sockets; there is no accelerator-style scale-up link, so scaleUp is null. Cores, TDP and memory speeds cross-checked on a third-party review table (Hardwareluxx).",
    sources: [intelXeon6980pArk, hardwareluxxXeon6900p],
    cite: {
      released: 'hardwareluxx-xeon-6900p',
      memoryGB: 'intel-xeon-6980p-ark',
      memoryBandwidthGBs: 'hardwareluxx-xeon-6900p',
      tdpW: 'hardwareluxx-xeon-6900p',
    },
  },
  {
    id: 'epyc-9965',
    name: 'AMD EPYC 9965 (192 Zen 5c cores)',
    vendor: 'AMD',
    kind: 'cpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2024,
    memoryGB: 6144,
    memoryType: 'DDR5-6400 (12 channels)',
    memoryBandwidthGBs: 614.4,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: 500,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "Per socket. Bandwidth: 12 channels × 6,400 MT/s × 8 bytes = 614.4 GB/s (AMD rounds to 614 GB/s per socket). memoryGB is AMD's maximum of 6 TB per socket (6,144 GB). The 12 channels, DDR5-6400 speed, 6 TB capacity and 500 W are from the AMD product page URL and were not read in a stored vendor copy. Zen 5 supports AVX-512 including BF16 and VNNI, but AMD publishes no per-socket TFLOPS peak, so compute peaks are null. 500 W default TDP. Infinity Fabric links join sockets; no accelerator-style scale-up link, so scaleUp is null. Launched October 2024: AMD's document portal lists the EPYC 9005 toolchain tuning guide (58480) with release date 2024-10-10, read in a stored copy of its index page.",
    sources: [amdEpyc9965Page, amdEpyc9005Guide],
    cite: {
      released: 'amd-epyc-9005-toolchain-guide',
      memoryGB: 'amd-epyc-9965-specs',
      memoryBandwidthGBs: 'amd-epyc-9965-specs',
      tdpW: 'amd-epyc-9965-specs',
    },
  },
  {
    id: 'epyc-9654',
    name: 'AMD EPYC 9654 (96 Zen 4 cores)',
    vendor: 'AMD',
    kind: 'cpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2022,
    memoryGB: 6144,
    memoryType: 'DDR5-4800 (12 channels)',
    memoryBandwidthGBs: 460.8,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: 360,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "Per socket. Bandwidth: 12 channels × 4,800 MT/s × 8 bytes = 460.8 GB/s. memoryGB is AMD's maximum of 6 TB per socket (6,144 GB). The 12 channels, DDR5-4800 speed, 6 TB capacity, 360 W and the launch date are from the AMD product page URL and were not read in a stored vendor copy. Zen 4 has AVX-512 with BF16, but AMD publishes no per-socket TFLOPS peak, so compute peaks are null. 360 W default TDP. No accelerator-style scale-up link, so scaleUp is null. Launched November 2022.",
    sources: [amdEpyc9654Page],
    cite: {
      released: 'amd-epyc-9654-specs',
      memoryGB: 'amd-epyc-9654-specs',
      memoryBandwidthGBs: 'amd-epyc-9654-specs',
      tdpW: 'amd-epyc-9654-specs',
    },
  },
  // ----------------------------- Edge -----------------------------
  {
    id: 'apple-m4-max-40c',
    name: 'Apple M4 Max (16-core CPU, 40-core GPU)',
    vendor: 'Apple',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2024,
    memoryGB: 128,
    memoryType: 'LPDDR5X unified memory',
    memoryBandwidthGBs: 546,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      'A system-on-chip; listed as a GPU because LLM runtimes on the Mac run on its integrated GPU. 128 GB is the largest unified-memory option and 546 GB/s applies to the top configuration (the binned 14-core CPU / 32-core GPU version has less). Apple states the 16-core Neural Engine does 38 trillion operations per second without naming the precision, and it is a separate block from the GPU; we do not store it as int8Tops. Apple publishes no GPU TFLOPS peak and no TDP, so compute and power are null. No chip-to-chip link. Announced 30 October 2024.',
    sources: [appleM4MaxNews, macrumorsM4Max],
    cite: {
      released: 'apple-m4-pro-m4-max-newsroom',
      memoryGB: 'apple-m4-pro-m4-max-newsroom',
      memoryBandwidthGBs: 'apple-m4-pro-m4-max-newsroom',
    },
  },
  {
    id: 'jetson-agx-orin-64gb',
    name: 'NVIDIA Jetson AGX Orin 64GB',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2022,
    memoryGB: 64,
    memoryType: 'LPDDR5 (shared CPU/GPU)',
    memoryBandwidthGBs: 204.8,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: 137.5,
    fp4Tflops: null,
    tdpW: 60,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "Module with an Ampere GPU, Arm CPUs and two deep-learning accelerators (DLAs). NVIDIA's 275 TOPS is sparse INT8 summed over the GPU and both DLAs; dense = 137.5 TOPS, of which the GPU alone is 85 (170 sparse). No BF16 tensor peak is published, and Ampere has no FP8/FP4. Power is configurable from 15 W to 60 W; 60 W is stored. No chip-to-chip link. Released 2022. Where these figures come from: NVIDIA's Jetson Orin page URL, not read in a stored vendor copy (NVIDIA's Jetson developer-kit docs we could read do not list them). The 275 TOPS, 64 GB LPDDR5 at 204.8 GB/s and 15–60 W were checked only against third-party copies, including Fixstars' blog, which calls the 275 figure sparse INT8; the 85/170 TOPS GPU-only split could not be re-checked at all.",
    sources: [nvidiaJetsonOrinPage, fixstarsJetson],
    cite: {
      released: 'fixstars-jetson-orin-vs-thor',
      memoryGB: 'nvidia-jetson-orin-specs',
      memoryBandwidthGBs: 'nvidia-jetson-orin-specs',
      int8Tops: 'nvidia-jetson-orin-specs',
      tdpW: 'nvidia-jetson-orin-specs',
    },
  },
  {
    id: 'jetson-agx-thor',
    name: 'NVIDIA Jetson AGX Thor (T5000)',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2025,
    memoryGB: 128,
    memoryType: 'LPDDR5X (shared CPU/GPU)',
    memoryBandwidthGBs: 273,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: 1035,
    tdpW: 130,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "Module with a Blackwell GPU. NVIDIA headlines 2,070 FP4 TFLOPS with sparsity; dense = 1,035. Other precisions are not given on the pages we read, so they are null. Power is configurable from 40 W to 130 W; 130 W is stored. No chip-to-chip link. The 2,070 sparse FP4 TFLOPS, 128 GB LPDDR5X at 273 GB/s and 40–130 W are from NVIDIA's Jetson Thor page URL, not read in a stored vendor copy (the Jetson AGX Thor developer-kit user guide we could read does not list them); they were checked only against third-party copies. Developer kit and T5000 module generally available August 2025 (date from a third-party article).",
    sources: [nvidiaJetsonThorPage, fixstarsJetson],
    cite: {
      released: 'fixstars-jetson-orin-vs-thor',
      memoryGB: 'nvidia-jetson-thor-specs',
      memoryBandwidthGBs: 'nvidia-jetson-thor-specs',
      fp4Tflops: 'nvidia-jetson-thor-specs',
      tdpW: 'nvidia-jetson-thor-specs',
    },
  },
]);

/** Public id of a catalogue device (part of the site's URL contract). */
export type DeviceId = (typeof deviceList)[number]['id'];

/**
 * Old public ids that keep working in links and URLs, each pointing at the id that replaced it.
 * `apple-m4-max` named the 40-core-GPU part before Apple chips were keyed by GPU-core bin.
 */
export const deviceAliases = {
  'apple-m4-max': 'apple-m4-max-40c',
} as const satisfies Record<string, DeviceId>;

export const catalogue: Catalogue = {
  schemaVersion: 2,
  updated: REVIEWED,
  devices: deviceList,
  aliases: deviceAliases,
};

/** Every device in the catalogue (the same array as catalogue.devices). */
export const devices: readonly Device[] = deviceList;

const deviceIds: ReadonlySet<string> = new Set(deviceList.map((device) => device.id));
const aliasTargets: Readonly<Record<string, DeviceId>> = deviceAliases;

/** True when `id` is the id of a catalogue device (aliases are not ids). */
export function isDeviceId(id: string): id is DeviceId {
  return deviceIds.has(id);
}

/** The catalogue id that `id` names, following an alias; undefined for an unknown id. */
export function resolveDeviceId(id: string): DeviceId | undefined {
  if (isDeviceId(id)) return id;
  return Object.hasOwn(aliasTargets, id) ? aliasTargets[id] : undefined;
}

/** The device with this public id or alias, or undefined. */
export function findDevice(id: string): Device | undefined {
  const resolved = resolveDeviceId(id);
  return resolved === undefined ? undefined : devices.find((device) => device.id === resolved);
}
