// The serving simulation: deterministic, bounded, internally consistent (percentiles, Little's law, load), and sized as measured serving implies.
import { describe, expect, it } from 'vitest';
import { findDevice } from '@site/src/data/hardware';
import { findModel } from '@site/src/data/models';
import { promptAttentionFlops } from '@site/src/lib/model/math';
import { paramsReadB } from '@site/src/lib/model/experts';
import {
  LENGTH_SHAPES,
  drawLength,
  longestMultiple,
  seededUniform,
  type LengthShape,
} from '@site/src/lib/serving/sim/random';
import {
  MAX_SIM_REQUESTS,
  kvCopies,
  replicaFor,
  runSimulation,
  simulate,
  sizeDisaggregated,
  sizeReplicas,
  tokensPerStep,
  validateSimInput,
  type SimInput,
  type SimReplica,
  type SimTraffic,
} from '@site/src/lib/serving/sim';

function replica(deviceId: string, modelId: string, n: number, ctx: number): SimReplica {
  const device = findDevice(deviceId);
  const model = findModel(modelId);
  if (!device || !model) throw new Error('fixture missing');
  const r = replicaFor({
    device,
    model,
    weightPrecision: 'fp8',
    kvPrecision: 'fp8',
    n,
    engine: 'tensorrt-llm',
    reservePercent: 10,
    acceleratorShare: null,
    contextTokens: ctx,
  });
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.value;
}

// The workload: Llama 3.3 70B (the 3.1 preset's architecture) in FP8 on two H100s, 5,000 in / 500 out.
const H100x2 = replica('h100-sxm', 'llama-3.1-70b', 2, 5500);

function input(traffic: SimTraffic, over: Partial<SimInput> = {}): SimInput {
  return {
    replica: H100x2,
    workload: { isl: 5000, osl: 500, lengths: 'fixed', prefixTokens: 0, phase: 'both' },
    traffic,
    speculation: null,
    targets: { ttftSeconds: null, tpotSeconds: null },
    seed: 7,
    requests: 800,
    stepScale: 1,
    ...over,
  };
}

const open = (rps: number): SimTraffic => ({ mode: 'open', rps, process: 'poisson', cv: 1 });

function run(i: SimInput) {
  const r = simulate(i);
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.value;
}

describe('serving simulation', () => {
  it('replays exactly for a seed, and differs for another', () => {
    const a = run(input(open(1)));
    const b = run(input(open(1)));
    const c = run(input(open(1), { seed: 8 }));
    expect(b).toEqual(a);
    expect(c.ttft.p99).not.toBe(a.ttft.p99);
  });

  it('orders its percentiles: mean and p50 ≤ p90 ≤ p95 ≤ p99', () => {
    for (const traffic of [open(0.5), open(1.2), { mode: 'closed', inFlight: 40 } as const]) {
      const r = run(
        input(traffic, { workload: { ...input(open(1)).workload, lengths: 'uniform' } }),
      );
      for (const d of [r.ttft, r.tpot, r.e2e]) {
        expect(d.p50).toBeLessThanOrEqual(d.p90);
        expect(d.p90).toBeLessThanOrEqual(d.p95);
        expect(d.p95).toBeLessThanOrEqual(d.p99);
      }
    }
  });

  it("keeps Little's law on its own output: requests in the system = arrival rate × time in it", () => {
    for (const traffic of [open(0.6), open(1.1), { mode: 'closed', inFlight: 25 } as const]) {
      const r = run(input(traffic));
      const { inSystem, arrivalRps, meanSeconds } = r.little;
      // L = λW over the measured window, within 5 % (edge effects of a finite window).
      expect(Math.abs(inSystem - arrivalRps * meanSeconds) / inSystem).toBeLessThan(0.05);
    }
  });

  it('closed loop: throughput and time per output token rise with the requests in flight', () => {
    let last = { tps: 0, tpot: 0 };
    for (const inFlight of [1, 5, 25, 50, 100]) {
      const r = run(input({ mode: 'closed', inFlight }));
      expect(r.throughputTps).toBeGreaterThan(last.tps * 0.98);
      expect(r.tpot.mean).toBeGreaterThan(last.tpot);
      last = { tps: r.throughputTps, tpot: r.tpot.mean };
    }
  });

  it('open loop: latencies rise with the offered load, and overload is flagged', () => {
    let lastTtft = 0;
    let lastTpot = 0;
    for (const rps of [0.2, 0.5, 0.8, 1.1]) {
      const r = run(input(open(rps)));
      expect(r.ttft.p99).toBeGreaterThanOrEqual(lastTtft);
      expect(r.tpot.p99).toBeGreaterThanOrEqual(lastTpot);
      expect(r.overloaded).toBe(false);
      // A stable replica completes what arrives: output tokens/s ≈ rps × 500.
      expect(r.throughputTps / (rps * 500)).toBeGreaterThan(0.9);
      lastTtft = r.ttft.p99;
      lastTpot = r.tpot.p99;
    }
    // About 920 tokens/s is the measured ceiling (NIM table): 5 req/s asks for 2,500.
    const over = run(input(open(5)));
    expect(over.overloaded).toBe(true);
    expect(over.queue.limitedBy).toBe('kv-memory');
  });

  it('bursty arrivals (cv 3) wait longer at p99 than Poisson ones at the same rate', () => {
    const poisson = run(input(open(1)));
    const bursty = run(input({ mode: 'open', rps: 1, process: 'bursty', cv: 3 }));
    expect(bursty.ttft.p99).toBeGreaterThan(poisson.ttft.p99);
  });

  it('prefix caching skips prefill: 4,000 of 5,000 tokens cached cut the time to first token', () => {
    const base = run(input(open(1)));
    const cached = run(
      input(open(1), {
        workload: { isl: 5000, osl: 500, lengths: 'fixed', prefixTokens: 4000, phase: 'both' },
      }),
    );
    expect(cached.ttft.p50).toBeLessThan(base.ttft.p50 * 0.6);
    expect(() =>
      validateSimInput(
        input(open(1), {
          workload: { isl: 5000, osl: 500, lengths: 'fixed', prefixTokens: 5000, phase: 'both' },
        }),
      ),
    ).not.toThrow();
    const bad = validateSimInput(
      input(open(1), {
        workload: { isl: 5000, osl: 500, lengths: 'fixed', prefixTokens: 5000, phase: 'both' },
      }),
    );
    expect(bad.ok).toBe(false);
  });

  it('speculative decoding: 1 + a + … + a^k tokens per step; pays alone, stops paying when compute-bound', () => {
    // k = 3 drafts accepted with probability 0.7: 1 + 0.7 + 0.49 + 0.343 = 2.533 tokens per step.
    expect(tokensPerStep({ draftTokens: 3, acceptance: 0.7, draftCostShare: 0.05 })).toBeCloseTo(
      2.533,
      3,
    );
    const spec = { draftTokens: 3, acceptance: 0.7, draftCostShare: 0.05 };
    const alone = run(input({ mode: 'closed', inFlight: 1 }, { speculation: spec }));
    const plainAlone = run(input({ mode: 'closed', inFlight: 1 }));
    expect(alone.speculation?.gain).toBeGreaterThan(1.5);
    expect(alone.tpot.mean).toBeLessThan(plainAlone.tpot.mean / 1.5);
    // Short prompts and a full batch on one H100 with an 8B model: verifying 4 tokens per sequence is compute-bound.
    const small = replica('h100-sxm', 'llama-3.1-8b', 1, 1200);
    const busy = run(
      input(
        { mode: 'closed', inFlight: 256 },
        {
          replica: small,
          workload: { isl: 200, osl: 1000, lengths: 'fixed', prefixTokens: 0, phase: 'both' },
          speculation: { draftTokens: 7, acceptance: 0.3, draftCostShare: 0.1 },
        },
      ),
    );
    expect(busy.speculation?.gain).toBeLessThan(1);
  });

  it('is bounded: caps on requests and work, and absurd inputs get a message instead of a run', () => {
    const tooMany = validateSimInput(input(open(1), { requests: MAX_SIM_REQUESTS + 1 }));
    expect(tooMany.ok).toBe(false);
    const huge = validateSimInput(
      input(open(1), {
        workload: {
          isl: 10_000_000,
          osl: 10_000_000,
          lengths: 'fixed',
          prefixTokens: 0,
          phase: 'both',
        },
      }),
    );
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.errors[0]?.message).toMatch(/KV cache.*no request can be served/);
    // A replica's attention shape is range-checked like its other figures.
    const shape = { layers: -3, hiddenSize: Number.NaN, slidingWindow: null };
    const badShape = validateSimInput(input(open(1), { replica: { ...H100x2, attention: shape } }));
    expect(badShape.ok).toBe(false);
    if (!badShape.ok) {
      expect(badShape.errors.map((e) => e.input)).toEqual(
        expect.arrayContaining(['replica.attention.layers', 'replica.attention.hiddenSize']),
      );
    }
    const nan = validateSimInput(
      input({ mode: 'open', rps: Number.NaN, process: 'poisson', cv: 1 }),
    );
    expect(nan.ok).toBe(false);
    // Valid but enormous: 20,000-token outputs at a high rate hit the work cap and say so, quickly.
    const started = performance.now();
    const long = run(
      input(
        { mode: 'closed', inFlight: 64 },
        {
          replica: { ...H100x2, kvCapacityTokens: 10_000_000 },
          workload: {
            isl: 100_000,
            osl: 20_000,
            lengths: 'uniform',
            prefixTokens: 0,
            phase: 'both',
          },
          requests: MAX_SIM_REQUESTS,
        },
      ),
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(long.truncated).toBe(true);
  });

  it('waits for KV memory and says so: 100 requests of 5,500 tokens do not fit beside 70.6 GB of FP8 weights', () => {
    // 2 × 85.5 GB (as a runtime sees an H100 80GB) × 0.9 = 153.9 GB usable, less 70.6 GB of
    // weights: 83.3 GB ÷ 163,840 B per token (80 layers × 2 × 8 heads × 128 × 1 byte) = 508,000
    // tokens = 92 requests of 5,500.
    expect(Math.floor(H100x2.kvCapacityTokens / 5500)).toBe(92);
    const r = run(input({ mode: 'closed', inFlight: 100 }));
    expect(r.queue.limitedBy).toBe('kv-memory');
    expect(r.meanBatch).toBeLessThanOrEqual(92);
    expect(r.ttft.mean).toBeGreaterThan(3);
  });
});

describe('request lengths around their mean', () => {
  it('each shape keeps its mean and stays within the longest the KV check sizes memory for', () => {
    for (const shape of LENGTH_SHAPES) {
      const u = seededUniform(11);
      const draws = Array.from({ length: 20_000 }, () => drawLength(200, shape, u));
      const mean = draws.reduce((a, x) => a + x, 0) / draws.length;
      expect(Math.abs(mean / 200 - 1), shape).toBeLessThan(0.02);
      expect(Math.max(...draws), shape).toBeLessThanOrEqual(
        Math.round(200 * longestMultiple(shape)),
      );
      expect(Math.min(...draws), shape).toBeGreaterThanOrEqual(1);
    }
  });

  it('an exponential spread has a long tail: its 99th percentile is several times the mean, a uniform one 1.5', () => {
    const p99 = (shape: LengthShape) => {
      const u = seededUniform(5);
      const d = Array.from({ length: 20_000 }, () => drawLength(200, shape, u)).sort(
        (a, b) => a - b,
      );
      return d[Math.floor(0.99 * d.length)]! / 200;
    };
    expect(p99('exponential')).toBeGreaterThan(4);
    expect(p99('uniform')).toBeLessThanOrEqual(1.5);
    expect(p99('fixed')).toBe(1);
  });

  it('spread lengths raise the tail of time per output token at the same mean load', () => {
    const at = (lengths: LengthShape) =>
      run(
        input(open(0.6), {
          workload: { isl: 5000, osl: 500, lengths, prefixTokens: 0, phase: 'both' },
        }),
      );
    expect(at('exponential').tpot.p99).toBeGreaterThan(at('fixed').tpot.p99);
  });
});

describe('KV admission: reserved whole, or paged as tokens come', () => {
  // 100 requests of 1,000 in and 4,000 out in flight; memory for 120,000 tokens of KV: reserving
  // 5,000 each admits 24 at a time; pages admit every prompt and run out only as outputs grow.
  const small = { ...H100x2, kvCapacityTokens: 120_000 };
  const workload = {
    isl: 1000,
    osl: 4000,
    lengths: 'fixed',
    prefixTokens: 0,
    phase: 'both',
  } as const;
  const at = (admission: 'reserve' | 'paged') =>
    run(
      input(
        { mode: 'closed', inFlight: 100 },
        { replica: { ...small, kvAdmission: admission }, workload, requests: 1500 },
      ),
    );

  it('vLLM and SGLang replicas page; TensorRT-LLM reserves', () => {
    expect(H100x2.kvAdmission).toBeUndefined();
    const device = findDevice('h100-sxm');
    const model = findModel('llama-3.1-8b');
    if (!device || !model) throw new Error('fixture missing');
    for (const engine of ['vllm', 'sglang'] as const) {
      const r = replicaFor({
        device,
        model,
        weightPrecision: 'fp8',
        kvPrecision: 'fp8',
        n: 1,
        engine,
        reservePercent: 10,
        acceleratorShare: null,
        contextTokens: 2000,
      });
      expect(r.ok && r.value.kvAdmission).toBe('paged');
    }
  });

  it('paging runs a larger batch than reserving, preempts when pages run out, and finishes every request', () => {
    const reserve = at('reserve');
    const paged = at('paged');
    expect(reserve.meanBatch).toBeLessThanOrEqual(24);
    expect(reserve.queue.preemptions).toBe(0);
    expect(paged.meanBatch).toBeGreaterThan(reserve.meanBatch * 1.3);
    expect(paged.queue.preemptions).toBeGreaterThan(0);
    expect(paged.truncated).toBe(false);
    // Recomputed tokens are not counted twice: Little's law holds on the paged run too.
    // (over a run long against one request's stay: 1,500 requests of some 300 s each).
    const l = paged.little;
    expect(Math.abs((l.arrivalRps * l.meanSeconds) / l.inSystem - 1)).toBeLessThan(0.02);
  });

  it('never pages out a lone request: one that fits alone runs to the end', () => {
    const lone = run(
      input(
        { mode: 'closed', inFlight: 1 },
        {
          replica: { ...small, kvCapacityTokens: 5000, kvAdmission: 'paged' },
          workload,
          requests: 5,
        },
      ),
    );
    expect(lone.queue.preemptions).toBe(0);
    expect(lone.truncated).toBe(false);
  });
});

describe('sizing at percentile targets', () => {
  it("answers the issue's question: 10 req/s of 5,000 in / 500 out at 60 ms TPOT p99 on H100s", () => {
    const base = input(open(10), { targets: { ttftSeconds: null, tpotSeconds: 0.06 } });
    const s = sizeReplicas(base, 10, 99);
    // NIM's measured curve: 814 tokens/s at 59.7 ms mean ITL with 50 in flight, i.e. 1.63 req/s
    // per 2-GPU replica, so a mean-based reading needs ceil(10 / 1.63) = 7 replicas (14 GPUs).
    // Holding p99 (not the mean) under Poisson arrivals needs more; with this seed the simulation
    // answers 9 replicas (18 GPUs), its step being a little slower than NIM's on that curve (the
    // accuracy page shows each point).
    expect(s.replicas).toBe(9);
    expect(s.devices).toBe(18);
    expect(s.perReplica?.tpot.p99).toBeLessThanOrEqual(0.06);
    // One fewer replica misses the target (the bisection's lower neighbour).
    const fewer = run(input(open(10 / 8)));
    expect(fewer.tpot.p99 > 0.06 || fewer.overloaded).toBe(true);
  });

  it('says when no number of replicas meets a target', () => {
    const s = sizeReplicas(
      input(open(10), { targets: { ttftSeconds: 0.05, tpotSeconds: null } }),
      10,
      99,
    );
    expect(s.replicas).toBeNull();
    expect(s.reason).toMatch(/One request alone waits/);
  });

  it('disaggregated pools: prefill devices for the TTFT target, decode devices for TPOT, KV moved between them', () => {
    const base = input(open(10), { targets: { ttftSeconds: 2, tpotSeconds: 0.06 } });
    const d = sizeDisaggregated(base, 10, 99);
    // 5,000 tokens × 163,840 B = 819 MB over 2 × 50 GB/s: 8.2 ms.
    expect(d.kvTransferSeconds).toBeCloseTo(0.00819, 4);
    expect(d.prefill.devices).toBeGreaterThan(0);
    expect(d.decode.devices).toBeGreaterThan(0);
    expect(d.devices).toBe((d.prefill.devices ?? 0) + (d.decode.devices ?? 0));
  });

  it('is monotone: more load never needs fewer replicas', () => {
    let last = 0;
    for (const rps of [1, 4, 10, 20]) {
      const s = sizeReplicas(
        input(open(rps), { targets: { ttftSeconds: null, tpotSeconds: 0.06 } }),
        rps,
        99,
      );
      expect(s.replicas ?? 0).toBeGreaterThanOrEqual(last);
      last = s.replicas ?? 0;
    }
  });
});

describe('engine internals', () => {
  it('adds the fitted fixed time per request to time to first token and end-to-end latency', () => {
    const fixed = H100x2.timer.requestSeconds;
    expect(fixed).toBeGreaterThan(0);
    const without = { ...H100x2, timer: { ...H100x2.timer, requestSeconds: 0 } };
    // Open loop: the scheduler sees the same arrivals, so every latency moves by exactly that time.
    const a = runSimulation(input(open(0.5)));
    const b = runSimulation(input(open(0.5), { replica: without }));
    expect(a.ttft.p50 - b.ttft.p50).toBeCloseTo(fixed, 9);
    expect(a.e2e.p99 - b.e2e.p99).toBeCloseTo(fixed, 9);
    expect(a.throughputTps).toBeCloseTo(b.throughputTps, 9);
    // Closed loop: each client waits that long before its next request reaches the scheduler, so
    // fewer are in the engine at once and throughput falls a little.
    const c = runSimulation(input({ mode: 'closed', inFlight: 8 }));
    const d = runSimulation(input({ mode: 'closed', inFlight: 8 }, { replica: without }));
    expect(c.throughputTps).toBeLessThan(d.throughputTps);
    expect(c.ttft.p50).toBeGreaterThan(d.ttft.p50);
  });

  it("prices a prompt's attention by where its chunk sits: the later chunks cost more", () => {
    // One 5,000-token request alone: with a 1,000-token budget it is prefilled in five chunks,
    // each attending to the chunks before it. Without the attention shape the prompt is cheaper by
    // exactly the attention FLOPs at the prompt rate (prompt steps are compute-bound here).
    const chunked = { ...H100x2, tokenBudget: 1000 };
    const bare: SimReplica = { ...chunked };
    delete bare.attention;
    const one = { mode: 'batch', size: 1 } as const;
    const a = runSimulation(input(one, { replica: chunked }));
    const b = runSimulation(input(one, { replica: bare }));
    const rate = H100x2.timer.rates!.promptFlopsPerSecond;
    const flops = promptAttentionFlops(findModel('llama-3.1-70b')!, 5000);
    expect(a.ttft.p50 - b.ttft.p50).toBeCloseTo(flops / rate, 6);
  });

  it('a one-off batch is measured whole: batch × output ÷ makespan', () => {
    const r = runSimulation(input({ mode: 'batch', size: 8 }));
    expect(r.requests).toBe(8);
    expect(r.measured).toBe(8);
    expect(r.throughputTps).toBeCloseTo((8 * 500) / r.e2e.p99, 0);
  });
});

describe('what a step reads and holds', () => {
  const v3 = findModel('deepseek-v3');
  const llama = findModel('llama-3.1-70b');
  if (!v3 || !llama) throw new Error('fixture missing');
  const b200 = (over: Partial<Parameters<typeof replicaFor>[0]> = {}) => {
    const device = findDevice('b200');
    if (!device) throw new Error('fixture missing');
    const r = replicaFor({
      device,
      model: v3,
      weightPrecision: 'fp8',
      kvPrecision: 'bf16',
      n: 8,
      engine: 'sglang',
      reservePercent: 10,
      acceleratorShare: null,
      contextTokens: 2048,
      ...over,
    });
    if (!r.ok) throw new Error(r.errors[0]?.message);
    return r.value;
  };

  it('reads each routed expert once if any token picks it: 1 − (1 − k/E)^tokens of them', () => {
    const r = b200();
    // DeepSeek-V3: 58 MoE layers × 256 experts × 3 × 7,168 × 2,048 = 653.9B routed; one token
    // picks 8 of 256 (20.4B), so 37 − 20.4 = 16.6B is read by every step.
    expect(r.experts?.routedParamsB).toBeCloseTo(653.9, 1);
    expect(paramsReadB(r, 1)).toBeCloseTo(37, 6);
    // 16 tokens: 1 − (248/256)^16 = 0.398 of the experts, 16.6 + 653.9 × 0.398 = 277.0B,
    // where min(671, 16 × 37) would read 592B.
    expect(paramsReadB(r, 16)).toBeCloseTo(277.0, 0);
    // 256 tokens touch all but (248/256)^256 ≈ 0.03 % of them: the whole model.
    expect(paramsReadB(r, 256)).toBeCloseTo(671, -1);
    expect(paramsReadB(r, 256)).toBeLessThanOrEqual(671);
    // A dense model reads every weight whatever the batch.
    expect(paramsReadB({ ...r, experts: null, totalParamsB: 70.6, activeParamsB: 70.6 }, 64)).toBe(
      70.6,
    );
  });

  it('holds MLA’s latent cache on every tensor-parallel device, GQA heads once, and one copy under data-parallel attention', () => {
    expect(kvCopies(v3, 8, 'sglang', false)).toBe(8);
    expect(kvCopies(v3, 8, 'sglang', true)).toBe(1);
    expect(kvCopies(llama, 8, 'vllm', false)).toBe(1);
    expect(kvCopies(llama, 16, 'vllm', false)).toBe(2);
    expect(kvCopies(v3, 8, 'llama.cpp', false)).toBe(1);
    // 61 layers × 576 × 2 bytes = 70,272 B a token, held 8 times.
    expect(b200().kvBytesPerToken).toBeCloseTo(8 * 70272, 0);
    // Data-parallel attention: one copy of the KV, eight of the 11.41B-parameter attention block.
    const dp = b200({ replicatedParamsB: 11.41 });
    expect(dp.kvBytesPerToken).toBeCloseTo(70272, 0);
    expect(paramsReadB(dp, 1)).toBeCloseTo(37 + 7 * 11.41, 6);
  });

  it('SGLang runs waiting prompts in steps of their own: they reach their first token sooner than in mixed steps', () => {
    const sglang = b200();
    expect(sglang.schedule).toBe('prefill-first');
    const base: SimInput = {
      replica: sglang,
      workload: { isl: 1024, osl: 256, lengths: 'fixed', prefixTokens: 0, phase: 'both' },
      traffic: { mode: 'open', rps: 4, process: 'poisson', cv: 1 },
      speculation: null,
      targets: { ttftSeconds: null, tpotSeconds: null },
      seed: 3,
      requests: 300,
      stepScale: 1,
    };
    const first = run(base);
    const mixed = run({ ...base, replica: { ...sglang, schedule: 'mixed' } });
    // Poisson arrivals (a closed loop of equal requests can lock prefill-first into waves).
    // Decoding pauses meanwhile; whether TPOT rises depends on the step model (a prompt-only step
    // skips the fixed time and the overlap penalty a mixed step pays), so only TTFT is pinned.
    expect(first.ttft.mean).toBeLessThan(mixed.ttft.mean);
    expect(first.tpot.mean).not.toBe(mixed.tpot.mean);
  });

  it('measures a benchmark run whole: every request of it, throughput from the start to the last completion', () => {
    const i = input({ mode: 'closed', inFlight: 4 }, { requests: 40, window: 'whole' });
    const r = run(i);
    expect(r.requests).toBe(40);
    expect(r.measured).toBe(40);
    // 40 requests × 500 tokens over the run's length, which ends at the last completion.
    const steady = run(input({ mode: 'closed', inFlight: 4 }, { requests: 40 }));
    expect(steady.measured).toBeLessThan(40);
    expect(r.throughputTps).toBeCloseTo((40 * 500) / (r.e2e.mean * 10), -2);
  });
});
