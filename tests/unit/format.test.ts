// Unit formatting: readable figures, and never 'NaN', 'Infinity' or 'undefined'.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  formatGB,
  formatGBs,
  formatNumber,
  formatPercent,
  formatSeconds,
  formatTokensPerSecond,
  formatUsd,
} from '@site/src/lib/format/units';

describe('examples', () => {
  it('formatNumber uses en-US separators and a dash for missing values', () => {
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(3.14159, 3)).toBe('3.142');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(-0.0001)).toBe('0');
  });

  it('formatGB and formatGBs', () => {
    expect(formatGB(141)).toBe('141 GB');
    expect(formatGB(0.52)).toBe('0.52 GB');
    expect(formatGB(16.06)).toBe('16.1 GB');
    expect(formatGBs(3350)).toBe('3,350 GB/s');
    expect(formatGB(Infinity)).toBe('—');
  });

  it('formatSeconds picks µs, ms, s, min, h', () => {
    expect(formatSeconds(0.042)).toBe('42 ms');
    expect(formatSeconds(1.3)).toBe('1.3 s');
    expect(formatSeconds(12e-6)).toBe('12 µs');
    expect(formatSeconds(0.0021)).toBe('2.1 ms');
    expect(formatSeconds(150)).toBe('2.5 min');
    expect(formatSeconds(7200)).toBe('2 h');
    expect(formatSeconds(0)).toBe('0 s');
    expect(formatSeconds(0.9996)).toBe('1 s');
    expect(formatSeconds(0.0009999)).toBe('1 ms');
    expect(formatSeconds(59.99)).toBe('1 min');
    expect(formatSeconds(null)).toBe('—');
  });

  it('formatTokensPerSecond and formatUsd', () => {
    expect(formatTokensPerSecond(23.71)).toBe('23.7 tok/s');
    expect(formatTokensPerSecond(4.256)).toBe('4.26 tok/s');
    expect(formatTokensPerSecond(12_400.4)).toBe('12,400 tok/s');
    expect(formatUsd(0.42)).toBe('$0.42');
    expect(formatUsd(1250)).toBe('$1,250');
    expect(formatUsd(0.00314)).toBe('$0.0031');
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(null)).toBe('—');
  });

  it('formatPercent', () => {
    expect(formatPercent(0.685)).toBe('69%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('never prints NaN, Infinity or undefined', () => {
  const anyNumber = fc.oneof(
    fc.double(),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, Number.MAX_VALUE, Number.MIN_VALUE),
  );
  const bad = /NaN|Infinity|undefined|null/;

  it('for every number, null and undefined', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyNumber, fc.constant(null), fc.constant(undefined)),
        fc.option(fc.integer({ min: -5, max: 30 }), { nil: undefined }),
        (v, digits) => {
          const n = v ?? Number.NaN;
          const outputs = [
            formatNumber(v, digits),
            formatGB(n),
            formatGBs(n),
            formatSeconds(v ?? null),
            formatTokensPerSecond(n),
            formatUsd(v ?? null),
            formatPercent(v),
          ];
          for (const text of outputs) {
            expect(text).not.toMatch(bad);
            expect(text.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('formatDecimal prints what Intl.NumberFormat en-US prints', () => {
  // Numbers the pages show: figures with a few decimals, ties at every rounding position, large
  // and tiny magnitudes, and arbitrary doubles.
  const decimals = fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }))
    .map(([n, k]) => n / 10 ** k);
  const ties = fc
    .tuple(fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 0, max: 6 }))
    .map(([n, k]) => (n + 0.5) / 10 ** k);
  const magnitudes = fc
    .tuple(fc.double({ min: 1, max: 10, noNaN: true }), fc.integer({ min: -12, max: 22 }))
    .map(([m, e]) => m * 10 ** e);
  const values = fc.oneof(
    decimals,
    ties,
    magnitudes,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0, 0.5, 1.005, 9.995, 999.95, 99_999.5, 1e21, 5e-324, Number.MAX_VALUE),
  );

  it('with fraction digits', () => {
    fc.assert(
      fc.property(
        values,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        (value, max, min) => {
          const low = Math.min(min, max);
          const intl = new Intl.NumberFormat('en-US', {
            minimumFractionDigits: low,
            maximumFractionDigits: max,
          });
          expect(formatDecimal(value, { minFractionDigits: low, maxFractionDigits: max })).toBe(
            intl.format(value),
          );
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('with significant digits', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 8 }), (value, digits) => {
        const intl = new Intl.NumberFormat('en-US', { maximumSignificantDigits: digits });
        expect(formatDecimal(value, { maxSignificantDigits: digits })).toBe(intl.format(value));
      }),
      { numRuns: 10_000 },
    );
  });

  it('with the default of three fraction digits, and a dash for what is not a number', () => {
    expect(formatDecimal(1234.56789)).toBe('1,234.568');
    expect(formatDecimal(0.0004)).toBe('0');
    expect(formatDecimal(-0.0004)).toBe('-0');
    expect(formatDecimal(999.9996)).toBe('1,000');
    expect(formatDecimal(Number.NaN)).toBe('—');
    expect(formatDecimal(-Infinity)).toBe('—');
  });
});
