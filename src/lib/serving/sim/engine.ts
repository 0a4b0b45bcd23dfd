// The event loop and scheduler of one replica under continuous batching: arrivals, admission against KV memory, chunked prefill, step times.
import { arrivalTimes, drawLength, seededUniform } from './random';
import { distribution } from './metrics';
import { paramsReadB } from '../../model/experts';
import { promptAttentionFlops } from '../../model/math';
import type { SimInput, SimReplica, SimResult, SimSpeculation } from './types';

/** Most requests one run simulates; the warm-up and the drain are left out of the figures. */
export const MAX_SIM_REQUESTS = 4000;
/** Most scheduler rounds one run takes (a round covers several identical decode steps). */
export const MAX_SIM_ROUNDS = 100_000;
/** Most request-rounds (requests in flight summed over rounds): bounds the work of one run. */
export const MAX_SIM_WORK = 3_000_000;

/** Expected tokens a sequence keeps per step: 1 + a + a² + … + a^k for k drafts accepted with probability a. */
export function tokensPerStep(spec: SimSpeculation | null): number {
  if (spec === null || spec.draftTokens === 0) return 1;
  const a = spec.acceptance;
  const k = spec.draftTokens;
  return a >= 1 ? k + 1 : (1 - Math.pow(a, k + 1)) / (1 - a);
}

/**
 * Prices one round: `decodeSeqs` sequences decoding over `contextTokens` of KV, plus `promptTokens`
 * of prefill whose attention to the tokens before them costs `attentionFlops`.
 */
export function makeStepPrice(replica: SimReplica, spec: SimSpeculation | null, scale: number) {
  const flopsPerToken = 2 * replica.activeParamsB * 1e9;
  const drafts = spec?.draftTokens ?? 0;
  const draftShare = spec?.draftCostShare ?? 0;
  const weightRead = (tokens: number) => paramsReadB(replica, tokens) * 1e9 * replica.bytesPerParam;
  const plain = (
    decodeSeqs: number,
    contextTokens: number,
    promptTokens: number,
    attentionFlops: number,
    verify: number,
  ) =>
    replica.timer.seconds({
      weightBytes: weightRead(decodeSeqs * verify + promptTokens),
      kvReadBytes: replica.kvBytesPerToken * contextTokens,
      decodeTokens: decodeSeqs * verify,
      promptTokens,
      decodeFlops: flopsPerToken * decodeSeqs * verify,
      promptFlops: flopsPerToken * promptTokens + attentionFlops,
    });
  return {
    /** Seconds of one engine step with speculation applied (drafting plus verifying drafts + 1 tokens). */
    step(
      decodeSeqs: number,
      contextTokens: number,
      promptTokens: number,
      attentionFlops = 0,
    ): number {
      let t = plain(decodeSeqs, contextTokens, promptTokens, attentionFlops, 1 + drafts);
      if (drafts > 0 && decodeSeqs > 0) {
        t += drafts * draftShare * plain(decodeSeqs, contextTokens, 0, 0, 1);
      }
      return t * scale;
    },
    /** Seconds of one plain decode step (no speculation), for the speculation's gain. */
    plain(decodeSeqs: number, contextTokens: number): number {
      return plain(decodeSeqs, contextTokens, 0, 0, 1) * scale;
    },
  };
}

/** Interpolated cumulative tokens at time t from a log of (time, cumulative tokens). */
function cumulativeAt(times: Float64Array, cum: Float64Array, count: number, t: number): number {
  if (count === 0 || t <= 0) return 0;
  let lo = 0;
  let hi = count - 1;
  if (t >= times[hi]!) return cum[hi]!;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) lo = mid;
    else hi = mid;
  }
  const t0 = lo === 0 && times[0]! > t ? 0 : times[lo]!;
  const c0 = lo === 0 && times[0]! > t ? 0 : cum[lo]!;
  const t1 = times[hi]!;
  return t1 > t0 ? c0 + ((cum[hi]! - c0) * (t - t0)) / (t1 - t0) : cum[hi]!;
}

/**
 * Runs the simulation. Typed arrays are read with `!`: every index is below `count` or `nRun`.
 * The input must already be validated (see validateSimInput); the run is
 * deterministic for a seed and bounded by MAX_SIM_REQUESTS, MAX_SIM_ROUNDS and MAX_SIM_WORK.
 */
export function runSimulation(input: SimInput): SimResult {
  const { replica, workload, traffic, speculation, targets } = input;
  const u = seededUniform(input.seed);
  const closed = traffic.mode === 'closed';
  const batch = traffic.mode === 'batch';
  const inFlight = closed ? traffic.inFlight : 0;
  // A whole run (a benchmark of a fixed number of prompts) and a one-off batch are measured whole;
  // the steady window leaves out a warm-up and a drain.
  const whole = batch || input.window === 'whole';
  const count = batch
    ? traffic.size
    : Math.min(
        MAX_SIM_REQUESTS,
        closed && !whole ? Math.max(input.requests, 3 * inFlight) : input.requests,
      );
  const warm = whole
    ? 0
    : closed
      ? Math.floor(Math.min(Math.max(0.1 * count, inFlight), count / 3))
      : Math.floor(0.1 * count);
  const drain = whole ? 0 : closed ? warm : Math.floor(0.05 * count);

  const arrival =
    traffic.mode === 'open'
      ? arrivalTimes(count, traffic.rps, traffic.process === 'poisson' ? 1 : traffic.cv, u)
      : new Float64Array(count);
  const isl = new Int32Array(count);
  const osl = new Int32Array(count);
  const prefillLeft = new Int32Array(count);
  const kvNeed = new Int32Array(count);
  // KV tokens each admitted request holds: its whole context up front when the engine reserves,
  // its prompt and the tokens generated so far when it allocates pages as they fill.
  const kvHeld = new Float64Array(count);
  const generated = new Float64Array(count);
  const first = new Float64Array(count).fill(Number.NaN);
  const finish = new Float64Array(count).fill(Number.NaN);
  const admitted = new Float64Array(count).fill(Number.NaN);
  const chunk = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    isl[i] = drawLength(workload.isl, workload.lengths, u);
    osl[i] = workload.phase === 'prefill' ? 1 : drawLength(workload.osl, workload.lengths, u);
    const cached = Math.min(workload.prefixTokens, isl[i]! - 1);
    prefillLeft[i] = workload.phase === 'decode' ? 0 : isl[i]! - cached;
    kvNeed[i] = isl[i]! + osl[i]!;
  }

  // The calibration's fixed time per request (receiving, tokenising, scheduling: what the fit adds
  // to measured times to first token) keeps no device busy. Arrival times here are when a request
  // reaches the scheduler, that long after the client sent it: a closed-loop client's next request
  // arrives that long after the last one finished, and each request's time to first token and
  // end-to-end latency, counted from sending, include it. A one-off batch's wall clock, which its
  // throughput divides by, starts at sending.
  // A decode pool's requests come from the prefill pool, which paid it.
  const requestSeconds = workload.phase === 'decode' ? 0 : replica.timer.requestSeconds;
  const perStep = tokensPerStep(speculation);
  const price = makeStepPrice(replica, speculation, input.stepScale);
  const verifyTokens = 1 + (speculation?.draftTokens ?? 0);
  const maxRunning = replica.maxRunning;
  const attention = replica.attention;
  const prefillFirst = replica.schedule === 'prefill-first';
  const kvCap = replica.kvCapacityTokens;
  const paged = replica.kvAdmission === 'paged';
  // Requests preempted to free KV pages, readmitted (most recent last) before any new arrival.
  const resume: number[] = [];
  const run = new Int32Array(maxRunning);
  let nRun = 0;
  let created = closed ? Math.min(inFlight, count) : count;
  let nextAdmit = 0;
  let kvUsed = 0;
  let done = 0;
  let now = 0;
  let rounds = 0;
  let work = 0;
  let batchSeconds = 0;
  let busySeconds = 0;
  let kvBlockedSeconds = 0;
  let preemptions = 0;
  let batchBlockedSeconds = 0;
  let tokens = 0;
  const logTime = new Float64Array(MAX_SIM_ROUNDS);
  const logTokens = new Float64Array(MAX_SIM_ROUNDS);
  let logCount = 0;

  while (done < count && rounds < MAX_SIM_ROUNDS && work < MAX_SIM_WORK) {
    // Admission: first come, first served, while the batch limit and the KV memory allow.
    let blocked: 'kv' | 'batch' | null = null;
    while (resume.length > 0 || (nextAdmit < created && arrival[nextAdmit]! <= now)) {
      const back = resume.length > 0;
      const r = back ? resume[resume.length - 1]! : nextAdmit;
      if (nRun >= maxRunning) {
        blocked = 'batch';
        break;
      }
      // A paged engine admits a prompt whose pages fit now (a resumed request: its prompt and
      // what it had generated); one that reserves needs room for the whole context.
      const need = paged ? isl[r]! + generated[r]! : kvNeed[r]!;
      if (kvUsed + need > kvCap) {
        blocked = 'kv';
        break;
      }
      if (back) resume.pop();
      else nextAdmit += 1;
      run[nRun] = r;
      nRun += 1;
      kvUsed += need;
      kvHeld[r] = need;
      if (back) continue;
      admitted[r] = now;
      if (workload.phase === 'decode') {
        // The prompt was prefilled elsewhere and its first token already sent; any wait for a
        // place in this batch shows up in the time per output token.
        first[r] = arrival[r]!;
        generated[r] = 1;
      }
    }
    if (nRun === 0) {
      if (nextAdmit < created) {
        now = Math.max(now, arrival[nextAdmit]!);
        continue;
      }
      break;
    }

    // A paged engine whose decoding sequences would outgrow the KV memory in this step preempts
    // the latest admitted ones (vLLM's recompute preemption): their pages are freed and they wait,
    // ahead of new arrivals, to prefill their prompt and generated tokens again.
    if (paged) {
      let growth = 0;
      for (let j = 0; j < nRun; j += 1) if (prefillLeft[run[j]!]! === 0) growth += perStep;
      while (nRun > 1 && kvUsed + growth > kvCap) {
        nRun -= 1;
        const r = run[nRun]!;
        if (prefillLeft[r]! === 0) growth -= perStep;
        kvUsed -= kvHeld[r]!;
        kvHeld[r] = 0;
        const cached = Math.min(workload.prefixTokens, isl[r]! - 1);
        prefillLeft[r] = isl[r]! + Math.floor(generated[r]!) - cached;
        chunk[r] = 0;
        preemptions += 1;
        resume.push(r);
      }
    }

    // Compose the step: every decoding sequence, then prompt chunks in admission order. An engine
    // that schedules prefill first runs waiting prompts in a step of their own, decode paused.
    let decodeSeqs = 0;
    let contextTokens = 0;
    let stepsToFinish = Number.POSITIVE_INFINITY;
    let decodes = true;
    if (prefillFirst) {
      for (let j = 0; j < nRun; j += 1) {
        if (prefillLeft[run[j]!]! > 0) {
          decodes = false;
          break;
        }
      }
    }
    for (let j = 0; j < nRun && decodes; j += 1) {
      const r = run[j]!;
      if (prefillLeft[r]! === 0) {
        decodeSeqs += 1;
        contextTokens += isl[r]! + generated[r]!;
        const left = Math.ceil((osl[r]! - generated[r]!) / perStep - 1e-9);
        if (left < stepsToFinish) stepsToFinish = left;
      }
    }
    let budget = replica.tokenBudget - decodeSeqs * verifyTokens;
    let promptTokens = 0;
    let attentionFlops = 0;
    for (let j = 0; j < nRun && budget > 0; j += 1) {
      const r = run[j]!;
      if (prefillLeft[r]! > 0) {
        const c = Math.min(prefillLeft[r]!, budget);
        chunk[r] = c;
        promptTokens += c;
        budget -= c;
        // The chunk attends to the prompt before it: the cached prefix and earlier chunks.
        if (attention)
          attentionFlops += promptAttentionFlops(attention, c, isl[r]! - prefillLeft[r]!);
      }
    }

    // Identical decode steps repeat until a sequence finishes, a waiting request can join or (paged)
    // the KV memory fills.
    let repeat = 1;
    if (promptTokens === 0) {
      repeat = Math.max(1, stepsToFinish);
      if (paged && decodeSeqs > 0) {
        const room = Math.floor((kvCap - kvUsed) / (decodeSeqs * perStep) + 1e-9);
        repeat = Math.min(repeat, Math.max(1, room));
      }
      if (nextAdmit < created && blocked === null) {
        const gap = arrival[nextAdmit]! - now;
        const one = price.step(decodeSeqs, contextTokens, 0);
        repeat = Math.min(repeat, Math.max(1, Math.ceil(gap / one - 1e-9)));
      }
    }
    const midContext = contextTokens + (decodeSeqs * perStep * (repeat - 1)) / 2;
    const seconds = price.step(decodeSeqs, midContext, promptTokens, attentionFlops) * repeat;
    if (!(seconds > 0) || !Number.isFinite(seconds)) {
      throw new RangeError(
        `serving simulation: a step took ${seconds} s (check the replica figures).`,
      );
    }

    rounds += 1;
    work += nRun;
    batchSeconds += nRun * seconds;
    busySeconds += seconds;
    if (blocked === 'kv') kvBlockedSeconds += seconds;
    else if (blocked === 'batch') batchBlockedSeconds += seconds;
    now += seconds;

    // Advance every request in the step; remove the finished ones, keeping admission order.
    let keep = 0;
    for (let j = 0; j < nRun; j += 1) {
      const r = run[j]!;
      if (prefillLeft[r]! === 0) {
        if (!decodes) {
          run[keep] = r;
          keep += 1;
          continue;
        }
        const before = generated[r]!;
        generated[r] = Math.min(osl[r]!, before + perStep * repeat);
        tokens += generated[r]! - before;
        if (paged) {
          kvUsed += generated[r]! - before;
          kvHeld[r] = kvHeld[r]! + generated[r]! - before;
        }
      } else if (chunk[r]! > 0) {
        prefillLeft[r] = prefillLeft[r]! - chunk[r]!;
        chunk[r] = 0;
        // A resumed request already sent its first token: finishing the recompute sends nothing.
        if (prefillLeft[r]! === 0 && Number.isNaN(first[r]!)) {
          first[r] = now;
          generated[r] = 1;
          tokens += 1;
          if (paged) {
            kvUsed += 1;
            kvHeld[r] = kvHeld[r]! + 1;
          }
        }
      }
      if (prefillLeft[r]! === 0 && generated[r]! >= osl[r]! - 1e-9) {
        finish[r] = now;
        kvUsed -= kvHeld[r]!;
        done += 1;
        if (closed && created < count) {
          arrival[created] = now + requestSeconds;
          created += 1;
        }
      } else {
        run[keep] = r;
        keep += 1;
      }
    }
    nRun = keep;
    logTime[logCount] = now;
    logTokens[logCount] = tokens;
    logCount += 1;
  }

  const truncated = done < count;
  // The measured window: from the first measured arrival to the last arrival (or the stop).
  const lastMeasured = Math.max(warm + 1, count - drain);
  const tStart = whole ? 0 : arrival[Math.min(warm, count - 1)]!;
  let tEnd = truncated || whole ? now : arrival[count - 1]!;
  if (!(tEnd > tStart)) tEnd = now;
  const span = Math.max(tEnd - tStart, 1e-12) + (whole && !truncated ? requestSeconds : 0);
  const throughputTps =
    (cumulativeAt(logTime, logTokens, logCount, tEnd) -
      cumulativeAt(logTime, logTokens, logCount, tStart)) /
    span;

  const ttft = new Float64Array(count);
  const tpot = new Float64Array(count);
  const e2e = new Float64Array(count);
  let nTtft = 0;
  let nTpot = 0;
  let nE2e = 0;
  let measured = 0;
  let good = 0;
  let waited = 0;
  let waitSum = 0;
  for (let i = warm; i < lastMeasured && i < count; i += 1) {
    if (Number.isNaN(finish[i]!)) continue;
    measured += 1;
    const t1 = first[i]! - arrival[i]! + requestSeconds;
    const tp = osl[i]! > 1 ? (finish[i]! - first[i]!) / (osl[i]! - 1) : Number.NaN;
    if (workload.phase !== 'decode') ttft[nTtft++] = t1;
    if (!Number.isNaN(tp)) tpot[nTpot++] = tp;
    e2e[nE2e++] = finish[i]! - arrival[i]! + requestSeconds;
    const wait = admitted[i]! - arrival[i]!;
    if (wait > 1e-12) {
      waited += 1;
      waitSum += wait;
    }
    const okTtft =
      targets.ttftSeconds === null || workload.phase === 'decode' || t1 <= targets.ttftSeconds;
    const okTpot = targets.tpotSeconds === null || Number.isNaN(tp) || tp <= targets.tpotSeconds;
    if (okTtft && okTpot) good += 1;
  }

  // Little's law over the window: time-averaged requests in the system, arrivals, mean stay.
  let inSystemSeconds = 0;
  let arrivals = 0;
  let staySum = 0;
  let completions = 0;
  for (let i = 0; i < created; i += 1) {
    const a = arrival[i]!;
    const f = Number.isNaN(finish[i]!) ? now : finish[i]!;
    const lo = Math.max(a, tStart);
    const hi = Math.min(f, tEnd);
    if (hi > lo) inSystemSeconds += hi - lo;
    if (a >= tStart && a < tEnd) {
      arrivals += 1;
      staySum += f - a;
    }
    if (!Number.isNaN(finish[i]!) && finish[i]! > tStart && finish[i]! <= tEnd) completions += 1;
  }
  const completedRps = completions / span;
  const offeredRps = traffic.mode === 'open' ? traffic.rps : null;
  const goodShare = measured > 0 ? good / measured : 0;
  let spec: SimResult['speculation'] = null;
  const meanBatch = busySeconds > 0 ? batchSeconds / busySeconds : 0;
  if (speculation !== null && speculation.draftTokens > 0) {
    const b = Math.max(1, Math.round(meanBatch));
    const ctx = b * (workload.isl + workload.osl / 2);
    const gain = (perStep * price.plain(b, ctx)) / price.step(b, ctx, 0);
    spec = { tokensPerStep: perStep, gain };
  }
  const limitedBy =
    kvBlockedSeconds === 0 && batchBlockedSeconds === 0
      ? null
      : kvBlockedSeconds >= batchBlockedSeconds
        ? 'kv-memory'
        : 'batch-limit';
  return {
    throughputTps,
    completedRps,
    offeredRps,
    goodputRps: completedRps * goodShare,
    goodShare,
    ttft: distribution(ttft.subarray(0, nTtft)),
    tpot: distribution(tpot.subarray(0, nTpot)),
    e2e: distribution(e2e.subarray(0, nE2e)),
    meanBatch,
    little: {
      inSystem: inSystemSeconds / span,
      arrivalRps: arrivals / span,
      meanSeconds: arrivals > 0 ? staySum / arrivals : 0,
    },
    queue: {
      waitedShare: measured > 0 ? waited / measured : 0,
      meanWaitSeconds: measured > 0 ? waitSum / measured : 0,
      limitedBy,
      preemptions,
    },
    overloaded: offeredRps !== null && (truncated || completedRps < 0.9 * offeredRps),
    speculation: spec,
    requests: count,
    measured,
    steps: rounds,
    truncated,
  };
}
