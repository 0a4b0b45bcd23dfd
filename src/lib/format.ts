// Unit formatting for estimates and catalogue figures; never prints NaN, Infinity or undefined.

const DASH = '—';

function isUsable(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function clampDigits(digits: number | undefined, fallback: number): number {
  if (typeof digits !== 'number' || !Number.isFinite(digits)) return fallback;
  return Math.min(20, Math.max(0, Math.round(digits)));
}

// Building an Intl.NumberFormat costs far more than using one; the widget formats hundreds of
// numbers per input change, so keep one formatter per precision.
const formatters = new Map<number, Intl.NumberFormat>();

function formatterFor(digits: number): Intl.NumberFormat {
  let formatter = formatters.get(digits);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    formatters.set(digits, formatter);
  }
  return formatter;
}

/** en-US with thousands separators; '—' for null, undefined and non-finite values. */
export function formatNumber(value: number | null | undefined, maxFractionDigits = 2): string {
  if (!isUsable(value)) return DASH;
  const digits = clampDigits(maxFractionDigits, 2);
  const text = formatterFor(digits).format(value);
  // Rounding can leave '-0'; show it as '0'.
  return text === '-0' ? '0' : text;
}

/** Fewer decimals as numbers grow: 3,350 / 141 / 23.7 / 0.52. */
function adaptiveDigits(value: number): number {
  const abs = Math.abs(value);
  if (abs >= 100) return 0;
  if (abs >= 10) return 1;
  return 2;
}

function withUnit(value: number | null | undefined, unit: string): string {
  if (!isUsable(value)) return DASH;
  return `${formatNumber(value, adaptiveDigits(value))} ${unit}`;
}

/** '141 GB', '0.52 GB' (GB = 10^9 bytes). */
export function formatGB(value: number): string {
  return withUnit(value, 'GB');
}

/** A byte count shown in GB (10^9 bytes): '16.1 GB'. */
export function formatBytesAsGB(bytes: number): string {
  return formatGB(bytes / 1e9);
}

/** '3,350 GB/s'. */
export function formatGBs(value: number): string {
  return withUnit(value, 'GB/s');
}

/** '12 µs', '42 ms', '1.3 s', '2.5 min', '1.2 h'. */
export function formatSeconds(value: number | null): string {
  if (!isUsable(value)) return DASH;
  const abs = Math.abs(value);
  if (abs === 0) return '0 s';
  const scaled = (v: number, unit: string): string =>
    `${formatNumber(v, Math.abs(v) >= 10 ? 0 : 1)} ${unit}`;
  // Cut-offs sit just below each unit boundary so rounding never prints '1,000 ms' or '60 s'.
  if (abs < 0.9995e-3) return scaled(value * 1e6, 'µs');
  if (abs < 0.9995) return scaled(value * 1e3, 'ms');
  if (abs < 59.95) return scaled(value, 's');
  if (abs < 3597) return scaled(value / 60, 'min');
  if (abs < 86_400 * 2) return scaled(value / 3600, 'h');
  return scaled(value / 86_400, 'd');
}

/** '23.7 tok/s', '4.25 tok/s', '12,400 tok/s'. */
export function formatTokensPerSecond(value: number): string {
  if (!isUsable(value)) return DASH;
  const abs = Math.abs(value);
  const digits = abs >= 1000 ? 0 : abs >= 10 ? 1 : 2;
  return `${formatNumber(value, digits)} tok/s`;
}

/** '$0.42', '$1,250', '$0.0031' (two significant digits below one cent). */
export function formatUsd(value: number | null): string {
  if (!isUsable(value)) return DASH;
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs === 0) return '$0.00';
  if (abs < 0.01) {
    const text = new Intl.NumberFormat('en-US', {
      maximumSignificantDigits: 2,
    }).format(abs);
    return `${sign}$${text}`;
  }
  const digits = abs >= 1000 ? 0 : 2;
  const text = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(abs);
  return `${sign}$${text}`;
}

/** '68%' for 0.68; '—' for non-finite input. */
export function formatPercent(fraction: number | null | undefined, maxFractionDigits = 0): string {
  if (!isUsable(fraction)) return DASH;
  return `${formatNumber(fraction * 100, maxFractionDigits)}%`;
}

/** Seconds as readers expect them in a table: '2 min', '113 s', '2.2 s', '0.35 s', or '—'. */
export function formatLoadSeconds(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return DASH;
  if (seconds >= 600) return `${(seconds / 60).toFixed(0)} min`;
  if (seconds >= 10) return `${seconds.toFixed(0)} s`;
  if (seconds >= 1) return `${seconds.toFixed(1)} s`;
  return `${seconds.toFixed(2)} s`;
}

/** Energy for a million tokens from joules per token, in kWh: '1.9 kWh'. */
export function formatKWhPerMillion(joulesPerToken: number | null): string {
  if (!isUsable(joulesPerToken)) return DASH;
  return withUnit((joulesPerToken * 1e6) / 3.6e6, 'kWh');
}

/** A calibrated figure with its band: '41 tokens/s (35–46)'. */
export function formatBanded(
  band: { value: number; low: number; high: number },
  format: (v: number) => string,
  bare: (v: number) => string = format,
): string {
  return `${format(band.value)} (${bare(band.low)}–${bare(band.high)})`;
}
