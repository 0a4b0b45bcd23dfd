// Sizing at percentile targets: the fewest replicas (and devices) whose simulated latencies meet the targets at a load, aggregated or disaggregated.
import { formatNumber, formatSeconds } from '../../format/units';
import { runSimulation } from './engine';
import { atPercentile } from './metrics';
import type { Percentile, SimInput, SimResult, SimTargets } from './types';

/** The search stops at this many replicas and says so. */
export const MAX_REPLICAS = 1_000_000;
/** Requests per run while sizing: enough for a p99 from the top ten or so. */
export const SIZING_REQUESTS = 1000;
/** Default KV transfer link between prefill and decode devices: one 400 Gb/s NIC per device, GB/s per direction. */
export const DEFAULT_KV_LINK_GBS = 50;

export interface Sizing {
  /** Fewest replicas meeting the targets; null when none can. */
  replicas: number | null;
  devices: number | null;
  /** The run at the answer: each replica's share of the load. */
  perReplica: SimResult | null;
  /** Why there is no answer (empty when there is one). */
  reason: string;
  /** Simulation runs the search took. */
  runs: number;
}

/** True when the run's latencies at the percentile meet every target and the load is stable. */
export function meetsTargets(r: SimResult, targets: SimTargets, pct: Percentile): boolean {
  if (r.overloaded || r.truncated) return false;
  if (targets.ttftSeconds !== null && !(atPercentile(r.ttft, pct) <= targets.ttftSeconds))
    return false;
  if (targets.tpotSeconds !== null && !(atPercentile(r.tpot, pct) <= targets.tpotSeconds))
    return false;
  return true;
}

/**
 * Fewest replicas for `rps` at the targets. Each replica takes rps / R (a random split keeps the
 * arrivals' kind). The search starts at the replicas the saturated throughput implies (none can
 * do better), doubles until the targets hold, then bisects: latency falls as the share falls.
 */
export function sizeReplicas(base: SimInput, rps: number, pct: Percentile): Sizing {
  const process = base.traffic.mode === 'open' ? base.traffic.process : 'poisson';
  const cv = base.traffic.mode === 'open' ? base.traffic.cv : 1;
  const requests = Math.min(base.requests, SIZING_REQUESTS);
  let runs = 0;
  const results = new Map<number, SimResult>();
  const at = (replicas: number): SimResult => {
    const cached = results.get(replicas);
    if (cached) return cached;
    runs += 1;
    const r = runSimulation({
      ...base,
      requests,
      traffic: { mode: 'open', rps: rps / replicas, process, cv },
    });
    results.set(replicas, r);
    return r;
  };
  const n = base.replica.n;
  const none = (reason: string): Sizing => ({
    replicas: null,
    devices: null,
    perReplica: null,
    reason,
    runs,
  });

  // One request alone: if it misses, no number of replicas helps.
  runs += 1;
  const alone = runSimulation({ ...base, requests: 50, traffic: { mode: 'closed', inFlight: 1 } });
  const { ttftSeconds, tpotSeconds } = base.targets;
  if (ttftSeconds !== null && alone.ttft.p50 > ttftSeconds) {
    return none(
      `One request alone waits ${formatSeconds(alone.ttft.p50)} for its first token, over the ${formatSeconds(ttftSeconds)} target.`,
    );
  }
  if (tpotSeconds !== null && alone.tpot.p50 > tpotSeconds) {
    return none(
      `One request alone takes ${formatSeconds(alone.tpot.p50)} per output token, over the ${formatSeconds(tpotSeconds)} target.`,
    );
  }

  // Saturated throughput: as many requests in flight as the batch limit allows.
  runs += 1;
  const saturated = runSimulation({
    ...base,
    requests,
    traffic: { mode: 'closed', inFlight: base.replica.maxRunning },
  });
  const tokensPerRequest = base.workload.phase === 'prefill' ? 1 : base.workload.osl;
  const floor = Math.max(1, Math.floor((rps * tokensPerRequest) / saturated.throughputTps));
  let bad = 0;
  let good = floor;
  while (!meetsTargets(at(good), base.targets, pct)) {
    bad = good;
    good *= 2;
    if (good > MAX_REPLICAS) {
      return none(
        `More than ${formatNumber(MAX_REPLICAS, 0)} replicas would be needed; the search stops there.`,
      );
    }
  }
  while (good - bad > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (meetsTargets(at(mid), base.targets, pct)) good = mid;
    else bad = mid;
  }
  return { replicas: good, devices: good * n, perReplica: at(good), reason: '', runs };
}

export interface DisaggregatedSizing {
  prefill: Sizing;
  decode: Sizing;
  /** Seconds to move one prompt's KV cache from a prefill replica to a decode replica. */
  kvTransferSeconds: number;
  /** prefill.devices + decode.devices, or null when either pool has no answer. */
  devices: number | null;
}

/**
 * Separate prefill and decode pools for the same load. The prefill pool must meet the TTFT target
 * less the KV transfer; the decode pool the TPOT target. Both use the replica's devices and
 * tensor-parallel width; KV moves over `kvLinkGBs` per device (GB/s, one direction).
 */
export function sizeDisaggregated(
  base: SimInput,
  rps: number,
  pct: Percentile,
  kvLinkGBs: number = DEFAULT_KV_LINK_GBS,
): DisaggregatedSizing {
  const { replica, workload, targets } = base;
  const kvTransferSeconds =
    (workload.isl * replica.kvBytesPerToken) / (replica.n * kvLinkGBs * 1e9);
  let prefill: Sizing;
  if (targets.ttftSeconds !== null && targets.ttftSeconds <= kvTransferSeconds) {
    prefill = {
      replicas: null,
      devices: null,
      perReplica: null,
      reason: `Moving one prompt's KV cache takes ${formatSeconds(kvTransferSeconds)}, which already uses the ${formatSeconds(targets.ttftSeconds)} target.`,
      runs: 0,
    };
  } else {
    prefill = sizeReplicas(
      {
        ...base,
        workload: { ...workload, phase: 'prefill' },
        speculation: null,
        targets: {
          ttftSeconds:
            targets.ttftSeconds === null ? null : targets.ttftSeconds - kvTransferSeconds,
          tpotSeconds: null,
        },
      },
      rps,
      pct,
    );
  }
  const decode = sizeReplicas(
    {
      ...base,
      workload: { ...workload, phase: 'decode' },
      targets: { ttftSeconds: null, tpotSeconds: targets.tpotSeconds },
    },
    rps,
    pct,
  );
  return {
    prefill,
    decode,
    kvTransferSeconds,
    devices:
      prefill.devices === null || decode.devices === null ? null : prefill.devices + decode.devices,
  };
}
