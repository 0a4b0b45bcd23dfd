// SRAM-based inference systems (Cerebras, Groq): weights live in on-chip SRAM spread across many chips.
import { NEW, defineDevices, thirdParty } from './define';

const tomsWse3 = thirdParty(
  'tomshardware-cerebras-wse-3',
  "Tom's Hardware: Cerebras launches 900,000-core, 125 PetaFLOPS wafer-scale processor (WSE-3: 4 trillion transistors, 44 GB of on-chip SRAM, CS-3 system; March 2024)",
  'https://www.tomshardware.com/tech-industry/artificial-intelligence/cerebras-launches-900000-core-125-petaflops-wafer-scale-processor-for-ai-theoretically-equivalent-to-about-62-nvidia-h100-gpus',
  NEW,
);
const yobitelWse3 = thirdParty(
  'yobitel-cerebras-wse-3',
  'Yobitel knowledge base: Cerebras WSE-3 (44 GB on-die SRAM, about 21 PB/s memory bandwidth, 125 PFLOPS sparse FP16; sold as the CS-3 system)',
  'https://www.yobitel.com/knowledge-base/cerebras-wse-3',
  NEW,
);
const awesomeWse3 = thirdParty(
  'awesomeagents-cerebras-wse-3',
  'Awesome Agents: Cerebras WSE-3 (CS-3 system at about 23 kW)',
  'https://awesomeagents.ai/hardware/cerebras-wse-3',
  NEW,
);
const techpowerupGroq = thirdParty(
  'techpowerup-groq-lpu',
  'TechPowerUp (February 2024): Groq LPU, a Tensor Streaming Processor with 750 INT8 TOPS, 188 FP16 TFLOPS, 230 MB of SRAM and 80 TB/s',
  'https://techpowerup.com/news-tags/Processor?page=3',
  NEW,
);
const yobitelGroq = thirdParty(
  'yobitel-groq-lpu',
  'Yobitel knowledge base: Groq LPU (about 230 MB SRAM per chip, no external memory; capacity comes from chaining chips; GroqCard, GroqNode and GroqRack)',
  'https://yobitel.com/knowledge-base/groq-lpu',
  NEW,
);

export const sramSystems = defineDevices([
  {
    id: 'cerebras-cs-3',
    name: 'Cerebras CS-3 (one WSE-3 wafer)',
    vendor: 'Cerebras',
    kind: 'accelerator',
    segment: 'datacenter',
    unit: 'system',
    released: 2024,
    memoryGB: 44,
    memoryLabel: '44 GB',
    memoryBasis: 'as-published',
    memoryType: 'on-chip SRAM (one wafer-scale chip)',
    memoryBandwidthGBs: 21_000_000,
    bf16Tflops: null,
    fp8Tflops: null,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: 23000,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {},
    preliminary: [],
    notes:
      "One CS-3 system holds one Wafer-Scale Engine 3: 900,000 cores and 44 GB of SRAM on a single wafer, read at about 21 PB/s, some 2,600 times an HBM3e GPU's 8 TB/s. Cerebras quotes 125 PF of peak AI compute; third parties describe it as sparse FP16 or as FP8, and no dense figure was in what we read, so no compute peak is stored (the reason this system has none). A model larger than 44 GB is split across several CS-3s (a 70B model at 16 bits needs 141 GB, so at least four wafers, before any KV cache), or streamed from external MemoryX storage for training. The catalogue's estimates assume weights in one device's DRAM and do not model this, so the system appears only in this table. About 23 kW per system (third party). All figures third-party reports of Cerebras' March 2024 launch.",
    sources: [tomsWse3, yobitelWse3, awesomeWse3],
    cite: {
      released: 'tomshardware-cerebras-wse-3',
      memoryGB: 'tomshardware-cerebras-wse-3',
      memoryBandwidthGBs: 'yobitel-cerebras-wse-3',
      tdpW: 'awesomeagents-cerebras-wse-3',
    },
  },
  {
    id: 'groq-lpu',
    name: 'Groq LPU (per chip; systems chain hundreds)',
    vendor: 'Groq',
    kind: 'accelerator',
    segment: 'datacenter',
    unit: 'chip',
    released: 2024,
    memoryGB: 0.23,
    memoryLabel: '0.23 GB (230 MB)',
    memoryBasis: 'as-published',
    memoryType: 'on-chip SRAM (no external memory)',
    memoryBandwidthGBs: 80_000,
    bf16Tflops: 188,
    fp8Tflops: null,
    int8Tops: 750,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    hostLink: null,
    usableMemory: null,
    derived: {},
    preliminary: [],
    notes:
      'A Tensor Streaming Processor with 230 MB of SRAM read at 80 TB/s, 750 INT8 TOPS and 188 FP16 TFLOPS (stored as the 16-bit peak; no sparsity is claimed). There is no external memory: a model is spread across the SRAM of many chips, so the unit that serves a model is a system of hundreds. Arithmetic per system: a 70B model at 8 bits is about 70 GB, and 70 ÷ 0.23 = 305 chips hold the weights alone, with an aggregate 305 × 80 TB/s = 24 PB/s. That is why the catalogue lists Groq here and not in the charts, and why its estimates do not cover it. Groq sells capacity through GroqCloud; in December 2025 NVIDIA signed a licensing agreement with Groq for its inference technology (see the other-accelerators chapter). The year is that of the public GroqCloud service (TechPowerUp, February 2024); the chip itself is older. Power per chip is not in what we read.',
    sources: [techpowerupGroq, yobitelGroq],
    cite: {
      released: 'techpowerup-groq-lpu',
      memoryGB: 'techpowerup-groq-lpu',
      memoryBandwidthGBs: 'techpowerup-groq-lpu',
      bf16Tflops: 'techpowerup-groq-lpu',
      int8Tops: 'techpowerup-groq-lpu',
    },
  },
]);
