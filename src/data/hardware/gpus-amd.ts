// AMD GPUs in the catalogue (Instinct, Radeon, Ryzen AI APUs), with the sources behind them.
import { NEW, REVIEWED, defineDevices, gib, source, thirdParty, unread } from './define';

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

const registerMi355x = thirdParty(
  'theregister-mi355x',
  "The Register (12 June 2025): AMD's MI355X is a 1.4 kW liquid-cooled part with 288 GB of HBM3E at 8 TB/s; the MI350X trades about 8 % of peak for 1 kW",
  'https://www.theregister.com/2025/06/12/amd_mi355x/',
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

// ---------------------------------------------------------------------------
// Sources read for the issue-23 release (dated NEW).
// ---------------------------------------------------------------------------

const jaredwatkinsMi400 = thirdParty(
  'jaredwatkins-mi400-helios',
  'Jared Watkins, AMD Instinct MI400 series and Helios rack research note (MI455X: 432 GB HBM4, 19.6 TB/s, about 40 PF FP4 and 20 PF FP8 as stated by AMD; Helios 72 GPUs; production ramp H2 2026)',
  'https://www.jaredwatkins.com/research/ai-accelerators/amd-instinct/mi400-helios/',
  NEW,
);
const awesomeagentsMi455x = thirdParty(
  'awesomeagents-amd-mi455x',
  'Awesome Agents: AMD Instinct MI455X (3.6 TB/s scale-up via Infinity Fabric and UALink; targeted for H2 2026)',
  'https://awesomeagents.ai/hardware/amd-mi455x',
  NEW,
);
const tomsHeliosTable = thirdParty(
  'tomshardware-mi400-helios-table',
  "Tom's Hardware (June 2025): AMD says Instinct MI400X is 10x faster than MI300X, with a rack table (MI400X in 2026: 72 packages, 1,440 PF dense FP4, 51 TB HBM, 1,400 TB/s)",
  'https://www.tomshardware.com/pc-components/gpus/amd-says-instinct-mi400x-gpu-is-10x-faster-than-mi300x-will-power-helios-rack-scale-system-with-epyc-venice-cpus',
  NEW,
);
const guru3dRdna3 = thirdParty(
  'guru3d-rx-7900-specs',
  'Guru3D: Radeon RX 7900 XT and XTX specification table (96 CUs, 2.5 GHz boost, 24 GB GDDR6 on 384 bits at 20 Gbps, 960 GB/s, 355 W, PCIe 4.0)',
  'https://www.guru3d.com/review/powercolor-radeon-rx-7900-xtx-hellhound-spectral-white-review/page-4/',
  NEW,
);
const gpuopenWmma = unread(
  'gpuopen-wmma-rdna3',
  'AMD GPUOpen: How to accelerate AI applications on RDNA 3 using WMMA (matrix instruction rates per CU)',
  'https://gpuopen.com/learn/wmma_on_rdna3/',
  NEW,
);
const hfR9700 = thirdParty(
  'huggingface-hardware-r9700',
  'Hugging Face hardware page: AMD Radeon R9700 PRO (32 GB, 300 W, released 2025)',
  'https://huggingface.co/hardware/r9700-pro',
  NEW,
);
const multiplayerNavi48 = thirdParty(
  'multiplayer-rx-9070-navi48',
  'Multiplayer.it: Radeon RX 9070 XT and 9070 specifications (Navi 48, 64 CUs, 128 AI accelerators, GDDR6 at 20 Gbps on 256 bits, 640 GB/s)',
  'https://multiplayer.it/notizie/amd-radeon-rx-9070-xt-rx-9070-specifiche.html',
  NEW,
);
const rdnaAiTopsThread = thirdParty(
  'reddit-rdna-ai-tops-per-cu',
  'r/hardware thread "RDNA2 vs RDNA3 vs RDNA4 AI TOPS" (copy at reddit.perdach.com): dense matrix operations per clock per CU on RDNA 4 of 1,024 FP16/BF16 and 2,048 FP8/INT8, which reproduce AMD\'s sparse 1,557 INT4 TOPS for the RX 9070 XT at 64 CUs and 2.97 GHz',
  'https://reddit.perdach.com/r/hardware/comments/1j97xyw/rdna2_vs_rdna3_vs_rdna4_ai_tops/mhcayxj/?context=3',
  NEW,
);
const computerbaseStrixPoint = thirdParty(
  'computerbase-ryzen-ai-300',
  'ComputerBase: Ryzen AI 9 HX 375 made official, with a Strix Point table (HX 370: 12 cores, RDNA 3.5 with 16 CUs at 2.9 GHz, 28 W, 50 TOPS NPU)',
  'https://computerbase.de/2024-07/ryzen-ai-9-hx-375-amd-macht-die-55-tops-apu-offiziell',
  NEW,
);
const purepcStrixPoint = thirdParty(
  'purepc-ryzen-ai-300',
  'PurePC: AMD Ryzen AI 9 HX 370 and Ryzen AI 9 365 announced (Computex 2024; 28 W default, 15–54 W; LPDDR5X-7500 on a 128-bit bus; up to 256 GB)',
  'https://www.purepc.pl/amd-ryzen-ai-9-hx-370-oraz-ryzen-ai-9-365-zapowiedz-procesorow-strix-dla-laptopow-zen-5-xdna-2-i-rdna-3-5-na-pokladzie',
  NEW,
);

export const amdGpus = defineDevices([
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X',
    vendor: 'AMD',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2023,
    memoryGB: gib(192),
    memoryLabel: '192 GB',
    memoryBasis: 'vendor-gib',
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
    preliminary: [],
    notes:
      "Dense peaks checked in the MI300 microarchitecture page of AMD's ROCm documentation: matrix BF16 and FP16 1,307.4 TFLOPS, FP8 and INT8 2,614.9 (2,048 and 4,096 operations per clock per CU); AMD's sparse figures are double. The same page gives 5.3 TB/s peak memory bandwidth and says each GPU in an 8-GPU node reaches the other seven over seven Infinity Fabric links. CDNA 3 has no FP4. Capacity (192 GB HBM3) and the 750 W board power are checked in AMD's own MLPerf Inference v4.1 system description, which names the part \"MI300X-NPS1-SPX-192GB-750W\". ROCm's GPU specification table lists the capacity as 192 GiB, so 192 × 1.073741824 = 206.2 GB is stored under the memory rule. The per-link rate behind the 896 GB/s total (7 links × 128 GB/s, both directions combined) is from the AMD product page URL and was not read in a stored vendor copy. The MLPerf system description also gives the host link, PCIe Gen5 x16 (16 lanes × 32 GT/s ÷ 8 = 64 GB/s each way). Release year (December 2023) from a third-party page (AI Wiki); no AMD press release was available to us.",
    sources: [amdRocmMi300Doc, mlperfAmdMi300x, amdMi300xPage, aiwikiMi300x, amdRocmGpuSpecs],
    cite: {
      released: 'aiwiki-amd-mi300x',
      memoryGB: 'amd-rocm-gpu-specs',
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
    memoryGB: gib(256),
    memoryLabel: '256 GB',
    memoryBasis: 'vendor-gib',
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
    preliminary: [],
    notes:
      "Same CDNA 3 compute as MI300X (304 CUs) with more and faster memory. AMD's ROCm blog on its MLPerf Training v5.0 submission gives 256 GB of HBM3E at 6 TB/s; ROCm's GPU specification table lists the capacity as 256 GiB, so 256 × 1.073741824 = 274.9 GB is stored under the catalogue's memory rule (earlier releases stored 256, which understated fits by 7 %). AMD's ROCm matrix-core blog lists MI325X matrix FP16 at 1,307.4 TFLOPS and FP8 at 2,614.9, dense, from 1,216 matrix cores at 2,100 MHz; BF16 uses the same matrix instructions at the FP16 rate. No stored AMD document gives an MI325X INT8 figure, so INT8 is null (earlier versions carried over the 2,614.9 TOPS of the MI300X, which an MI325X page must confirm before it returns). No FP4 on CDNA 3. The 1,000 W board power and the Infinity Fabric total (7 links × 128 GB/s, both directions combined = 896 GB/s) are from the AMD product page URL and were not read in a stored vendor copy. An earlier AMD roadmap promised 288 GB; the shipping part has 256 GB. Launch in October 2024 is from a third-party page; no AMD press release was available to us.",
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
      memoryGB: 'amd-rocm-gpu-specs',
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
    memoryGB: gib(288),
    memoryLabel: '288 GB',
    memoryBasis: 'vendor-gib',
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
    preliminary: [],
    notes:
      "CDNA 4, 256 CUs (ROCm GPU specification table). AMD's ROCm matrix-core blog lists MI355X matrix FP16 at 2.5 PF, FP8 at 5 PF and FP6/FP4 at 10 PF, all dense (AMD's sparse figures are double); BF16 runs at the FP16 rate. The stored 2,516.6, 5,033.2 and 10,066.3 TFLOPS are the unrounded results of that blog's own peak formula with 1,024 matrix cores at a 2,400 MHz peak engine clock; the core count and clock come from the CDNA 4 white paper, which we did not read in a stored copy (a third-party Hot Chips 2025 report gives the same 2.4 GHz). Capacity: AMD's own MLPerf Inference v6.0 submission names the part \"MI355X 288GB HBM3e\", and ROCm's GPU specification table lists 288 GiB, so 288 × 1.073741824 = 309.2 GB is stored under the catalogue's memory rule (earlier releases stored 288, 7 % low). Reviewed 2026-12-01: 8 TB/s and the 1,400 W total board power now cite a launch report in The Register (third party). The 1,400 W is the liquid-cooled part (the air-cooled MI350X is 1,000 W). Still unverified (AMD product page not readable): INT8 5,033.2 TOPS and the Infinity Fabric total of 7 links × 153.6 GB/s = 1,075.2 GB/s, both directions combined (per-link rate from a third-party analysis). Host link PCIe Gen5 x16 (64 GB/s each way) from the same MLPerf submission. Announced June 2025, generally available from Q3/Q4 2025 (third-party dates; AMD's blog describing the MI355X is dated 30 September 2025).",
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
      memoryGB: 'amd-rocm-gpu-specs',
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
    memoryGB: gib(288),
    memoryLabel: '288 GB',
    memoryBasis: 'vendor-gib',
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
    preliminary: [],
    notes:
      'The air-cooled CDNA 4 part: the same die, 288 GB and 8 TB/s as the MI355X, at a 2.2 GHz peak engine clock and 1,000 W instead of 2.4 GHz and 1,400 W (Hot Chips 2025, reported by Wccftech). Capacity is checked in AMD\'s own MLPerf Inference v6.1 submission ("MI350X 288GB HBM3e"); bandwidth from a third-party summary. The peaks apply the formula of AMD\'s ROCm matrix-core blog (as in the MI355X entry: 1,024 matrix cores) at 2.2 GHz, i.e. the MI355X values × 2.2 / 2.4: BF16 2,516.6 → 2,306.9, FP8 5,033.2 → 4,613.7, FP4 10,066.3 → 9,227.5 TFLOPS, dense. AMD rounds these to 2.3, 4.6 and 9.2 PF; The Register describes the MI350X as about 8 % below the MI355X. No MI350X INT8 figure was in what we read, so it is null. The Infinity Fabric rate and the host link were not stated for this part in what we read (null). Shipping from the second half of 2025.',
    sources: [
      mlperfAmdMi350x,
      amdMatrixCoreBlog,
      wccftechMi350,
      jaredwatkinsMi350,
      amdRocmGpuSpecs,
    ],
    cite: {
      released: 'jaredwatkins-mi350-series',
      memoryGB: 'amd-rocm-gpu-specs',
      memoryBandwidthGBs: 'jaredwatkins-mi350-series',
      bf16Tflops: 'amd-rocm-blog-matrix-cores',
      fp8Tflops: 'amd-rocm-blog-matrix-cores',
      fp4Tflops: 'amd-rocm-blog-matrix-cores',
      tdpW: 'wccftech-mi350-hot-chips',
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
    memoryGB: gib(128),
    memoryLabel: '128 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5X-8000 unified memory (256-bit)',
    memoryBandwidthGBs: 256,
    bf16Tflops: 59.4,
    fp8Tflops: null,
    int8Tops: 50,
    fp4Tflops: null,
    tdpW: 55,
    scaleUp: null,
    hostLink: null,
    usableMemory: {
      defaultShare: 0.75,
      note: "AMD's Variable Graphics Memory dedicates up to 96 GB of a 128 GB system to the iGPU (75 %), set in AMD Software (Performance → Tuning) or the firmware's UMA frame-buffer option, taking effect after a reboot. The factory setting is chosen by the system maker and is often much smaller (AMD's own example starts a laptop at 512 MB), so check it before loading a large model; 75 % is stored as the share a reader can count on once it is set. On Linux the amdgpu driver can also map ordinary system memory (GTT) beyond the carve-out.",
    },
    derived: {
      bf16Tflops:
        '40 CUs × 2.9 GHz × 512 FP16/BF16 FLOP per cycle per CU (RDNA 3.5 WMMA, the RDNA 3 rate) = 59.4 TFLOPS',
    },
    preliminary: [],
    notes:
      "A package with 16 Zen 5 cores (AVX-512), a 40-CU RDNA 3.5 iGPU (Radeon 8060S, up to 2.9 GHz) and a 50 TOPS XDNA 2 NPU on one 256-bit LPDDR5X-8000 pool: 256 bits × 8,000 MT/s ÷ 8 = 256 GB/s. Listed as a GPU because llama.cpp (Vulkan, ROCm) and similar runtimes use the iGPU. AMD publishes no iGPU matrix TFLOPS, so the 16-bit peak is derived from the RDNA 3 matrix rate (see the arithmetic); the 50 TOPS of the NPU is stored as int8Tops, the precision AMD rates its NPUs at, though it is a separate block that llama.cpp does not use. 55 W is the default TDP (configurable 45–120 W; mini PCs usually run 120 W). The memory split is set in firmware: see the usable-memory note. Launched at CES 2025; the CPU, GPU, bus and NPU figures come from third-party reports of AMD's launch, the 128 GB / 96 GB split from AMD's blog.",
    sources: [amdVgmBlog, svethardwareStrixHalo, frameworkStrixHalo, gpuopenWmma],
    cite: {
      released: 'svethardware-ryzen-ai-max',
      memoryGB: 'amd-blog-variable-graphics-memory',
      memoryBandwidthGBs: 'svethardware-ryzen-ai-max',
      tdpW: 'svethardware-ryzen-ai-max',
      usableMemory: 'amd-blog-variable-graphics-memory',
      bf16Tflops: 'svethardware-ryzen-ai-max',
      int8Tops: 'svethardware-ryzen-ai-max',
    },
  },
  // ----------------------------- Added in the issue-23 release -----------------------------
  {
    id: 'mi455x',
    name: 'AMD Instinct MI455X (MI400 series, Helios rack)',
    vendor: 'AMD',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2026,
    memoryGB: gib(432),
    memoryLabel: '432 GB',
    memoryBasis: 'binary-label',
    memoryType: 'HBM4',
    memoryBandwidthGBs: 19600,
    bf16Tflops: null,
    fp8Tflops: 20000,
    int8Tops: null,
    fp4Tflops: 40000,
    tdpW: null,
    scaleUp: { name: 'Infinity Fabric over UALink (Helios rack domain)', GBs: 3600 },
    hostLink: null,
    usableMemory: null,
    derived: {},
    preliminary: [
      'released',
      'memoryGB',
      'memoryBandwidthGBs',
      'fp8Tflops',
      'fp4Tflops',
      'scaleUp',
    ],
    notes:
      "The MI400-series part for AMD's 72-GPU Helios rack (with EPYC 'Venice' hosts), announced for a production ramp in the second half of 2026; every figure is AMD's announced, preliminary value as reported by third parties, and the page marks it so. Per GPU: 432 GB of HBM4 at 19.6 TB/s, 40 PF FP4 and 20 PF FP8 (Helios: 2.9 EF FP4, 1.4 EF FP8, 31 TB of HBM4), and 3.6 TB/s of scale-up bandwidth (260 TB/s per rack; direction not stated). AMD does not say whether 40 PF is dense; a June 2025 table of AMD's plans listed 1,440 PF of dense FP4 per 72-GPU rack, 20 PF per GPU, so treat 40 PF as an upper bound until a datasheet settles it. No BF16 or INT8 figure and no power were in what we read. Capacity follows the binary-label rule (ROCm lists its predecessors in GiB).",
    sources: [jaredwatkinsMi400, awesomeagentsMi455x, tomsHeliosTable],
    cite: {
      released: 'jaredwatkins-mi400-helios',
      memoryGB: 'jaredwatkins-mi400-helios',
      memoryBandwidthGBs: 'jaredwatkins-mi400-helios',
      fp8Tflops: 'jaredwatkins-mi400-helios',
      fp4Tflops: 'jaredwatkins-mi400-helios',
      scaleUp: 'awesomeagents-amd-mi455x',
    },
  },
  {
    id: 'rx-7900-xtx',
    name: 'AMD Radeon RX 7900 XTX',
    vendor: 'AMD',
    kind: 'gpu',
    segment: 'workstation',
    unit: 'chip',
    released: 2022,
    memoryGB: gib(24),
    memoryLabel: '24 GB',
    memoryBasis: 'binary-label',
    memoryType: 'GDDR6 (384-bit)',
    memoryBandwidthGBs: 960,
    bf16Tflops: 122.9,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: 355,
    scaleUp: null,
    hostLink: { name: 'PCIe Gen4 x16', GBsPerDirection: 32 },
    usableMemory: null,
    derived: {
      bf16Tflops:
        '96 CUs × 2.5 GHz boost × 512 FP16/BF16 FLOP per cycle per CU (RDNA 3 WMMA) = 122.9 TFLOPS',
    },
    preliminary: [],
    notes:
      "Consumer RDNA 3 card (Navi 31, 96 CUs), the common 24 GB alternative to an RTX 3090 or 4090 for llama.cpp (ROCm, Vulkan) and vLLM on ROCm. 20 Gbps GDDR6 on 384 bits: 20 × 384 ÷ 8 = 960 GB/s. AMD's matrix (WMMA) instructions run FP16 and BF16 at 512 FLOP per cycle per CU, so the 16-bit peak is derived from that rate and the 2.5 GHz boost clock; it agrees with the 122.8 TFLOPS FP16 figure usually quoted from AMD's page (not read here). RDNA 3 has no FP8 or FP4 matrix formats; INT8 WMMA exists but no rate for it was in what we read. 355 W total board power; PCIe 4.0 x16. Launched December 2022. Card figures from a third-party review table.",
    sources: [guru3dRdna3, gpuopenWmma],
    cite: {
      released: 'guru3d-rx-7900-specs',
      memoryGB: 'guru3d-rx-7900-specs',
      memoryBandwidthGBs: 'guru3d-rx-7900-specs',
      bf16Tflops: 'gpuopen-wmma-rdna3',
      tdpW: 'guru3d-rx-7900-specs',
      hostLink: 'guru3d-rx-7900-specs',
    },
  },
  {
    id: 'radeon-ai-pro-r9700',
    name: 'AMD Radeon AI PRO R9700',
    vendor: 'AMD',
    kind: 'gpu',
    segment: 'workstation',
    unit: 'chip',
    released: 2025,
    memoryGB: gib(32),
    memoryLabel: '32 GB',
    memoryBasis: 'binary-label',
    memoryType: 'GDDR6 (256-bit)',
    memoryBandwidthGBs: 640,
    bf16Tflops: 191.4,
    fp8Tflops: 382.7,
    int8Tops: 382.7,
    fp4Tflops: null,
    tdpW: 300,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {
      bf16Tflops:
        '64 CUs × 2.92 GHz boost × 1,024 FP16/BF16 FLOP per cycle per CU (RDNA 4 WMMA, dense) = 191.4 TFLOPS',
      fp8Tflops:
        '64 CUs × 2.92 GHz boost × 2,048 FP8 FLOP per cycle per CU (RDNA 4 WMMA, dense) = 382.7 TFLOPS',
      int8Tops:
        '64 CUs × 2.92 GHz boost × 2,048 INT8 operations per cycle per CU (RDNA 4 WMMA, dense) = 382.7 TOPS',
    },
    preliminary: [],
    notes:
      "A workstation card on the RDNA 4 Navi 48 die of the RX 9070 XT (64 CUs, 128 AI accelerators) with 32 GB of GDDR6 in place of 16. Bandwidth follows from the Navi 48 memory system: 20 Gbps × 256 bits ÷ 8 = 640 GB/s (AMD's own page, not read here, is reported to say 644.6). Matrix peaks are derived, not read from AMD: AMD's own figures for this card were not in any copy we could read. Hugging Face's 95.7 TFLOPS, which names no precision, equals 64 CUs × 2.92 GHz × 512, the vector FP16 rate with dual issue (the same arithmetic gives the RX 9070 XT's published 97.3 TFLOPS at 2.97 GHz), so 2.92 GHz is taken as the boost clock. The dense matrix rates per CU per clock are RDNA 4's 1,024 FP16/BF16 and 2,048 FP8/INT8 (a third-party table that reproduces AMD's sparse RX 9070 XT figures); AMD's headline AI TOPS count 2:4 sparsity and are twice these. Treat them as upper bounds at the boost clock. 300 W board power; launched in 2025 (Hugging Face's hardware page). llama.cpp (ROCm, Vulkan) and vLLM on ROCm target it as gfx1201.",
    sources: [hfR9700, multiplayerNavi48, rdnaAiTopsThread],
    cite: {
      released: 'huggingface-hardware-r9700',
      memoryGB: 'huggingface-hardware-r9700',
      memoryBandwidthGBs: 'multiplayer-rx-9070-navi48',
      tdpW: 'huggingface-hardware-r9700',
      bf16Tflops: 'reddit-rdna-ai-tops-per-cu',
      fp8Tflops: 'reddit-rdna-ai-tops-per-cu',
      int8Tops: 'reddit-rdna-ai-tops-per-cu',
    },
  },
  {
    id: 'ryzen-ai-9-hx-370',
    name: 'AMD Ryzen AI 9 HX 370 (Strix Point laptop, Radeon 890M + XDNA 2 NPU)',
    vendor: 'AMD',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2024,
    memoryGB: gib(32),
    memoryLabel: '32 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5X-7500 unified memory (128-bit)',
    memoryBandwidthGBs: 120,
    bf16Tflops: 23.8,
    fp8Tflops: null,
    int8Tops: 50,
    fp4Tflops: null,
    tdpW: 28,
    scaleUp: null,
    hostLink: null,
    usableMemory: {
      defaultShare: 0.5,
      note: "On Windows the iGPU may use up to half of system memory as shared memory by default, and AMD's Variable Graphics Memory can dedicate more in AMD Software; the laptop maker sets the factory split, so check it before loading a model.",
    },
    derived: {
      bf16Tflops:
        '16 CUs × 2.9 GHz × 512 FP16/BF16 FLOP per cycle per CU (RDNA 3.5 WMMA, the RDNA 3 rate) = 23.8 TFLOPS',
    },
    preliminary: [],
    notes:
      "The 'AI PC' class: a laptop package with 12 Zen 5/5c cores, a 16-CU RDNA 3.5 iGPU (Radeon 890M, 2.9 GHz) and an XDNA 2 NPU rated at 50 TOPS. The NPU figure is stored as int8Tops (AMD rates it at INT8); it is a separate block from the iGPU, used by ONNX Runtime and AMD's Ryzen AI software for small models, while llama.cpp and LM Studio run on the iGPU (Vulkan), whose 16-bit peak is derived. Memory: a typical 32 GB configuration on a 128-bit LPDDR5X-7500 bus: 128 bits × 7,500 MT/s ÷ 8 = 120 GB/s (bus width and speed are the platform's, from a third-party launch report). 28 W default TDP, configurable 15–54 W. The usable-memory share is a placeholder for the Windows default and is labelled as such in its note. Launched at Computex 2024.",
    sources: [computerbaseStrixPoint, purepcStrixPoint, gpuopenWmma, amdVgmBlog],
    cite: {
      released: 'computerbase-ryzen-ai-300',
      memoryGB: 'purepc-ryzen-ai-300',
      memoryBandwidthGBs: 'purepc-ryzen-ai-300',
      bf16Tflops: 'computerbase-ryzen-ai-300',
      int8Tops: 'computerbase-ryzen-ai-300',
      tdpW: 'computerbase-ryzen-ai-300',
      usableMemory: 'amd-blog-variable-graphics-memory',
    },
  },
]);
