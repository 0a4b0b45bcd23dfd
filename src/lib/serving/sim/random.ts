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

/** A length around `mean`: fixed, or uniform in [0.5, 1.5] × mean (as benchmark tools' range ratio 0.5 draws them). */
export function drawLength(mean: number, spread: boolean, u: Uniform): number {
  if (!spread) return mean;
  return Math.max(1, Math.round(mean * (0.5 + u())));
}
