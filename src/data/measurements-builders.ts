// Pieces the single-stream measurement tables share: a stand-in carrying its derived peaks, the single-request conditions, and llama-bench's pp and tg runs.
import { gib, type DeviceStandIn, type Measurement } from './measurement-types';
import { STAND_IN_PEAKS } from './stand-in-peaks';

export type StandIn = Pick<Measurement, 'deviceId' | 'deviceStandIn'>;

/**
 * A stand-in for a device the catalogue does not hold; its peaks come from STAND_IN_PEAKS by the
 * same id, so every stand-in of one device carries one set of figures.
 */
export function standIn(
  deviceId: string,
  fields: Omit<DeviceStandIn, 'unifiedMemory' | 'peaks'> & { unifiedMemory?: boolean },
): StandIn {
  const peaks = Object.hasOwn(STAND_IN_PEAKS, deviceId)
    ? STAND_IN_PEAKS[deviceId as keyof typeof STAND_IN_PEAKS]
    : undefined;
  return {
    deviceId,
    deviceStandIn: { unifiedMemory: false, ...fields, ...(peaks ? { peaks } : {}) },
  };
}

/** The Q4_0 file of Llama 2 7B that llama.cpp's tables use (llama-bench prints 3.56 GiB). */
export const LLAMA2_7B_Q4_0 = {
  modelId: 'llama-2-7b',
  weightPrecision: 'q4_0',
  fileSizeGB: gib(3.56),
  fileSizeReported: '3.56 GiB',
} as const;

/** One request on one device, BF16 KV cache. */
export const SINGLE = { n: 1, interconnect: null, concurrency: 1, kvPrecision: 'bf16' } as const;

/** llama-bench ppN: N prompt tokens in one batch, no output. */
export const pp = (tokens: number) =>
  ({
    promptTokens: tokens,
    outputTokens: 0,
    meanContextTokens: tokens / 2,
    metric: 'prompt-tps',
  }) as const;

/** llama-bench tgN: N tokens decoded one at a time from an empty context. */
export const tg = (tokens: number) =>
  ({
    promptTokens: 0,
    outputTokens: tokens,
    meanContextTokens: tokens / 2,
    metric: 'decode-tps',
  }) as const;
