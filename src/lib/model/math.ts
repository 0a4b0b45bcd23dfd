// Model arithmetic shared by the estimator, the charts and the tables: bytes, FLOPs and peaks.
import type { ModelArchitecture } from '../../data/models';
import {
  BITS_PER_WEIGHT,
  weightFormat,
  type PeakField,
  type WeightPrecision,
} from '../../data/precisions';
import type { Device } from '../../data/types';

/** Bytes the weights of `totalParamsB` billion parameters take at `bitsPerWeight`. */
export function weightBytes(totalParamsB: number, bitsPerWeight: number): number {
  return (totalParamsB * 1e9 * bitsPerWeight) / 8;
}

/** Weight size in GB (10^9 bytes) for a parameter count in billions at a given bits per weight. */
export function weightGB(totalParamsB: number, bitsPerWeight: number): number {
  return weightBytes(totalParamsB, bitsPerWeight) / 1e9;
}

/** Weight size in GB of a model stored in a weight format. */
export function modelWeightGB(
  model: Pick<ModelArchitecture, 'totalParamsB'>,
  precision: WeightPrecision,
): number {
  return weightGB(model.totalParamsB, BITS_PER_WEIGHT[precision]);
}

/**
 * Weight bytes one decode step reads when `concurrency` sequences are decoded together. A dense
 * model reads every weight; a mixture of experts reads the active share per sequence, at most all.
 */
export function weightBytesReadPerStep(
  model: Pick<ModelArchitecture, 'totalParamsB' | 'activeParamsB'>,
  bitsPerWeight: number,
  concurrency: number,
): number {
  const params = Math.min(model.totalParamsB, concurrency * model.activeParamsB);
  return weightBytes(params, bitsPerWeight);
}

/** KV bytes one layer stores per token. */
export function kvBytesPerLayerToken(model: ModelArchitecture, kvBytesPerElement: number): number {
  return model.attention.kind === 'mla'
    ? model.attention.cachedWidth * kvBytesPerElement
    : 2 * model.kvHeads * model.headDim * kvBytesPerElement;
}

/** KV bytes one token adds across all layers while the context is shorter than any window. */
export function kvBytesPerToken(model: ModelArchitecture, kvBytesPerElement: number): number {
  return model.layers * kvBytesPerLayerToken(model, kvBytesPerElement);
}

/** KV bytes one sequence holds at a given context: windowed layers stop growing at the window. */
export function kvBytesPerSequence(
  model: ModelArchitecture,
  kvBytesPerElement: number,
  contextTokens: number,
): number {
  const perLayer = kvBytesPerLayerToken(model, kvBytesPerElement);
  const windowed = model.slidingWindow?.layers ?? 0;
  const window = model.slidingWindow?.window ?? contextTokens;
  const full = model.layers - windowed;
  return perLayer * (full * contextTokens + windowed * Math.min(contextTokens, window));
}

/** A mixture of experts: each token uses fewer parameters than the model stores. */
export function isMixtureOfExperts(
  model: Pick<ModelArchitecture, 'activeParamsB' | 'totalParamsB'>,
): boolean {
  return model.activeParamsB < model.totalParamsB;
}

/** FLOPs of a forward pass over `tokens` tokens: two per active parameter per token. */
export function forwardFlops(activeParamsB: number, tokens: number): number {
  return 2 * activeParamsB * 1e9 * tokens;
}

/** Sum of min(i, cap) over the positions i = from + 1 .. from + count. */
function cappedPositionSum(from: number, count: number, cap: number): number {
  const to = from + count;
  const below = Math.max(0, Math.min(to, cap) - from);
  const lowEnd = from + below;
  const uncapped = (below * (from + 1 + lowEnd)) / 2;
  return uncapped + (count - below) * cap;
}

/**
 * FLOPs of the attention itself (scores and the weighted sum of values) for `tokens` prompt tokens
 * that follow `offset` tokens already in the cache: each token attends to every earlier position,
 * four FLOPs per position per query dimension per layer (two for the score, two for the value).
 * The query width is taken as the hidden size (true of the Llama family; an approximation
 * elsewhere); layers with a sliding window attend to at most the window. Zero without hiddenSize.
 */
export function promptAttentionFlops(
  model: Pick<ModelArchitecture, 'hiddenSize' | 'layers' | 'slidingWindow'>,
  tokens: number,
  offset = 0,
): number {
  const width = model.hiddenSize;
  if (width === undefined || tokens <= 0) return 0;
  const windowed = model.slidingWindow?.layers ?? 0;
  const full = model.layers - windowed;
  const all = tokens * offset + (tokens * (tokens + 1)) / 2;
  const capped =
    windowed > 0 ? cappedPositionSum(offset, tokens, model.slidingWindow?.window ?? 0) : 0;
  return 4 * width * (full * all + windowed * capped);
}

/**
 * FLOPs of a prompt of `tokens` tokens: the forward pass without the embedding lookup (a gather,
 * no multiplies) and without the output projection, which engines run for the last prompt token
 * only. A dense model's parameter count holds both matrices (one when tied); a mixture of
 * experts' active count is taken to hold the output projection only. Attention over the prompt
 * is left out, as in forwardFlops (the calibrated step adds promptAttentionFlops; the ideal figures
 * do not). Without vocabSize and hiddenSize it equals forwardFlops.
 */
export function promptFlops(
  model: Pick<
    ModelArchitecture,
    'totalParamsB' | 'activeParamsB' | 'hiddenSize' | 'vocabSize' | 'tiedEmbeddings'
  >,
  tokens: number,
): number {
  const { vocabSize, hiddenSize } = model;
  if (vocabSize === undefined || hiddenSize === undefined) {
    return forwardFlops(model.activeParamsB, tokens);
  }
  const dense = model.totalParamsB === model.activeParamsB;
  const matrices = dense && model.tiedEmbeddings !== true ? 2 : 1;
  const skippedB = (matrices * vocabSize * hiddenSize) / 1e9;
  // The last token still runs the output projection once.
  return (
    forwardFlops(model.activeParamsB - skippedB, tokens) +
    forwardFlops((vocabSize * hiddenSize) / 1e9, Math.min(1, tokens))
  );
}

export type PeakFigures = Pick<Device, 'bf16Tflops' | 'fp8Tflops' | 'int8Tops' | 'fp4Tflops'>;

export const PEAK_OF: Readonly<Record<PeakField, keyof PeakFigures>> = {
  bf16: 'bf16Tflops',
  fp8: 'fp8Tflops',
  int8: 'int8Tops',
  fp4: 'fp4Tflops',
};

/** The dense peak a format's matrix multiplies run on: its own when the device has it, else BF16. */
export function selectPeak(
  device: PeakFigures,
  weightPrecision: WeightPrecision,
): { precision: PeakField | null; tflops: number | null; wanted: PeakField } {
  const wanted = weightFormat(weightPrecision).peak;
  const own = device[PEAK_OF[wanted]];
  if (own !== null) return { precision: wanted, tflops: own, wanted };
  if (device.bf16Tflops !== null) return { precision: 'bf16', tflops: device.bf16Tflops, wanted };
  return { precision: null, tflops: null, wanted };
}

/** Ridge point in FLOP per byte: the arithmetic intensity where compute and bandwidth balance. */
export function ridgePoint(peakTflops: number, bandwidthGBs: number): number {
  return (peakTflops * 1e12) / (bandwidthGBs * 1e9);
}

/** Seconds to move `gigabytes` at `GBs`; null when the rate is not positive or the size is bad. */
export function transferSeconds(gigabytes: number, GBs: number): number | null {
  if (!(GBs > 0) || !Number.isFinite(gigabytes) || gigabytes < 0) return null;
  return gigabytes / GBs;
}

/**
 * Billions of parameters in the routed experts, and those one token uses: each expert is a gated
 * MLP of three hidden × intermediate matrices, in every MoE layer.
 */
export function expertSplit(layout: {
  moeLayers: number;
  routedExperts: number;
  expertsPerToken: number;
  hiddenSize: number;
  expertIntermediateSize: number;
}): { routedExpertParamsB: number; activeRoutedParamsB: number } {
  const perExpert = 3 * layout.hiddenSize * layout.expertIntermediateSize;
  return {
    routedExpertParamsB: (layout.moeLayers * layout.routedExperts * perExpert) / 1e9,
    activeRoutedParamsB: (layout.moeLayers * layout.expertsPerToken * perExpert) / 1e9,
  };
}
