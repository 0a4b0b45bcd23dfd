// Which models fit a device's memory at one context: weights + one sequence's KV cache + a reserve.
import type { ModelPreset } from '../../data/models';
import {
  KV_BYTES_PER_ELEMENT,
  type KvPrecision,
  type WeightPrecision,
} from '../../data/precisions';
import { kvBytesPerSequence, modelWeightGB } from './math';

export interface Fit {
  model: ModelPreset;
  weightsGB: number;
  kvGB: number;
  totalGB: number;
  /** Free GB left in each memory size after the reserve (negative: does not fit). */
  spareGB: number[];
}

/** Weights = params × bits ÷ 8; KV = one sequence at the context; spare = memory − reserve − both. */
export function computeFits(
  models: readonly ModelPreset[],
  modelIds: readonly string[],
  memoriesGB: readonly number[],
  reserveGB: readonly number[],
  contextTokens: number,
  weightPrecision: WeightPrecision,
  kvPrecision: KvPrecision,
): Fit[] {
  return modelIds
    .map((id) => models.find((m) => m.id === id))
    .filter((m): m is ModelPreset => m !== undefined)
    .map((model) => {
      const weightsGB = modelWeightGB(model, weightPrecision);
      const kvGB =
        kvBytesPerSequence(model, KV_BYTES_PER_ELEMENT[kvPrecision], contextTokens) / 1e9;
      const totalGB = weightsGB + kvGB;
      const spareGB = memoriesGB.map((mem, i) => mem - (reserveGB[i] ?? 0) - totalGB);
      return { model, weightsGB, kvGB, totalGB, spareGB };
    });
}
