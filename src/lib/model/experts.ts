// Weight a step reads from a mixture of experts: the shared part always, each routed expert once if any token in the step picks it.
import { expertLayoutFor, type ExpertLayout } from '../../data/expert-layouts';
import { expertSplit } from './math';

/** A mixture of experts' routed parameters, billions, and the share of them one token picks (k of E). */
export interface RoutedExperts {
  routedParamsB: number;
  pickShare: number;
}

/** What paramsReadB needs of a model (and, under data-parallel attention, of the replica). */
export interface ReadShape {
  totalParamsB: number;
  activeParamsB: number;
  experts: RoutedExperts | null;
  /** Billions every device holds and reads whole rather than its 1/n share; 0 or absent if none. */
  replicatedParamsB?: number;
  /** Devices in the replica (only matters with replicatedParamsB). */
  n?: number;
}

/**
 * The routed-expert figures of a model preset, or null for a dense model or a preset without a
 * layout (those fall back to min(total, tokens × active)).
 */
export function routedExperts(
  modelId: string | undefined,
  layout: ExpertLayout | undefined = modelId === undefined ? undefined : expertLayoutFor(modelId),
): RoutedExperts | null {
  if (layout === undefined) return null;
  const split = expertSplit(layout);
  return {
    routedParamsB: split.routedExpertParamsB,
    pickShare: layout.expertsPerToken / layout.routedExperts,
  };
}

/**
 * Billions of parameters one step reads when `tokens` tokens pass through it. Each token picks k of
 * the E routed experts in every MoE layer; with picks taken as independent and uniform, an expert
 * is left untouched by all `tokens` with probability (1 − k/E)^tokens, so the routed share read is
 * 1 − (1 − k/E)^tokens. The rest of the active parameters (attention, dense layers, shared experts,
 * embeddings) is read every step. At one token this is exactly the active count; it reaches the
 * total only slowly (DeepSeek-V3, k/E = 8/256: 40 % of the routed experts at 16 tokens, 87 % at
 * 64), where min(total, tokens × active) reaches it at 18 tokens. Real routing is not uniform
 * (popular experts), so this is a lower bound on the distinct experts read. The serving
 * simulation prices weight reads with it. The fit's served-throughput points still use
 * min(total, tokens × active) over an average step: the exact count, tried on 2026-12-07 with a
 * Huber loss, raised the grouped error (0.2017 to 0.2251) and the serving errors (throughput
 * median 19 to 25 %), because dstack's early-2025 DeepSeek-R1 runs are slower than any exact count.
 */
export function paramsReadB(shape: ReadShape, tokens: number): number {
  const t = Math.max(1, tokens);
  const e = shape.experts;
  // Data-parallel attention: each of the n devices reads the whole block, n − 1 extra copies.
  const copies = ((shape.n ?? 1) - 1) * (shape.replicatedParamsB ?? 0);
  if (e === null) return Math.min(shape.totalParamsB, t * shape.activeParamsB) + copies;
  const activeRouted = e.routedParamsB * e.pickShare;
  const always = Math.max(0, shape.activeParamsB - activeRouted);
  const touched = 1 - Math.pow(1 - e.pickShare, t);
  return Math.min(shape.totalParamsB, always + e.routedParamsB * touched) + copies;
}
