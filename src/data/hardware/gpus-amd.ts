// AMD GPUs in the catalogue (Instinct, Radeon, Ryzen AI APUs), with the sources behind them.
import { REVIEWED, defineDevices, source, thirdParty, unread } from './define';

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

export const amdGpus = defineDevices([
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
]);
