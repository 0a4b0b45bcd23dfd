// Validation at the simulation's boundary: every figure in range, and a request that fits, or a clear message.
import { formatNumber } from '../../format/units';
import { Collector, checkRange, isRecord, type Result } from '../../input/validate';
import { real, whole, type Limit } from '../../input/limits';
import { MAX_SIM_REQUESTS, runSimulation } from './engine';
import { LENGTH_SHAPES, longestMultiple } from './random';
import type {
  SimInput,
  SimReplica,
  SimResult,
  SimSpeculation,
  SimTargets,
  SimTraffic,
  SimWorkload,
} from './types';

/** Allowed ranges of the simulation's own inputs (the URL's pct, cv, prefix, spec and accept included). */
export const SIM_LIMITS = {
  rps: real(0.000001, 10_000_000, 'requests per second'),
  cv: real(0.1, 10, '(coefficient of variation of the gaps between arrivals)'),
  inFlight: whole(1, 100_000, 'requests in flight'),
  batchSize: whole(1, MAX_SIM_REQUESTS, 'requests submitted at once'),
  tokens: whole(1, 10_000_000, 'tokens'),
  prefixTokens: whole(0, 10_000_000, 'cached prompt tokens'),
  draftTokens: whole(0, 16, 'draft tokens per step'),
  acceptance: real(0, 1, '(acceptance rate)'),
  draftCostShare: real(0, 1, 'of a decode step per draft token'),
  targetSeconds: real(0.00001, 100_000, 's'),
  requests: whole(1, MAX_SIM_REQUESTS, 'requests'),
  seed: whole(0, 4_294_967_295, '(seed)'),
  stepScale: real(0.01, 100, '(step-time multiplier)'),
  tokenBudget: whole(1, 10_000_000, 'tokens per step'),
  maxRunning: whole(1, 100_000, 'requests per step'),
  kvCapacityTokens: whole(1, 1e15, 'tokens'),
  positive: real(1e-12, 1e18, ''),
  nonNegative: real(0, 1e18, ''),
  share: real(1e-9, 1, '(share)'),
  n: whole(1, 1024, 'devices'),
} as const satisfies Record<string, Limit>;

function validateReplica(raw: unknown, c: Collector): SimReplica | undefined {
  if (!isRecord(raw) || !isRecord(raw.timer) || typeof raw.timer.seconds !== 'function') {
    c.add('replica', 'replica must carry a step timer from stepTimer().', 'a SimReplica');
    return undefined;
  }
  const num = (name: string, lim: Limit) => c.take(checkRange(`replica.${name}`, raw[name], lim));
  let experts: SimReplica['experts'] = null;
  if (isRecord(raw.experts)) {
    const e = raw.experts;
    experts = {
      routedParamsB: c.take(
        checkRange('replica.experts.routedParamsB', e.routedParamsB, SIM_LIMITS.positive),
      ),
      pickShare: c.take(checkRange('replica.experts.pickShare', e.pickShare, SIM_LIMITS.share)),
    };
  } else if (raw.experts !== null && raw.experts !== undefined) {
    c.add(
      'replica.experts',
      'replica.experts must be null or the routed-expert figures.',
      'null or { routedParamsB, pickShare }',
    );
  }
  return {
    timer: raw.timer as unknown as SimReplica['timer'],
    n: num('n', SIM_LIMITS.n),
    totalParamsB: num('totalParamsB', SIM_LIMITS.positive),
    activeParamsB: num('activeParamsB', SIM_LIMITS.positive),
    experts,
    ...(raw.replicatedParamsB === undefined
      ? {}
      : {
          replicatedParamsB: c.take(
            checkRange('replica.replicatedParamsB', raw.replicatedParamsB, SIM_LIMITS.nonNegative),
          ),
        }),
    ...(raw.schedule === 'prefill-first' ? { schedule: 'prefill-first' as const } : {}),
    ...(raw.kvAdmission === 'paged' ? { kvAdmission: 'paged' as const } : {}),
    bytesPerParam: num('bytesPerParam', SIM_LIMITS.positive),
    kvBytesPerToken: num('kvBytesPerToken', SIM_LIMITS.positive),
    kvCapacityTokens: num('kvCapacityTokens', SIM_LIMITS.kvCapacityTokens),
    tokenBudget: num('tokenBudget', SIM_LIMITS.tokenBudget),
    maxRunning: num('maxRunning', SIM_LIMITS.maxRunning),
    ...(isRecord(raw.attention) ? { attention: validateAttention(raw.attention, c) } : {}),
  };
}

/** The attention shape's numbers, range-checked (a window keeps its layers and length). */
function validateAttention(
  raw: Record<string, unknown>,
  c: Collector,
): NonNullable<SimReplica['attention']> {
  const w = isRecord(raw.slidingWindow) ? raw.slidingWindow : null;
  const count = (name: string, v: unknown): number =>
    c.take(checkRange(`replica.attention.${name}`, v, SIM_LIMITS.nonNegative));
  return {
    layers: count('layers', raw.layers),
    ...(raw.hiddenSize === undefined ? {} : { hiddenSize: count('hiddenSize', raw.hiddenSize) }),
    slidingWindow: w && {
      layers: count('window layers', w.layers),
      window: count('window', w.window),
    },
  };
}

function validateTraffic(raw: unknown, c: Collector): SimTraffic | undefined {
  if (isRecord(raw) && raw.mode === 'closed') {
    return {
      mode: 'closed',
      inFlight: c.take(checkRange('inFlight', raw.inFlight, SIM_LIMITS.inFlight)),
    };
  }
  if (isRecord(raw) && raw.mode === 'batch') {
    return { mode: 'batch', size: c.take(checkRange('batch', raw.size, SIM_LIMITS.batchSize)) };
  }
  if (isRecord(raw) && raw.mode === 'open') {
    const process =
      raw.process === 'bursty' ? 'bursty' : raw.process === 'poisson' ? 'poisson' : null;
    if (process === null) {
      c.add('arrival', 'arrival must be poisson or bursty.', "'poisson' or 'bursty'");
      return undefined;
    }
    return {
      mode: 'open',
      rps: c.take(checkRange('rps', raw.rps, SIM_LIMITS.rps)),
      process,
      cv: process === 'poisson' ? 1 : c.take(checkRange('cv', raw.cv, SIM_LIMITS.cv)),
    };
  }
  c.add(
    'traffic',
    'traffic must be open (a request rate) or closed (requests in flight).',
    'open or closed',
  );
  return undefined;
}

function validateWorkload(raw: unknown, c: Collector): SimWorkload | undefined {
  if (!isRecord(raw)) {
    c.add('workload', 'workload must give prompt and output lengths.', 'a SimWorkload');
    return undefined;
  }
  const isl = c.take(checkRange('isl', raw.isl, SIM_LIMITS.tokens));
  const osl = c.take(checkRange('osl', raw.osl, SIM_LIMITS.tokens));
  const prefixTokens = c.take(checkRange('prefix', raw.prefixTokens ?? 0, SIM_LIMITS.prefixTokens));
  if (prefixTokens >= isl) {
    c.add(
      'prefix',
      `prefix must be shorter than the prompt (${formatNumber(isl, 0)} tokens): at least one token is prefilled.`,
      `an integer from 0 to ${formatNumber(isl - 1, 0)} tokens`,
    );
  }
  const phase = raw.phase === 'prefill' || raw.phase === 'decode' ? raw.phase : 'both';
  return {
    isl,
    osl,
    prefixTokens,
    lengths: LENGTH_SHAPES.find((s) => s === raw.lengths) ?? 'fixed',
    phase,
  };
}

function validateSpeculation(raw: unknown, c: Collector): SimSpeculation | null {
  if (raw === null || raw === undefined) return null;
  if (!isRecord(raw)) {
    c.add(
      'spec',
      'speculation must be { draftTokens, acceptance, draftCostShare }.',
      'a SimSpeculation',
    );
    return null;
  }
  return {
    draftTokens: c.take(checkRange('spec', raw.draftTokens, SIM_LIMITS.draftTokens)),
    acceptance: c.take(checkRange('accept', raw.acceptance, SIM_LIMITS.acceptance)),
    draftCostShare: c.take(
      checkRange('draftCostShare', raw.draftCostShare, SIM_LIMITS.draftCostShare),
    ),
  };
}

function validateTargets(raw: unknown, c: Collector): SimTargets {
  const r = isRecord(raw) ? raw : {};
  const one = (name: string, v: unknown) =>
    v === null || v === undefined ? null : c.take(checkRange(name, v, SIM_LIMITS.targetSeconds));
  return {
    ttftSeconds: one('ttftSeconds', r.ttftSeconds),
    tpotSeconds: one('tpotSeconds', r.tpotSeconds),
  };
}

/** Checks every figure; then that the longest request's KV fits beside the weights. */
export function validateSimInput(raw: unknown): Result<SimInput> {
  const c = new Collector();
  if (!isRecord(raw)) {
    return {
      ok: false,
      errors: [{ input: 'input', message: 'input must be an object.', allowed: 'a SimInput' }],
    };
  }
  const replica = validateReplica(raw.replica, c);
  const traffic = validateTraffic(raw.traffic, c);
  const workload = validateWorkload(raw.workload, c);
  const speculation = validateSpeculation(raw.speculation, c);
  const targets = validateTargets(raw.targets, c);
  const seed = c.take(checkRange('seed', raw.seed ?? 1, SIM_LIMITS.seed));
  const requests = c.take(checkRange('requests', raw.requests ?? 2000, SIM_LIMITS.requests));
  const stepScale = c.take(checkRange('stepScale', raw.stepScale ?? 1, SIM_LIMITS.stepScale));
  const window = raw.window === 'whole' ? 'whole' : 'steady';
  if (raw.window !== undefined && raw.window !== 'whole' && raw.window !== 'steady') {
    c.add('window', "window must be 'steady' or 'whole'.", "'steady' or 'whole'");
  }
  if (c.errors.length > 0 || !replica || !traffic || !workload)
    return { ok: false, errors: c.errors };
  const spread = longestMultiple(workload.lengths);
  const longest =
    Math.round(spread * workload.isl) +
    (workload.phase === 'prefill' ? 1 : Math.round(spread * workload.osl));
  if (longest > replica.kvCapacityTokens) {
    const needGB = (longest * replica.kvBytesPerToken) / 1e9;
    const freeGB = (replica.kvCapacityTokens * replica.kvBytesPerToken) / 1e9;
    return {
      ok: false,
      errors: [
        {
          input: 'memory',
          message:
            `One request of ${formatNumber(longest, 0)} tokens needs ${formatNumber(needGB, 1)} GB of KV cache; ` +
            `only ${formatNumber(freeGB, 1)} GB is left beside the weights, so no request can be served.`,
          allowed: 'shorter requests, more devices or a smaller format',
        },
      ],
    };
  }
  return {
    ok: true,
    value: {
      replica,
      traffic,
      workload,
      speculation,
      targets,
      seed,
      requests,
      stepScale,
      window,
    },
  };
}

/** Validates, then runs one simulation (deterministic for its seed, bounded by the engine's caps). */
export function simulate(raw: SimInput): Result<SimResult> {
  const checked = validateSimInput(raw);
  if (!checked.ok) return checked;
  return { ok: true, value: runSimulation(checked.value) };
}
