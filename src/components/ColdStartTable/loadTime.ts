// Pure arithmetic for model loading time: weight bytes divided by the bandwidth they arrive at.

/** Weight size in GB (10^9 bytes) for a parameter count in billions at a given bits per weight. */
export function weightGB(totalParamsB: number, bitsPerWeight: number): number {
  return (totalParamsB * 1e9 * bitsPerWeight) / 8 / 1e9;
}

/** Seconds to move `gigabytes` at `GBs` gigabytes per second; null when the rate is not positive. */
export function loadSeconds(gigabytes: number, GBs: number): number | null {
  if (!(GBs > 0) || !Number.isFinite(gigabytes) || gigabytes < 0) return null;
  return gigabytes / GBs;
}

/** Seconds as readers expect them in a table: '113 s', '20 s', '2.2 s', '0.35 s', or '—'. */
export function formatLoadSeconds(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—';
  if (seconds >= 600) return `${(seconds / 60).toFixed(0)} min`;
  if (seconds >= 10) return `${seconds.toFixed(0)} s`;
  if (seconds >= 1) return `${seconds.toFixed(1)} s`;
  return `${seconds.toFixed(2)} s`;
}
