// Where model weights are read from at start-up, with the sourced bandwidth of each tier.
import type { Source } from './types';

/** One place weights can be read from, and the rate it can deliver them at (GB = 10^9 bytes). */
export interface StorageTier {
  id: string;
  name: string;
  GBs: number;
  /** How the figure was obtained and why real loads are usually slower. */
  note: string;
  source: Source;
}

const ACCESSED = '2026-11-29';

const IEEE_8023: Source = {
  id: 'ieee-802-3',
  title: 'IEEE 802.3 Ethernet Working Group (Ethernet line rates)',
  url: 'https://www.ieee802.org/3/',
  accessed: ACCESSED,
};

const MICRON_9400: Source = {
  id: 'computerbase-micron-9400',
  title:
    'ComputerBase: Micron 9400 SSD reads and writes at 7 GB/s (third-party report of the launch)',
  url: 'https://www.computerbase.de/2023-01/micron-9400-ssd-alle-modelle-lesen-und-schreiben-mit-7-gb-s/',
  accessed: ACCESSED,
};

const NVIDIA_H100: Source = {
  id: 'nvidia-h100',
  title: 'NVIDIA H100 Tensor Core GPU: specifications (PCIe Gen5 128 GB/s, both directions)',
  url: 'https://www.nvidia.com/en-us/data-center/h100/',
  accessed: ACCESSED,
};

export const STORAGE_TIERS: readonly StorageTier[] = [
  {
    id: 'network-10g',
    name: '10 Gbit/s network pull',
    GBs: 1.25,
    note: '10 Gbit/s ÷ 8 bits per byte = 1.25 GB/s line rate; protocol overhead and object-store limits make real pulls slower.',
    source: IEEE_8023,
  },
  {
    id: 'network-100g',
    name: '100 Gbit/s network pull',
    GBs: 12.5,
    note: '100 Gbit/s ÷ 8 = 12.5 GB/s line rate; reaching it needs many parallel streams (for example a concurrent model streamer).',
    source: IEEE_8023,
  },
  {
    id: 'nvme-gen4',
    name: 'Local NVMe SSD (PCIe 4.0 x4)',
    GBs: 7,
    note: 'Sequential read of a datacenter PCIe 4.0 SSD (Micron 9400: 7 GB/s); a PCIe 4.0 x4 link itself tops out near 7.9 GB/s.',
    source: MICRON_9400,
  },
  {
    id: 'host-ram-pcie5',
    name: 'Host RAM to GPU over PCIe 5.0 x16',
    GBs: 64,
    note: 'NVIDIA lists 128 GB/s for the H100 PCIe Gen5 link counting both directions, so 64 GB/s towards the GPU.',
    source: NVIDIA_H100,
  },
];

export function findStorageTier(id: string): StorageTier | undefined {
  return STORAGE_TIERS.find((tier) => tier.id === id);
}
