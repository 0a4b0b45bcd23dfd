// Intel GPUs in the catalogue (Arc Pro workstation cards), with the sources behind them.
import { NEW, defineDevices, gib, thirdParty } from './define';

const hmcArcProB60 = thirdParty(
  'hmc-tech-arc-pro-b60',
  'HMC Tech: Intel Arc Pro B60 specifications (BMG-G21, 20 Xe2 cores, 2.4 GHz; BF16 98.3 TFLOPS and INT8 196.61 TOPS on the XMX engines; 24 GB GDDR6; 200 W; released 19 May 2025)',
  'https://hmc-tech.com/gpu/intel-arc-pro-b60-vs-nvidia-quadro-p620',
  NEW,
);
const ibytenewsDualB60 = thirdParty(
  'ibytenews-arc-pro-dual-b60',
  'iByteNews: Intel Arc Pro Dual B60 (each B60 GPU: 24 GB of GDDR6 at 19 Gbps on 192 bits, 456 GB/s)',
  'https://ibytenews.com/?p=3182',
  NEW,
);
const technicalCityB60 = thirdParty(
  'technical-city-arc-pro-b60',
  'Technical City: Arc Pro B60 specifications (PCIe 5.0 x8, 200 W, 2,560 shaders)',
  'https://technical.city/en/video/Iris-Xe-Graphics-64EUs-Alder-Lake-vs-Arc-Pro-B60',
  NEW,
);

export const intelGpus = defineDevices([
  {
    id: 'arc-pro-b60',
    name: 'Intel Arc Pro B60 (24 GB)',
    vendor: 'Intel',
    kind: 'gpu',
    segment: 'workstation',
    unit: 'chip',
    released: 2025,
    memoryGB: gib(24),
    memoryLabel: '24 GB',
    memoryBasis: 'binary-label',
    memoryType: 'GDDR6 (192-bit)',
    memoryBandwidthGBs: 456,
    bf16Tflops: 98.3,
    fp8Tflops: null,
    int8Tops: 196.6,
    fp4Tflops: null,
    tdpW: 200,
    scaleUp: null,
    hostLink: { name: 'PCIe Gen5 x8', GBsPerDirection: 32 },
    usableMemory: null,
    derived: {},
    preliminary: [],
    notes:
      "Intel's Battlemage workstation card (BMG-G21, 20 Xe2 cores with XMX matrix engines) with 24 GB of GDDR6: 19 Gbps × 192 bits ÷ 8 = 456 GB/s. Matrix peaks from a third-party table: BF16 98.3 TFLOPS and INT8 196.6 TOPS, dense; Xe2 has no FP8 or FP4 matrix format. Board power is configurable (about 120–200 W by board partner); 200 W is stored. PCIe 5.0 x8: 8 lanes × 32 GT/s ÷ 8 = 32 GB/s each way, half a x16 link, which matters when weights or experts stream from host memory. Dual-GPU boards put two B60s (48 GB) on one card. Software: llama.cpp (SYCL, Vulkan), OpenVINO, and vLLM through Intel's XPU back end. All figures third-party.",
    sources: [hmcArcProB60, ibytenewsDualB60, technicalCityB60],
    cite: {
      released: 'hmc-tech-arc-pro-b60',
      memoryGB: 'hmc-tech-arc-pro-b60',
      memoryBandwidthGBs: 'ibytenews-arc-pro-dual-b60',
      bf16Tflops: 'hmc-tech-arc-pro-b60',
      int8Tops: 'hmc-tech-arc-pro-b60',
      tdpW: 'hmc-tech-arc-pro-b60',
      hostLink: 'technical-city-arc-pro-b60',
    },
  },
]);
