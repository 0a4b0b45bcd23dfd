// Allowed ranges for every numeric input, and the one sentence that describes a range.
import { formatNumber } from '../format/units';

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
  | 'hostBandwidthGBs'
  | 'arrivalCv'
  | 'prefixTokens'
  | 'draftTokens'
  | 'acceptanceRate';

export interface Limit {
  min: number;
  max: number;
  integer: boolean;
  unit: string;
}

/** An integer range in a unit. */
export const whole = (min: number, max: number, unit: string): Limit => ({
  min,
  max,
  integer: true,
  unit,
});
/** A real-valued range in a unit. */
export const real = (min: number, max: number, unit: string): Limit => ({
  min,
  max,
  integer: false,
  unit,
});

/** Allowed ranges; both ends inclusive. */
export const LIMITS: Readonly<Record<NumericInputName, Limit>> = {
  n: whole(1, 1024, 'devices'),
  contextTokens: whole(1, 10_000_000, 'tokens'),
  promptTokens: whole(1, 10_000_000, 'tokens'),
  concurrency: whole(1, 100_000, 'sequences'),
  reservePercent: real(0, 90, '%'),
  pricePerDeviceHour: real(0, 10_000, 'USD per device-hour'),
  totalParamsB: real(0.001, 100_000, 'billion parameters'),
  activeParamsB: real(0.001, 100_000, 'billion parameters'),
  layers: whole(1, 1000, 'layers'),
  kvHeads: whole(1, 1024, 'heads'),
  headDim: whole(1, 4096, 'elements'),
  hiddenSize: whole(1, 1_000_000, 'elements'),
  acceleratorSharePercent: real(1, 100, '% of device memory'),
  tpotMs: real(0.01, 1_000_000, 'ms per output token'),
  ttftMs: real(0.01, 10_000_000, 'ms'),
  requestsPerSecond: real(0.0001, 10_000_000, 'requests per second'),
  hostBandwidthGBs: real(0.001, 1_000_000, 'GB/s'),
  // The serving simulation's workload: burstiness, cached prefix, speculative decoding.
  arrivalCv: real(0.1, 10, '(coefficient of variation of the gaps between arrivals)'),
  prefixTokens: whole(0, 10_000_000, 'cached prompt tokens'),
  draftTokens: whole(0, 16, 'draft tokens per step'),
  acceptanceRate: real(0, 1, '(share of draft tokens accepted)'),
};

/** Ranges for inputs outside NumericInputName (model extras and device fields). */
export const EXTRA_LIMITS = {
  hiddenSize: LIMITS.hiddenSize,
  cachedWidth: whole(1, 1_000_000, 'elements per layer'),
  window: whole(1, 10_000_000, 'tokens'),
  memoryGB: real(0.001, 1_000_000, 'GB'),
  memoryBandwidthGBs: real(0.001, 1_000_000, 'GB/s'),
  peakTflops: real(0.001, 10_000_000, 'TFLOPS'),
  scaleUpGBs: real(0.001, 1_000_000, 'GB/s'),
} as const satisfies Record<string, Limit>;

/** Formats a number the way range messages show it: '1,024', '0.001'. */
export function formatLimitNumber(value: number): string {
  return formatNumber(value, 3);
}

/** The one wording of an allowed range: 'an integer from 1 to 1,024 devices'. */
export function describeLimit(limit: Limit): string {
  const kind = limit.integer ? 'an integer' : 'a number';
  return `${kind} from ${formatLimitNumber(limit.min)} to ${formatLimitNumber(limit.max)} ${limit.unit}`;
}
