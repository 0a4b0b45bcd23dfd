// Server CPUs in the catalogue (per socket, derived matrix peaks), with their sources.
import { NEW, REVIEWED, defineDevices, gib, source, thirdParty, unread } from './define';

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

const intelXeon6980pArk = unread(
  'intel-xeon-6980p-ark',
  'Intel Xeon 6980P processor: product specifications (Intel ARK)',
  'https://www.intel.com/content/www/us/en/products/sku/240777/intel-xeon-6980p-processor-504m-cache-2-00-ghz/specifications.html',
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

const amdEpyc9175fPage = unread(
  'amd-epyc-9175f-specs',
  'AMD EPYC 9175F: specifications (12 channels of DDR5-6400, up to 6 TB per socket on the SP5 platform)',
  'https://www.amd.com/en/products/processors/server/epyc/9005-series/amd-epyc-9175f.html',
  NEW,
);

export const cpus = defineDevices([
  {
    id: 'xeon-6980p',
    name: 'Intel Xeon 6980P (128 P-cores)',
    vendor: 'Intel',
    kind: 'cpu',
    segment: 'datacenter',
    unit: 'chip',
    released: 2024,
    memoryGB: gib(3072),
    memoryLabel: '3,072 GB (3 TB per socket)',
    memoryBasis: 'binary-label',
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
    simdPeaks: {
      bf16Tflops: 32.8,
      int8Tops: 65.5,
      derivation:
        'BF16: 128 cores × 2.0 GHz base × 128 FLOP per cycle per core (two 512-bit VDPBF16PS per cycle, one on each AVX-512 FMA port) = 32.8 TFLOPS. INT8: 128 cores × 2.0 GHz base × 256 operations per cycle per core (two 512-bit VPDPBUSD per cycle) = 65.5 TOPS. The same clock as the AMX figures; two FMA ports per P-core is the layout Intel lists for its server P-cores (ARK field "AVX-512 FMA units"; the page was not read in a stored copy, so the port count is unverified).',
    },
    preliminary: [],
    notes:
      "Per socket. Bandwidth is the theoretical peak of 12 channels of DDR5-6400: 12 × 6,400 MT/s × 8 bytes = 614.4 GB/s. With MRDIMM-8800 the same arithmetic gives 844.8 GB/s; DDR5-6400 RDIMMs are stored because they are the common configuration and match the EPYC entries. memoryGB is the maximum memory per socket from Intel ARK (3 TB, taken as 3,072 GB); ARK was not read in a stored copy (the figure is from the ARK page URL), so treat it as less certain than the other fields. Matrix peaks are derived, not Intel figures: every P-core has an AMX tile unit (Granite Rapids adds AMX-FP16, per TechPowerUp), which does 1,024 BF16 or 2,048 INT8 operations per cycle (Intel's figures as cited by Wikipedia); times 128 cores at the 2.0 GHz base clock, taken as the frequency sustained under full load, since AMX-heavy code runs below the 3.2 GHz all-core boost. Real GEMMs reach a fraction of this. llama.cpp's CPU kernels do not use AMX: they run on the AVX-512 units, whose BF16 and VNNI peaks are about an eighth of the AMX figures (32.8 TFLOPS and 65.5 TOPS, derived in simdPeaks with two 512-bit dot products per cycle per core at the same 2.0 GHz), and the estimates use those for llama.cpp. Xeon 6 E-core parts have neither AVX-512 nor AMX. UPI links join sockets; there is no accelerator-style scale-up link, so scaleUp is null. Cores, TDP and memory speeds cross-checked on a third-party review table (Hardwareluxx).",
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
    memoryGB: gib(6144),
    memoryLabel: '6,144 GB (6 TB per socket)',
    memoryBasis: 'binary-label',
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
    preliminary: [],
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
    memoryGB: gib(6144),
    memoryLabel: '6,144 GB (6 TB per socket)',
    memoryBasis: 'binary-label',
    memoryType: 'DDR5-4800 (12 channels)',
    memoryBandwidthGBs: 460.8,
    bf16Tflops: 14.7,
    fp8Tflops: null,
    int8Tops: 29.5,
    fp4Tflops: null,
    tdpW: 360,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {
      bf16Tflops:
        '96 cores × 2.4 GHz base × 64 BF16 FLOP per cycle per core (one 512-bit VDPBF16PS per cycle, executed as two 256-bit halves on Zen 4) = 14.7 TFLOPS',
      int8Tops:
        '96 cores × 2.4 GHz base × 128 INT8 operations per cycle per core (one 512-bit VPDPBUSD per cycle on Zen 4) = 29.5 TOPS',
    },
    preliminary: [],
    notes:
      "Per socket. Bandwidth: 12 channels × 4,800 MT/s × 8 bytes = 460.8 GB/s. memoryGB is AMD's maximum of 6 TB per socket (6,144 GB). The 12 channels, DDR5-4800 speed, 6 TB capacity, 360 W and the launch date are from the AMD product page URL and were not read in a stored vendor copy. Zen 4 has AVX-512 with BF16 and VNNI but executes 512-bit instructions as two 256-bit halves (Alexander Yee's teardown), so the derived peaks assume one 512-bit dot product per cycle per core, half the Zen 5 rate, at the 2.4 GHz base clock (from AMD's page URL); AMD publishes no per-socket TFLOPS, so treat them as upper bounds. 360 W default TDP. No accelerator-style scale-up link, so scaleUp is null. Launched November 2022.",
    sources: [amdEpyc9654Page, numberworldZen5],
    cite: {
      released: 'amd-epyc-9654-specs',
      memoryGB: 'amd-epyc-9654-specs',
      memoryBandwidthGBs: 'amd-epyc-9654-specs',
      tdpW: 'amd-epyc-9654-specs',
      bf16Tflops: 'numberworld-zen5-avx512',
      int8Tops: 'numberworld-zen5-avx512',
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
    memoryGB: gib(6144),
    memoryLabel: '6,144 GB (6 TB per socket)',
    memoryBasis: 'binary-label',
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
    preliminary: [],
    notes:
      "Per socket. A 16-core Zen 5 part with 512 MB of L3 (one core per CCD, so each core has 32 MB) and a 4.2 GHz base / 5.0 GHz boost at 320 W; public CPU inference benchmarks use it because the whole 12-channel DDR5-6400 interface (12 × 6,400 MT/s × 8 bytes = 614.4 GB/s) serves few cores. memoryGB is the platform maximum per socket, 6 TB (6 TiB = 6,597 GB under the memory rule), the same rule as for every CPU here; earlier releases stored the 1.5 TB of StorageReview's test systems instead. The 6 TB figure is from AMD's product page URL, not read in a stored copy. Matrix peaks are derived, not AMD figures: Zen 5 executes AVX-512 on a full 512-bit datapath (StorageReview; Alexander Yee's teardown), and the per-cycle rates assume two 512-bit BF16 dot-product or VNNI instructions per cycle per core, at the base clock as the frequency the part sustains under full load. AMD publishes no per-socket TFLOPS. Launched October 2024 (SKU table from AMD's launch as printed by StorageReview).",
    sources: [storagereviewTurin, numberworldZen5, amdEpyc9175fPage],
    cite: {
      released: 'storagereview-epyc-turin',
      memoryGB: 'amd-epyc-9175f-specs',
      memoryBandwidthGBs: 'storagereview-epyc-turin',
      bf16Tflops: 'storagereview-epyc-turin',
      int8Tops: 'storagereview-epyc-turin',
      tdpW: 'storagereview-epyc-turin',
    },
  },
]);
