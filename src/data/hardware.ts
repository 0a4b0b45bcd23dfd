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

/**
 * A vendor page whose figures we could not read in any stored copy: kept so the origin is known,
 * and labelled "unverified" wherever a figure cites it.
 */
function unread(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: REVIEWED, unverified: true };
}

/** A third-party document (review, wiki, reseller, news): figures citing it are labelled on the page. */
function thirdParty(id: string, title: string, url: string, accessed = ACCESSED): Source {
  return { id, title, url, accessed, secondary: true };
}

// ---------------------------------------------------------------------------
// Sources shared by several devices. Vendor documents first; third-party pages
// only where no vendor copy was available to us, and the notes say so.
// ---------------------------------------------------------------------------

const nvidiaA100Datasheet = unread(
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
const nvidiaRtx5090Page = unread(
  'nvidia-rtx-5090-specs',
  'NVIDIA GeForce RTX 5090: specifications',
  'https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5090/',
);
const nvidiaJetsonOrinPage = unread(
  'nvidia-jetson-orin-specs',
  'NVIDIA Jetson AGX Orin: technical specifications',
  'https://www.nvidia.com/en-us/autonomous-machines/embedded-systems/jetson-orin/',
);
const nvidiaJetsonThorPage = unread(
  'nvidia-jetson-thor-specs',
  'NVIDIA Jetson Thor: technical specifications',
  'https://www.nvidia.com/en-us/autonomous-machines/embedded-systems/jetson-thor/',
);

const amdMi300xPage = unread(
  'amd-mi300x-specs',
  'AMD Instinct MI300X accelerator: specifications',
  'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html',
);
const amdMi325xPage = unread(
  'amd-mi325x-specs',
  'AMD Instinct MI325X accelerator: specifications',
  'https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html',
);
const amdMi355xPage = unread(
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
const amdEpyc9965Page = unread(
  'amd-epyc-9965-specs',
  'AMD EPYC 9965: specifications',
  'https://www.amd.com/en/products/processors/server/epyc/9005-series/amd-epyc-9965.html',
);
const amdEpyc9005Guide = source(
  'amd-epyc-9005-toolchain-guide',
  'AMD EPYC 9005 High Performance Toolchain tuning guide (document 58480, release date 2024-10-10)',
  'https://docs.amd.com/v/u/en-US/58480_amd-epyc-9005-tg-high-perf-toolchain',
);
const amdEpyc9654Page = unread(
  'amd-epyc-9654-specs',
  'AMD EPYC 9654: specifications',
  'https://www.amd.com/en/products/processors/server/epyc/4th-generation-9004-and-8004-series/amd-epyc-9654.html',
);

const intelGaudi3HotChips = source(
  'intel-gaudi3-hot-chips-2024',
  'Intel Gaudi 3 AI Accelerator: Architected for Gen AI Training and Inference (Intel, Hot Chips 2024; copy hosted by sgpjbg.com)',
  'https://www.sgpjbg.com/baogao/465025.html',
);
const intelXeon6980pArk = unread(
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

// NVIDIA's own MLPerf Inference system descriptions (submitter NVIDIA), read in the
// mlcommons/inference_results repositories: per-accelerator memory, links and board power.
const mlperfNvidiaDgxA100 = source(
  'mlperf-v3-0-nvidia-dgx-a100',
  'MLCommons MLPerf Inference v3.0, NVIDIA system description DGX A100 (8x A100-SXM-80GB): 80 GB HBM2e per accelerator',
  'https://github.com/mlcommons/inference_results_v3.0/blob/main/closed/NVIDIA/systems/DGX-A100_A100-SXM-80GBx8_TRT.json',
  REVIEWED,
);
const mlperfNvidiaDgxH100 = source(
  'mlperf-v4-1-nvidia-dgx-h100',
  'MLCommons MLPerf Inference v4.1, NVIDIA system description DGX H100 (8x H100-SXM-80GB): 80 GB HBM3, 18x 4th-gen NVLink 900 GB/s, host PCIe Gen5 x16',
  'https://github.com/mlcommons/inference_results_v4.1/blob/main/closed/NVIDIA/systems/DGX-H100_H100-SXM-80GBx8_TRT.json',
  REVIEWED,
);
const mlperfNvidiaH100Pcie = source(
  'mlperf-v3-1-nvidia-h100-pcie',
  'MLCommons MLPerf Inference v3.1, NVIDIA system description Gigabyte G482-Z54 (8x H100-PCIe-80GB): 80 GB HBM2e, host link reported as PCIe Gen4 x16 in that EPYC 7742 server',
  'https://github.com/mlcommons/inference_results_v3.1/blob/main/closed/NVIDIA/systems/H100-PCIe-80GBx8_TRT.json',
  REVIEWED,
);
const mlperfNvidiaH200 = source(
  'mlperf-v4-1-nvidia-h200',
  'MLCommons MLPerf Inference v4.1, NVIDIA system description H200 (8x H200-SXM-141GB): 141 GB HBM3e, 900 GB/s NVLink, host PCIe Gen5 x16, "H200 TGP 700W"',
  'https://github.com/mlcommons/inference_results_v4.1/blob/main/closed/NVIDIA/systems/H200-SXM-141GBx8_TRT.json',
  REVIEWED,
);
const mlperfNvidiaB200 = source(
  'mlperf-v4-1-nvidia-b200',
  'MLCommons MLPerf Inference v4.1, NVIDIA system description B200 (1x B200-SXM-180GB): 180 GB HBM3e, host PCIe Gen5 x16, "B200 TGP 1000W"',
  'https://github.com/mlcommons/inference_results_v4.1/blob/main/closed/NVIDIA/systems/B200-SXM-180GBx1_TRT.json',
  REVIEWED,
);
const mlperfNvidiaL4 = source(
  'mlperf-v3-1-nvidia-l4',
  'MLCommons MLPerf Inference v3.1, NVIDIA system description ASRock Rack 1U1G-MILAN (1x L4): 24 GB GDDR6, host PCIe Gen4 x16',
  'https://github.com/mlcommons/inference_results_v3.1/blob/main/closed/NVIDIA/systems/L4x1_TRT.json',
  REVIEWED,
);
const mlperfNvidiaOrin = source(
  'mlperf-v4-1-nvidia-jetson-agx-orin',
  'MLCommons MLPerf Inference v4.1, NVIDIA system description Jetson AGX Orin Developer Kit 64G: 64 GB 256-bit LPDDR5 shared with the host',
  'https://github.com/mlcommons/inference_results_v4.1/blob/main/closed/NVIDIA/systems/Orin_TRT.json',
  REVIEWED,
);
const mlperfCrusoeGb200 = thirdParty(
  'mlperf-v6-1-crusoe-gb200',
  'MLCommons MLPerf Inference v6.1, Crusoe system description GB200 NVL72 (accelerator "NVIDIA GB200", 186 GB HBM3e, host interconnect NVLink-C2C)',
  'https://raw.githubusercontent.com/mlcommons/inference_results_v6.1/main/closed/Crusoe/systems/GB200-NVL72_GB200-186GB_aarch64x16_Dynamo.json',
  REVIEWED,
);
const pc2A100 = thirdParty(
  'paderborn-pc2-a100',
  'Paderborn Center for Parallel Computing documentation: NVIDIA A100 40GB with NVLink (BF16 312 / 624* TFLOPS, INT8 624 / 1,248* TOPS, * with sparsity; 400 W TDP)',
  'https://upb-pc2.atlassian.net/wiki/spaces/PC2DOK/pages/1900609/NVIDIA+A100+40GB+with+NVLINK',
  REVIEWED,
);
const cloudAtlasA100 = thirdParty(
  'cloud-atlas-a100',
  'huataihuang/cloud-atlas on GitHub: NVIDIA A100 notes (SXM 80 GB at 2,039 GB/s; PCIe 1,555 GB/s)',
  'https://github.com/huataihuang/cloud-atlas/blob/master/source/machine_learning/hardware/nvidia_gpu/nvidia_a100.rst',
  REVIEWED,
);
const llmperfA100 = thirdParty(
  'llmperf-a100',
  'LLMPerf: NVIDIA A100 series summary (SXM4 modules use NVLink 3.0 at 600 GB/s)',
  'https://llmperf.net/categories/gpu/Nvidia-A100-GPUs',
  REVIEWED,
);
const hfJetsonT5000 = thirdParty(
  'huggingface-hardware-jetson-t5000',
  'Hugging Face hardware page: Jetson T5000 (128 GB, 130 W, released 2025)',
  'https://huggingface.co/hardware/jetson-t5000',
  REVIEWED,
);
const registerMi355x = thirdParty(
  'theregister-mi355x',
  "The Register (12 June 2025): AMD's MI355X is a 1.4 kW liquid-cooled part with 288 GB of HBM3E at 8 TB/s; the MI350X trades about 8 % of peak for 1 kW",
  'https://www.theregister.com/2025/06/12/amd_mi355x/',
  REVIEWED,
);

const warehackSpark = thirdParty(
  'warehack-dgx-spark-hardware',
  'dgx-spark.warehack.ing: DGX Spark hardware at a glance (GB10, 6,144 CUDA cores, up to 1 petaFLOP FP4 theoretical with sparsity, 128 GB LPDDR5X)',
  'https://dgx-spark.warehack.ing/hardware/',
  REVIEWED,
);
const meterpreterGb10 = thirdParty(
  'meterpreter-gb10-hot-chips',
  'Meterpreter: NVIDIA GB10 at Hot Chips 2025 (1 PF FP4 with sparsity, about 31 TFLOPS FP32, 140 W TDP, LPDDR5x at 9,400 MT/s, 273 to 301 GB/s)',
  'https://meterpreter.org/a-supercomputer-on-your-desk-nvidia-unveils-the-dgx-spark-ai-superchip',
  REVIEWED,
);
const learnaiThor = thirdParty(
  'learnaivisually-jetson-thor',
  'Learn AI Visually: Jetson Thor (up to 2,070 FP4 TFLOPS at a configurable 40–130 W)',
  'https://learnaivisually.com/ai-explained/jetson-thor-edge-blackwell',
  REVIEWED,
);
const nvForumThorPower = thirdParty(
  'nvidia-forum-thor-module-power',
  'NVIDIA Developer Forums: Jetson Thor T5000 power question quoting the Jetson Thor Series Modules Data Sheet (Total Module Power 130 W at MAXN)',
  'https://forums.developer.nvidia.com/t/inquiry-regarding-standalone-soc-power-consumption-for-jetson-thor-t5000-vs-module-tdp/357535',
  REVIEWED,
);

// ---------------------------------------------------------------------------
// Sources added in the December 2026 review (read on REVIEWED). Vendor documents
// first, then third-party pages, which the page labels as such.
// ---------------------------------------------------------------------------

const awsTrainium3Doc = source(
  'aws-neuron-trainium3-arch',
  'AWS Neuron documentation: Trainium3 architecture (page source, Neuron 2.29.1, modified 2025-12-02)',
  'https://awsdocs-neuron.readthedocs-hosted.com/en/v2.29.1/_sources/about-neuron/arch/neuron-hardware/trainium3.rst',
  REVIEWED,
);
const appleM2UltraNews = source(
  'apple-m2-ultra-newsroom',
  'Apple Newsroom: Apple introduces M2 Ultra (5 June 2023)',
  'https://www.apple.com/pt/newsroom/2023/06/apple-introduces-m2-ultra/',
  REVIEWED,
);
const amdVgmBlog = source(
  'amd-blog-variable-graphics-memory',
  'AMD blog: FAQs, AMD Variable Graphics Memory, VRAM, AI model sizes, quantization, MCP and more (29 July 2025; Ryzen AI Max+ 395 with 128 GB and 96 GB of Variable Graphics Memory)',
  'https://www.amd.com/en/blogs/2025/faqs-amd-variable-graphics-memory-vram-ai-model-sizes-quantization-mcp-more.html',
  REVIEWED,
);
const mlperfAmdMi350x = source(
  'mlperf-inference-v6-1-amd-mi350x',
  'MLCommons MLPerf Inference v6.1 results summary: AMD-submitted 8xMI350X_2xEPYC_9575F (accelerator "AMD Instinct MI350X 288GB HBM3e")',
  'https://raw.githubusercontent.com/mlcommons/inference_results_v6.1/main/summary.json',
  REVIEWED,
);

const storagereviewTurin = thirdParty(
  'storagereview-epyc-turin',
  'StorageReview: AMD EPYC Turin review, 192 cores of Zen 5 (AMD SKU table: cores, base/boost GHz, TDP, L3; 12-channel DDR5-6400; full 512-bit AVX-512 data path)',
  'https://www.storagereview.com/fr/review/amd-epyc-turin-review-192-cores-of-zen-5',
  REVIEWED,
);
const wikipediaAmx = thirdParty(
  'wikipedia-amx',
  'Advanced Matrix Extensions (Wikipedia article, copy at artikel.siakadpt.com): 4th Gen Xeon performs 2,048 INT8 or 1,024 BF16 operations per cycle per core, citing Intel',
  'https://artikel.siakadpt.com/en/Advanced_Matrix_Extensions',
  REVIEWED,
);
const numberworldZen5 = thirdParty(
  'numberworld-zen5-avx512',
  'Alexander J. Yee, "Zen5\'s AVX512 Teardown" (numberworld.org, 2024): native 512-bit AVX-512 execution on Zen 5, double-pumped 256-bit on Zen 4',
  'https://www.numberworld.org/blogs/2024_8_7_zen5_avx512_teardown/',
  REVIEWED,
);
const hardwareluxxXeonTable = thirdParty(
  'hardwareluxx-xeon-6900p-table',
  'Hardwareluxx: Intels Comeback, Granite Rapids mit 96 Kernen im Test (Xeon 6900P SKU table: 6980P 128 cores, 2.0/3.9 GHz, 3.2 GHz all-core boost, 500 W, DDR5-6400, MRDIMM-8800)',
  'https://www.hardwareluxx.de/index.php/artikel/hardware/prozessoren/64561-intels-comeback-granite-rapids-mit-96-kernen-im-test.html',
  REVIEWED,
);
const techpowerupGraniteRapids = thirdParty(
  'techpowerup-granite-rapids-ucc',
  'TechPowerUp: Intel Granite Rapids-UCC powering Xeon 6 6980P detailed (AMX-FP16; two SoC tiles with 48 PCIe Gen5 lanes each, 96 in all; 25 September 2024)',
  'https://techpowerup.com/326957/intel-granite-rapids-ucc-powering-xeon-6-6980p-detailed-up-to-132-cores-possible',
  REVIEWED,
);
const klockwoodB300 = thirdParty(
  'glennklockwood-b300',
  'Glenn K. Lockwood, "B300" (processor notes: 288 GB HBM3e, 8 TB/s, PCIe Gen6 host link, HGX B300 dense and sparse peaks)',
  'https://glennklockwood.com/garden/processors/B300',
  REVIEWED,
);
const fibermallHgxB300 = thirdParty(
  'fibermall-hgx-b300',
  'FiberMall: NVIDIA HGX B300 NVL16 specification table (8-GPU totals quoted from NVIDIA: FP4 sparse/dense, FP8, INT8, BF16, memory up to 2.3 TB)',
  'https://fibermall.com/blog/?p=17161',
  REVIEWED,
);
const verdaGb300 = thirdParty(
  'verda-gb300-nvl72',
  'Verda (DataCrunch) blog: NVIDIA GB300 NVL72, GPU architecture and performance (per-GPU dense peaks, memory, bandwidth and maximum TDP for GB300, GB200, B300 and B200)',
  'https://verda.com/blog/gb300-nvl72-architecture',
  REVIEWED,
);
const vendordeepGb300 = thirdParty(
  'vendordeep-gb300-nvl72',
  "VendorDeep: NVIDIA Blackwell Ultra GB300 NVL72 summary of NVIDIA's specifications (FP4 1,440 PF sparse / 1,080 PF dense, FP8 720 PF, INT8 24 POPS, 20 TB HBM3e at 576 TB/s, NVLink 130 TB/s)",
  'https://vendordeep.com/report/nvidia-launches-blackwell-ultra-gb300',
  REVIEWED,
);
const aiwikiGb300 = thirdParty(
  'aiwiki-nvidia-gb300-nvl72',
  'AI Wiki: NVIDIA GB300 NVL72 (announced 18 March 2025 at GTC; first production rack delivered July 2025)',
  'https://aiwiki.ai/wiki/nvidia_gb300_nvl72',
  REVIEWED,
);
const aiwikiDgxB300 = thirdParty(
  'aiwiki-nvidia-dgx-b300',
  'AI Wiki: NVIDIA DGX B300 (announced at GTC in March 2025; 8 B300 GPUs, 2.3 TB HBM3e; shipping from January 2026)',
  'https://aiwiki.ai/wiki/nvidia_dgx_b300',
  REVIEWED,
);
const hardwareCornerRtxPro6000 = thirdParty(
  'hardware-corner-rtx-pro-6000',
  'Hardware Corner: RTX 5090 vs RTX PRO 6000 spec comparison (GB202, 24,064 CUDA cores, 96 GB GDDR7 ECC on 512 bits at 1,792 GB/s, 600 W; 21 March 2025)',
  'https://hardware-corner.net/rtx-5090-vs-rtx-pro-6000-spec-comparison-20250321',
  REVIEWED,
);
const gpunameRtxPro6000 = thirdParty(
  'gpuname-rtx-pro-6000',
  'gpu.name: NVIDIA unveils RTX PRO 6000 Blackwell (summary of VideoCardz: 96 GB, 1,792 GB/s, 600 W, PCIe Gen 5; Workstation, Max-Q and Server editions; distribution from April 2025)',
  'https://gpu.name/posts/nvidia-unveils-rtx-pro-6000-blackwell-gpu-with-24-064-cores-and-96gb-memory',
  REVIEWED,
);
const topcpuRtxPro6000 = thirdParty(
  'topcpu-rtx-pro-6000',
  'TopCPU: NVIDIA presents the RTX PRO 6000 at GTC 2025 (188 SMs, 752 Tensor Cores, 125 TFLOPS FP32, "4,000 AI TOPS" at FP4)',
  'https://www.topcpu.net/es/news/nvidia-launches-96gb-rtx-5090-model-with-a-whopping-price-tag-of-10000',
  REVIEWED,
);
const pizetaRtxPro6000Smi = thirdParty(
  'pizeta-rtx-pro-6000-nvidia-smi',
  'MarcoPizeta/flash-next-rtxpro6000-bench on GitHub: HARDWARE.md nvidia-smi snapshot of an RTX PRO 6000 Blackwell Workstation Edition (97,887 MiB, 600 W limit, PCIe gen 5 x16)',
  'https://github.com/MarcoPizeta/flash-next-rtxpro6000-bench/blob/main/HARDWARE.md',
  REVIEWED,
);
const holynerdvanaRtx3090 = thirdParty(
  'tomshardware-rtx-3090-specs-copy',
  "Nvidia GeForce RTX 3090 specifications (copy of Tom's Hardware's table: 24 GB GDDR6X, 936 GB/s, 350 W, FP16 tensor 142 TFLOPS dense / 285 sparse, launched 24 September 2020)",
  'https://holynerdvana.blogspot.com/2022/10/nvidia-geforce-rtx-3090-specifications.html',
  REVIEWED,
);
const alldbinRtx3090 = thirdParty(
  'alldbin-rtx-3090',
  'alldbin: GeForce RTX 3090 specification comparison (PCIe 4.0 x16, 936.2 GB/s, 350 W)',
  'https://cpu-gpu.alldbin.com/graphics-card-comparison/GeForce-RTX-3090-and-GeForce-RTX-3050-6GB-mobile-comparison.html',
  REVIEWED,
);
const exolabsSparkHandbook = thirdParty(
  'exolabs-dgx-spark-handbook',
  'EXO Labs on Hugging Face: The DGX Spark Handbook (128 GB at 273 GB/s; about 95 W when serving)',
  'https://huggingface.co/blog/exolabs/the-dgx-spark-handbook',
  REVIEWED,
);
const sparkfitPypi = thirdParty(
  'sparkfit-pypi',
  'sparkfit on PyPI: LLM memory planner for the DGX Spark (128 GB unified memory, 273 GB/s shared by CPU and GPU, part of the pool left to the Grace CPU and OS)',
  'https://pypi.org/project/sparkfit/',
  REVIEWED,
);
const hfGb10 = thirdParty(
  'huggingface-hardware-gb10',
  'Hugging Face hardware page: DGX Spark GB10 (128 GB, 140 W, released 2025)',
  'https://huggingface.co/hardware/gb10',
  REVIEWED,
);
const jaredwatkinsMi350 = thirdParty(
  'jaredwatkins-mi350-series',
  'Jared Watkins, AMD Instinct MI350 Series research note (288 GB HBM3e, 8 TB/s; MI350X and MI355X; shipping 2H 2025)',
  'https://www.jaredwatkins.com/research/ai-accelerators/amd-instinct/mi350-series/',
  REVIEWED,
);
const wccftechMi350 = thirdParty(
  'wccftech-mi350-hot-chips',
  'Wccftech: AMD Instinct MI350 at Hot Chips 2025 (MI350X air-cooled, 1,000 W TBP, 2.2 GHz peak clock; MI355X 1,400 W, 2.4 GHz)',
  'https://wccftech.com/amd-instinct-mi350-gpuai-hardware-powerhouse-3nm-3d-chiplet-cdna-4-185-billion-transistors-1400w-tbp-over-4000b-llm-support//amp/',
  REVIEWED,
);
const svethardwareStrixHalo = thirdParty(
  'svethardware-ryzen-ai-max',
  'SvetHardware: AMD presents Ryzen AI Max (Strix Halo): 16 Zen 5 cores, Radeon 8060S with 40 CUs at 2.9 GHz, 256-bit LPDDR5X-8000 at 256 GB/s, 50 TOPS NPU, 55 W default TDP (45–120 W)',
  'https://www.svethardware.cz/amd-predstavuje-ryzen-ai-max-strix-halo-s-az-16-jadry-a-gpu-se-40-cu/61477',
  REVIEWED,
);
const frameworkStrixHalo = thirdParty(
  'framework-ryzen-ai-max-deep-dive',
  'Framework Community: Framework Desktop deep dive, Ryzen AI Max (16 Zen 5 cores with AVX-512, 40-CU RDNA 3.5 GPU, 256-bit LPDDR5x, up to 128 GB)',
  'https://community.frame.work/t/framework-desktop-deep-dive-ryzen-ai-max/66002',
  REVIEWED,
);
const techpowerupM3Ultra = thirdParty(
  'techpowerup-m3-ultra-mac-studio',
  'TechPowerUp: Apple unleashes new Mac Studio with M3 Ultra and M4 Max (M3 Ultra: 32 CPU cores, 80 GPU cores, up to 512 GB at 819 GB/s)',
  'https://techpowerup.com/news-tags/Mac%20Studio',
  REVIEWED,
);
const inforeaderMacTable = thirdParty(
  'arstechnica-ultra-table-copy',
  'Ars Technica table via Inforeader: M3 Ultra 60/80-core GPU, M2 Ultra 76-core and M1 Ultra memory options and 819.2 GB/s bandwidth',
  'https://inforeader.com/i/?a=reader&rid=67c916097fa95&search=%23m3%2Bultra',
  REVIEWED,
);
const anandtechM3 = thirdParty(
  'anandtech-m3-family',
  'AnandTech (Ryan Smith, 31 October 2023): Apple announces M3 SoC family, M3, M3 Pro and M3 Max (copy at pcextreme.com.br; per-bin memory bus and bandwidth table)',
  'https://pcextreme.com.br/apple-announces-m3-soc-family-m3-m3-pro-and-m3-max-make-their-marks/',
  REVIEWED,
);
const m4ProMaxJapan = thirdParty(
  'itmedia-m4-macbook-pro-copy',
  'ITmedia report on the M4 MacBook Pro (copy in the Yinxing/LLM_Dataset on Hugging Face): M4 Max 14-core CPU / 32-core GPU only with 36 GB, 16-core / 40-core up to 128 GB',
  'https://huggingface.co/datasets/Yinxing/LLM_Dataset/blob/main/MacPro.txt',
  REVIEWED,
);
const decoderM5 = thirdParty(
  'the-decoder-apple-m5',
  "The Decoder: Apple's M5 chip (10-core GPU with a Neural Accelerator per core, 16-core Neural Engine, 153 GB/s, up to 32 GB)",
  'https://the-decoder.com/apples-m5-chip-brings-faster-ai-to-macbook-ipad-and-vision-pro/',
  REVIEWED,
);
const dailyM5 = thirdParty(
  'vasudev-apple-m5-report',
  'Vasudev G M: Apple releases Apple Silicon M5 (15 October 2025; 153 GB/s unified memory, up to 32 GB)',
  'https://vasudev-gm.github.io/2025/10/15/apple-releases-apple-silicon-m5',
  REVIEWED,
);
const morningM5ProMax = thirdParty(
  'morningoverview-m5-pro-max',
  "Morning Overview: Apple's new M5 Pro and M5 Max chips (M5 Pro up to 64 GB at 307 GB/s, M5 Max up to 128 GB at 614 GB/s, up to a 40-core GPU)",
  'https://morningoverview.com/apples-new-m5-pro-m5-max-chips-promise-insane-pro-performance',
  REVIEWED,
);
const pepelacM5ProMax = thirdParty(
  'pepelac-m5-pro-max',
  'Pepelac News: Apple unveils M5 Pro and M5 Max (18-core CPU; GPU up to 20 cores on M5 Pro and 40 on M5 Max; 64 GB at 307 GB/s and 128 GB at 614 GB/s)',
  'https://pepelac.news/en/posts/id30875-apple-m5-pro-and-m5-max-processors-unveiled-for-macbook-pro-laptops',
  REVIEWED,
);
const sfnewsM5ProMax = thirdParty(
  'sfnews-m5-pro-max',
  'San Francisco News: MacBook Pro M5 Pro and M5 Max introduced on 3 March 2026 via Apple Newsroom (up to 128 GB, 614 GB/s)',
  'https://sfnews.us/apple-macbook-pro-m5-pro-max-2026-what-changes',
  REVIEWED,
);
const inewsA19 = thirdParty(
  'zoombangla-a19-pro-specs',
  'Zoom Bangla News: A19 Pro vs A19 specifications leak (A19 Pro LPDDR5X-9600, 75.8 GB/s; 6-core GPU in iPhone 17 Pro)',
  'https://inews.zoombangla.com/a19-pro-vs-a19-specs',
  REVIEWED,
);
const macnerdA19 = thirdParty(
  'macnerd-a19-socs',
  'MacNerd: Inside the A19 and A19 Pro SoCs (6-core GPU with Neural Accelerators, 16-core Neural Engine, 12 GB RAM; September 2025)',
  'https://macnerd.xyz/a19-pro-benchmarks-the-future-of-apples-ai-hardware-part-3',
  REVIEWED,
);
const lowyatSnapdragon = thirdParty(
  'lowyat-snapdragon-8-elite-gen5',
  'Lowyat.NET: Qualcomm Snapdragon 8 Elite Gen 5 (up to 24 GB LPDDR5x at 5,300 MHz; Qualcomm does not state NPU TOPS; September 2025)',
  'https://www.lowyat.net/2025/366994/qualcomm-snapdragon-8-elite-gen-5',
  REVIEWED,
);
const cputronicSnapdragon = thirdParty(
  'cputronic-snapdragon-8-elite-gen5',
  'CPUTronic: Snapdragon 8 Elite Gen 5 (Hexagon NPU with INT2/INT4/INT8/INT16/FP8/FP16; 37 % faster than the 8 Elite)',
  'https://cputronic.com/soc/qualcomm-snapdragon-8-elite-gen-5',
  REVIEWED,
);

// Evidence for the default GPU share of unified memory on Macs. Apple documents
// MTLDevice.recommendedMaxWorkingSetSize but not the rule behind it; these threads measure it.
const llamaCppPython687 = thirdParty(
  'llama-cpp-python-687',
  'abetlen/llama-cpp-python issue 687: log of a 16 GB M1 Mac, recommendedMaxWorkingSetSize = 10,922.67 MB (two thirds)',
  'https://github.com/abetlen/llama-cpp-python/issues/687',
  REVIEWED,
);
const ollama8331 = thirdParty(
  'ollama-8331',
  'ollama/ollama issue 8331: Mac mini M4 Pro with 64 GB, Metal offload reports memory.available = 48.0 GiB (three quarters)',
  'https://github.com/ollama/ollama/issues/8331',
  REVIEWED,
);
const gpustack1375 = thirdParty(
  'gpustack-1375',
  'gpustack/gpustack issue 1375: macOS recommended max working set is 75 % of total RAM; raise it with sysctl iogpu.wired_limit_mb',
  'https://github.com/gpustack/gpustack/issues/1375',
  REVIEWED,
);
const ds4WorkingSet = thirdParty(
  'antirez-ds4-893',
  'antirez/ds4 pull request 893: recommendedMaxWorkingSetSize measured at 107.52 GiB on two 128 GiB Macs (M3 Max and M5 Max, macOS 26), 112 GiB after iogpu.wired_limit_mb = 114688',
  'https://github.com/antirez/ds4/pull/893',
  REVIEWED,
);
const macUsableSources = [llamaCppPython687, ollama8331, gpustack1375, ds4WorkingSet];

const vivibuddyApple = thirdParty(
  'vivi-buddy-apple-silicon',
  'sterlenjohnson/ViVi-Buddy on GitHub: research/hardware/apple_silicon.md (M3 Max 300–400 GB/s by bin; M1 Max 64 GB at 400 GB/s; November 2025)',
  'https://github.com/sterlenjohnson/ViVi-Buddy/blob/main/research/hardware/apple_silicon.md',
  REVIEWED,
);
const vokturzM3Max = thirdParty(
  'huggingface-can-it-run-m3-max-30c',
  'Hugging Face discussion (Vokturz/can-it-run-llm #11): M3 Max with 14-core CPU, 30-core GPU and 36 GB unified memory',
  'https://huggingface.co/spaces/Vokturz/can-it-run-llm/discussions/11',
  REVIEWED,
);
const mybroadbandM1Max = thirdParty(
  'mybroadband-m1-pro-max',
  "MyBroadband (18 October 2021), quoting Apple's announcement: M1 Max delivers up to 400 GB/s and supports up to 64 GB of unified memory; 32-core GPU",
  'https://mybroadband.co.za/news/hardware/418862-apple-m1-pro-and-m1-max-new-chips-powering-the-macbook-pro.html',
  REVIEWED,
);
const appleSupportM4MaxQuote = thirdParty(
  'apple-mbp-2024-specs-as-quoted',
  "Apple's MacBook Pro (16-inch, 2024) technical specifications (support.apple.com 121554), as quoted in a third-party research note: M4 Max variants at 410 GB/s and 546 GB/s; Apple's page itself not read",
  'https://support.apple.com/en-ca/121554',
  REVIEWED,
);
const notebookcheckM4Max = thirdParty(
  'notebookcheck-m4-max',
  'Notebookcheck: Apple M4 Max official (two variants, 14-core CPU + 32-core GPU and 16-core CPU + 40-core GPU; up to 128 GB at 546 GB/s)',
  'http://www.notebookcheck.net/Apple-M4-Max-official-with-incremental-upgrades-over-the-M3-Max.911098.0.html'.replace(
    'http://',
    'https://',
  ),
  REVIEWED,
);
const macmegasiteM4Max = thirdParty(
  'macmegasite-m4-max',
  'Mac Mega Site (30 October 2024): M4 Max 16-core CPU, 40-core GPU, 546 GB/s, against the M3 Max 40-core GPU at 400 GB/s',
  'https://macmegasite.com/2024/10/30/m4-max-chip-has-16-core-cpu-40-core-gpu-and-35-increase-in-memory-bandwidth',
  REVIEWED,
);
const awesomeagentsGb300 = thirdParty(
  'awesomeagents-gb300-nvl72',
  'Awesome Agents: NVIDIA GB300 NVL72 (288 GB HBM3e per GPU in 12-high stacks, 20.7 TB per rack, 1,400 W per GPU)',
  'https://awesomeagents.ai/hardware/nvidia-gb300-nvl72',
  REVIEWED,
);
const techcrunchM4Copy = thirdParty(
  'techcrunch-m4-max-copy',
  'TechCrunch report on the M4 family (copy at sianzzz.com): M4 Pro up to 20-core GPU at 273 GB/s; M4 Max up to 546 GB/s',
  'https://sianzzz.com/apple-announces-m4-max-chip-debuting-on-the-macbook-pro',
  REVIEWED,
);
const gamebastionM4 = thirdParty(
  'gamebastion-m4-max',
  'Gamebastion (from Wccftech): M4 Pro limited to 64 GB at 273 GB/s; M4 Max up to 128 GB at 546 GB/s',
  'https://gamebastion.com/n/apple-s-m4-max-is-the-first-non-ultra/474547',
  REVIEWED,
);

/**
 * Default GPU share of a Mac's unified memory: Metal's recommendedMaxWorkingSetSize, which caps
 * what the GPU may wire. Apple documents the property but not its rule; the measurements behind
 * these sources give two thirds on Macs with 32 GB or less and three quarters above.
 */
function macGpuShare(memoryGB: number): Device['usableMemory'] {
  const small = memoryGB <= 32;
  return {
    defaultShare: small ? 2 / 3 : 0.75,
    note: `${small ? 'About two thirds' : 'About three quarters'} of unified memory by default: macOS lets the GPU wire up to Metal's recommendedMaxWorkingSetSize, measured at 10.67 of 16 GB and 48 of 64 GiB; with 32 GB or less the share is two thirds, above it three quarters (macOS 26 reported 107.5 of 128 GiB, 84 %, on two machines, so newer releases may allow more). Apple does not publish the rule. Raise the limit with sudo sysctl iogpu.wired_limit_mb=<MiB> (reset at reboot), leaving room for macOS.`,
  };
}

/** The citation for macGpuShare on a Mac with this much memory. */
function macShareCite(memoryGB: number): string {
  return memoryGB <= 32 ? 'llama-cpp-python-687' : 'ollama-8331';
}

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
      "Ampere has no FP8 or FP4 tensor formats, so those peaks are null. The datasheet lists BF16 312 | 624* TFLOPS and INT8 624 | 1,248* TOPS, where * marks 2:4 sparsity; the dense figures are stored. NVLink 600 GB/s is both directions combined (12 links). The NVIDIA datasheet could not be read in a stored copy (listed as unverified). Reviewed 2026-12-01: the 80 GB is in NVIDIA's own MLPerf system description for DGX A100; the other figures are third-party only and labelled so: BF16 312 and INT8 624 dense with 400 W (the Paderborn A100 documentation, whose compute figures apply to both capacities), 2,039 GB/s for the 80 GB SXM part (cloud-atlas notes), NVLink 3 at 600 GB/s (LLMPerf). Release year: the 80 GB version was announced in November 2020; the year is taken from a third-party page (calwoo notes) because no vendor announcement copy was available to us.",
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
      mlperfNvidiaDgxA100,
      pc2A100,
      cloudAtlasA100,
      llmperfA100,
    ],
    cite: {
      released: 'calwoo-nvidia-gpu-hardware',
      memoryGB: 'mlperf-v3-0-nvidia-dgx-a100',
      memoryBandwidthGBs: 'cloud-atlas-a100',
      bf16Tflops: 'paderborn-pc2-a100',
      int8Tops: 'paderborn-pc2-a100',
      tdpW: 'paderborn-pc2-a100',
      scaleUp: 'llmperf-a100',
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
    hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    usableMemory: null,
    derived: {},
    notes:
      'NVIDIA headlines sparse peaks (marked *): BF16 1,979*, FP8 3,958*, INT8 3,958* TOPS. Dense = half: 989.5, 1,979 and 1,979 (NVIDIA\'s Hopper whitepaper rounds dense BF16 to 989.4). Hopper has no FP4, so fp4 is null. TDP is "up to 700 W (configurable)". NVLink 900 GB/s is both directions combined (18 links × 50 GB/s); capacity, the 18-link NVLink and the PCIe Gen5 x16 host link (64 GB/s each way) are confirmed in the NVIDIA MLPerf v4.1 DGX H100 system description. Release year from a third-party encyclopedia entry (announced March 2022, shipped in 2022).',
    sources: [nvidiaH100Page, pcmagH100, mlperfNvidiaDgxH100],
    cite: {
      hostLink: 'mlperf-v4-1-nvidia-dgx-h100',
      released: 'pcmag-h100',
      memoryGB: 'mlperf-v4-1-nvidia-dgx-h100',
      memoryBandwidthGBs: 'nvidia-h100-specs',
      bf16Tflops: 'nvidia-h100-specs',
      fp8Tflops: 'nvidia-h100-specs',
      int8Tops: 'nvidia-h100-specs',
      tdpW: 'nvidia-h100-specs',
      scaleUp: 'mlperf-v4-1-nvidia-dgx-h100',
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
    hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    usableMemory: null,
    derived: {},
    notes:
      'Dual-slot PCIe Gen5 card. The product brief gives a 350 W maximum TDP and "greater than 2,000 GB/s" memory bandwidth; 2,000 is stored as the floor of that statement. Peaks are NVIDIA\'s sparse figures halved: BF16 1,513* → 756.5, FP8 3,026* → 1,513, INT8 3,026* → 1,513 (the stored copy of the product brief shows its opening, with the 350 W and bandwidth statements, but not its compute table; the three peaks are NVIDIA\'s H100 PCIe figures from the H100 page URL, not read in a stored vendor copy, and the BF16 and FP8 sparse values match a third-party spec table). The optional NVLink bridge joins cards in pairs at 600 GB/s (both directions combined); without it the card talks over PCIe Gen5 x16 (128 GB/s both directions). No FP4 on Hopper. The card is PCIe Gen5 x16 (64 GB/s each way); the NVIDIA MLPerf v3.1 system description, in an EPYC 7742 (Gen4) server, reports the link as Gen4 x16, so the link runs at the generation of the host. The vendor product brief was read through a copy hosted by manuals.plus; the part of it we could read shows the 350 W and bandwidth statements and the document dates, while the 80 GB capacity and the 600 GB/s bridge rate are attributed to the brief but were not visible in that excerpt. Release year: the brief is dated September–November 2022.',
    sources: [
      nvidiaH100PcieBrief,
      { ...nvidiaH100Page, unverified: true, accessed: REVIEWED },
      mlperfNvidiaH100Pcie,
      thirdParty(
        'winston-zhang-gpu-specs',
        'winston-zhang-orz/gpu-specs on GitHub: GPU spec table (H100 column: BF16 1,513 and FP8 3,026 TFLOPS with sparsity)',
        'https://github.com/winston-zhang-orz/gpu-specs/blob/a32fa524cdbbce4eb522b49196d5f7fb94f808b2/specs.md',
      ),
    ],
    cite: {
      released: 'nvidia-h100-pcie-product-brief',
      memoryGB: 'mlperf-v3-1-nvidia-h100-pcie',
      memoryBandwidthGBs: 'nvidia-h100-pcie-product-brief',
      bf16Tflops: 'nvidia-h100-specs',
      fp8Tflops: 'nvidia-h100-specs',
      int8Tops: 'nvidia-h100-specs',
      tdpW: 'nvidia-h100-pcie-product-brief',
      scaleUp: 'nvidia-h100-pcie-product-brief',
      hostLink: 'nvidia-h100-pcie-product-brief',
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
    hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    usableMemory: null,
    derived: {},
    notes:
      'Same Hopper compute as H100 SXM with more and faster memory. Sparse datasheet peaks (BF16 1,979*, FP8 3,958*, INT8 3,958*) halved to dense. TDP "up to 700 W (configurable)" for the SXM part; the H200 NVL PCIe card is a different, lower-power product. NVLink 900 GB/s is both directions combined. Capacity, the 700 W TGP, NVLink and the PCIe Gen5 x16 host link are confirmed in the NVIDIA MLPerf v4.1 H200 system description. Announced November 2023, shipping from Q2 2024 (dates from a third-party page).',
    sources: [nvidiaH200Page, aiwikiH200, mlperfNvidiaH200],
    cite: {
      hostLink: 'mlperf-v4-1-nvidia-h200',
      released: 'aiwiki-nvidia-h200',
      memoryGB: 'mlperf-v4-1-nvidia-h200',
      memoryBandwidthGBs: 'nvidia-h200-specs',
      bf16Tflops: 'nvidia-h200-specs',
      fp8Tflops: 'nvidia-h200-specs',
      int8Tops: 'nvidia-h200-specs',
      tdpW: 'mlperf-v4-1-nvidia-h200',
      scaleUp: 'mlperf-v4-1-nvidia-h200',
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
    hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    usableMemory: null,
    derived: {},
    notes:
      "Per GPU in an 8-GPU HGX/DGX B200 system. Capacity: B200 was announced with 192 GB, but HGX/DGX B200 systems ship 1,440 GB for 8 GPUs = 180 GB per GPU, which is stored. Bandwidth 8 TB/s per GPU (DGX B200: 64 TB/s for 8 GPUs); some listings give 7.7 TB/s per GPU for HGX B200. NVIDIA's HGX B200 table gives 8-GPU sparse totals (FP4 144 PF, FP8 72 PF, INT8 72 POPS, BF16 36 PF); ÷ 8 ÷ 2 gives the dense per-GPU peaks stored (FP4 9,000, FP8 4,500, INT8 4,500, BF16 2,250). TDP 1,000 W per GPU at the HGX operating point (the NVIDIA MLPerf v4.1 B200 system description: “B200 TGP 1000W”, 180 GB, host PCIe Gen5 x16). NVLink 5 1.8 TB/s is both directions combined (18 links). The DGX B200 figures (1,440 GB, 64 TB/s, FP4 144 PF sparse / 72 PF dense) were read through a page that quotes nvidia.com; per-GPU dense peaks and the 1,000 W point were cross-checked against Glenn Lockwood's notes (third party). Released 2024: announced at GTC in March 2024, full production late 2024 (third-party dates).",
    sources: [
      nvidiaHgxPage,
      nvidiaDgxB200Page,
      dgxB200Summary,
      klockwoodB200,
      clawkipediaB200,
      mlperfNvidiaB200,
    ],
    cite: {
      hostLink: 'mlperf-v4-1-nvidia-b200',
      released: 'clawkipedia-nvidia-b200',
      memoryGB: 'nvidia-dgx-b200-specs',
      memoryBandwidthGBs: 'nvidia-dgx-b200-specs',
      bf16Tflops: 'nvidia-hgx-specs',
      fp8Tflops: 'nvidia-hgx-specs',
      int8Tops: 'nvidia-hgx-specs',
      fp4Tflops: 'nvidia-hgx-specs',
      tdpW: 'mlperf-v4-1-nvidia-b200',
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
      "One Blackwell GPU of a GB200 superchip (1 Grace CPU + 2 GPUs) in a GB200 NVL72 rack, not the superchip or the rack. Rack totals ÷ 72: HBM3e 13.4 TB → 186 GB (announced as 192 GB per GPU, 384 GB per superchip; NVIDIA later listed 372 GB per superchip), 576 TB/s → 8 TB/s, NVLink 130 TB/s → 1.8 TB/s per GPU (both directions combined). NVIDIA's rack peaks are sparse (FP4 1,440 PF, FP8 720 PF, INT8 720 POPS, BF16 360 PF); ÷ 72 ÷ 2 gives the dense per-GPU figures stored. NVIDIA does not publish a per-GPU TDP for GB200 on the pages we read (the superchip is configurable); 1,200 W is a third-party figure (Glenn Lockwood) for the GB200 operating point. The NVIDIA Data Center Power Service device specifications were not available to us. The 186 GB per GPU is also what the Crusoe MLPerf v6.1 submission reports; the GPUs reach the Grace CPU over NVLink-C2C, whose per-GPU share is not stated, so hostLink is null. Released 2024: announced March 2024, racks shipped from late 2024.",
    sources: [nvidiaGb200Page, klockwoodB200, clawkipediaB200, mlperfCrusoeGb200],
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
    hostLink: { name: 'PCIe Gen4 x16', GBsPerDirection: 32 },
    usableMemory: null,
    derived: {},
    notes:
      'Low-profile, single-slot 72 W PCIe Gen4 card. The datasheet lists only sparse peaks (BF16 242*, FP8 485*, INT8 485* TOPS); dense = half. Ada has no FP4. No NVLink: cards exchange data over PCIe Gen4 x16 (64 GB/s both directions), so scaleUp is null. Announced March 2023 (date from a third-party page).',
    sources: [nvidiaL4Page, aiwikiL4, mlperfNvidiaL4],
    cite: {
      released: 'aiwiki-nvidia-l4',
      memoryGB: 'nvidia-l4-specs',
      memoryBandwidthGBs: 'nvidia-l4-specs',
      bf16Tflops: 'nvidia-l4-specs',
      fp8Tflops: 'nvidia-l4-specs',
      int8Tops: 'nvidia-l4-specs',
      tdpW: 'nvidia-l4-specs',
      hostLink: 'mlperf-v3-1-nvidia-l4',
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
    hostLink: { name: 'PCIe Gen4 x16', GBsPerDirection: 32 },
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
      hostLink: 'nvidia-l40s-specs',
    },
  },
  {
    id: 'b300',
    name: 'NVIDIA B300 (HGX B300, per GPU)',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2025,
    memoryGB: 288,
    memoryType: 'HBM3e (12-high stacks)',
    memoryBandwidthGBs: 8000,
    bf16Tflops: 2250,
    fp8Tflops: 4500,
    int8Tops: 125,
    fp4Tflops: 13125,
    tdpW: 1100,
    scaleUp: { name: 'NVLink 5', GBs: 1800 },
    hostLink: { name: 'PCIe Gen6 x16', GBsPerDirection: 128 },
    usableMemory: null,
    derived: {},
    notes:
      "Blackwell Ultra, one GPU of an 8-GPU HGX B300 board. No NVIDIA datasheet was available to us, so every figure is third-party and labelled as such. Capacity 288 GB (8 HBM3e stacks, 12-high; 8 GPUs = 2.3 TB); one cloud provider lists about 270 GB visible per GPU. Bandwidth 8 TB/s. NVIDIA's HGX B300 table, as quoted by FiberMall, gives 8-GPU sparse totals of FP8 72 PF, BF16 36 PF and INT8 only 2 POPS: ÷ 8 ÷ 2 gives dense 4,500 FP8, 2,250 BF16 and 125 INT8 (Blackwell Ultra cut INT8 sharply; Verda lists about 150). Dense FP4 13,125 TFLOPS is Glenn Lockwood's figure (Verda rounds to 14 PF; NVIDIA's rack pages imply 13.5). TDP: 1,100 W for the HGX part per Verda; Lockwood gives 1,400 W as the Blackwell Ultra maximum (the GB300 point). NVLink 5 1.8 TB/s is both directions combined. Host link PCIe Gen6 x16: 16 lanes × 64 GT/s ÷ 8 = 128 GB/s each way. Announced at GTC in March 2025; DGX B300 shipping from January 2026.",
    sources: [klockwoodB300, fibermallHgxB300, verdaGb300, aiwikiDgxB300],
    cite: {
      released: 'aiwiki-nvidia-dgx-b300',
      memoryGB: 'glennklockwood-b300',
      memoryBandwidthGBs: 'glennklockwood-b300',
      bf16Tflops: 'fibermall-hgx-b300',
      fp8Tflops: 'fibermall-hgx-b300',
      int8Tops: 'fibermall-hgx-b300',
      fp4Tflops: 'glennklockwood-b300',
      tdpW: 'verda-gb300-nvl72',
      scaleUp: 'fibermall-hgx-b300',
      hostLink: 'glennklockwood-b300',
    },
  },
  {
    id: 'gb300',
    name: 'NVIDIA GB300 (per Blackwell Ultra GPU, NVL72)',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2025,
    memoryGB: 288,
    memoryType: 'HBM3e (12-high stacks)',
    memoryBandwidthGBs: 8000,
    bf16Tflops: 2500,
    fp8Tflops: 5000,
    int8Tops: 166.7,
    fp4Tflops: 15000,
    tdpW: 1400,
    scaleUp: { name: 'NVLink 5 (NVL72 NVLink Switch domain)', GBs: 1800 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "One Blackwell Ultra GPU of a GB300 NVL72 rack (72 GPUs, 36 Grace CPUs), not the superchip or the rack. No NVIDIA page was available to us; the rack figures are NVIDIA's as summarised by third parties. Rack peaks ÷ 72: FP4 1,080 PF dense → 15,000 TFLOPS; FP8/FP6 720 PF sparse ÷ 2 → 5,000; INT8 24 POPS sparse ÷ 2 → 166.7 TOPS; 576 TB/s → 8 TB/s; NVLink 130 TB/s → 1.8 TB/s per GPU (both directions combined). Dense BF16 2,500 TFLOPS from Verda's per-GPU table. Capacity: 288 GB per GPU is NVIDIA's marketed figure (about 20.7 TB per rack); Verda lists 279 GB visible and a 20 TB rack total, so a fit using 288 may be about 3 % optimistic. 1,400 W is the maximum TDP per GPU (Verda, Awesome Agents). The GPUs reach the Grace CPUs over NVLink-C2C, whose per-GPU share we did not find stated, so hostLink is null. Announced 18 March 2025; first rack delivered July 2025.",
    sources: [vendordeepGb300, verdaGb300, awesomeagentsGb300, aiwikiGb300],
    cite: {
      released: 'aiwiki-nvidia-gb300-nvl72',
      memoryGB: 'awesomeagents-gb300-nvl72',
      memoryBandwidthGBs: 'vendordeep-gb300-nvl72',
      bf16Tflops: 'verda-gb300-nvl72',
      fp8Tflops: 'vendordeep-gb300-nvl72',
      int8Tops: 'vendordeep-gb300-nvl72',
      fp4Tflops: 'vendordeep-gb300-nvl72',
      tdpW: 'verda-gb300-nvl72',
      scaleUp: 'vendordeep-gb300-nvl72',
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
    hostLink: { name: 'PCIe Gen4 x16', GBsPerDirection: 32 },
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
      hostLink: 'nvidia-ada-whitepaper',
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
    hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    usableMemory: null,
    derived: {},
    notes:
      'Consumer card. NVIDIA headlines 3,352 "AI TOPS", which is FP4 with 2:4 sparsity; dense FP4 = 1,676. BF16, FP8 and INT8 are left null: NVIDIA\'s RTX Blackwell whitepaper gives them with accumulator-dependent rates, and no stored copy of that whitepaper was available to us (third-party listings give sparse FP16 838.4 and FP8 1,676.8 TFLOPS, i.e. 419.2 and 838.4 dense, without saying which accumulator). 575 W is total graphics power. No NVLink (PCIe Gen5 x16 only), so scaleUp is null. Capacity, 1,792 GB/s, 575 W and the AI TOPS figure come from NVIDIA, but the product page could not be read in a stored copy (listed as unverified), so each figure cites the Spheron copy of the datasheet table and is labelled third-party. Announced at CES in January 2025 and on sale from 30 January 2025 (date from a third-party news page).',
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
      memoryGB: 'spheron-rtx-5090-specs',
      memoryBandwidthGBs: 'spheron-rtx-5090-specs',
      fp4Tflops: 'spheron-rtx-5090-specs',
      tdpW: 'spheron-rtx-5090-specs',
      hostLink: 'spheron-rtx-5090-specs',
    },
  },
  {
    id: 'rtx-3090',
    name: 'NVIDIA GeForce RTX 3090',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'workstation',
    unit: 'chip',
    released: 2020,
    memoryGB: 24,
    memoryType: 'GDDR6X',
    memoryBandwidthGBs: 936,
    bf16Tflops: 71,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: 350,
    scaleUp: null,
    hostLink: { name: 'PCIe Gen4 x16', GBsPerDirection: 32 },
    usableMemory: null,
    derived: {},
    notes:
      "Consumer Ampere card (GA102), still common for local inference because of its 24 GB. Figures from third-party copies of spec tables; NVIDIA's GA102 whitepaper was not available to us. Tom's Hardware's table gives FP16 Tensor 142 TFLOPS dense (285 sparse), which is the FP16-accumulate rate; GeForce Ampere, like Ada in the RTX 4090 entry, runs BF16 with FP32 accumulation at half that rate, so 71 is stored (an inference from that pattern, not a quoted NVIDIA figure). INT8 is left null because the tables we read disagree. Ampere has no FP8 or FP4. 350 W board power. An NVLink bridge joins two cards, but no rate for it was in what we read, so scaleUp is null. Host link PCIe Gen4 x16: 16 lanes × 16 GT/s ÷ 8 = 32 GB/s each way. Launched 24 September 2020.",
    sources: [holynerdvanaRtx3090, alldbinRtx3090],
    cite: {
      released: 'tomshardware-rtx-3090-specs-copy',
      memoryGB: 'tomshardware-rtx-3090-specs-copy',
      memoryBandwidthGBs: 'tomshardware-rtx-3090-specs-copy',
      bf16Tflops: 'tomshardware-rtx-3090-specs-copy',
      tdpW: 'tomshardware-rtx-3090-specs-copy',
      hostLink: 'alldbin-rtx-3090',
    },
  },
  {
    id: 'rtx-pro-6000-blackwell',
    name: 'NVIDIA RTX PRO 6000 Blackwell Workstation Edition',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'workstation',
    unit: 'chip',
    released: 2025,
    memoryGB: 96,
    memoryType: 'GDDR7 (ECC)',
    memoryBandwidthGBs: 1792,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: 2000,
    tdpW: 600,
    scaleUp: null,
    hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    usableMemory: null,
    derived: {},
    notes:
      "The 600 W Workstation Edition (dual-slot, flow-through cooler). The Max-Q Workstation Edition (300 W) and the passively cooled Server Edition share the GB202 chip (188 SMs, 24,064 CUDA cores), the 96 GB of GDDR7 on 512 bits and 1,792 GB/s, but run lower clocks, so their peaks are lower. NVIDIA's '4,000 AI TOPS' is FP4 with 2:4 sparsity; dense FP4 = 2,000. BF16, FP8 and INT8 peaks are not in what we read (NVIDIA's RTX Blackwell whitepaper was not available to us), so they are null. No NVLink. Host link PCIe Gen5 x16 (confirmed in an nvidia-smi snapshot): 16 lanes × 32 GT/s ÷ 8 = 64 GB/s each way. Announced at GTC in March 2025, in distribution from April 2025. All figures from third-party pages.",
    sources: [hardwareCornerRtxPro6000, gpunameRtxPro6000, topcpuRtxPro6000, pizetaRtxPro6000Smi],
    cite: {
      released: 'gpuname-rtx-pro-6000',
      memoryGB: 'hardware-corner-rtx-pro-6000',
      memoryBandwidthGBs: 'hardware-corner-rtx-pro-6000',
      fp4Tflops: 'topcpu-rtx-pro-6000',
      tdpW: 'hardware-corner-rtx-pro-6000',
      hostLink: 'pizeta-rtx-pro-6000-nvidia-smi',
    },
  },
  {
    id: 'dgx-spark',
    name: 'NVIDIA DGX Spark (GB10 Grace Blackwell)',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'workstation',
    unit: 'chip',
    released: 2025,
    memoryGB: 128,
    memoryType: 'LPDDR5x unified memory (shared by 20 Arm cores and the Blackwell GPU)',
    memoryBandwidthGBs: 273,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: 500,
    tdpW: 140,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "Desktop box built on one GB10 package (a Blackwell GPU with 48 SMs and 20 Arm CPU cores on one 128 GB LPDDR5x pool at 273 GB/s); the row describes that package. NVIDIA's specification page was not available to us, so figures are third-party: 128 GB and 273 GB/s (EXO Labs, sparkfit), 140 W (Hugging Face's hardware page; EXO measured about 95 W while serving). NVIDIA headlines up to 1 PFLOP of FP4 with 2:4 sparsity (reported by third parties from NVIDIA's spec sheet and Hot Chips 2025), so 500 TFLOPS dense FP4 is stored; BF16, FP8 and INT8 peaks were not in what we read, so they are null. Memory usable by the GPU: CPU and GPU allocate from the same pool and there is no fixed carve-out; the share left for the OS and CPU processes depends on the workload, and no default figure was published in what we read, so usableMemory is null (sparkfit budgets a slice for the Grace side). Two Sparks can be joined over their ConnectX-7 200 Gb/s ports (networking, not a scale-up fabric). Released 2025.",
    sources: [exolabsSparkHandbook, sparkfitPypi, hfGb10, warehackSpark, meterpreterGb10],
    cite: {
      fp4Tflops: 'warehack-dgx-spark-hardware',
      released: 'huggingface-hardware-gb10',
      memoryGB: 'exolabs-dgx-spark-handbook',
      memoryBandwidthGBs: 'exolabs-dgx-spark-handbook',
      tdpW: 'huggingface-hardware-gb10',
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
    hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    usableMemory: null,
    derived: {},
    notes:
      "Dense peaks checked in the MI300 microarchitecture page of AMD's ROCm documentation: matrix BF16 and FP16 1,307.4 TFLOPS, FP8 and INT8 2,614.9 (2,048 and 4,096 operations per clock per CU); AMD's sparse figures are double. The same page gives 5.3 TB/s peak memory bandwidth and says each GPU in an 8-GPU node reaches the other seven over seven Infinity Fabric links. CDNA 3 has no FP4. Capacity (192 GB HBM3) and the 750 W board power are checked in AMD's own MLPerf Inference v4.1 system description, which names the part \"MI300X-NPS1-SPX-192GB-750W\". The per-link rate behind the 896 GB/s total (7 links × 128 GB/s, both directions combined) is from the AMD product page URL and was not read in a stored vendor copy. The MLPerf system description also gives the host link, PCIe Gen5 x16 (16 lanes × 32 GT/s ÷ 8 = 64 GB/s each way). Release year (December 2023) from a third-party page (AI Wiki); no AMD press release was available to us.",
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
      hostLink: 'mlperf-inference-v4-1-amd-8xmi300x',
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
    int8Tops: null,
    fp4Tflops: null,
    tdpW: 1000,
    scaleUp: { name: 'AMD Infinity Fabric (7 links)', GBs: 896 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      "Same CDNA 3 compute as MI300X (304 CUs) with more and faster memory. AMD's ROCm blog on its MLPerf Training v5.0 submission gives 256 GB of HBM3E at 6 TB/s (ROCm's GPU specification table also lists 256, under a GiB label; a cloud provider's documentation agrees). We follow the GB label of the blog and AMD's product naming; if the ROCm GiB label is the precise one, capacity is 256 × 1.073741824 = 274.9 GB and fits here are 7 % conservative. AMD's ROCm matrix-core blog lists MI325X matrix FP16 at 1,307.4 TFLOPS and FP8 at 2,614.9, dense, from 1,216 matrix cores at 2,100 MHz; BF16 uses the same matrix instructions at the FP16 rate. No stored AMD document gives an MI325X INT8 figure, so INT8 is null (earlier versions carried over the 2,614.9 TOPS of the MI300X, which an MI325X page must confirm before it returns). No FP4 on CDNA 3. The 1,000 W board power and the Infinity Fabric total (7 links × 128 GB/s, both directions combined = 896 GB/s) are from the AMD product page URL and were not read in a stored vendor copy. An earlier AMD roadmap promised 288 GB; the shipping part has 256 GB. Launch in October 2024 is from a third-party page; no AMD press release was available to us.",
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
    hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    usableMemory: null,
    derived: {},
    notes:
      "CDNA 4, 256 CUs (ROCm GPU specification table). AMD's ROCm matrix-core blog lists MI355X matrix FP16 at 2.5 PF, FP8 at 5 PF and FP6/FP4 at 10 PF, all dense (AMD's sparse figures are double); BF16 runs at the FP16 rate. The stored 2,516.6, 5,033.2 and 10,066.3 TFLOPS are the unrounded results of that blog's own peak formula with 1,024 matrix cores at a 2,400 MHz peak engine clock; the core count and clock come from the CDNA 4 white paper, which we did not read in a stored copy (a third-party Hot Chips 2025 report gives the same 2.4 GHz). Capacity: AMD's own MLPerf Inference v6.0 submission lists the part as \"MI355X 288GB HBM3e\" (ROCm's GPU table shows 288 under a GiB label). We follow the GB label of AMD's product naming and MLPerf submission; if the ROCm GiB label is the precise one, capacity is 288 × 1.073741824 = 309.2 GB and fits here are 7 % conservative. Reviewed 2026-12-01: 8 TB/s and the 1,400 W total board power now cite a launch report in The Register (third party). The 1,400 W is the liquid-cooled part (the air-cooled MI350X is 1,000 W). Still unverified (AMD product page not readable): INT8 5,033.2 TOPS and the Infinity Fabric total of 7 links × 153.6 GB/s = 1,075.2 GB/s, both directions combined (per-link rate from a third-party analysis). Host link PCIe Gen5 x16 (64 GB/s each way) from the same MLPerf submission. Announced June 2025, generally available from Q3/Q4 2025 (third-party dates; AMD's blog describing the MI355X is dated 30 September 2025).",
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
      registerMi355x,
    ],
    cite: {
      released: 'aiwiki-amd-mi355x',
      memoryGB: 'mlperf-inference-v6-0-amd-mi355x',
      memoryBandwidthGBs: 'theregister-mi355x',
      bf16Tflops: 'amd-rocm-blog-matrix-cores',
      fp8Tflops: 'amd-rocm-blog-matrix-cores',
      int8Tops: 'amd-mi355x-specs',
      fp4Tflops: 'amd-rocm-blog-matrix-cores',
      tdpW: 'theregister-mi355x',
      scaleUp: 'amd-mi355x-specs',
      hostLink: 'mlperf-inference-v6-0-amd-mi355x',
    },
  },
  {
    id: 'mi350x',
    name: 'AMD Instinct MI350X',
    vendor: 'AMD',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2025,
    memoryGB: 288,
    memoryType: 'HBM3E',
    memoryBandwidthGBs: 8000,
    bf16Tflops: 2306.9,
    fp8Tflops: 4613.7,
    int8Tops: null,
    fp4Tflops: 9227.5,
    tdpW: 1000,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {},
    notes:
      'The air-cooled CDNA 4 part: the same die, 288 GB and 8 TB/s as the MI355X, at a 2.2 GHz peak engine clock and 1,000 W instead of 2.4 GHz and 1,400 W (Hot Chips 2025, reported by Wccftech). Capacity is checked in AMD\'s own MLPerf Inference v6.1 submission ("MI350X 288GB HBM3e"); bandwidth from a third-party summary. The peaks apply the formula of AMD\'s ROCm matrix-core blog (as in the MI355X entry: 1,024 matrix cores) at 2.2 GHz, i.e. the MI355X values × 2.2 / 2.4: BF16 2,516.6 → 2,306.9, FP8 5,033.2 → 4,613.7, FP4 10,066.3 → 9,227.5 TFLOPS, dense. AMD rounds these to 2.3, 4.6 and 9.2 PF; The Register describes the MI350X as about 8 % below the MI355X. No MI350X INT8 figure was in what we read, so it is null. The Infinity Fabric rate and the host link were not stated for this part in what we read (null). Shipping from the second half of 2025.',
    sources: [mlperfAmdMi350x, amdMatrixCoreBlog, wccftechMi350, jaredwatkinsMi350],
    cite: {
      released: 'jaredwatkins-mi350-series',
      memoryGB: 'mlperf-inference-v6-1-amd-mi350x',
      memoryBandwidthGBs: 'jaredwatkins-mi350-series',
      bf16Tflops: 'amd-rocm-blog-matrix-cores',
      fp8Tflops: 'amd-rocm-blog-matrix-cores',
      fp4Tflops: 'amd-rocm-blog-matrix-cores',
      tdpW: 'wccftech-mi350-hot-chips',
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
    memoryGB: 102,
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
    memoryGB: 206.2,
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
    bf16Tflops: 262.1,
    fp8Tflops: null,
    int8Tops: 524.3,
    fp4Tflops: null,
    tdpW: 500,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {
      bf16Tflops:
        '128 cores × 2.0 GHz base × 1,024 BF16 FLOP per cycle per core (one AMX TMUL) = 262.1 TFLOPS',
      int8Tops:
        '128 cores × 2.0 GHz base × 2,048 INT8 operations per cycle per core (one AMX TMUL) = 524.3 TOPS',
    },
    notes:
      "Per socket. Bandwidth is the theoretical peak of 12 channels of DDR5-6400: 12 × 6,400 MT/s × 8 bytes = 614.4 GB/s. With MRDIMM-8800 the same arithmetic gives 844.8 GB/s; DDR5-6400 RDIMMs are stored because they are the common configuration and match the EPYC entries. memoryGB is the maximum memory per socket from Intel ARK (3 TB, taken as 3,072 GB); ARK was not read in a stored copy (the figure is from the ARK page URL), so treat it as less certain than the other fields. Matrix peaks are derived, not Intel figures: every P-core has an AMX tile unit (Granite Rapids adds AMX-FP16, per TechPowerUp), which does 1,024 BF16 or 2,048 INT8 operations per cycle (Intel's figures as cited by Wikipedia); times 128 cores at the 2.0 GHz base clock, taken as the frequency sustained under full load, since AMX-heavy code runs below the 3.2 GHz all-core boost. Real GEMMs reach a fraction of this. Xeon 6 E-core parts have neither AVX-512 nor AMX. UPI links join sockets; there is no accelerator-style scale-up link, so scaleUp is null. Cores, TDP and memory speeds cross-checked on a third-party review table (Hardwareluxx).",
    sources: [intelXeon6980pArk, hardwareluxxXeonTable, wikipediaAmx, techpowerupGraniteRapids],
    cite: {
      released: 'hardwareluxx-xeon-6900p-table',
      memoryGB: 'intel-xeon-6980p-ark',
      memoryBandwidthGBs: 'hardwareluxx-xeon-6900p-table',
      bf16Tflops: 'hardwareluxx-xeon-6900p-table',
      int8Tops: 'hardwareluxx-xeon-6900p-table',
      tdpW: 'hardwareluxx-xeon-6900p-table',
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
    bf16Tflops: 55.3,
    fp8Tflops: null,
    int8Tops: 110.6,
    fp4Tflops: null,
    tdpW: 500,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {
      bf16Tflops:
        '192 cores × 2.25 GHz base × 128 BF16 FLOP per cycle per core (two 512-bit VDPBF16PS per cycle) = 55.3 TFLOPS',
      int8Tops:
        '192 cores × 2.25 GHz base × 256 INT8 operations per cycle per core (two 512-bit VPDPBUSD per cycle) = 110.6 TOPS',
    },
    notes:
      "Per socket. Bandwidth: 12 channels × 6,400 MT/s × 8 bytes = 614.4 GB/s (AMD rounds to 614 GB/s per socket). memoryGB is AMD's maximum of 6 TB per socket (6,144 GB). The 12 channels, DDR5-6400 speed, 6 TB capacity and 500 W are from the AMD product page URL and were not read in a stored vendor copy. Zen 5 supports AVX-512 including BF16 and VNNI on a full 512-bit datapath (StorageReview, Alexander Yee). AMD publishes no per-socket TFLOPS, so the matrix peaks are derived: 192 cores at the 2.25 GHz base clock (StorageReview's copy of AMD's SKU table) times an assumed two 512-bit BF16 dot-product or VNNI instructions per cycle per core; treat them as upper bounds. 500 W default TDP. Infinity Fabric links join sockets; no accelerator-style scale-up link, so scaleUp is null. Launched October 2024: AMD's document portal lists the EPYC 9005 toolchain tuning guide (58480) with release date 2024-10-10, read in a stored copy of its index page.",
    sources: [amdEpyc9965Page, amdEpyc9005Guide, storagereviewTurin, numberworldZen5],
    cite: {
      released: 'amd-epyc-9005-toolchain-guide',
      memoryGB: 'amd-epyc-9965-specs',
      memoryBandwidthGBs: 'storagereview-epyc-turin',
      bf16Tflops: 'storagereview-epyc-turin',
      int8Tops: 'storagereview-epyc-turin',
      tdpW: 'storagereview-epyc-turin',
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
  {
    id: 'epyc-9175f',
    name: 'AMD EPYC 9175F (16 Zen 5 cores)',
    vendor: 'AMD',
    kind: 'cpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2024,
    memoryGB: 1536,
    memoryType: 'DDR5-6400 (12 channels)',
    memoryBandwidthGBs: 614.4,
    bf16Tflops: 8.6,
    fp8Tflops: null,
    int8Tops: 17.2,
    fp4Tflops: null,
    tdpW: 320,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {
      bf16Tflops:
        '16 cores × 4.2 GHz base × 128 BF16 FLOP per cycle per core (two 512-bit VDPBF16PS per cycle, 32 BF16 pairs each) = 8.6 TFLOPS',
      int8Tops:
        '16 cores × 4.2 GHz base × 256 INT8 operations per cycle per core (two 512-bit VPDPBUSD per cycle, 64 multiply-adds each) = 17.2 TOPS',
    },
    notes:
      "Per socket. A 16-core Zen 5 part with 512 MB of L3 (one core per CCD, so each core has 32 MB) and a 4.2 GHz base / 5.0 GHz boost at 320 W; public CPU inference benchmarks use it because the whole 12-channel DDR5-6400 interface (12 × 6,400 MT/s × 8 bytes = 614.4 GB/s) serves few cores. memoryGB is the 1.5 TB of DDR5 in StorageReview's Turin test systems, a real configuration; AMD's platform maximum was not in what we read. Matrix peaks are derived, not AMD figures: Zen 5 executes AVX-512 on a full 512-bit datapath (StorageReview; Alexander Yee's teardown), and the per-cycle rates assume two 512-bit BF16 dot-product or VNNI instructions per cycle per core, at the base clock as the frequency the part sustains under full load. AMD publishes no per-socket TFLOPS. Launched October 2024 (SKU table from AMD's launch as printed by StorageReview).",
    sources: [storagereviewTurin, numberworldZen5],
    cite: {
      released: 'storagereview-epyc-turin',
      memoryGB: 'storagereview-epyc-turin',
      memoryBandwidthGBs: 'storagereview-epyc-turin',
      bf16Tflops: 'storagereview-epyc-turin',
      int8Tops: 'storagereview-epyc-turin',
      tdpW: 'storagereview-epyc-turin',
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
    usableMemory: macGpuShare(128),
    derived: {},
    notes:
      'A system-on-chip; listed as a GPU because LLM runtimes on the Mac run on its integrated GPU. 128 GB is the largest unified-memory option and 546 GB/s applies to the top configuration (the binned 14-core CPU / 32-core GPU version, apple-m4-max-32c, has 410 GB/s and 36 GB). The old id apple-m4-max is an alias of this entry. Apple states the 16-core Neural Engine does 38 trillion operations per second without naming the precision, and it is a separate block from the GPU; we do not store it as int8Tops. Apple publishes no GPU TFLOPS peak and no TDP, so compute and power are null. No chip-to-chip link. Announced 30 October 2024.',
    sources: [appleM4MaxNews, macrumorsM4Max, notebookcheckM4Max, ...macUsableSources],
    cite: {
      released: 'apple-m4-pro-m4-max-newsroom',
      memoryGB: 'apple-m4-pro-m4-max-newsroom',
      memoryBandwidthGBs: 'apple-m4-pro-m4-max-newsroom',
      usableMemory: macShareCite(128),
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
      "Module with an Ampere GPU, Arm CPUs and two deep-learning accelerators (DLAs). NVIDIA's 275 TOPS is sparse INT8 summed over the GPU and both DLAs; dense = 137.5 TOPS, of which the GPU alone is 85 (170 sparse). No BF16 tensor peak is published, and Ampere has no FP8/FP4. Power is configurable from 15 W to 60 W; 60 W is stored. No chip-to-chip link. Released 2022. Where these figures come from: NVIDIA's Jetson Orin page URL, not read in a stored vendor copy (NVIDIA's Jetson developer-kit docs we could read do not list them). The 275 TOPS, 64 GB LPDDR5 at 204.8 GB/s and 15–60 W were checked only against third-party copies, including Fixstars' blog, which calls the 275 figure sparse INT8; the 85/170 TOPS GPU-only split could not be re-checked at all. Reviewed 2026-12-01: the NVIDIA MLPerf v4.1 Orin system description confirms 64 GB of 256-bit LPDDR5 shared with the host (256 bits × 6,400 MT/s ÷ 8 = 204.8 GB/s if the LPDDR5 runs at 6,400 MT/s, which that file does not state). usableMemory is null: CPU and GPU allocate from one pool with no fixed split.",
    sources: [nvidiaJetsonOrinPage, fixstarsJetson, mlperfNvidiaOrin],
    cite: {
      released: 'fixstars-jetson-orin-vs-thor',
      memoryGB: 'mlperf-v4-1-nvidia-jetson-agx-orin',
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
    sources: [nvidiaJetsonThorPage, fixstarsJetson, hfJetsonT5000, learnaiThor, nvForumThorPower],
    cite: {
      released: 'fixstars-jetson-orin-vs-thor',
      memoryGB: 'huggingface-hardware-jetson-t5000',
      memoryBandwidthGBs: 'nvidia-jetson-thor-specs',
      fp4Tflops: 'learnaivisually-jetson-thor',
      tdpW: 'nvidia-forum-thor-module-power',
    },
  },
  {
    id: 'ryzen-ai-max-395',
    name: 'AMD Ryzen AI Max+ 395 (Strix Halo, Radeon 8060S)',
    vendor: 'AMD',
    kind: 'gpu',
    segment: 'workstation',
    unit: 'chip',
    released: 2025,
    memoryGB: 128,
    memoryType: 'LPDDR5X-8000 unified memory (256-bit)',
    memoryBandwidthGBs: 256,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: 55,
    scaleUp: null,
    hostLink: null,
    usableMemory: {
      defaultShare: 0.75,
      note: "AMD's Variable Graphics Memory dedicates up to 96 GB of a 128 GB system to the iGPU (75 %), set in AMD Software (Performance → Tuning) or the firmware's UMA frame-buffer option, taking effect after a reboot. The factory setting is chosen by the system maker and is often much smaller (AMD's own example starts a laptop at 512 MB), so check it before loading a large model; 75 % is stored as the share a reader can count on once it is set. On Linux the amdgpu driver can also map ordinary system memory (GTT) beyond the carve-out.",
    },
    derived: {},
    notes:
      "A package with 16 Zen 5 cores (AVX-512), a 40-CU RDNA 3.5 iGPU (Radeon 8060S, up to 2.9 GHz) and a 50 TOPS XDNA 2 NPU on one 256-bit LPDDR5X-8000 pool: 256 bits × 8,000 MT/s ÷ 8 = 256 GB/s. Listed as a GPU because llama.cpp (Vulkan, ROCm) and similar runtimes use the iGPU. AMD publishes no iGPU matrix TFLOPS and the NPU figure's precision is not stated, so compute peaks are null. 55 W is the default TDP (configurable 45–120 W; mini PCs usually run 120 W). The memory split is set in firmware: see the usable-memory note. Launched at CES 2025; the CPU, GPU, bus and NPU figures come from third-party reports of AMD's launch, the 128 GB / 96 GB split from AMD's blog.",
    sources: [amdVgmBlog, svethardwareStrixHalo, frameworkStrixHalo],
    cite: {
      released: 'svethardware-ryzen-ai-max',
      memoryGB: 'amd-blog-variable-graphics-memory',
      memoryBandwidthGBs: 'svethardware-ryzen-ai-max',
      tdpW: 'svethardware-ryzen-ai-max',
      usableMemory: 'amd-blog-variable-graphics-memory',
    },
  },
  {
    id: 'apple-m1-max-32c',
    name: 'Apple M1 Max (10-core CPU, 32-core GPU)',
    vendor: 'Apple',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2021,
    memoryGB: 64,
    memoryType: 'LPDDR5 unified memory',
    memoryBandwidthGBs: 400,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(64),
    derived: {},
    notes:
      "The top M1 Max bin: 64 GB is the largest option and 400 GB/s its bandwidth, from reports of Apple's October 2021 announcement (the 24-core-GPU bin has the same 512-bit bus). Announced 18 October 2021. Apple publishes no GPU TFLOPS peak and no TDP, so compute and power are null; the Neural Engine is a separate block and is not stored as int8Tops. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU.",
    sources: [mybroadbandM1Max, vivibuddyApple, ...macUsableSources],
    cite: {
      released: 'mybroadband-m1-pro-max',
      memoryGB: 'mybroadband-m1-pro-max',
      memoryBandwidthGBs: 'mybroadband-m1-pro-max',
      usableMemory: macShareCite(64),
    },
  },
  {
    id: 'apple-m2-ultra-76c',
    name: 'Apple M2 Ultra (24-core CPU, 76-core GPU)',
    vendor: 'Apple',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2023,
    memoryGB: 192,
    memoryType: 'LPDDR5 unified memory',
    memoryBandwidthGBs: 800,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(192),
    derived: {},
    notes:
      "Two M2 Max dies joined by UltraFusion. Apple's announcement gives up to 192 GB and 800 GB/s; the 60-core-GPU bin has the same memory system. Announced 5 June 2023 (Mac Studio, Mac Pro). Apple publishes no GPU TFLOPS peak and no TDP, so compute and power are null; the Neural Engine is a separate block and is not stored as int8Tops. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU.",
    sources: [appleM2UltraNews, inforeaderMacTable, ...macUsableSources],
    cite: {
      released: 'apple-m2-ultra-newsroom',
      memoryGB: 'apple-m2-ultra-newsroom',
      memoryBandwidthGBs: 'apple-m2-ultra-newsroom',
      usableMemory: macShareCite(192),
    },
  },
  {
    id: 'apple-m3-max-30c',
    name: 'Apple M3 Max (14-core CPU, 30-core GPU)',
    vendor: 'Apple',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2023,
    memoryGB: 36,
    memoryType: 'LPDDR5 unified memory',
    memoryBandwidthGBs: 300,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(36),
    derived: {},
    notes:
      "The binned M3 Max has 300 GB/s where the 40-core part has 400 (the binned part drives a narrower memory bus); both figures from third-party tables (Apple's own spec pages were not available to us). 36 GB is a shipping configuration of this bin (Apple also offered 96 GB, which we did not confirm in a source). Announced 30 October 2023. Apple publishes no GPU TFLOPS peak and no TDP, so compute and power are null; the Neural Engine is a separate block and is not stored as int8Tops. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU.",
    sources: [vivibuddyApple, vokturzM3Max, anandtechM3, ...macUsableSources],
    cite: {
      released: 'anandtech-m3-family',
      memoryGB: 'huggingface-can-it-run-m3-max-30c',
      memoryBandwidthGBs: 'vivi-buddy-apple-silicon',
      usableMemory: macShareCite(36),
    },
  },
  {
    id: 'apple-m3-max-40c',
    name: 'Apple M3 Max (16-core CPU, 40-core GPU)',
    vendor: 'Apple',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2023,
    memoryGB: 128,
    memoryType: 'LPDDR5 unified memory',
    memoryBandwidthGBs: 400,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(128),
    derived: {},
    notes:
      "The full M3 Max: up to 128 GB at 400 GB/s on a 512-bit bus (third-party reports; Apple's spec page was not available to us). Announced 30 October 2023. Apple publishes no GPU TFLOPS peak and no TDP, so compute and power are null; the Neural Engine is a separate block and is not stored as int8Tops. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU.",
    sources: [macmegasiteM4Max, vivibuddyApple, anandtechM3, ...macUsableSources],
    cite: {
      released: 'anandtech-m3-family',
      memoryGB: 'vivi-buddy-apple-silicon',
      memoryBandwidthGBs: 'macmegasite-m4-max',
      usableMemory: macShareCite(128),
    },
  },
  {
    id: 'apple-m3-ultra-80c',
    name: 'Apple M3 Ultra (32-core CPU, 80-core GPU)',
    vendor: 'Apple',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2025,
    memoryGB: 512,
    memoryType: 'LPDDR5 unified memory',
    memoryBandwidthGBs: 819,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(512),
    derived: {},
    notes:
      "Two M3 Max dies joined by UltraFusion, in the Mac Studio of March 2025: up to 512 GB at 819 GB/s (819.2 in Ars Technica's table); the 60-core-GPU bin has the same bandwidth but at most 256 GB. Third-party reports of Apple's announcement. Apple publishes no GPU TFLOPS peak and no TDP, so compute and power are null; the Neural Engine is a separate block and is not stored as int8Tops. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU.",
    sources: [techpowerupM3Ultra, inforeaderMacTable, ...macUsableSources],
    cite: {
      released: 'techpowerup-m3-ultra-mac-studio',
      memoryGB: 'techpowerup-m3-ultra-mac-studio',
      memoryBandwidthGBs: 'techpowerup-m3-ultra-mac-studio',
      usableMemory: macShareCite(512),
    },
  },
  {
    id: 'apple-m4-pro-20c',
    name: 'Apple M4 Pro (14-core CPU, 20-core GPU)',
    vendor: 'Apple',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2024,
    memoryGB: 64,
    memoryType: 'LPDDR5X unified memory',
    memoryBandwidthGBs: 273,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(64),
    derived: {},
    notes:
      "The top M4 Pro bin (Mac mini, MacBook Pro): up to 64 GB at 273 GB/s, from reports of Apple's October 2024 announcement. Announced 29–30 October 2024. Apple publishes no GPU TFLOPS peak and no TDP, so compute and power are null; the Neural Engine is a separate block and is not stored as int8Tops. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU.",
    sources: [techcrunchM4Copy, gamebastionM4, ...macUsableSources],
    cite: {
      released: 'techcrunch-m4-max-copy',
      memoryGB: 'gamebastion-m4-max',
      memoryBandwidthGBs: 'techcrunch-m4-max-copy',
      usableMemory: macShareCite(64),
    },
  },
  {
    id: 'apple-m4-max-32c',
    name: 'Apple M4 Max (14-core CPU, 32-core GPU)',
    vendor: 'Apple',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2024,
    memoryGB: 36,
    memoryType: 'LPDDR5X unified memory',
    memoryBandwidthGBs: 410,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(36),
    derived: {},
    notes:
      "The binned M4 Max is sold only with 36 GB (ITmedia) and has 410 GB/s against 546 for the 40-core part; the 410 figure is Apple's MacBook Pro specification as quoted in a third-party note, since Apple's page itself was not available to us. Announced 30 October 2024. Apple publishes no GPU TFLOPS peak and no TDP, so compute and power are null; the Neural Engine is a separate block and is not stored as int8Tops. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU.",
    sources: [appleSupportM4MaxQuote, m4ProMaxJapan, notebookcheckM4Max, ...macUsableSources],
    cite: {
      released: 'notebookcheck-m4-max',
      memoryGB: 'itmedia-m4-macbook-pro-copy',
      memoryBandwidthGBs: 'apple-mbp-2024-specs-as-quoted',
      usableMemory: macShareCite(36),
    },
  },
  {
    id: 'apple-m5-10c',
    name: 'Apple M5 (10-core CPU, 10-core GPU)',
    vendor: 'Apple',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2025,
    memoryGB: 32,
    memoryType: 'LPDDR5X unified memory',
    memoryBandwidthGBs: 153,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(32),
    derived: {},
    notes:
      "Base M5 (MacBook Pro 14-inch, iPad Pro, Vision Pro): a Neural Accelerator in each of the 10 GPU cores, up to 32 GB at 153 GB/s (reports of Apple's 15 October 2025 announcement). Apple quotes GPU AI compute only as a multiple of M4, so no TFLOPS is stored. Apple publishes no GPU TFLOPS peak and no TDP, so compute and power are null; the Neural Engine is a separate block and is not stored as int8Tops. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU.",
    sources: [decoderM5, dailyM5, ...macUsableSources],
    cite: {
      released: 'vasudev-apple-m5-report',
      memoryGB: 'the-decoder-apple-m5',
      memoryBandwidthGBs: 'the-decoder-apple-m5',
      usableMemory: macShareCite(32),
    },
  },
  {
    id: 'apple-m5-pro-20c',
    name: 'Apple M5 Pro (18-core CPU, 20-core GPU)',
    vendor: 'Apple',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2026,
    memoryGB: 64,
    memoryType: 'LPDDR5X unified memory',
    memoryBandwidthGBs: 307,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(64),
    derived: {},
    notes:
      "Fusion Architecture (two dies in one package), announced 3 March 2026 with the 14- and 16-inch MacBook Pro: up to 64 GB at 307 GB/s, Neural Accelerators in every GPU core (third-party reports of Apple's announcement). Binned M5 Pro parts with fewer GPU cores exist and are not listed. Apple publishes no GPU TFLOPS peak and no TDP, so compute and power are null; the Neural Engine is a separate block and is not stored as int8Tops. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU.",
    sources: [morningM5ProMax, pepelacM5ProMax, sfnewsM5ProMax, ...macUsableSources],
    cite: {
      released: 'sfnews-m5-pro-max',
      memoryGB: 'pepelac-m5-pro-max',
      memoryBandwidthGBs: 'pepelac-m5-pro-max',
      usableMemory: macShareCite(64),
    },
  },
  {
    id: 'apple-m5-max-40c',
    name: 'Apple M5 Max (18-core CPU, 40-core GPU)',
    vendor: 'Apple',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2026,
    memoryGB: 128,
    memoryType: 'LPDDR5X unified memory',
    memoryBandwidthGBs: 614,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(128),
    derived: {},
    notes:
      "Announced 3 March 2026 with the MacBook Pro: up to 128 GB at 614 GB/s (third-party reports of Apple's announcement). A 32-core-GPU bin with less bandwidth also exists and is not listed. Apple publishes no GPU TFLOPS peak and no TDP, so compute and power are null; the Neural Engine is a separate block and is not stored as int8Tops. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU.",
    sources: [morningM5ProMax, pepelacM5ProMax, sfnewsM5ProMax, ...macUsableSources],
    cite: {
      released: 'sfnews-m5-pro-max',
      memoryGB: 'morningoverview-m5-pro-max',
      memoryBandwidthGBs: 'morningoverview-m5-pro-max',
      usableMemory: macShareCite(128),
    },
  },
  {
    id: 'apple-a19-pro',
    name: 'Apple A19 Pro (iPhone 17 Pro, 6-core GPU)',
    vendor: 'Apple',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2025,
    memoryGB: 12,
    memoryType: 'LPDDR5X-9600 (shared)',
    memoryBandwidthGBs: 75.8,
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
      'Phone SoC: 6-core CPU, a 6-core GPU with a Neural Accelerator in each core (5 cores in the iPhone Air), a 16-core Neural Engine and 12 GB of RAM. Apple publishes neither bandwidth nor a TOPS figure for it; 75.8 GB/s with LPDDR5X-9600 comes from a third-party specification leak and should be treated as approximate (a 64-bit bus at 9,600 MT/s would give 9,600 × 8 bytes = 76.8 GB/s, so the leak is at least consistent). iOS also limits how much memory one app may use (far less than 12 GB), and Apple documents no fixed figure, so usableMemory is null. Launched September 2025.',
    sources: [macnerdA19, inewsA19],
    cite: {
      released: 'macnerd-a19-socs',
      memoryGB: 'macnerd-a19-socs',
      memoryBandwidthGBs: 'zoombangla-a19-pro-specs',
    },
  },
  {
    id: 'snapdragon-8-elite-gen5',
    name: 'Qualcomm Snapdragon 8 Elite Gen 5',
    vendor: 'Qualcomm',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2025,
    memoryGB: 24,
    memoryType: 'LPDDR5X-10667 (5,300 MHz, shared)',
    memoryBandwidthGBs: 84.8,
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
      'Phone SoC (Oryon CPU 2 + 6 cores, Adreno 840 GPU, Hexagon NPU supporting INT2 to FP16). Qualcomm publishes no memory bandwidth and, this generation, no NPU TOPS. Memory: up to 24 GB of LPDDR5X at 5,300 MHz, i.e. about 10.6 GT/s; 84.8 GB/s is our estimate for the 64-bit (4 × 16-bit) interface of Snapdragon 8-class phones: 10.6 GT/s × 8 bytes = 84.8 GB/s (the bus width is an assumption, not from a source). Android does not fix a share of memory for the NPU or GPU, so usableMemory is null. Announced September 2025.',
    sources: [lowyatSnapdragon, cputronicSnapdragon],
    cite: {
      released: 'lowyat-snapdragon-8-elite-gen5',
      memoryGB: 'lowyat-snapdragon-8-elite-gen5',
      memoryBandwidthGBs: 'lowyat-snapdragon-8-elite-gen5',
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
