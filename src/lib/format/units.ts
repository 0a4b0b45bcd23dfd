// Unit formatting for estimates and catalogue figures; never prints NaN, Infinity or undefined.

const DASH = '—';

function isUsable(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function clampDigits(digits: number | undefined, fallback: number): number {
  if (typeof digits !== 'number' || !Number.isFinite(digits)) return fallback;
  return Math.min(20, Math.max(0, Math.round(digits)));
}

export interface DecimalOptions {
  /** Digits after the point at most (3 when omitted, as Intl's default). */
  maxFractionDigits?: number;
  /** Digits after the point at least: trailing zeros are kept up to this many. */
  minFractionDigits?: number;
  /** Significant digits at most; when given, it replaces maxFractionDigits. */
  maxSignificantDigits?: number;
}

/**
 * Decimal text in en-US form ('1,234.57'), the same as Intl.NumberFormat('en-US') prints: the
 * shortest decimal that reads back as the value, rounded half away from zero. It does not use
 * Intl because the first Intl formatter a page builds loads the ICU locale data, 18 ms on a fast
 * machine and several times that on a phone, in the middle of hydration.
 */
export function formatDecimal(value: number, options: DecimalOptions = {}): string {
  if (!Number.isFinite(value)) return DASH;
  const minFraction = clampDigits(options.minFractionDigits, 0);
  const maxFraction = Math.max(minFraction, clampDigits(options.maxFractionDigits, 3));
  const significant =
    options.maxSignificantDigits === undefined
      ? undefined
      : Math.max(1, clampDigits(options.maxSignificantDigits, 21));
  // toExponential() without an argument gives the shortest round-trip digits: '1.005e+0'.
  const [mantissa = '0', power = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  let exponent = Number(power);
  // How many leading digits survive the rounding; the next one decides it.
  const keep = significant ?? exponent + 1 + maxFraction;
  const kept = keep > 0 ? digits.slice(0, keep).split('').map(Number) : [];
  if (keep >= 0 && keep < digits.length && digits.charCodeAt(keep) - 48 >= 5) {
    let at = kept.length - 1;
    while (at >= 0 && kept[at] === 9) kept[at--] = 0;
    if (at >= 0) kept[at] = (kept[at] ?? 0) + 1;
    else {
      kept.unshift(1);
      exponent += 1;
    }
  }
  let whole = '0';
  let fraction = '';
  if (kept.length > 0 && kept.some((d) => d !== 0)) {
    const text = kept.join('');
    if (exponent >= 0) {
      whole = text.slice(0, exponent + 1).padEnd(exponent + 1, '0');
      fraction = text.slice(exponent + 1);
    } else {
      fraction = '0'.repeat(-exponent - 1) + text;
    }
  }
  fraction = fraction.replace(/0+$/, '').padEnd(minFraction, '0');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** en-US with thousands separators; '—' for null, undefined and non-finite values. */
export function formatNumber(value: number | null | undefined, maxFractionDigits = 2): string {
  if (!isUsable(value)) return DASH;
  const digits = clampDigits(maxFractionDigits, 2);
  const text = formatDecimal(value, { maxFractionDigits: digits });
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

/** Axis ticks: '2.5M', '12.4k', '0.25'. */
export function formatCompactNumber(v: number): string {
  if (v >= 1e6) return `${formatNumber(v / 1e6, 1)}M`;
  if (v >= 1e3) return `${formatNumber(v / 1e3, 1)}k`;
  return formatNumber(v, 2);
}

/** Milliseconds printed as formatSeconds prints their seconds: '38.8 ms', '1.2 s'. */
export function formatMilliseconds(ms: number | null): string {
  return formatSeconds(ms === null ? null : ms / 1000);
}

/** '0.85 req/s', '12 req/s', '1,250 req/s'. */
export function formatRequestsPerSecond(value: number): string {
  if (!isUsable(value)) return DASH;
  const abs = Math.abs(value);
  return `${formatNumber(value, abs >= 100 ? 0 : abs >= 1 ? 1 : 2)} req/s`;
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
    return `${sign}$${formatDecimal(abs, { maxSignificantDigits: 2 })}`;
  }
  const digits = abs >= 1000 ? 0 : 2;
  const text = formatDecimal(abs, { minFractionDigits: digits, maxFractionDigits: digits });
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

/**
 * A band whose slow end may be open (null: nothing meets the target there), as a count for a load
 * is: "20 (6–58)", or "20 (6 or more: none meets the targets at the band's slow end)".
 */
export function formatOpenBanded(
  band: { value: number; low: number; high: number | null },
  format: (v: number) => string,
): string {
  return band.high === null
    ? `${format(band.value)} (${format(band.low)} or more: none meets the targets at the band’s slow end)`
    : formatBanded({ ...band, high: band.high }, format);
}
