// Weight bytes a step reads from a mixture of experts: the shared part always, each routed expert once if any token picks it.
import { expertLayoutFor, type ExpertLayout } from '../../../data/expert-layouts';
import { expertSplit } from '../../model/math';
import type { SimReplica } from './types';

/**
 * The routed-expert figures of a model preset, or null for a dense model or a preset without a
 * layout (those fall back to min(total, tokens × active)).
 */
export function routedExperts(
  modelId: string | undefined,
  layout: ExpertLayout | undefined = modelId === undefined ? undefined : expertLayoutFor(modelId),
): SimReplica['experts'] {
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
 * (popular experts), so this is a lower bound on the distinct experts read.
 */
export function paramsReadB(
  replica: Pick<
    SimReplica,
    'totalParamsB' | 'activeParamsB' | 'experts' | 'replicatedParamsB' | 'n'
  >,
  tokens: number,
): number {
  const t = Math.max(1, tokens);
  const e = replica.experts;
  // Data-parallel attention: each of the n devices reads the whole block, n − 1 extra copies.
  const copies = (replica.n - 1) * (replica.replicatedParamsB ?? 0);
  if (e === null) return Math.min(replica.totalParamsB, t * replica.activeParamsB) + copies;
  const activeRouted = e.routedParamsB * e.pickShare;
  const always = Math.max(0, replica.activeParamsB - activeRouted);
  const touched = 1 - Math.pow(1 - e.pickShare, t);
  return Math.min(replica.totalParamsB, always + e.routedParamsB * touched) + copies;
}
