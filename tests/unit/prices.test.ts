// Specification for the sourced price list: ids, devices, sources, dates, caveats and the figures stated in the notes.
import { describe, expect, it } from 'vitest';
import { findDevice } from '@site/src/data/hardware';
import { findPrice, prices, pricesForDevice } from '@site/src/data/prices';
import { monthsApart } from '@site/src/lib/cost/break-even';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A price older than this, counted back from the day its source was read, must say it is stale. */
const STALE_MONTHS = 12;

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

const today = new Date().toISOString().slice(0, 10);

describe('prices', () => {
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

  it('cites an https source with a title and a real access date that is not in the future', () => {
    for (const p of prices) {
      expect(p.source.url.startsWith('https://'), p.id).toBe(true);
      expect(p.source.title.length, p.id).toBeGreaterThan(10);
      expect(p.source.accessed, p.id).toMatch(ISO_DATE);
      expect(isRealDate(p.source.accessed), p.id).toBe(true);
      expect(p.source.accessed <= today, `${p.id} accessed ${p.source.accessed}`).toBe(true);
    }
  });

  it('dates every price on a real day no later than the day its source was read', () => {
    for (const p of prices) {
      expect(p.observed, p.id).toMatch(ISO_DATE);
      expect(isRealDate(p.observed), p.id).toBe(true);
      expect(p.observed <= p.source.accessed, `${p.id}: ${p.observed}`).toBe(true);
    }
  });

  it('flags every price older than a year with a caveat that names its year', () => {
    const stale = prices.filter((p) => monthsApart(p.observed, p.source.accessed) > STALE_MONTHS);
    // The v6e launch prices (December 2024) and the DGX H100 estimate (May 2023) are stale.
    expect(stale.map((p) => p.id)).toEqual(
      expect.arrayContaining(['gcp-tpu-v6e-on-demand', 'dgx-h100-purchase-estimate']),
    );
    for (const p of stale) {
      expect(p.caveat, p.id).not.toBeNull();
      expect(p.caveat, p.id).toContain(p.observed.slice(0, 4));
    }
  });

  it('gives every third-party price the vendor page a reader can check it on', () => {
    for (const p of prices.filter((x) => x.sourceKind === 'third-party' && x.kind !== 'purchase')) {
      expect(p.vendorPage, p.id).toMatch(/^https:\/\//);
      expect(p.vendorPage, p.id).not.toBe(p.source.url);
    }
  });

  it('never labels a shape that cannot be rented on demand as on-demand', () => {
    const a3 = prices.filter((p) => p.offer.includes('a3-highgpu-1g'));
    expect(a3.length).toBeGreaterThan(0);
    for (const p of a3) expect(p.kind, p.id).not.toBe('on-demand');
    for (const p of prices.filter((x) => x.kind === 'list')) {
      expect(p.caveat, p.id).toMatch(/not rentable|spot|flex/i);
    }
  });

  it('marks the trn2.48xlarge price as unverified until it is read on the AWS price list', () => {
    expect(findPrice('aws-trn2-48xlarge-on-demand')?.caveat).toMatch(/unverified/i);
  });

  it('has positive finite prices of the right kind', () => {
    for (const p of prices) {
      expect(Number.isInteger(p.devicesInOffer) && p.devicesInOffer >= 1).toBe(true);
      expect(Number.isFinite(p.offerUsd) && p.offerUsd > 0).toBe(true);
      if (p.kind === 'purchase') {
        expect(p.usdPerDeviceHour).toBeNull();
        expect(Number.isFinite(p.usdPerDevice ?? NaN) && (p.usdPerDevice ?? 0) > 0).toBe(true);
      } else {
        expect(p.usdPerDevice).toBeNull();
        expect(Number.isFinite(p.usdPerDeviceHour ?? NaN) && (p.usdPerDeviceHour ?? 0) > 0).toBe(
          true,
        );
      }
    }
  });

  it('agrees with every per-GPU rate the notes quote from the source', () => {
    // Lambda lists "$3.99 per GPU-hour" for 8 × H100: the typed offer $31.92 ÷ 8 must give it back.
    let checked = 0;
    for (const p of prices) {
      const quoted = /\$(\d+(?:\.\d+)?) per GPU-hour/.exec(p.notes);
      if (!quoted) continue;
      checked += 1;
      expect(p.usdPerDeviceHour, p.id).toBeCloseTo(Number(quoted[1]), 2);
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('keeps the worked p5.48xlarge example: $55.04 per hour ÷ 8 GPUs = $6.88 per GPU-hour', () => {
    const p5 = findPrice('aws-p5-48xlarge-on-demand');
    expect(p5?.offerUsd).toBe(55.04);
    expect(p5?.usdPerDeviceHour).toBeCloseTo(6.88, 10);
  });

  it('stores CoreWeave prices per instance, as CoreWeave quotes them: $49.24 ÷ 8 = $6.155', () => {
    const cw = findPrice('coreweave-hgx-h100-on-demand');
    expect(cw?.devicesInOffer).toBe(8);
    expect(cw?.usdPerDeviceHour).toBeCloseTo(49.24 / 8, 10);
  });

  it('ends each rental note, and only a rental note, with one warning that prices change by region', () => {
    const warning = 'Cloud prices change often and vary by region';
    for (const p of prices) {
      const [own = '', ...after] = p.notes.split(warning);
      if (p.kind === 'purchase') {
        expect(after, `${p.id} is a purchase`).toHaveLength(0);
        continue;
      }
      // Exactly once, after a note the entry's author wrote (not the warning alone).
      expect(after, p.id).toHaveLength(1);
      expect(own.trim().length, `${p.id} has a note of its own`).toBeGreaterThan(20);
    }
  });

  it('lists a device’s rentals cheapest first', () => {
    const h100 = pricesForDevice('h100-sxm').filter((p) => p.usdPerDeviceHour !== null);
    const rates = h100.map((p) => p.usdPerDeviceHour ?? 0);
    expect(rates.length).toBeGreaterThan(2);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
  });
});
