// Apple silicon in the catalogue (Macs by GPU bin, iPhone), with the sources and the Mac GPU-memory rule.
import type { Device, Source } from '../types';
import { NEW, REVIEWED, defineDevices, gib, source, thirdParty } from './define';

const appleM4MaxNews = source(
  'apple-m4-pro-m4-max-newsroom',
  'Apple Newsroom: Apple introduces M4 Pro and M4 Max (October 2024)',
  'https://www.apple.com/newsroom/2024/10/apple-introduces-m4-pro-and-m4-max/',
);

const macrumorsM4Max = thirdParty(
  'macrumors-m4-max',
  'MacRumors: Apple announces M4 Max chip (2024-10-30)',
  'https://www.macrumors.com/2024/10/30/apple-announces-m4-max-chip/',
);

const appleM2UltraNews = source(
  'apple-m2-ultra-newsroom',
  'Apple Newsroom: Apple introduces M2 Ultra (5 June 2023)',
  'https://www.apple.com/pt/newsroom/2023/06/apple-introduces-m2-ultra/',
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

const llamaCpp11083: Source = {
  ...thirdParty(
    'llama-cpp-11083',
    'ggml-org/llama.cpp issue 11083: a 16 GB M4 Mac reports a recommendedMaxWorkingSetSize of 11,453 MB, about 70 % (as cited in the second review; the thread was not read here)',
    'https://github.com/ggml-org/llama.cpp/issues/11083',
    NEW,
  ),
  unverified: true,
};
const ollama12912: Source = {
  ...thirdParty(
    'ollama-12912',
    'ollama/ollama issue 12912: the same 11,453 MB default on a 16 GB M4 (as cited in the second review; the thread was not read here)',
    'https://github.com/ollama/ollama/issues/12912',
    NEW,
  ),
  unverified: true,
};
const tzakharkoNeural = thirdParty(
  'tzakharko-apple-neural-accelerators',
  'Taras Zakharko, Investigating the GPU Neural Accelerators on Apple A19/M5 (microbenchmarks on a 5-core A19: FP16 matrix 7,500 GFLOPS, INT8 13,500 GOPS; estimated 1,024 FP16 FLOP per core per cycle; M5 Max estimate at about 1,750 MHz)',
  'https://tzakharko.github.io/apple-neural-accelerators-benchmark',
  NEW,
);
const philipturnerMetal = thirdParty(
  'philipturner-metal-benchmarks',
  'Philip Turner, metal-benchmarks (M1 and M2 GPU microarchitecture: 128 FP32 ALUs per core, FP16 at the FP32 rate, GPU clocks per chip, e.g. 1.296 GHz for M1 Max and 1.398 GHz for M2 Ultra)',
  'https://github.com/philipturner/metal-benchmarks',
  NEW,
);
const applegpuinfoM3Max = thirdParty(
  'applegpuinfo-m3-max-clock',
  'philipturner/applegpuinfo issue #4: an M3 Max (40-core GPU) with its powermetrics GPU log; the tool author reads the top GPU state as 1.380 GHz, against 1.398 GHz on M2',
  'https://github.com/philipturner/applegpuinfo/issues/4',
  NEW,
);
const techboardsM4Clock = thirdParty(
  'techboards-a19-m5-neural-accelerators',
  'TechBoards forum thread on the A19/M5 GPU Neural Accelerators (M4-family GPU clock commonly stated as 1.578 GHz; Apple publishes none)',
  'https://techboards.net/threads/apple-a19-m5-gpu-neural-accelerators.5297/post-189696',
  NEW,
);

const macUsableSources = [
  llamaCppPython687,
  ollama8331,
  gpustack1375,
  ds4WorkingSet,
  llamaCpp11083,
  ollama12912,
];

/**
 * Default GPU share of a Mac's unified memory: Metal's recommendedMaxWorkingSetSize, which caps
 * what the GPU may wire. Apple documents the property but not its rule; the measurements behind
 * these sources give about 70 % at 32 GB or less (16 GB M4s), 75 % in the middle (64 GiB, 2024)
 * and 84 % at 128 GiB and above (macOS 26). `labelGB` is the marketed capacity.
 */
function macGpuShare(labelGB: number): Device['usableMemory'] {
  const share = labelGB <= 32 ? 0.7 : labelGB < 128 ? 0.75 : 0.84;
  const measured =
    labelGB <= 32
      ? 'a 16 GB M4 reports 11,453 MB, about 70 %'
      : labelGB < 128
        ? 'a 64 GiB M4 Pro reported 48 GiB, 75 %, in 2024; no macOS 26 figure for this size was found, and newer releases may allow more'
        : 'two 128 GiB Macs on macOS 26 report 107.52 GiB, 84 %';
  return {
    defaultShare: share,
    note: `About ${Math.round(share * 100)} % of unified memory by default: macOS lets the GPU wire up to Metal's recommendedMaxWorkingSetSize (${measured}). The 2/3 and 3/4 shares often quoted date from 2023 and older macOS releases. Apple does not publish the rule. Raise the limit with sudo sysctl iogpu.wired_limit_mb=<MiB> (reset at reboot), leaving room for macOS.`,
  };
}

/** The citation for macGpuShare on a Mac with this marketed capacity. */
function macShareCite(labelGB: number): string {
  return labelGB <= 32 ? 'llama-cpp-11083' : labelGB < 128 ? 'ollama-8331' : 'antirez-ds4-893';
}

export const appleChips = defineDevices([
  {
    id: 'apple-m4-max-40c',
    name: 'Apple M4 Max (16-core CPU, 40-core GPU)',
    vendor: 'Apple',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2024,
    memoryGB: gib(128),
    memoryLabel: '128 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5X unified memory',
    memoryBandwidthGBs: 546,
    bf16Tflops: 16.2,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(128),
    derived: {
      bf16Tflops:
        '40 cores × 128 ALUs × 2 FLOP (FMA) × 1.578 GHz (clock as commonly stated; Apple publishes none) = 16.2 TFLOPS',
    },
    preliminary: [],
    notes:
      'A system-on-chip; listed as a GPU because LLM runtimes on the Mac run on its integrated GPU. 128 GB is the largest unified-memory option and 546 GB/s applies to the top configuration (the binned 14-core CPU / 32-core GPU version, apple-m4-max-32c, has 410 GB/s and 36 GB). The old id apple-m4-max is an alias of this entry. Apple states the 16-core Neural Engine does 38 trillion operations per second without naming the precision, and it is a separate block from the GPU; we do not store it as int8Tops. Apple publishes no GPU TFLOPS peak and no TDP, so compute and power are null. No chip-to-chip link. Announced 30 October 2024. The 16-bit peak is derived from 128 ALUs per core at the commonly stated 1.578 GHz (third party; Apple publishes no clock); M4 GPUs have no matrix units and run FP16 at the FP32 rate.',
    sources: [
      appleM4MaxNews,
      macrumorsM4Max,
      notebookcheckM4Max,
      ...macUsableSources,
      techboardsM4Clock,
    ],
    cite: {
      released: 'apple-m4-pro-m4-max-newsroom',
      memoryGB: 'apple-m4-pro-m4-max-newsroom',
      memoryBandwidthGBs: 'apple-m4-pro-m4-max-newsroom',
      usableMemory: macShareCite(128),
      bf16Tflops: 'techboards-a19-m5-neural-accelerators',
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
    memoryGB: gib(64),
    memoryLabel: '64 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5 unified memory',
    memoryBandwidthGBs: 400,
    bf16Tflops: 10.6,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(64),
    derived: {
      bf16Tflops:
        '32 cores × 128 ALUs × 2 FLOP (FMA) × 1.296 GHz = 10.6 TFLOPS (FP16 runs at the FP32 rate on M1; there are no matrix units)',
    },
    preliminary: [],
    notes:
      "The top M1 Max bin: 64 GB is the largest option and 400 GB/s its bandwidth, from reports of Apple's October 2021 announcement (the 24-core-GPU bin has the same 512-bit bus). Announced 18 October 2021. Apple publishes no GPU TFLOPS peak and no TDP; where a GPU clock is published or measured, the 16-bit GPU peak is derived (see the arithmetic), otherwise it is null and this note says why. The Neural Engine is a separate block and is not stored. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU. The 16-bit peak is derived from the ALU count and clock: M1 and M2 GPUs have no matrix units, and FP16 runs at the FP32 rate.",
    sources: [mybroadbandM1Max, vivibuddyApple, ...macUsableSources, philipturnerMetal],
    cite: {
      released: 'mybroadband-m1-pro-max',
      memoryGB: 'mybroadband-m1-pro-max',
      memoryBandwidthGBs: 'mybroadband-m1-pro-max',
      usableMemory: macShareCite(64),
      bf16Tflops: 'philipturner-metal-benchmarks',
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
    memoryGB: gib(192),
    memoryLabel: '192 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5 unified memory',
    memoryBandwidthGBs: 800,
    bf16Tflops: 27.2,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(192),
    derived: {
      bf16Tflops:
        '76 cores × 128 ALUs × 2 FLOP (FMA) × 1.398 GHz = 27.2 TFLOPS (FP16 at the FP32 rate; Apple quotes 27.2 TFLOPS for this bin)',
    },
    preliminary: [],
    notes:
      "Two M2 Max dies joined by UltraFusion. Apple's announcement gives up to 192 GB and 800 GB/s; the 60-core-GPU bin has the same memory system. Announced 5 June 2023 (Mac Studio, Mac Pro). Apple publishes no GPU TFLOPS peak and no TDP; where a GPU clock is published or measured, the 16-bit GPU peak is derived (see the arithmetic), otherwise it is null and this note says why. The Neural Engine is a separate block and is not stored. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU. The 16-bit peak is derived from the ALU count and clock: M1 and M2 GPUs have no matrix units, and FP16 runs at the FP32 rate.",
    sources: [appleM2UltraNews, inforeaderMacTable, ...macUsableSources, philipturnerMetal],
    cite: {
      released: 'apple-m2-ultra-newsroom',
      memoryGB: 'apple-m2-ultra-newsroom',
      memoryBandwidthGBs: 'apple-m2-ultra-newsroom',
      usableMemory: macShareCite(192),
      bf16Tflops: 'philipturner-metal-benchmarks',
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
    memoryGB: gib(36),
    memoryLabel: '36 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5 unified memory',
    memoryBandwidthGBs: 300,
    bf16Tflops: 10.6,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(36),
    derived: {
      bf16Tflops:
        '30 cores × 128 ALUs × 2 FLOP (FMA) × 1.38 GHz (top GPU state measured on an M3 Max; Apple publishes none) = 10.6 TFLOPS',
    },
    preliminary: [],
    notes:
      "The binned M3 Max has 300 GB/s where the 40-core part has 400 (the binned part drives a narrower memory bus); both figures from third-party tables (Apple's own spec pages were not available to us). 36 GB is a shipping configuration of this bin (Apple also offered 96 GB, which we did not confirm in a source). Announced 30 October 2023. Apple publishes no GPU TFLOPS peak and no TDP; where a GPU clock is published or measured, the 16-bit GPU peak is derived (see the arithmetic), otherwise it is null and this note says why. The Neural Engine is a separate block and is not stored. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU. The 16-bit peak is derived from 128 ALUs per core at 1.38 GHz, the top GPU state in a powermetrics log of an M3 Max as read by the author of applegpuinfo (third party; Apple publishes no clock); M3 GPUs have no matrix units and run FP16 at the FP32 rate.",
    sources: [vivibuddyApple, vokturzM3Max, anandtechM3, ...macUsableSources, applegpuinfoM3Max],
    cite: {
      released: 'anandtech-m3-family',
      memoryGB: 'huggingface-can-it-run-m3-max-30c',
      memoryBandwidthGBs: 'vivi-buddy-apple-silicon',
      usableMemory: macShareCite(36),
      bf16Tflops: 'applegpuinfo-m3-max-clock',
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
    memoryGB: gib(128),
    memoryLabel: '128 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5 unified memory',
    memoryBandwidthGBs: 400,
    bf16Tflops: 14.1,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(128),
    derived: {
      bf16Tflops:
        '40 cores × 128 ALUs × 2 FLOP (FMA) × 1.38 GHz (top GPU state measured on an M3 Max; Apple publishes none) = 14.1 TFLOPS',
    },
    preliminary: [],
    notes:
      "The full M3 Max: up to 128 GB at 400 GB/s on a 512-bit bus (third-party reports; Apple's spec page was not available to us). Announced 30 October 2023. Apple publishes no GPU TFLOPS peak and no TDP; where a GPU clock is published or measured, the 16-bit GPU peak is derived (see the arithmetic), otherwise it is null and this note says why. The Neural Engine is a separate block and is not stored. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU. The 16-bit peak is derived from 128 ALUs per core at 1.38 GHz, the top GPU state in a powermetrics log of an M3 Max as read by the author of applegpuinfo (third party; Apple publishes no clock); M3 GPUs have no matrix units and run FP16 at the FP32 rate.",
    sources: [
      macmegasiteM4Max,
      vivibuddyApple,
      anandtechM3,
      ...macUsableSources,
      applegpuinfoM3Max,
    ],
    cite: {
      released: 'anandtech-m3-family',
      memoryGB: 'vivi-buddy-apple-silicon',
      memoryBandwidthGBs: 'macmegasite-m4-max',
      usableMemory: macShareCite(128),
      bf16Tflops: 'applegpuinfo-m3-max-clock',
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
    memoryGB: gib(512),
    memoryLabel: '512 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5 unified memory',
    memoryBandwidthGBs: 819,
    bf16Tflops: 28.3,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(512),
    derived: {
      bf16Tflops:
        '80 cores × 128 ALUs × 2 FLOP (FMA) × 1.38 GHz (top GPU state measured on an M3 Max; Apple publishes none) = 28.3 TFLOPS',
    },
    preliminary: [],
    notes:
      "Two M3 Max dies joined by UltraFusion, in the Mac Studio of March 2025: up to 512 GB at 819 GB/s (819.2 in Ars Technica's table); the 60-core-GPU bin has the same bandwidth but at most 256 GB. Third-party reports of Apple's announcement. Apple publishes no GPU TFLOPS peak and no TDP; where a GPU clock is published or measured, the 16-bit GPU peak is derived (see the arithmetic), otherwise it is null and this note says why. The Neural Engine is a separate block and is not stored. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU. The 16-bit peak is derived from 128 ALUs per core at 1.38 GHz, the top GPU state in a powermetrics log of an M3 Max as read by the author of applegpuinfo (third party; Apple publishes no clock), taking the two M3 Max dies of the Ultra to run at the same clock; M3 GPUs have no matrix units and run FP16 at the FP32 rate.",
    sources: [techpowerupM3Ultra, inforeaderMacTable, ...macUsableSources, applegpuinfoM3Max],
    cite: {
      released: 'techpowerup-m3-ultra-mac-studio',
      memoryGB: 'techpowerup-m3-ultra-mac-studio',
      memoryBandwidthGBs: 'techpowerup-m3-ultra-mac-studio',
      usableMemory: macShareCite(512),
      bf16Tflops: 'applegpuinfo-m3-max-clock',
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
    memoryGB: gib(64),
    memoryLabel: '64 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5X unified memory',
    memoryBandwidthGBs: 273,
    bf16Tflops: 8.1,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(64),
    derived: {
      bf16Tflops:
        '20 cores × 128 ALUs × 2 FLOP (FMA) × 1.578 GHz (clock as commonly stated; Apple publishes none) = 8.1 TFLOPS',
    },
    preliminary: [],
    notes:
      "The top M4 Pro bin (Mac mini, MacBook Pro): up to 64 GB at 273 GB/s, from reports of Apple's October 2024 announcement. Announced 29–30 October 2024. Apple publishes no GPU TFLOPS peak and no TDP; where a GPU clock is published or measured, the 16-bit GPU peak is derived (see the arithmetic), otherwise it is null and this note says why. The Neural Engine is a separate block and is not stored. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU. The 16-bit peak is derived from 128 ALUs per core at the commonly stated 1.578 GHz (third party; Apple publishes no clock); M4 GPUs have no matrix units and run FP16 at the FP32 rate.",
    sources: [techcrunchM4Copy, gamebastionM4, ...macUsableSources, techboardsM4Clock],
    cite: {
      released: 'techcrunch-m4-max-copy',
      memoryGB: 'gamebastion-m4-max',
      memoryBandwidthGBs: 'techcrunch-m4-max-copy',
      usableMemory: macShareCite(64),
      bf16Tflops: 'techboards-a19-m5-neural-accelerators',
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
    memoryGB: gib(36),
    memoryLabel: '36 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5X unified memory',
    memoryBandwidthGBs: 410,
    bf16Tflops: 12.9,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(36),
    derived: {
      bf16Tflops:
        '32 cores × 128 ALUs × 2 FLOP (FMA) × 1.578 GHz (clock as commonly stated; Apple publishes none) = 12.9 TFLOPS',
    },
    preliminary: [],
    notes:
      "The binned M4 Max is sold only with 36 GB (ITmedia) and has 410 GB/s against 546 for the 40-core part; the 410 figure is Apple's MacBook Pro specification as quoted in a third-party note, since Apple's page itself was not available to us. Announced 30 October 2024. Apple publishes no GPU TFLOPS peak and no TDP; where a GPU clock is published or measured, the 16-bit GPU peak is derived (see the arithmetic), otherwise it is null and this note says why. The Neural Engine is a separate block and is not stored. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU. The 16-bit peak is derived from 128 ALUs per core at the commonly stated 1.578 GHz (third party; Apple publishes no clock); M4 GPUs have no matrix units and run FP16 at the FP32 rate.",
    sources: [
      appleSupportM4MaxQuote,
      m4ProMaxJapan,
      notebookcheckM4Max,
      ...macUsableSources,
      techboardsM4Clock,
    ],
    cite: {
      released: 'notebookcheck-m4-max',
      memoryGB: 'itmedia-m4-macbook-pro-copy',
      memoryBandwidthGBs: 'apple-mbp-2024-specs-as-quoted',
      usableMemory: macShareCite(36),
      bf16Tflops: 'techboards-a19-m5-neural-accelerators',
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
    memoryGB: gib(32),
    memoryLabel: '32 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5X unified memory',
    memoryBandwidthGBs: 153,
    bf16Tflops: 17.9,
    fp8Tflops: null,
    int8Tops: 32.3,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(32),
    derived: {
      bf16Tflops:
        '10 cores × 1,024 FP16 FLOP per cycle per core (Neural Accelerator matrix rate) × 1.75 GHz (estimated clock) = 17.9 TFLOPS',
      int8Tops:
        '10 cores × 1,843 INT8 operations per cycle per core (measured on A19: 13,500 GOPS over 5 cores at 1.465 GHz) × 1.75 GHz (estimated clock) = 32.3 TOPS',
    },
    preliminary: [],
    notes:
      "Base M5 (MacBook Pro 14-inch, iPad Pro, Vision Pro): a Neural Accelerator in each of the 10 GPU cores, up to 32 GB at 153 GB/s (reports of Apple's 15 October 2025 announcement). Apple quotes GPU AI compute only as a multiple of M4. Apple publishes no GPU TFLOPS peak and no TDP; where a GPU clock is published or measured, the 16-bit GPU peak is derived (see the arithmetic), otherwise it is null and this note says why. The Neural Engine is a separate block and is not stored. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU. Peaks: the Neural Accelerators are matrix units inside each GPU core that run FP16 and INT8 (Metal's tensor API, which llama.cpp and MLX use on M5 and later); Taras Zakharko's microbenchmarks on A19 measured about 1,024 FP16 FLOP and 1,843 INT8 operations per core per cycle, and the peaks apply those rates at his estimated 1.75 GHz M5 clock, so they are estimates (Apple publishes no clock).",
    sources: [decoderM5, dailyM5, ...macUsableSources, tzakharkoNeural],
    cite: {
      released: 'vasudev-apple-m5-report',
      memoryGB: 'the-decoder-apple-m5',
      memoryBandwidthGBs: 'the-decoder-apple-m5',
      usableMemory: macShareCite(32),
      bf16Tflops: 'tzakharko-apple-neural-accelerators',
      int8Tops: 'tzakharko-apple-neural-accelerators',
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
    memoryGB: gib(64),
    memoryLabel: '64 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5X unified memory',
    memoryBandwidthGBs: 307,
    bf16Tflops: 35.8,
    fp8Tflops: null,
    int8Tops: 64.5,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(64),
    derived: {
      bf16Tflops:
        '20 cores × 1,024 FP16 FLOP per cycle per core (Neural Accelerator matrix rate) × 1.75 GHz (estimated clock) = 35.8 TFLOPS',
      int8Tops:
        '20 cores × 1,843 INT8 operations per cycle per core (measured on A19: 13,500 GOPS over 5 cores at 1.465 GHz) × 1.75 GHz (estimated clock) = 64.5 TOPS',
    },
    preliminary: [],
    notes:
      "Fusion Architecture (two dies in one package), announced 3 March 2026 with the 14- and 16-inch MacBook Pro: up to 64 GB at 307 GB/s, Neural Accelerators in every GPU core (third-party reports of Apple's announcement). Binned M5 Pro parts with fewer GPU cores exist and are not listed. Apple publishes no GPU TFLOPS peak and no TDP; where a GPU clock is published or measured, the 16-bit GPU peak is derived (see the arithmetic), otherwise it is null and this note says why. The Neural Engine is a separate block and is not stored. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU. Peaks: the Neural Accelerators are matrix units inside each GPU core that run FP16 and INT8 (Metal's tensor API, which llama.cpp and MLX use on M5 and later); Taras Zakharko's microbenchmarks on A19 measured about 1,024 FP16 FLOP and 1,843 INT8 operations per core per cycle, and the peaks apply those rates at his estimated 1.75 GHz M5 clock, so they are estimates (Apple publishes no clock).",
    sources: [
      morningM5ProMax,
      pepelacM5ProMax,
      sfnewsM5ProMax,
      ...macUsableSources,
      tzakharkoNeural,
    ],
    cite: {
      released: 'sfnews-m5-pro-max',
      memoryGB: 'pepelac-m5-pro-max',
      memoryBandwidthGBs: 'pepelac-m5-pro-max',
      usableMemory: macShareCite(64),
      bf16Tflops: 'tzakharko-apple-neural-accelerators',
      int8Tops: 'tzakharko-apple-neural-accelerators',
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
    memoryGB: gib(128),
    memoryLabel: '128 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5X unified memory',
    memoryBandwidthGBs: 614,
    bf16Tflops: 71.7,
    fp8Tflops: null,
    int8Tops: 129,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: macGpuShare(128),
    derived: {
      bf16Tflops:
        '40 cores × 1,024 FP16 FLOP per cycle per core (Neural Accelerator matrix rate) × 1.75 GHz (estimated clock) = 71.7 TFLOPS',
      int8Tops:
        '40 cores × 1,843 INT8 operations per cycle per core (measured on A19: 13,500 GOPS over 5 cores at 1.465 GHz) × 1.75 GHz (estimated clock) = 129.0 TOPS',
    },
    preliminary: [],
    notes:
      "Announced 3 March 2026 with the MacBook Pro: up to 128 GB at 614 GB/s (third-party reports of Apple's announcement). A 32-core-GPU bin with less bandwidth also exists and is not listed. Apple publishes no GPU TFLOPS peak and no TDP; where a GPU clock is published or measured, the 16-bit GPU peak is derived (see the arithmetic), otherwise it is null and this note says why. The Neural Engine is a separate block and is not stored. Listed as a GPU because LLM runtimes on the Mac (MLX, llama.cpp Metal) run on its integrated GPU. Peaks: the Neural Accelerators are matrix units inside each GPU core that run FP16 and INT8 (Metal's tensor API, which llama.cpp and MLX use on M5 and later); Taras Zakharko's microbenchmarks on A19 measured about 1,024 FP16 FLOP and 1,843 INT8 operations per core per cycle, and the peaks apply those rates at his estimated 1.75 GHz M5 clock, so they are estimates (Apple publishes no clock).",
    sources: [
      morningM5ProMax,
      pepelacM5ProMax,
      sfnewsM5ProMax,
      ...macUsableSources,
      tzakharkoNeural,
    ],
    cite: {
      released: 'sfnews-m5-pro-max',
      memoryGB: 'morningoverview-m5-pro-max',
      memoryBandwidthGBs: 'morningoverview-m5-pro-max',
      usableMemory: macShareCite(128),
      bf16Tflops: 'tzakharko-apple-neural-accelerators',
      int8Tops: 'tzakharko-apple-neural-accelerators',
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
    memoryGB: gib(12),
    memoryLabel: '12 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5X-9600 (shared)',
    memoryBandwidthGBs: 75.8,
    bf16Tflops: 9,
    fp8Tflops: null,
    int8Tops: 16.2,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {
      bf16Tflops:
        '6 cores × 1,024 FP16 FLOP per cycle per core × 1.465 GHz (the clock implied by 7,500 GFLOPS on 5 cores) = 9.0 TFLOPS',
      int8Tops:
        '6 cores × 1,843 INT8 operations per cycle per core (measured on A19: 13,500 GOPS over 5 cores at 1.465 GHz) × 1.465 GHz = 16.2 TOPS',
    },
    preliminary: [],
    notes:
      "Phone SoC: 6-core CPU, a 6-core GPU with a Neural Accelerator in each core (5 cores in the iPhone Air), a 16-core Neural Engine and 12 GB of RAM. Apple publishes neither bandwidth nor a TOPS figure for it; 75.8 GB/s with LPDDR5X-9600 comes from a third-party specification leak and should be treated as approximate (a 64-bit bus at 9,600 MT/s would give 9,600 × 8 bytes = 76.8 GB/s, so the leak is at least consistent). iOS also limits how much memory one app may use (far less than 12 GB), and Apple documents no fixed figure, so usableMemory is null. Launched September 2025. Peaks: the GPU's Neural Accelerators run FP16 and INT8 matrix operations; on a 5-core A19, Taras Zakharko measured 7,500 GFLOPS FP16 and 13,500 INT8 GOPS, which at 1,024 FP16 FLOP per core per cycle implies a 1.465 GHz clock; the 6-core A19 Pro peaks scale those rates by core count (derived, same clock assumed). The 16-core Neural Engine is a separate block and is not stored.",
    sources: [macnerdA19, inewsA19, tzakharkoNeural],
    cite: {
      released: 'macnerd-a19-socs',
      memoryGB: 'macnerd-a19-socs',
      memoryBandwidthGBs: 'zoombangla-a19-pro-specs',
      bf16Tflops: 'tzakharko-apple-neural-accelerators',
      int8Tops: 'tzakharko-apple-neural-accelerators',
    },
  },
]);
