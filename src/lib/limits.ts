// Allowed ranges for every numeric input, and the one sentence that describes a range.
export type NumericInputName =
  | 'n'
  | 'contextTokens'
  | 'promptTokens'
  | 'concurrency'
  | 'reservePercent'
  | 'pricePerDeviceHour'
  | 'totalParamsB'
  | 'activeParamsB'
  | 'layers'
  | 'kvHeads'
  | 'headDim'
  | 'hiddenSize'
  | 'acceleratorSharePercent'
  | 'tpotMs'
  | 'ttftMs'
  | 'requestsPerSecond'
  | 'hostBandwidthGBs';

export interface Limit {
  min: number;
  max: number;
  integer: boolean;
  unit: string;
}

/** Allowed ranges; both ends inclusive. */
export const LIMITS: Readonly<Record<NumericInputName, Limit>> = {
  n: { min: 1, max: 1024, integer: true, unit: 'devices' },
  contextTokens: { min: 1, max: 10_000_000, integer: true, unit: 'tokens' },
  promptTokens: { min: 1, max: 10_000_000, integer: true, unit: 'tokens' },
  concurrency: { min: 1, max: 100_000, integer: true, unit: 'sequences' },
  reservePercent: { min: 0, max: 90, integer: false, unit: '%' },
  pricePerDeviceHour: {
    min: 0,
    max: 10_000,
    integer: false,
    unit: 'USD per device-hour',
  },
  totalParamsB: {
    min: 0.001,
    max: 100_000,
    integer: false,
    unit: 'billion parameters',
  },
  activeParamsB: {
    min: 0.001,
    max: 100_000,
    integer: false,
    unit: 'billion parameters',
  },
  layers: { min: 1, max: 1000, integer: true, unit: 'layers' },
  kvHeads: { min: 1, max: 1024, integer: true, unit: 'heads' },
  headDim: { min: 1, max: 4096, integer: true, unit: 'elements' },
  hiddenSize: { min: 1, max: 1_000_000, integer: true, unit: 'elements' },
  acceleratorSharePercent: { min: 1, max: 100, integer: false, unit: '% of device memory' },
  tpotMs: { min: 0.01, max: 1_000_000, integer: false, unit: 'ms per output token' },
  ttftMs: { min: 0.01, max: 10_000_000, integer: false, unit: 'ms' },
  requestsPerSecond: { min: 0.0001, max: 10_000_000, integer: false, unit: 'requests per second' },
  hostBandwidthGBs: { min: 0.001, max: 1_000_000, integer: false, unit: 'GB/s' },
};

/** Ranges for inputs outside NumericInputName (model extras and device fields). */
export const EXTRA_LIMITS = {
  hiddenSize: LIMITS.hiddenSize,
  cachedWidth: {
    min: 1,
    max: 1_000_000,
    integer: true,
    unit: 'elements per layer',
  },
  window: { min: 1, max: 10_000_000, integer: true, unit: 'tokens' },
  memoryGB: { min: 0.001, max: 1_000_000, integer: false, unit: 'GB' },
  memoryBandwidthGBs: {
    min: 0.001,
    max: 1_000_000,
    integer: false,
    unit: 'GB/s',
  },
  peakTflops: { min: 0.001, max: 10_000_000, integer: false, unit: 'TFLOPS' },
  scaleUpGBs: { min: 0.001, max: 1_000_000, integer: false, unit: 'GB/s' },
} as const satisfies Record<string, Limit>;

const rangeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** Formats a number the way range messages show it: '1,024', '0.001'. */
export function formatLimitNumber(value: number): string {
  return rangeFormat.format(value);
}

/** The one wording of an allowed range: 'an integer from 1 to 1,024 devices'. */
export function describeLimit(limit: Limit): string {
  const kind = limit.integer ? 'an integer' : 'a number';
  return `${kind} from ${formatLimitNumber(limit.min)} to ${formatLimitNumber(limit.max)} ${limit.unit}`;
}
