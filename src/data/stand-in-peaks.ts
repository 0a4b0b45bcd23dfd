// Dense compute peaks of the measurement stand-ins (devices the catalogue does not hold), each with its arithmetic and source.
import type { StandInPeaks } from './measurement-types';
import type { Source } from './types';

const ACCESSED = '2026-12-07';

/** A document outside the vendor's own (review, database, forum): figures citing it are third-party. */
function thirdParty(id: string, title: string, url: string): Source {
  return { id, title, url, accessed: ACCESSED, secondary: true };
}

const SOURCES = {
  sisoftware7950x: thirdParty(
    'sisoftware-ryzen-9-7950x-review',
    'SiSoftware: AMD Ryzen 9 7950X (Zen 4 Raphael) review and benchmarks (16 cores; AVX-512 with VNNI and BF16, executed as two 256-bit halves)',
    'https://www.sisoftware.co.uk/2022/09/21/amd-ryzen-9-7950x-zen4-raphael-review/',
  ),
  droidholic8Gen3: thirdParty(
    'droidholic-snapdragon-8-gen-3',
    'Droidholic: Snapdragon 8 Gen 3 goes official (CPU of one Cortex-X4 at 3.3 GHz, three performance cores at 3.2 GHz, two at 3.0 GHz, two efficiency cores at 2.3 GHz)',
    'https://droidholic.com/snapdragon-8-gen-3-launched/',
  ),
  llamaCpp18139: thirdParty(
    'llama-cpp-issue-18139',
    'ggml-org/llama.cpp issue #18139: Hexagon backend cannot achieve the same performance as QNN SDK (Snapdragon 8 Elite phone; a Q8_0 4096 × 4096 by 4096 × 64 matrix multiply timed at about 5 ms, some 0.5 TOPS)',
    'https://github.com/ggml-org/llama.cpp/issues/18139',
  ),
  philipturnerM2: thirdParty(
    'philipturner-metal-benchmarks-m2',
    'Philip Turner, metal-benchmarks (Apple GPU microarchitecture: 128 FP32 ALUs per core, FP16 at the FP32 rate, M2-family GPU clock 1.398 GHz)',
    'https://github.com/philipturner/metal-benchmarks',
  ),
  swavedigestRdna2: thirdParty(
    'swavedigest-rx-6x50-xt',
    "Swave Digest on AMD's RX 6950 XT / 6750 XT refresh (the RX 6700 XT it replaces: 2,581 MHz boost, 13.21 TFLOPS FP32 and 26.43 TFLOPS FP16, AMD's figures)",
    'https://swavedigest.com/amd-radeon-rx-6950-xt-6760-xt-and-6650-xt-deliver-faster-memory-and-clocks-to-gamers',
  ),
  gamingPcGuide5700xt: thirdParty(
    'thegamingpcguide-rx-5700-xt',
    "The Gaming PC Guide: RX 5700 series specifications (RX 5700 XT: 40 CUs, 2,560 stream processors, 1,905 MHz peak boost, AMD's 9.75 TFLOPS FP32)",
    'https://www.thegamingpcguide.com/2020/04/rx-5700-series-video-card-specification.html',
  ),
  fpsbenchRx580: thirdParty(
    'fpsbench-radeon-rx-580',
    'FPSBench GPU database: Radeon RX 580 (Polaris 20, 36 CUs, 1,340 MHz boost; FP32 6.175 TFLOPS, FP16 6.175 TFLOPS at 1:1)',
    'https://fpsbench.com/compare/gpu/amd-radeon-rx-580-vs-amd-radeon-r7-graphics',
  ),
  purepcRdna4: thirdParty(
    'purepc-rx-9070-xt-specs',
    "PurePC: Radeon RX 9070 XT and RX 9070 specifications (64 CUs, 2,970 MHz boost, 48.7 TFLOPS FP32; AMD's AI figures of 779 INT8 TOPS and 1,557 INT4 TOPS, which count sparsity)",
    'https://www.purepc.pl/amd-radeon-rx-9070-xt-oraz-radeon-rx-9070-specyfikacja-cena-i-wydajnosc-kart-graficznych-rdna-4',
  ),
  svethardwareB580: thirdParty(
    'svethardware-arc-b580',
    "Svět hardware: Intel introduces the desktop Battlemage Arc B570 and B580 (B580: 20 Xe2 cores, 160 XMX engines, 2,670 MHz graphics clock, Intel's 233 TOPS for AI)",
    'https://www.svethardware.cz/intel-predstavuje-desktopovy-battlemage-arc-b570-a-b580-o-10-prekonava-rtx-4060/61385',
  ),
} as const satisfies Record<string, Source>;

/** Peaks keyed by the stand-in's device id, so every stand-in of one device shares one figure. */
export const STAND_IN_PEAKS = {
  'ryzen-9-7950x': {
    bf16Tflops: 4.6,
    int8Tops: 9.2,
    derivation:
      'BF16: 16 cores × 4.5 GHz base × 64 FLOP per cycle per core (one 512-bit VDPBF16PS per cycle, run as two 256-bit halves on Zen 4) = 4.6 TFLOPS. INT8: 16 cores × 4.5 GHz × 128 operations per cycle per core (one 512-bit VPDPBUSD per cycle) = 9.2 TOPS. The per-cycle rates are those of the catalogue’s EPYC 9654 (also Zen 4); the clock is AMD’s 4.5 GHz base (the 5.7 GHz boost holds on a few cores, not on all sixteen under vector load). AMD publishes no TFLOPS, so these are upper bounds. The mainline llama.cpp rows used a build with AVX2 kernels only, whose FP32 peak is lower: 16 cores × 4.5 GHz × 32 FLOP per cycle (two 256-bit FMAs) = 2.3 TFLOPS.',
    peakSource: SOURCES.sisoftware7950x,
  },
  'snapdragon-8-gen-3': {
    bf16Tflops: 0.39,
    int8Tops: 1.57,
    derivation:
      'Derived, with assumed pipe counts. Per-cycle BF16 (BFMMLA) rates of these cores could not be read in any source we hold, so the 16-bit figure is the FP32 NEON rate, which the BF16 run of this phone (21.2 prompt tokens/s × 6.4 GFLOP per token = 0.14 TFLOPS) stays well under. Assuming four 128-bit FMA pipes on the Cortex-X4, two on each Cortex-A720 and one on each Cortex-A520 (8 FP32 FLOP per pipe per cycle): 1 × 3.3 GHz × 32 + 3 × 3.2 GHz × 16 + 2 × 3.0 GHz × 16 + 2 × 2.3 GHz × 8 = 392 GFLOPS = 0.39 TFLOPS. INT8: a 128-bit SDOT multiplies sixteen pairs of 8-bit values and adds them into four 32-bit lanes, four times the multiply-adds of an FP32 FMLA, so at the same issue rate per pipe (our assumption; no source we hold states it) the same cores reach 4 × 0.392 = 1.57 TOPS. The phone’s own runs agree with that ratio: the BF16 1B prompt (60.3 tokens/s × 2.5 GFLOP = 0.15 TFLOPS) reaches 38 % of the FP32 figure and the SpinQuant 1B prompt, on 8-bit dot products (260.5 × 2.5 GFLOP = 0.65 TOPS), 41 % of the INT8 one; on the FP32 figure alone SpinQuant would run at 166 %. The pipe counts and the equal issue rate are assumptions; the clocks are Qualcomm’s (as reported).',
    peakSource: SOURCES.droidholic8Gen3,
  },
  'snapdragon-8-elite-hexagon': {
    bf16Tflops: null,
    int8Tops: null,
    derivation:
      'No peak: Qualcomm states no TOPS for the Snapdragon 8 Elite NPU, and the 45 TOPS often repeated (quoted by the reporter of llama.cpp issue #18139) is the figure of a different chip, the Snapdragon X Elite laptop NPU, precision unstated. The same issue times the llama.cpp Hexagon backend at about 0.5 TOPS on a Q8_0 matrix multiply; as we read the backend, its matrix multiplies run on the HVX vector units rather than the HMX matrix engine, so even a published HMX figure would not be the rate this engine uses. The fit’s prompt rate per byte of bandwidth stays in place.',
    peakSource: SOURCES.llamaCpp18139,
  },
  'apple-m2': {
    bf16Tflops: 2.9,
    int8Tops: null,
    derivation:
      '8 GPU cores × 128 ALUs × 2 FLOP (FMA) × 1.398 GHz = 2.9 TFLOPS, FP16 at the FP32 rate (M2 GPUs have no matrix units), as the catalogue derives the M1 Max and M2 Ultra. The source names an M2 MacBook Air but not its GPU bin; the 8-core GPU is the base configuration and is used. With the 10-core GPU the same arithmetic gives 10 × 128 × 2 × 1.398 GHz = 3.6 TFLOPS, 25 % more. No INT8 path is stored for Apple GPUs before M5.',
    peakSource: SOURCES.philipturnerM2,
  },
  'radeon-rx-6700-xt': {
    bf16Tflops: 26.4,
    int8Tops: null,
    derivation:
      'FP16: 40 CUs × 2.581 GHz boost × 256 FLOP per cycle per CU (64 lanes × 2 for the FMA × 2 for packed FP16, RDNA 2 has no matrix units) = 26.4 TFLOPS, AMD’s 26.43 TFLOPS half-precision figure. RDNA 2 has no BF16 arithmetic; llama.cpp multiplies in FP16, so this is the 16-bit peak. Dense (no sparsity). INT8 dot-product rates are not stored: no source we read gives one.',
    peakSource: SOURCES.swavedigestRdna2,
  },
  'radeon-rx-5700-xt': {
    bf16Tflops: 19.5,
    int8Tops: null,
    derivation:
      'FP16: 40 CUs × 1.905 GHz peak boost × 256 FLOP per cycle per CU (64 lanes × 2 for the FMA × 2 for packed FP16 on RDNA 1) = 19.5 TFLOPS, twice AMD’s 9.75 TFLOPS FP32 figure. No BF16 and no matrix units on RDNA 1; llama.cpp multiplies in FP16. Dense.',
    peakSource: SOURCES.gamingPcGuide5700xt,
  },
  'radeon-rx-580': {
    bf16Tflops: 6.2,
    int8Tops: null,
    derivation:
      'FP16: 36 CUs × 1.34 GHz boost × 128 FLOP per cycle per CU (64 lanes × 2 for the FMA) = 6.2 TFLOPS. Polaris has no packed FP16 math, so FP16 runs at the FP32 rate (the database lists 6.175 TFLOPS for both, 1:1). No BF16, no matrix units. Dense. Third-party database figures (AMD’s 6.17 TFLOPS FP32 launch figure agrees).',
    peakSource: SOURCES.fpsbenchRx580,
  },
  'radeon-rx-9070-xt': {
    bf16Tflops: 97.3,
    int8Tops: 389.3,
    derivation:
      'FP16: AMD’s published 97.3 TFLOPS, the vector rate with dual issue: 64 CUs × 2.97 GHz boost × 512 FLOP per cycle per CU = 97.3 TFLOPS, twice the 48.7 TFLOPS FP32 figure (packed FP16). It is dense and excludes the WMMA matrix units, which run twice that (64 × 2.97 GHz × 1,024 = 194.6 TFLOPS dense); the vector figure is stored because the measurement’s Vulkan driver (Mesa RADV) reported no matrix cores, so the prompt ran on the vector units, and at 1,967 tokens/s × 6.4 GFLOP (12.6 TFLOPS) it reaches 13 % of the vector rate. INT8: 64 CUs × 2.97 GHz × 2,048 operations per cycle per CU = 389.3 TOPS on the matrix units, half of AMD’s 779 TOPS, which counts 2:4 sparsity (AMD’s 1,557 INT4 TOPS is 64 × 2.97 GHz × 8,192, also sparse). Upper bounds at the boost clock.',
    peakSource: SOURCES.purepcRdna4,
  },
  'intel-arc-b580': {
    bf16Tflops: 116.5,
    int8Tops: 233,
    derivation:
      'INT8: Intel’s 233 TOPS for the XMX engines, dense: it equals 20 Xe2 cores × 4,096 INT8 operations per cycle per core × 2.85 GHz = 233.5 TOPS, a clock above the 2.67 GHz graphics clock Intel lists (the Arc Pro B60 entry, same die, follows the same per-core rate). FP16/BF16: half the INT8 rate, 233 TOPS ÷ 2 = 116.5 TFLOPS (2,048 FLOP per cycle per Xe2 core, the ratio of the Arc Pro B60 entry on the same die). At the 2.67 GHz graphics clock the same arithmetic gives 109.4 TFLOPS.',
    peakSource: SOURCES.svethardwareB580,
  },
} as const satisfies Record<string, StandInPeaks>;
