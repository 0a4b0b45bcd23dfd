// Seeded random numbers for the serving simulation: the same seed replays the same run exactly.

/** A seeded generator of uniform numbers in [0, 1) (mulberry32: 32-bit state, fast, no allocation). */
export type Uniform = () => number;

export function seededUniform(seed: number): Uniform {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal by Box–Muller (one of the pair is discarded: simpler, and cheap enough here). */
function normal(u: Uniform): number {
  const a = 1 - u();
  const b = u();
  return Math.sqrt(-2 * Math.log(a)) * Math.cos(2 * Math.PI * b);
}

/**
 * Gamma(shape, 1) by Marsaglia and Tsang's method; shapes below 1 use the boost
 * Gamma(a) = Gamma(a + 1) × U^(1/a).
 */
export function gamma(u: Uniform, shape: number): number {
  if (shape < 1) return gamma(u, shape + 1) * Math.pow(1 - u(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(u);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const w = 1 - u();
    if (w < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * Gaps between arrivals at `rps` with coefficient of variation `cv`: exponential when cv = 1
 * (Poisson arrivals), gamma-distributed otherwise (cv > 1 is bursty, cv < 1 more even).
 * Shape 1/cv² and mean 1/rps give exactly that mean and coefficient of variation.
 */
export function arrivalTimes(count: number, rps: number, cv: number, u: Uniform): Float64Array {
  const times = new Float64Array(count);
  const shape = 1 / (cv * cv);
  const scale = 1 / (rps * shape);
  let t = 0;
  for (let i = 0; i < count; i += 1) {
    t += cv === 1 ? -Math.log(1 - u()) / rps : gamma(u, shape) * scale;
    times[i] = t;
  }
  return times;
}

/** How request lengths spread around their mean (SimWorkload.lengths). */
export type LengthShape = 'fixed' | 'uniform' | 'uniform-wide' | 'exponential';
export const LENGTH_SHAPES: readonly LengthShape[] = [
  'fixed',
  'uniform',
  'uniform-wide',
  'exponential',
];

/** Exponential draws are cut at this many times their scale (e^−4: 1.8 % of draws). */
const EXPONENTIAL_CUT = 4;

/** Longest length a shape draws, as a multiple of the mean (the KV check sizes memory by it). */
export function longestMultiple(shape: LengthShape): number {
  if (shape === 'uniform') return 1.5;
  if (shape === 'uniform-wide') return 2;
  if (shape === 'exponential') return EXPONENTIAL_CUT / (1 - Math.exp(-EXPONENTIAL_CUT));
  return 1;
}

/**
 * A length around `mean`: fixed; uniform in [0.5, 1.5] × mean (benchmark tools' range ratio 0.5);
 * uniform in (0, 2] × mean (range ratio 0: SGLang's random dataset by default); or exponential
 * with that mean, cut at 4 × its scale and rescaled so the mean holds (a long tail of long
 * requests, as chat datasets such as ShareGPT have).
 */
export function drawLength(mean: number, shape: LengthShape, u: Uniform): number {
  if (shape === 'fixed') return mean;
  if (shape === 'uniform') return Math.max(1, Math.round(mean * (0.5 + u())));
  if (shape === 'uniform-wide') return Math.max(1, Math.round(mean * 2 * u()));
  const x = Math.min(-Math.log(1 - u()), EXPONENTIAL_CUT);
  return Math.max(1, Math.round((mean * x) / (1 - Math.exp(-EXPONENTIAL_CUT))));
}
