// Serving capacity (issue 13): concurrency against per-user speed, sizing for a latency target and a load.
import { costPerMillion } from '../model/estimate';
import {
  forwardFlops,
  kvBytesPerSequence,
  promptFlops,
  kvBytesPerToken,
  weightBytes,
  weightBytesReadPerStep,
} from '../model/math';
import { formatGB, formatNumber, formatSeconds } from '../format/units';
import type { CapacityInput } from './input';
import type { Parsed } from '../input/parsed';
import type { Source } from '../../data/types';
import type { Result } from '../input/validate';

export * from './input';

/** Concurrency is searched up to this many requests per replica (the estimator's own ceiling). */
export const MAX_CONCURRENCY = 100_000;
/** The curve holds at most this many geometric samples, plus the operating point and the knee. */
export const CURVE_SAMPLES = 64;

export type Bound = 'memory' | 'compute' | 'host-memory' | 'link';

/** One step of decode at concurrency B; every time in seconds, every rate in output tokens/s. */
export interface CapacityPoint {
  concurrency: number;
  /** Device-memory read time: weights in use plus B × ctxAvg tokens of KV, over n × bandwidth. */
  memorySeconds: number;
  /** Decode (2 × active params × B) plus prompt FLOPs (promptFlops of B × isl/osl tokens) over n × peak; null without a peak. */
  computeSeconds: number | null;
  /** Routed experts read from host memory (experts-in-host mode only). */
  hostSeconds: number | null;
  /** Tensor-parallel all-reduce time (n > 1 with a sourced scale-up link only). */
  linkSeconds: number | null;
  /** max(memory, compute) — or the plugged-in step model — plus host and link time. */
  stepSeconds: number;
  perUserTokensPerSecond: number;
  throughputPerReplica: number;
  throughputPerDevice: number;
  /** The largest of the terms above. */
  bound: Bound;
}

export interface Capacity {
  /** isl + osl / 2: the average context a request holds while it decodes. */
  ctxAvgTokens: number;
  kvBytesPerToken: number;
  /** KV bytes of one request at its full length, isl + osl. */
  kvBytesPerRequest: number;
  /** Weight bytes held in device memory across the replica. */
  deviceWeightBytes: number;
  /** Routed-expert bytes held in host RAM (experts-in-host mode), else 0. */
  hostWeightBytes: number;
  /** Largest B whose weights plus B full-length KV caches fit; 0 when none. */
  maxConcurrency: number;
  /** True when memory would hold more than MAX_CONCURRENCY requests (the search stops there). */
  maxConcurrencyCapped: boolean;
  /** Points from B = 1 to maxConcurrency, ascending; empty when nothing fits. */
  curve: CapacityPoint[];
  /** Smallest B where compute time first exceeds memory time; withinFit when B ≤ maxConcurrency. */
  knee: { concurrency: number; withinFit: boolean } | null;
  /** Largest B ≤ maxConcurrency meeting the targets (maxConcurrency without a tpot), or 0. */
  sloConcurrency: number;
  /** The step at sloConcurrency; null when it is 0. */
  sloPoint: CapacityPoint | null;
  /** Why sloConcurrency is 0 (empty otherwise). */
  sloReasons: string[];
  /** ceil(rps × osl / throughput per replica); null without a load or an operating point. */
  replicas: number | null;
  devicesNeeded: number | null;
  /** n × price / (throughput × 3,600) × 10^6, USD per million output tokens. */
  costPerMillionTokens: number | null;
  /** n × power / throughput: an upper-end figure, since decode rarely draws full board power. */
  joulesPerToken: number | null;
  /** joulesPerToken × 10^6 ÷ 3.6 × 10^6 J per kWh: the same upper-end figure per million tokens. */
  kWhPerMillionTokens: number | null;
  /** 'ideal' for max(memory, compute); 'plugged-in' when a step model was given. */
  stepModel: 'ideal' | 'plugged-in';
  /** Missing figures and the places where the model stops describing reality. */
  notes: string[];
}

/** Energy per token uses board power or TDP: say it is a ceiling wherever it is shown. */
export const ENERGY_CAVEAT =
  'Upper-end estimate: it assumes every device draws its full TDP or board power for the whole ' +
  'step. Memory-bound decode draws far less: one study measured 137–300 W on a 700 W H200.';

/** Where the measured decode power in ENERGY_CAVEAT comes from. */
export const ENERGY_SOURCE: Source = {
  id: 'arxiv-2605-11999',
  title:
    'Ma et al., The Illusion of Power Capping in LLM Decode (arXiv:2605.11999): decode on an H200 draws 137–300 W of its 700 W',
  url: 'https://arxiv.org/abs/2605.11999',
  accessed: '2026-12-01',
};

interface Model {
  stepAt(concurrency: number): CapacityPoint;
  computeExceedsMemory(concurrency: number): boolean;
}

function buildModel(input: CapacityInput, notes: string[]): Model {
  const { device, model, n, isl, osl, bitsPerWeight, kvBytesPerElement } = input;
  const host = input.expertsInHost ?? null;
  const split = input.experts ?? null;
  const ctxAvg = isl + osl / 2;
  const kvPerRequestRead = kvBytesPerSequence(model, kvBytesPerElement, ctxAvg);
  const tokensPerRequestStep = 1 + isl / osl;
  const bandwidth = n * device.bandwidthGBs * 1e9;
  const peak = device.peakTflops === null ? null : n * device.peakTflops * 1e12;

  // Experts in host memory: shared weights on the devices, routed experts read from the host.
  const hostMode = host !== null && split !== null;
  const sharedParamsB = hostMode ? model.totalParamsB - split.routedExpertParamsB : 0;
  const routedActiveB = hostMode ? split.activeRoutedParamsB : 0;
  const hostRate =
    host === null
      ? 0
      : host.via === 'host-link'
        ? n * (device.hostLinkGBsPerDirection ?? 0) * 1e9
        : (host.hostBandwidthGBs ?? 0) * 1e9;
  const hostPeak =
    host?.via === 'cpu' && host.hostPeakTflops !== null ? host.hostPeakTflops * 1e12 : null;

  // Ring all-reduce: 2 per layer of hidden × B × 2 bytes; each device sends 2(n−1)/n of it.
  let linkBytesPerRequest = 0;
  if (n > 1 && device.scaleUpGBs === null) {
    notes.push(
      `No sourced scale-up link for ${device.name}: the tensor-parallel all-reduce time is not added to the step.`,
    );
  } else if (n > 1 && model.hiddenSize === undefined) {
    notes.push('The model has no hidden size: the tensor-parallel all-reduce time is not added.');
  } else if (n > 1 && model.hiddenSize !== undefined) {
    linkBytesPerRequest = model.layers * 2 * model.hiddenSize * 2 * ((2 * (n - 1)) / n);
  }
  const linkRate = ((device.scaleUpGBs ?? 0) / 2) * 1e9;

  const terms = (b: number) => {
    const weightsRead = hostMode
      ? weightBytes(sharedParamsB, bitsPerWeight)
      : weightBytesReadPerStep(model, bitsPerWeight, b);
    const bytes = weightsRead + b * kvPerRequestRead;
    const tokens = b * tokensPerRequestStep;
    const deviceActiveB =
      host?.via === 'cpu' ? model.activeParamsB - routedActiveB : model.activeParamsB;
    // b decode tokens, and b × isl/osl prompt tokens priced as the calibration prices a prompt.
    const flops =
      forwardFlops(deviceActiveB, b) +
      promptFlops({ ...model, activeParamsB: deviceActiveB }, (b * isl) / osl);
    const memorySeconds = bytes / bandwidth;
    const computeSeconds = peak === null ? null : flops / peak;
    let hostSeconds: number | null = null;
    if (hostMode) {
      const hostBytes = weightBytes(
        Math.min(split.routedExpertParamsB, b * routedActiveB),
        bitsPerWeight,
      );
      hostSeconds = hostBytes / hostRate;
      if (hostPeak !== null) {
        hostSeconds = Math.max(hostSeconds, forwardFlops(routedActiveB, tokens) / hostPeak);
      }
    }
    const linkSeconds = linkBytesPerRequest > 0 ? (b * linkBytesPerRequest) / linkRate : null;
    return { bytes, flops, memorySeconds, computeSeconds, hostSeconds, linkSeconds };
  };

  return {
    stepAt(b) {
      const t = terms(b);
      const core = input.step
        ? input.step(t.bytes, t.flops, b)
        : Math.max(t.memorySeconds, t.computeSeconds ?? 0);
      const stepSeconds = core + (t.hostSeconds ?? 0) + (t.linkSeconds ?? 0);
      const candidates: [Bound, number][] = [
        ['memory', t.memorySeconds],
        ['compute', t.computeSeconds ?? 0],
        ['host-memory', t.hostSeconds ?? 0],
        ['link', t.linkSeconds ?? 0],
      ];
      const bound = candidates.reduce((a, c) => (c[1] > a[1] ? c : a))[0];
      const throughputPerReplica = b / stepSeconds;
      return {
        concurrency: b,
        memorySeconds: t.memorySeconds,
        computeSeconds: t.computeSeconds,
        hostSeconds: t.hostSeconds,
        linkSeconds: t.linkSeconds,
        stepSeconds,
        perUserTokensPerSecond: 1 / stepSeconds,
        throughputPerReplica,
        throughputPerDevice: throughputPerReplica / n,
        bound,
      };
    },
    computeExceedsMemory(b) {
      const t = terms(b);
      return t.computeSeconds !== null && t.computeSeconds > t.memorySeconds;
    },
  };
}

/** Largest B in [lo, hi] with ok(B) true, for a predicate true up to some B and false after; lo − 1 if none. */
function lastTrue(lo: number, hi: number, ok: (b: number) => boolean): number {
  let good = lo - 1;
  let bad = hi + 1;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (ok(mid)) good = mid;
    else bad = mid;
  }
  return good;
}

/** B = 1 … max, all of them when few, else CURVE_SAMPLES geometric steps, plus the extra points. */
export function sampleConcurrencies(max: number, extra: readonly number[] = []): number[] {
  if (max < 1) return [];
  const set = new Set<number>();
  if (max <= CURVE_SAMPLES) {
    for (let b = 1; b <= max; b += 1) set.add(b);
  } else {
    for (let i = 0; i < CURVE_SAMPLES; i += 1) {
      set.add(Math.round(max ** (i / (CURVE_SAMPLES - 1))));
    }
  }
  set.add(max);
  for (const b of extra) if (Number.isInteger(b) && b >= 1 && b <= max) set.add(b);
  return [...set].sort((a, b) => a - b);
}

const finite = (v: number | null) => v === null || Number.isFinite(v);

/** Serving capacity for a parsed input (see parseCapacityInput): nothing is checked again here. */
export function capacity(input: Parsed<CapacityInput>): Result<Capacity> {
  const { device, model, n, isl, osl, bitsPerWeight, kvBytesPerElement } = input;
  const notes: string[] = [];
  const host = input.expertsInHost ?? null;
  const split = input.experts ?? null;

  // Fit: weights plus B full-length KV caches in usable memory.
  const hostWeightBytes = host && split ? weightBytes(split.routedExpertParamsB, bitsPerWeight) : 0;
  const deviceWeightBytes = weightBytes(model.totalParamsB, bitsPerWeight) - hostWeightBytes;
  const kvBytesPerRequest = kvBytesPerSequence(model, kvBytesPerElement, isl + osl);
  const usableBytes = device.usableMemoryGB * 1e9;
  const sloReasons: string[] = [];
  let fitting =
    deviceWeightBytes > usableBytes
      ? 0
      : Math.floor((usableBytes - deviceWeightBytes) / kvBytesPerRequest);
  if (host && host.hostMemoryGB !== null && hostWeightBytes > host.hostMemoryGB * 1e9) {
    fitting = 0;
    sloReasons.push(
      `The routed experts (${formatGB(hostWeightBytes / 1e9)}) exceed the ${formatGB(host.hostMemoryGB)} of host memory.`,
    );
  } else if (host && host.hostMemoryGB === null) {
    notes.push('Host memory size not given: the routed experts are assumed to fit in host RAM.');
  }
  const maxConcurrencyCapped = fitting > MAX_CONCURRENCY;
  const maxConcurrency = Math.min(fitting, MAX_CONCURRENCY);
  if (maxConcurrency === 0 && sloReasons.length === 0) {
    sloReasons.push(
      `Nothing fits: the weights (${formatGB(deviceWeightBytes / 1e9)}) and one full-length KV cache ` +
        `(${formatGB(kvBytesPerRequest / 1e9)}) exceed the ${formatGB(device.usableMemoryGB)} usable.`,
    );
  }
  if (maxConcurrencyCapped) {
    notes.push(
      `Memory holds more than ${formatNumber(MAX_CONCURRENCY, 0)} requests; the search stops there.`,
    );
  }

  const m = buildModel(input, notes);
  if (device.peakTflops === null) {
    notes.push(
      `No sourced compute peak for ${device.name}: the step is memory time only and no knee is shown.`,
    );
  }
  const kneeAt =
    device.peakTflops === null
      ? 0
      : lastTrue(1, MAX_CONCURRENCY, (b) => !m.computeExceedsMemory(b)) + 1;
  const knee =
    kneeAt >= 1 && kneeAt <= MAX_CONCURRENCY
      ? { concurrency: kneeAt, withinFit: kneeAt <= maxConcurrency }
      : null;

  // The operating point under the targets.
  let sloConcurrency = maxConcurrency;
  if (maxConcurrency > 0 && input.ttftMs !== null) {
    if (input.ttftSeconds === null) {
      notes.push(
        'No unloaded time to first token could be estimated, so the TTFT target is not checked.',
      );
    } else if (input.ttftSeconds * 1000 > input.ttftMs) {
      sloConcurrency = 0;
      sloReasons.push(
        `The unloaded time to first token, ${formatSeconds(input.ttftSeconds)}, already misses the ${formatSeconds(input.ttftMs / 1000)} target.`,
      );
    }
  }
  const tpotSeconds = input.tpotMs === null ? null : input.tpotMs / 1000;
  if (sloConcurrency > 0 && tpotSeconds !== null) {
    // A hair of tolerance so a target set to exactly a step time is met despite rounding.
    const meets = (b: number) => m.stepAt(b).stepSeconds <= tpotSeconds * (1 + 1e-12);
    sloConcurrency = lastTrue(1, maxConcurrency, meets);
    if (sloConcurrency === 0) {
      sloReasons.push(
        `Even one request at a time takes ${formatSeconds(m.stepAt(1).stepSeconds)} per output token, over the ${formatSeconds(tpotSeconds)} target.`,
      );
    }
  }

  const sloPoint = sloConcurrency > 0 ? m.stepAt(sloConcurrency) : null;
  const throughput = sloPoint?.throughputPerReplica ?? null;
  const replicas =
    throughput === null || input.rps === null
      ? null
      : Math.max(1, Math.ceil((input.rps * osl) / throughput - 1e-9));
  const price = device.pricePerDeviceHour;
  const curve =
    input.curve === 'operating-point'
      ? sloPoint
        ? [sloPoint]
        : []
      : sampleConcurrencies(maxConcurrency, [sloConcurrency, knee?.concurrency ?? 0]).map((b) =>
          b === sloConcurrency && sloPoint ? sloPoint : m.stepAt(b),
        );

  if (
    host &&
    sloPoint &&
    sloPoint.hostSeconds !== null &&
    sloPoint.hostSeconds > 0.5 * sloPoint.stepSeconds
  ) {
    notes.push(
      `Reading routed experts from host memory takes ${Math.round((100 * sloPoint.hostSeconds) / sloPoint.stepSeconds)}% of the step: the host link, not the device, sets the speed.`,
    );
  }
  if (host && split && split.activeRoutedParamsB > 0) {
    const allExperts = Math.ceil(split.routedExpertParamsB / split.activeRoutedParamsB);
    notes.push(
      `From about ${allExperts} concurrent requests each step touches every routed expert, so all ` +
        `${formatGB(hostWeightBytes / 1e9)} cross from host memory every step; the ideal model assumes ` +
        'requests pick different experts below that, while real routing overlaps and prefill is not modelled on the host.',
    );
  }

  const value: Capacity = {
    ctxAvgTokens: isl + osl / 2,
    kvBytesPerToken: kvBytesPerToken(model, kvBytesPerElement),
    kvBytesPerRequest,
    deviceWeightBytes,
    hostWeightBytes,
    maxConcurrency,
    maxConcurrencyCapped,
    curve,
    knee,
    sloConcurrency,
    sloPoint,
    sloReasons,
    replicas,
    devicesNeeded: replicas === null ? null : replicas * n,
    costPerMillionTokens:
      throughput === null || price === null ? null : costPerMillion(n, price, throughput),
    joulesPerToken:
      throughput === null || device.powerW === null ? null : (n * device.powerW) / throughput,
    kWhPerMillionTokens: null,
    stepModel: input.step ? 'plugged-in' : 'ideal',
    notes,
  };
  value.kWhPerMillionTokens =
    value.joulesPerToken === null ? null : (value.joulesPerToken * 1e6) / 3.6e6;
  const numbers = [
    value.deviceWeightBytes,
    value.kvBytesPerRequest,
    value.costPerMillionTokens,
    value.joulesPerToken,
    ...curve.flatMap((p) => [p.stepSeconds, p.throughputPerReplica, p.perUserTokensPerSecond]),
  ];
  if (!numbers.every(finite) || curve.some((p) => !(p.stepSeconds > 0))) {
    return {
      ok: false,
      errors: [
        {
          input: input.step ? 'step' : 'input',
          message: input.step
            ? 'The plugged-in step model returned a time that is not a positive finite number.'
            : 'The inputs are too extreme to compute the serving capacity as finite numbers.',
          allowed: 'smaller context, model size or load',
        },
      ],
    };
  }
  return { ok: true, value };
}
