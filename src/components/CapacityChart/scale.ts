// Log-scale helpers for the capacity chart: domains padded to whole 1-2-5 steps, ticks and layout.

/** Chart geometry for a container width: 1 SVG unit = 1 CSS px, so text stays at its CSS size. */
export function layoutFor(containerWidth: number): {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  narrow: boolean;
} {
  const width = Math.round(Math.min(720, Math.max(300, containerWidth)));
  const narrow = width < 480;
  return {
    width,
    height: narrow ? 300 : 360,
    margin: { top: 16, right: narrow ? 12 : 20, bottom: 46, left: narrow ? 48 : 60 },
    narrow,
  };
}

const STEPS = [1, 2, 5];

/** 1-2-5 values covering [min, max]; a lone value gets a step either side. */
export function logDomain(values: readonly number[]): [number, number] | null {
  const good = values.filter((v) => Number.isFinite(v) && v > 0);
  if (good.length === 0) return null;
  const min = Math.min(...good);
  const max = Math.max(...good);
  const down = (v: number) => {
    const p = 10 ** Math.floor(Math.log10(v));
    const s = [...STEPS].reverse().find((k) => k * p <= v * (1 + 1e-9)) ?? 1;
    return s * p;
  };
  const up = (v: number) => {
    const p = 10 ** Math.floor(Math.log10(v));
    const s = STEPS.find((k) => k * p >= v * (1 - 1e-9));
    return s === undefined ? 10 * p : s * p;
  };
  let lo = down(min);
  let hi = up(max);
  if (hi <= lo) {
    lo = down(lo / 1.5);
    hi = up(hi * 1.5);
  }
  return [lo, hi];
}

/** Ticks at 1, 2, 5 × 10^k inside the domain; only powers of ten when that would be too many. */
export function logTicks([lo, hi]: [number, number], maxTicks: number): number[] {
  const all: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e += 1) {
    for (const s of STEPS) {
      const v = s * 10 ** e;
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) all.push(v);
    }
  }
  if (all.length <= maxTicks) return all;
  const decades = all.filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
  return decades.length >= 2 ? decades : [all[0]!, all[all.length - 1]!];
}

/** Maps a value to a pixel on a log axis from `a` (at lo) to `b` (at hi). */
export function logScale([lo, hi]: [number, number], a: number, b: number): (v: number) => number {
  const l0 = Math.log10(lo);
  const span = Math.log10(hi) - l0;
  return (v) => a + ((Math.log10(v) - l0) / span) * (b - a);
}
