// Fixed devices and models for tests, so worked examples do not move when catalogue figures are revised.
import type { ModelArchitecture } from '@site/src/data/models';
import type { Device } from '@site/src/data/types';
import type { Result } from '@site/src/lib/input';
import { estimate, parseEstimateInput, type Estimate } from '@site/src/lib/model/estimate';
import { capacity, parseCapacityInput, type Capacity } from '@site/src/lib/serving/capacity';
import { deviceCapacity, parseDeviceCapacityInput } from '@site/src/lib/serving/device';
import { expectedDeviceCapacity, type ExpectedCapacity } from '@site/src/lib/serving/expected';

/** An H100-SXM-like GPU: 80 GB, 3,350 GB/s, 989 BF16 / 1,979 FP8 and INT8 dense, 900 GB/s link. */
export const fixtureH100: Device = {
  id: 'fixture-h100',
  name: 'Fixture H100-like GPU',
  vendor: 'Test',
  kind: 'gpu',
  segment: 'datacenter',
  unit: 'chip',
  released: 2023,
  memoryGB: 80,
  memoryLabel: '80 GB',
  memoryBasis: 'as-published',
  memoryType: 'HBM3',
  memoryBandwidthGBs: 3350,
  bf16Tflops: 989,
  fp8Tflops: 1979,
  int8Tops: 1979,
  fp4Tflops: null,
  tdpW: 700,
  scaleUp: { name: 'Fixture link', GBs: 900 },
  hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
  usableMemory: null,
  derived: {},
  preliminary: [],
  notes: '',
  sources: [],
  cite: {},
};

/** A test device: the H100-like fixture with the given fields replaced. */
export function testDevice(overrides: Partial<Device> = {}): Device {
  return { ...fixtureH100, ...overrides };
}

/** A Llama-3.1-8B-like dense model: 8.03B parameters, 32 layers, 8 KV heads of 128, hidden 4096. */
export const fixtureDense8b: ModelArchitecture = {
  totalParamsB: 8.03,
  activeParamsB: 8.03,
  layers: 32,
  kvHeads: 8,
  headDim: 128,
  hiddenSize: 4096,
  attention: { kind: 'gqa' },
  slidingWindow: null,
};

/**
 * Replaces ResizeObserver (absent in jsdom) with one that reports `width` for every element it
 * observes, as the browser does once after layout. Undo with vi.unstubAllGlobals().
 */
export function stubResizeObserver(stub: (name: string, value: unknown) => void, width: number) {
  stub(
    'ResizeObserver',
    class {
      constructor(private readonly report: ResizeObserverCallback) {}
      observe(target: Element) {
        const entry = {
          target,
          borderBoxSize: [{ inlineSize: width, blockSize: 300 }],
          contentRect: { width },
        } as unknown as ResizeObserverEntry;
        this.report([entry], this as unknown as ResizeObserver);
      }
      disconnect() {}
    },
  );
}

/**
 * Inner functions take parsed input only. A test's raw input goes through the same boundary parser
 * a caller uses, then the inner function: a bad fixture gets the parser's messages, a good one the
 * result.
 */
export function estimateOf(raw: unknown): Result<Estimate> {
  const parsed = parseEstimateInput(raw);
  return parsed.ok ? estimate(parsed.value) : parsed;
}

export function capacityOf(raw: unknown): Result<Capacity> {
  const parsed = parseCapacityInput(raw);
  return parsed.ok ? capacity(parsed.value) : parsed;
}

export function deviceCapacityOf(raw: unknown): ReturnType<typeof deviceCapacity> {
  const parsed = parseDeviceCapacityInput(raw);
  return parsed.ok ? deviceCapacity(parsed.value) : parsed;
}

export function expectedDeviceCapacityOf(raw: unknown): Result<ExpectedCapacity> {
  const parsed = parseDeviceCapacityInput(raw);
  return parsed.ok ? expectedDeviceCapacity(parsed.value) : parsed;
}
