// Phone and laptop SoCs in the catalogue (other than Apple), with their sources.
import { REVIEWED, defineDevices, thirdParty, gib } from './define';

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

export const mobileChips = defineDevices([
  {
    id: 'snapdragon-8-elite-gen5',
    name: 'Qualcomm Snapdragon 8 Elite Gen 5',
    vendor: 'Qualcomm',
    kind: 'gpu',
    segment: 'edge',
    unit: 'chip',
    released: 2025,
    memoryGB: gib(24),
    memoryLabel: '24 GB',
    memoryBasis: 'binary-label',
    memoryType: 'LPDDR5X at 5,300 MHz (10,600 MT/s), shared',
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
    preliminary: [],
    notes:
      'Phone SoC (Oryon CPU 2 + 6 cores, Adreno 840 GPU, Hexagon NPU supporting INT2 to FP16). Qualcomm publishes no memory bandwidth and, this generation, no NPU TOPS. Memory: up to 24 GB of LPDDR5X at 5,300 MHz, i.e. 10,600 MT/s (earlier releases labelled it LPDDR5X-10667, a speed grade that disagrees with this arithmetic; the label now follows the source); 84.8 GB/s is our estimate for the 64-bit (4 × 16-bit) interface of Snapdragon 8-class phones: 10.6 GT/s × 8 bytes = 84.8 GB/s (the bus width is an assumption, not from a source). Android does not fix a share of memory for the NPU or GPU, so usableMemory is null. No compute peak is stored, and this is why: Qualcomm states no NPU TOPS for this generation and no Adreno 840 matrix rate, and no clock-and-unit arithmetic is published to derive one. Announced September 2025.',
    sources: [lowyatSnapdragon, cputronicSnapdragon],
    cite: {
      released: 'lowyat-snapdragon-8-elite-gen5',
      memoryGB: 'lowyat-snapdragon-8-elite-gen5',
      memoryBandwidthGBs: 'lowyat-snapdragon-8-elite-gen5',
    },
  },
]);
