// Specification for the sourced price list: ids, devices, sources, dates and the per-device arithmetic.
import { describe, expect, it } from 'vitest';
import { findDevice } from '@site/src/data/hardware';
import { findPrice, prices, pricesForDevice } from '@site/src/data/prices';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

describe('prices', () => {
  it('has at least one price of every rental kind and one purchase', () => {
    const kinds = new Set(prices.map((p) => p.kind));
    for (const k of ['on-demand', 'spot', 'reserved-1y', 'reserved-3y', 'purchase']) {
      expect(kinds.has(k as (typeof prices)[number]['kind'])).toBe(true);
    }
  });

  it('uses unique kebab-case ids', () => {
    const ids = prices.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it('points every price at a device in the hardware catalogue', () => {
    for (const p of prices) {
      expect(findDevice(p.deviceId), `${p.id} → ${p.deviceId}`).toBeDefined();
    }
  });

  it('cites an https source with a title and ISO access date', () => {
    for (const p of prices) {
      expect(p.source.url.startsWith('https://'), p.id).toBe(true);
      expect(p.source.title.length).toBeGreaterThan(0);
      expect(p.source.accessed).toMatch(ISO_DATE);
      expect(isRealDate(p.source.accessed)).toBe(true);
    }
  });

  it('records a real ISO date for each observation, not in the future of the access date', () => {
    for (const p of prices) {
      expect(p.observed, p.id).toMatch(ISO_DATE);
      expect(isRealDate(p.observed)).toBe(true);
      expect(p.observed <= p.source.accessed).toBe(true);
    }
  });

  it('has positive finite prices of the right kind', () => {
    for (const p of prices) {
      expect(Number.isInteger(p.devicesInOffer) && p.devicesInOffer >= 1).toBe(true);
      expect(Number.isFinite(p.offerUsd) && p.offerUsd > 0).toBe(true);
      if (p.kind === 'purchase') {
        expect(p.usdPerDeviceHour).toBeNull();
        expect(p.usdPerDevice).not.toBeNull();
        expect(Number.isFinite(p.usdPerDevice ?? NaN) && (p.usdPerDevice ?? 0) > 0).toBe(true);
      } else {
        expect(p.usdPerDevice).toBeNull();
        expect(Number.isFinite(p.usdPerDeviceHour ?? NaN) && (p.usdPerDeviceHour ?? 0) > 0).toBe(
          true,
        );
      }
    }
  });

  it('derives the per-device figure as offer price ÷ devices and shows that in the notes', () => {
    for (const p of prices) {
      const perDevice = p.kind === 'purchase' ? p.usdPerDevice : p.usdPerDeviceHour;
      expect(perDevice).toBeCloseTo(p.offerUsd / p.devicesInOffer, 10);
      if (p.devicesInOffer > 1) expect(p.notes).toContain(`÷ ${p.devicesInOffer} devices`);
    }
  });

  it('works the p5.48xlarge example: $55.04 per hour ÷ 8 GPUs = $6.88 per GPU-hour', () => {
    const p5 = findPrice('aws-p5-48xlarge-on-demand');
    expect(p5?.usdPerDeviceHour).toBeCloseTo(55.04 / 8, 10);
    expect(p5?.usdPerDeviceHour).toBeCloseTo(6.88, 10);
  });

  it('warns in every rental note that cloud prices change and vary by region', () => {
    for (const p of prices.filter((x) => x.kind !== 'purchase')) {
      expect(p.notes).toMatch(/change/);
      expect(p.notes).toMatch(/region/);
    }
  });

  it('lists a device’s rentals cheapest first', () => {
    const h100 = pricesForDevice('h100-sxm').filter((p) => p.usdPerDeviceHour !== null);
    const rates = h100.map((p) => p.usdPerDeviceHour ?? 0);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
  });
});
