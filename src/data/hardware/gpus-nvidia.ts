// NVIDIA GPUs in the catalogue (datacenter, workstation, Jetson modules), with the sources behind them.
import { NEW, REVIEWED, defineDevices, gib, mib, source, thirdParty, unread } from './define';

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

const awesomeagentsGb300 = thirdParty(
  'awesomeagents-gb300-nvl72',
  'Awesome Agents: NVIDIA GB300 NVL72 (288 GB HBM3e per GPU in 12-high stacks, 20.7 TB per rack, 1,400 W per GPU)',
  'https://awesomeagents.ai/hardware/nvidia-gb300-nvl72',
  REVIEWED,
);

// ---------------------------------------------------------------------------
// Sources read for the issue-23 release (dated NEW).
// ---------------------------------------------------------------------------

const modalClient2797 = thirdParty(
  'modal-client-2797',
  'modal-labs/modal-client pull request 2797: nvidia-smi totals per GPU type (H100 81,559 MiB; A100 80GB 81,920 MiB; L40S 46,068 MiB; L4 23,034 MiB)',
  'https://github.com/modal-labs/modal-client/pull/2797',
  NEW,
);
const dnakovMamf5090 = thirdParty(
  'dnakov-consumer-mamf-rtx-5090',
  'dnakov/consumer-mamf on Hugging Face: RTX 5090 BF16 matmul benchmark log (torch device properties: total_memory=32109MB, i.e. MiB)',
  'https://huggingface.co/datasets/dnakov/consumer-mamf/viewer/default/train',
  NEW,
);
const nvidiaRtxBlackwellWhitepaper = unread(
  'nvidia-rtx-blackwell-whitepaper',
  'NVIDIA RTX Blackwell GPU Architecture whitepaper (appendix: GeForce RTX 50 series specifications)',
  'https://images.nvidia.com/aem-dam/Solutions/geforce/blackwell/nvidia-rtx-blackwell-gpu-architecture.pdf',
  NEW,
);
const lamonoaiGpumap = thirdParty(
  'lamonoai-gpumap-nvidia',
  'lamonoai/gpumap on GitHub: nvidia/GPU.md, Blackwell table transcribed from the RTX Blackwell whitepaper (BF16 tensor with FP32 accumulate, FP8 and INT8, dense and sparse; RTX 5090, 5080, 5070 Ti)',
  'https://github.com/lamonoai/gpumap/blob/8d5e174f6f25a520db1ada126d4c1fa5c5eb6df9/nvidia/GPU.md',
  NEW,
);
const nvidiaRtxPro6000Datasheet = source(
  'nvidia-rtx-pro-6000-datasheet',
  'NVIDIA RTX PRO 6000 Blackwell Workstation Edition datasheet (specification table read in a copy in atineoSE/coding-model-seeks-gpu: 4,000 AI TOPS, "effective FP4 TOPS with sparsity"; 96 GB GDDR7; 1,792 GB/s; 600 W; PCIe 5.0 x16)',
  'https://www.nvidia.com/content/dam/en-zz/Solutions/data-center/rtx-pro-6000-blackwell-workstation-edition/workstation-blackwell-rtx-pro-6000-workstation-edition-nvidia-us-3519208-web.pdf',
  NEW,
);
const rtxPro6000Editions = thirdParty(
  'rtx-pro-6000-editions-report',
  'Report on the RTX PRO 6000 family at GTC 2025 (Workstation, Max-Q Workstation and Server editions share 188 SMs, 96 GB of GDDR7 and 1,792 GB/s; clocks differ by edition)',
  'https://ferreiradozezere.net/entretenimento/a-mansao-na-qual-adele-viveu-nao-e-vendida-por-ser-assombrada/2388/?random-post=1',
  NEW,
);
const xeonInDgxB300 = thirdParty(
  'completeaitraining-dgx-b300-xeon',
  'Complete AI Training: Intel Xeon 6 in NVIDIA DGX B300 (the DGX B300 host CPU is the Xeon 6776P, a Xeon 6700P part)',
  'https://completeaitraining.com/news/intel-xeon-6-priority-cores-emerge-as-key-feature-in-nvidia/',
  NEW,
);
const nvidiaDcPowerSpecs = unread(
  'nvidia-data-center-power-specs',
  'NVIDIA Data Center Power Service: device specifications (GB200 per-GPU power)',
  'https://docs.nvidia.com/data-center-power/index.html',
  NEW,
);
const mirrorfrogRubin = thirdParty(
  'mirrorfrog-vera-rubin',
  'AI Compute Cards Wiki (mirrorfrog.com): NVIDIA Vera Rubin platform deep dive (per GPU: 288 GB HBM4 at 22 TB/s, about 1,800 W)',
  'https://mirrorfrog.com/en/blog/nvidia-vera-rubin-platform-6-chips-deep-dive',
  NEW,
);
const imgtagRubin = thirdParty(
  'imgtag-vera-rubin-nvl72',
  "Summary of NVIDIA's Vera Rubin NVL72 announcement (72 Rubin GPUs with 288 GB HBM4 each, 20.7 TB per rack; NVFP4 inference 3.6 EF, 50 PF per GPU; NVFP4 training 2.5 EF; NVLink 6 at 3.6 TB/s per GPU)",
  'https://jp.imgtag.co.kr/?p=929391',
  NEW,
);
const silicontalesRubin = thirdParty(
  'silicontales-vera-rubin-nvl72',
  "Silicon Tales: Vera Rubin NVL72 field guide (figures are NVIDIA's preliminary specifications; volume production targeted for the second half of 2026)",
  'https://silicontales.com/nvidia-vera-rubin-nvl72/',
  NEW,
);
const jetsonNanoSuperGuide = thirdParty(
  'brojogopalsapui-jetson-orin-nano-super',
  "Jetson Orin Nano Super hardware deep dive (numbers from NVIDIA's December 2024 developer-kit datasheet: 8 GB 128-bit LPDDR5 at 102 GB/s, 67 INT8 TOPS sparse, 7–25 W, 1,024 CUDA cores and 32 Tensor Cores)",
  'https://www.brojogopalsapui.com/ai-foundations/sub_contents/AI_hardware/jetson_orin_nano_light.html',
  NEW,
);

export const nvidiaGpus = defineDevices([
  {
    id: 'a100-sxm-80gb',
    name: 'NVIDIA A100 80GB SXM',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2020,
    memoryGB: mib(81920),
    memoryLabel: '80 GB',
    memoryBasis: 'reported',
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
    preliminary: [],
    notes:
      "Ampere has no FP8 or FP4 tensor formats, so those peaks are null. The datasheet lists BF16 312 | 624* TFLOPS and INT8 624 | 1,248* TOPS, where * marks 2:4 sparsity; the dense figures are stored. NVLink 600 GB/s is both directions combined (12 links). The NVIDIA datasheet could not be read in a stored copy (listed as unverified). Reviewed 2026-12-01: the 80 GB is in NVIDIA's own MLPerf system description for DGX A100; the other figures are third-party only and labelled so: BF16 312 and INT8 624 dense with 400 W (the Paderborn A100 documentation, whose compute figures apply to both capacities), 2,039 GB/s for the 80 GB SXM part (cloud-atlas notes), NVLink 3 at 600 GB/s (LLMPerf). Release year: the 80 GB version was announced in November 2020; the year is taken from a third-party page (calwoo notes) because no vendor announcement copy was available to us. Memory: nvidia-smi reports 81,920 MiB, i.e. 85.9 GB, which is stored as the capacity a runtime sees (the catalogue's memory rule); the marketed label is kept beside it.",
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
      modalClient2797,
    ],
    cite: {
      released: 'calwoo-nvidia-gpu-hardware',
      memoryGB: 'modal-client-2797',
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
    memoryGB: mib(81559),
    memoryLabel: '80 GB',
    memoryBasis: 'reported',
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
    preliminary: [],
    notes:
      'NVIDIA headlines sparse peaks (marked *): BF16 1,979*, FP8 3,958*, INT8 3,958* TOPS. Dense = half: 989.5, 1,979 and 1,979 (NVIDIA\'s Hopper whitepaper rounds dense BF16 to 989.4). Hopper has no FP4, so fp4 is null. TDP is "up to 700 W (configurable)". NVLink 900 GB/s is both directions combined (18 links × 50 GB/s); capacity, the 18-link NVLink and the PCIe Gen5 x16 host link (64 GB/s each way) are confirmed in the NVIDIA MLPerf v4.1 DGX H100 system description. Release year from a third-party encyclopedia entry (announced March 2022, shipped in 2022). Memory: nvidia-smi reports 81,559 MiB, i.e. 85.5 GB, which is stored as the capacity a runtime sees (the catalogue\'s memory rule); the marketed label is kept beside it.',
    sources: [nvidiaH100Page, pcmagH100, mlperfNvidiaDgxH100, modalClient2797],
    cite: {
      hostLink: 'mlperf-v4-1-nvidia-dgx-h100',
      released: 'pcmag-h100',
      memoryGB: 'modal-client-2797',
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
    memoryGB: gib(80),
    memoryLabel: '80 GB',
    memoryBasis: 'binary-label',
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
    preliminary: [],
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
    memoryGB: gib(141),
    memoryLabel: '141 GB',
    memoryBasis: 'binary-label',
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
    preliminary: [],
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
    memoryGB: gib(180),
    memoryLabel: '180 GB',
    memoryBasis: 'binary-label',
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
    preliminary: [],
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
    memoryGB: gib(186),
    memoryLabel: '186 GB',
    memoryBasis: 'binary-label',
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
    preliminary: [],
    notes:
      "One Blackwell GPU of a GB200 superchip (1 Grace CPU + 2 GPUs) in a GB200 NVL72 rack, not the superchip or the rack. Rack totals ÷ 72: HBM3e 13.4 TB → 186 GB (announced as 192 GB per GPU, 384 GB per superchip; NVIDIA later listed 372 GB per superchip), 576 TB/s → 8 TB/s, NVLink 130 TB/s → 1.8 TB/s per GPU (both directions combined). NVIDIA's rack peaks are sparse (FP4 1,440 PF, FP8 720 PF, INT8 720 POPS, BF16 360 PF); ÷ 72 ÷ 2 gives the dense per-GPU figures stored. 1,200 W per GPU is the figure NVIDIA's Data Center Power Service device specifications give (the page the on-premises chapter cites); no stored copy of that page could be read here, so the value cites Glenn Lockwood's notes, which give the same 1,200 W for the GB200 operating point. The 186 GB per GPU is also what the Crusoe MLPerf v6.1 submission reports; the GPUs reach the Grace CPU over NVLink-C2C, whose per-GPU share is not stated, so hostLink is null. Released 2024: announced March 2024, racks shipped from late 2024.",
    sources: [
      nvidiaGb200Page,
      klockwoodB200,
      clawkipediaB200,
      mlperfCrusoeGb200,
      nvidiaDcPowerSpecs,
    ],
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
    memoryGB: mib(23034),
    memoryLabel: '24 GB',
    memoryBasis: 'reported',
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
    preliminary: [],
    notes:
      "Low-profile, single-slot 72 W PCIe Gen4 card. The datasheet lists only sparse peaks (BF16 242*, FP8 485*, INT8 485* TOPS); dense = half. Ada has no FP4. No NVLink: cards exchange data over PCIe Gen4 x16 (64 GB/s both directions), so scaleUp is null. Announced March 2023 (date from a third-party page). Memory: nvidia-smi reports 23,034 MiB, i.e. 24.2 GB, which is stored as the capacity a runtime sees (the catalogue's memory rule); the marketed label is kept beside it.",
    sources: [nvidiaL4Page, aiwikiL4, mlperfNvidiaL4, modalClient2797],
    cite: {
      released: 'aiwiki-nvidia-l4',
      memoryGB: 'modal-client-2797',
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
    memoryGB: mib(46068),
    memoryLabel: '48 GB',
    memoryBasis: 'reported',
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
    preliminary: [],
    notes:
      "Dual-slot PCIe Gen4 card. The datasheet gives dense | sparse pairs: BF16 362.05 | 733*, FP8 733 | 1,466*, INT8 733 | 1,466* TOPS; dense stored. Ada has no FP4. No NVLink (PCIe Gen4 x16, 64 GB/s both directions), so scaleUp is null. Announced August 2023 (date from a third-party page). Memory: nvidia-smi reports 46,068 MiB, i.e. 48.3 GB, which is stored as the capacity a runtime sees (the catalogue's memory rule); the marketed label is kept beside it.",
    sources: [nvidiaL40sPage, grokipediaL4L40s, modalClient2797],
    cite: {
      released: 'grokipedia-l4-vs-l40s',
      memoryGB: 'modal-client-2797',
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
    memoryGB: gib(288),
    memoryLabel: '288 GB',
    memoryBasis: 'binary-label',
    memoryType: 'HBM3e (12-high stacks)',
    memoryBandwidthGBs: 8000,
    bf16Tflops: 2250,
    fp8Tflops: 4500,
    int8Tops: 125,
    fp4Tflops: 13125,
    tdpW: 1100,
    scaleUp: { name: 'NVLink 5', GBs: 1800 },
    hostLink: {
      name: 'PCIe Gen5 x16 (Gen6-capable GPU in a Gen5 Xeon 6 host)',
      GBsPerDirection: 64,
    },
    usableMemory: null,
    derived: {},
    preliminary: [],
    notes:
      "Blackwell Ultra, one GPU of an 8-GPU HGX B300 board. No NVIDIA datasheet was available to us, so every figure is third-party and labelled as such. Capacity 288 GB (8 HBM3e stacks, 12-high; 8 GPUs = 2.3 TB); one cloud provider lists about 270 GB visible per GPU. Bandwidth 8 TB/s. NVIDIA's HGX B300 table, as quoted by FiberMall, gives 8-GPU sparse totals of FP8 72 PF, BF16 36 PF and INT8 only 2 POPS: ÷ 8 ÷ 2 gives dense 4,500 FP8, 2,250 BF16 and 125 INT8 (Blackwell Ultra cut INT8 sharply; Verda lists about 150). Dense FP4 13,125 TFLOPS is Glenn Lockwood's figure (Verda rounds to 14 PF; NVIDIA's rack pages imply 13.5). TDP: 1,100 W for the HGX part per Verda; Lockwood gives 1,400 W as the Blackwell Ultra maximum (the GB300 point). NVLink 5 1.8 TB/s is both directions combined. Host link: the GPU supports PCIe Gen6 x16 (16 lanes × 64 GT/s ÷ 8 = 128 GB/s each way), but a link runs at the slower end's generation, and DGX B300 hosts the GPUs on Xeon 6776P CPUs, which are PCIe Gen5; so Gen5 x16 at 64 GB/s each way is stored, as the H100 PCIe entry stores the generation of its host. With a Gen6 host the figure doubles. Announced at GTC in March 2025; DGX B300 shipping from January 2026.",
    sources: [klockwoodB300, fibermallHgxB300, verdaGb300, aiwikiDgxB300, xeonInDgxB300],
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
      hostLink: 'completeaitraining-dgx-b300-xeon',
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
    memoryGB: gib(288),
    memoryLabel: '288 GB',
    memoryBasis: 'binary-label',
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
    preliminary: [],
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
  {
    id: 'rtx-4090',
    name: 'NVIDIA GeForce RTX 4090',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'workstation',
    unit: 'chip',
    released: 2022,
    memoryGB: gib(24),
    memoryLabel: '24 GB',
    memoryBasis: 'binary-label',
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
    preliminary: [],
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
    memoryGB: mib(32109),
    memoryLabel: '32 GB',
    memoryBasis: 'reported',
    memoryType: 'GDDR7',
    memoryBandwidthGBs: 1792,
    bf16Tflops: 209.5,
    fp8Tflops: 419,
    int8Tops: 838,
    fp4Tflops: 1676,
    tdpW: 575,
    scaleUp: null,
    hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    usableMemory: null,
    derived: {},
    preliminary: [],
    notes:
      'Consumer card (GB202, 170 SMs). NVIDIA headlines 3,352 "AI TOPS", which is FP4 with 2:4 sparsity; dense FP4 = 1,676. The RTX Blackwell whitepaper gives the other tensor rates by accumulator, and GeForce cards run FP32 accumulation at half the FP16-accumulate rate: BF16 (FP32 accumulate) 209.5 dense / 419 sparse, FP8 with FP32 accumulate 419 / 838, INT8 838 / 1,676 TOPS. The FP32-accumulate figures are stored because inference GEMMs accumulate in FP32. No stored copy of the whitepaper could be read (listed as unverified); the figures cite a third-party table transcribed from it, which rounds BF16 to 210. 575 W is total graphics power. No NVLink (PCIe Gen5 x16 only), so scaleUp is null. Memory: torch reports 32,109 MiB (33.7 GB) on a 5090, stored as the capacity a runtime sees. The capacity label, 1,792 GB/s, 575 W and the AI TOPS figure come from NVIDIA, but the product page could not be read in a stored copy, so they cite the Spheron copy of the datasheet table and are labelled third-party. Announced at CES in January 2025 and on sale from 30 January 2025 (date from a third-party news page).',
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
      nvidiaRtxBlackwellWhitepaper,
      lamonoaiGpumap,
      dnakovMamf5090,
    ],
    cite: {
      released: 'asiafirstnews-rtx-5090',
      memoryGB: 'dnakov-consumer-mamf-rtx-5090',
      memoryBandwidthGBs: 'spheron-rtx-5090-specs',
      fp4Tflops: 'spheron-rtx-5090-specs',
      tdpW: 'spheron-rtx-5090-specs',
      hostLink: 'spheron-rtx-5090-specs',
      bf16Tflops: 'lamonoai-gpumap-nvidia',
      fp8Tflops: 'lamonoai-gpumap-nvidia',
      int8Tops: 'lamonoai-gpumap-nvidia',
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
    memoryGB: gib(24),
    memoryLabel: '24 GB',
    memoryBasis: 'binary-label',
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
    preliminary: [],
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
    memoryGB: mib(97887),
    memoryLabel: '96 GB',
    memoryBasis: 'reported',
    memoryType: 'GDDR7 (ECC)',
    memoryBandwidthGBs: 1792,
    bf16Tflops: 500,
    fp8Tflops: 1000,
    int8Tops: 1000,
    fp4Tflops: 2000,
    tdpW: 600,
    scaleUp: null,
    hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    usableMemory: null,
    derived: {
      bf16Tflops:
        '2,000 dense FP4 TFLOPS × 1/4 (fifth-generation Tensor Cores halve the rate at each step from FP4 to FP8 to 16-bit, with full-rate FP32 accumulation on RTX PRO cards) = 500 TFLOPS',
      fp8Tflops: '2,000 dense FP4 TFLOPS × 1/2 (FP8 runs at half the FP4 rate) = 1,000 TFLOPS',
      int8Tops: '2,000 dense FP4 TFLOPS × 1/2 (INT8 runs at the FP8 rate) = 1,000 TOPS',
    },
    preliminary: [],
    notes:
      "The 600 W Workstation Edition (dual-slot, flow-through cooler). The Max-Q Workstation Edition (300 W) and the passively cooled Server Edition (its own entry, rtx-pro-6000-blackwell-server) share the GB202 chip (188 SMs, 24,064 CUDA cores), the 96 GB of GDDR7 on 512 bits and 1,792 GB/s, but run other clocks. NVIDIA's datasheet gives 4,000 AI TOPS, footnoted as effective FP4 TOPS with sparsity; dense FP4 = 2,000. The datasheet gives no BF16, FP8 or INT8 figure and no stored copy of NVIDIA's whitepaper could be read, so those peaks are derived from the FP4 figure with the Blackwell Tensor Core ratios (each wider format at half the rate; professional cards do not halve FP32 accumulation as GeForce cards do, just as the L40S runs BF16 at half its FP8 rate). Memory: nvidia-smi reports 97,887 MiB (102.6 GB), stored as the capacity a runtime sees. No NVLink. Host link PCIe Gen5 x16 (confirmed in an nvidia-smi snapshot): 16 lanes × 32 GT/s ÷ 8 = 64 GB/s each way. Announced at GTC in March 2025, in distribution from April 2025 (third-party dates).",
    sources: [
      hardwareCornerRtxPro6000,
      gpunameRtxPro6000,
      topcpuRtxPro6000,
      pizetaRtxPro6000Smi,
      nvidiaRtxPro6000Datasheet,
    ],
    cite: {
      released: 'gpuname-rtx-pro-6000',
      memoryBandwidthGBs: 'hardware-corner-rtx-pro-6000',
      tdpW: 'hardware-corner-rtx-pro-6000',
      hostLink: 'pizeta-rtx-pro-6000-nvidia-smi',
      bf16Tflops: 'nvidia-rtx-pro-6000-datasheet',
      fp8Tflops: 'nvidia-rtx-pro-6000-datasheet',
      int8Tops: 'nvidia-rtx-pro-6000-datasheet',
      fp4Tflops: 'nvidia-rtx-pro-6000-datasheet',
      memoryGB: 'pizeta-rtx-pro-6000-nvidia-smi',
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
    memoryGB: gib(128),
    memoryLabel: '128 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5x unified memory (shared by 20 Arm cores and the Blackwell GPU)',
    memoryBandwidthGBs: 273,
    bf16Tflops: 125,
    fp8Tflops: 250,
    int8Tops: null,
    fp4Tflops: 500,
    tdpW: 140,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {
      bf16Tflops:
        '500 dense FP4 TFLOPS × 1/4 (BF16 at a quarter of the FP4 rate with full-rate FP32 accumulation, as on datacenter Blackwell; 62.5 if GB10 halves FP32 accumulation as GeForce parts do) = 125 TFLOPS',
      fp8Tflops: '500 dense FP4 TFLOPS × 1/2 (FP8 at half the FP4 rate) = 250 TFLOPS',
    },
    preliminary: [],
    notes:
      "Desktop box built on one GB10 package (a Blackwell GPU with 48 SMs and 20 Arm CPU cores on one 128 GB LPDDR5x pool at 273 GB/s); the row describes that package. NVIDIA's specification page was not available to us, so figures are third-party: 128 GB and 273 GB/s (EXO Labs, sparkfit), 140 W (Hugging Face's hardware page; EXO measured about 95 W while serving). NVIDIA headlines up to 1 PFLOP of FP4 with 2:4 sparsity (reported by third parties from NVIDIA's spec sheet and Hot Chips 2025), so 500 TFLOPS dense FP4 is stored. NVIDIA gives no BF16 or FP8 figure in what we read, so those are derived from the FP4 figure (see the arithmetic; the BF16 value assumes full-rate FP32 accumulation and could be half that), and INT8 is null. Memory usable by the GPU: CPU and GPU allocate from the same pool and there is no fixed carve-out; the share left for the OS and CPU processes depends on the workload, and no default figure was published in what we read, so usableMemory is null (sparkfit budgets a slice for the Grace side). Two Sparks can be joined over their ConnectX-7 200 Gb/s ports (networking, not a scale-up fabric). Released 2025.",
    sources: [exolabsSparkHandbook, sparkfitPypi, hfGb10, warehackSpark, meterpreterGb10],
    cite: {
      fp4Tflops: 'warehack-dgx-spark-hardware',
      released: 'huggingface-hardware-gb10',
      memoryGB: 'exolabs-dgx-spark-handbook',
      memoryBandwidthGBs: 'exolabs-dgx-spark-handbook',
      tdpW: 'huggingface-hardware-gb10',
      bf16Tflops: 'warehack-dgx-spark-hardware',
      fp8Tflops: 'warehack-dgx-spark-hardware',
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
    memoryGB: gib(64),
    memoryLabel: '64 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5 (shared CPU/GPU)',
    memoryBandwidthGBs: 204.8,
    bf16Tflops: 42.5,
    fp8Tflops: null,
    int8Tops: 137.5,
    fp4Tflops: null,
    tdpW: 60,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {
      bf16Tflops:
        '85 dense INT8 TOPS of the GPU alone × 1/2 (Ampere tensor cores run FP16 and BF16 at half the INT8 rate, as the A100 runs 312 and 624) = 42.5 TFLOPS',
    },
    preliminary: [],
    notes:
      "Module with an Ampere GPU, Arm CPUs and two deep-learning accelerators (DLAs). NVIDIA's 275 TOPS is sparse INT8 summed over the GPU and both DLAs; dense = 137.5 TOPS, of which the GPU alone is 85 (170 sparse). No BF16 tensor peak is published, so the GPU's 16-bit peak is derived from its own INT8 share (see the arithmetic; the DLAs do not run LLMs); Ampere has no FP8/FP4. Power is configurable from 15 W to 60 W; 60 W is stored. No chip-to-chip link. Released 2022. Where these figures come from: NVIDIA's Jetson Orin page URL, not read in a stored vendor copy (NVIDIA's Jetson developer-kit docs we could read do not list them). The 275 TOPS, 64 GB LPDDR5 at 204.8 GB/s and 15–60 W were checked only against third-party copies, including Fixstars' blog, which calls the 275 figure sparse INT8; the 85/170 TOPS GPU-only split could not be re-checked at all. Reviewed 2026-12-01: the NVIDIA MLPerf v4.1 Orin system description confirms 64 GB of 256-bit LPDDR5 shared with the host (256 bits × 6,400 MT/s ÷ 8 = 204.8 GB/s if the LPDDR5 runs at 6,400 MT/s, which that file does not state). usableMemory is null: CPU and GPU allocate from one pool with no fixed split.",
    sources: [nvidiaJetsonOrinPage, fixstarsJetson, mlperfNvidiaOrin],
    cite: {
      released: 'fixstars-jetson-orin-vs-thor',
      memoryGB: 'mlperf-v4-1-nvidia-jetson-agx-orin',
      memoryBandwidthGBs: 'nvidia-jetson-orin-specs',
      int8Tops: 'nvidia-jetson-orin-specs',
      tdpW: 'nvidia-jetson-orin-specs',
      bf16Tflops: 'nvidia-jetson-orin-specs',
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
    memoryGB: gib(128),
    memoryLabel: '128 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5X (shared CPU/GPU)',
    memoryBandwidthGBs: 273,
    bf16Tflops: 258.8,
    fp8Tflops: 517.5,
    int8Tops: null,
    fp4Tflops: 1035,
    tdpW: 130,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {
      fp8Tflops:
        '1,035 dense FP4 TFLOPS × 1/2 (FP8 at half the FP4 rate on Blackwell Tensor Cores, as B200 runs 9,000 FP4 and 4,500 FP8) = 517.5 TFLOPS',
      bf16Tflops:
        '1,035 dense FP4 TFLOPS × 1/4 (BF16 at a quarter of the FP4 rate, as B200 runs 2,250) = 258.8 TFLOPS',
    },
    preliminary: [],
    notes:
      "Module with a Blackwell GPU. NVIDIA headlines 2,070 FP4 TFLOPS with sparsity; dense = 1,035. Other precisions are not given on the pages we read, so FP8 and BF16 are derived from it with the ratios of datacenter Blackwell (see the arithmetic); INT8 is null. Power is configurable from 40 W to 130 W; 130 W is stored. No chip-to-chip link. The 2,070 sparse FP4 TFLOPS, 128 GB LPDDR5X at 273 GB/s and 40–130 W are from NVIDIA's Jetson Thor page URL, not read in a stored vendor copy (the Jetson AGX Thor developer-kit user guide we could read does not list them); they were checked only against third-party copies. Developer kit and T5000 module generally available August 2025 (date from a third-party article).",
    sources: [nvidiaJetsonThorPage, fixstarsJetson, hfJetsonT5000, learnaiThor, nvForumThorPower],
    cite: {
      released: 'fixstars-jetson-orin-vs-thor',
      memoryGB: 'huggingface-hardware-jetson-t5000',
      memoryBandwidthGBs: 'nvidia-jetson-thor-specs',
      fp4Tflops: 'learnaivisually-jetson-thor',
      tdpW: 'nvidia-forum-thor-module-power',
      bf16Tflops: 'learnaivisually-jetson-thor',
      fp8Tflops: 'learnaivisually-jetson-thor',
    },
  },
  // ----------------------------- Added in the issue-23 release -----------------------------
  {
    id: 'rubin-vr200',
    name: 'NVIDIA Rubin (per GPU, Vera Rubin NVL72)',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2026,
    memoryGB: gib(288),
    memoryLabel: '288 GB',
    memoryBasis: 'binary-label',
    memoryType: 'HBM4',
    memoryBandwidthGBs: 22000,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: 50000,
    tdpW: null,
    scaleUp: { name: 'NVLink 6 (NVL72 NVLink Switch domain)', GBs: 3600 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    preliminary: ['released', 'memoryGB', 'memoryBandwidthGBs', 'fp4Tflops', 'scaleUp'],
    notes:
      "One Rubin GPU (two reticle-sized dies, eight HBM4 stacks) of a Vera Rubin NVL72 rack: 72 GPUs and 36 Vera CPUs. Every figure is NVIDIA's announced, preliminary specification as reported by third parties (no NVIDIA page was read), and the page marks it so: 288 GB of HBM4 at about 22 TB/s per GPU (20.7 TB per rack), NVLink 6 at 3.6 TB/s per GPU (both directions combined; 260 TB/s per rack), and 50 PF of NVFP4 for inference per GPU (3.6 EF per rack). NVIDIA does not label the 50 PF as sparse; it quotes a lower 35 PF for NVFP4 training (2.5 EF per rack), and the gap comes from what NVIDIA describes as adaptive compression in its Transformer Engine, so a dense GEMM may reach only the lower figure. No BF16, FP8 or INT8 per-GPU figure was in what we read (third-party tables disagree), so they are null; the FP4 peak is the compute peak the estimates use. Power is not published per GPU (a third-party deep dive says about 1,800 W; not stored). NVIDIA targets volume production in the second half of 2026; Rubin CPX, a GDDR7 prefill part, is announced without a published bandwidth and is not listed.",
    sources: [imgtagRubin, mirrorfrogRubin, silicontalesRubin],
    cite: {
      released: 'silicontales-vera-rubin-nvl72',
      memoryGB: 'imgtag-vera-rubin-nvl72',
      memoryBandwidthGBs: 'mirrorfrog-vera-rubin',
      fp4Tflops: 'imgtag-vera-rubin-nvl72',
      scaleUp: 'imgtag-vera-rubin-nvl72',
    },
  },
  {
    id: 'rtx-pro-6000-blackwell-server',
    name: 'NVIDIA RTX PRO 6000 Blackwell Server Edition',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2025,
    memoryGB: gib(96),
    memoryLabel: '96 GB',
    memoryBasis: 'binary-label',
    memoryType: 'GDDR7 (ECC)',
    memoryBandwidthGBs: 1792,
    bf16Tflops: 500,
    fp8Tflops: 1000,
    int8Tops: 1000,
    fp4Tflops: 2000,
    tdpW: 600,
    scaleUp: null,
    hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    usableMemory: null,
    derived: {
      fp4Tflops:
        '4,000 sparse FP4 TOPS of the Workstation Edition × 1/2 (dense; the Server Edition has the same 188 SMs, and NVIDIA gives it no separate figure, so this is an upper bound) = 2,000 TFLOPS',
      bf16Tflops:
        '2,000 dense FP4 TFLOPS × 1/4 (as derived for the Workstation Edition) = 500 TFLOPS',
      fp8Tflops:
        '2,000 dense FP4 TFLOPS × 1/2 (as derived for the Workstation Edition) = 1,000 TFLOPS',
      int8Tops:
        '2,000 dense FP4 TFLOPS × 1/2 (as derived for the Workstation Edition) = 1,000 TOPS',
    },
    preliminary: [],
    notes:
      "The passively cooled RTX PRO 6000 for servers (the part in NVIDIA's RTX PRO servers and in MLPerf submissions labelled Server Edition). It shares the GB202 configuration of the Workstation Edition (188 SMs, 96 GB of GDDR7 on 512 bits, 1,792 GB/s), but its clocks and its configurable power limit (up to 600 W) differ, and NVIDIA publishes no separate tensor figure for it, so the peaks copy the Workstation Edition's derived values and are upper bounds. It is listed separately so that measurements taken on the Server Edition are not fitted against the Workstation entry. No NVLink; PCIe Gen5 x16 (64 GB/s each way). Capacity follows the binary-label rule (no driver report for this edition was read). Announced at GTC in March 2025 (third-party report).",
    sources: [rtxPro6000Editions, nvidiaRtxPro6000Datasheet, gpunameRtxPro6000],
    cite: {
      released: 'rtx-pro-6000-editions-report',
      memoryGB: 'rtx-pro-6000-editions-report',
      memoryBandwidthGBs: 'rtx-pro-6000-editions-report',
      bf16Tflops: 'nvidia-rtx-pro-6000-datasheet',
      fp8Tflops: 'nvidia-rtx-pro-6000-datasheet',
      int8Tops: 'nvidia-rtx-pro-6000-datasheet',
      fp4Tflops: 'nvidia-rtx-pro-6000-datasheet',
      tdpW: 'gpuname-rtx-pro-6000',
      hostLink: 'gpuname-rtx-pro-6000',
    },
  },
  {
    id: 'rtx-5080',
    name: 'NVIDIA GeForce RTX 5080',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'workstation',
    unit: 'chip',
    released: 2025,
    memoryGB: gib(16),
    memoryLabel: '16 GB',
    memoryBasis: 'binary-label',
    memoryType: 'GDDR7',
    memoryBandwidthGBs: 960,
    bf16Tflops: 113,
    fp8Tflops: 225,
    int8Tops: 450,
    fp4Tflops: 900,
    tdpW: 360,
    scaleUp: null,
    hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    usableMemory: null,
    derived: {},
    preliminary: [],
    notes:
      "Consumer card (GB203, 84 SMs, 256-bit bus). Tensor rates as transcribed from NVIDIA's RTX Blackwell whitepaper by a third party, with FP32 accumulation (which GeForce runs at half rate): BF16 113 dense (whitepaper 112.6), FP8 225, INT8 450 TOPS. FP4: NVIDIA's 1,801 AI TOPS is FP4 with sparsity, so about 900 dense (900.5, stored as 900 so that it stays four times the rounded FP8 rate) (the third-party table's own FP4 row halves that again and is not used). 16 GB fits an 8B model in BF16 or a 24–30B model at 4 bits. No NVLink. Released January 2025 (third-party table).",
    sources: [lamonoaiGpumap, nvidiaRtxBlackwellWhitepaper],
    cite: {
      released: 'lamonoai-gpumap-nvidia',
      memoryGB: 'lamonoai-gpumap-nvidia',
      memoryBandwidthGBs: 'lamonoai-gpumap-nvidia',
      bf16Tflops: 'lamonoai-gpumap-nvidia',
      fp8Tflops: 'lamonoai-gpumap-nvidia',
      int8Tops: 'lamonoai-gpumap-nvidia',
      fp4Tflops: 'lamonoai-gpumap-nvidia',
      tdpW: 'lamonoai-gpumap-nvidia',
      hostLink: 'lamonoai-gpumap-nvidia',
    },
  },
  {
    id: 'rtx-5070-ti',
    name: 'NVIDIA GeForce RTX 5070 Ti',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'workstation',
    unit: 'chip',
    released: 2025,
    memoryGB: gib(16),
    memoryLabel: '16 GB',
    memoryBasis: 'binary-label',
    memoryType: 'GDDR7',
    memoryBandwidthGBs: 896,
    bf16Tflops: 88,
    fp8Tflops: 176,
    int8Tops: 352,
    fp4Tflops: 703,
    tdpW: 300,
    scaleUp: null,
    hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    usableMemory: null,
    derived: {},
    preliminary: [],
    notes:
      "Consumer card (GB203 with 70 SMs, 256-bit bus), the cheapest 16 GB GDDR7 card of its generation. Tensor rates as transcribed from NVIDIA's RTX Blackwell whitepaper by a third party, with FP32 accumulation: BF16 88 dense, FP8 176, INT8 352 TOPS; FP4 703 dense (NVIDIA's 1,406 AI TOPS is sparse FP4). No NVLink. Released February 2025 (third-party table).",
    sources: [lamonoaiGpumap, nvidiaRtxBlackwellWhitepaper],
    cite: {
      released: 'lamonoai-gpumap-nvidia',
      memoryGB: 'lamonoai-gpumap-nvidia',
      memoryBandwidthGBs: 'lamonoai-gpumap-nvidia',
      bf16Tflops: 'lamonoai-gpumap-nvidia',
      fp8Tflops: 'lamonoai-gpumap-nvidia',
      int8Tops: 'lamonoai-gpumap-nvidia',
      fp4Tflops: 'lamonoai-gpumap-nvidia',
      tdpW: 'lamonoai-gpumap-nvidia',
      hostLink: 'lamonoai-gpumap-nvidia',
    },
  },
  {
    id: 'jetson-orin-nano-super',
    name: 'NVIDIA Jetson Orin Nano Super (8 GB)',
    vendor: 'NVIDIA',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2024,
    memoryGB: gib(8),
    memoryLabel: '8 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5 (shared CPU/GPU, 128-bit)',
    memoryBandwidthGBs: 102,
    bf16Tflops: 16.8,
    fp8Tflops: null,
    int8Tops: 33.5,
    fp4Tflops: null,
    tdpW: 25,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {
      bf16Tflops:
        '33.5 dense INT8 TOPS × 1/2 (Ampere tensor cores run FP16 and BF16 at half the INT8 rate) = 16.8 TFLOPS',
    },
    preliminary: [],
    notes:
      "The $249 developer kit: the Orin Nano 8 GB module with the clocks that JetPack 6.1 unlocked in December 2024 (GPU 1.02 GHz, memory at 102 GB/s instead of 68, 25 W instead of 15). NVIDIA's 67 TOPS is sparse INT8 on the GPU alone (the Nano has no DLA), so 33.5 dense is stored. Ampere has no FP8 or FP4, and no BF16 tensor peak is given, so the 16-bit peak is derived from the INT8 figure (see the arithmetic). With 8 GB shared by CPU and GPU, models up to about 4B parameters at 4 bits leave room for a KV cache. Figures from a third-party page that quotes NVIDIA's developer-kit datasheet.",
    sources: [jetsonNanoSuperGuide],
    cite: {
      released: 'brojogopalsapui-jetson-orin-nano-super',
      memoryGB: 'brojogopalsapui-jetson-orin-nano-super',
      memoryBandwidthGBs: 'brojogopalsapui-jetson-orin-nano-super',
      int8Tops: 'brojogopalsapui-jetson-orin-nano-super',
      tdpW: 'brojogopalsapui-jetson-orin-nano-super',
      bf16Tflops: 'brojogopalsapui-jetson-orin-nano-super',
    },
  },
]);
