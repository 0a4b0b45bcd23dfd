// Specification for the sizing table: it renders what src/lib/serving/capacity.ts computes, with its caveats.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import SizingTable from '@site/src/components/SizingTable';
import type { Device } from '@site/src/data/types';
import type { PricePoint } from '@site/src/data/prices';
import { fixtureDense8b, testDevice } from './fixtures';

// The H100-like fixture without an INT8 peak or a host link.
const gpu = testDevice({
  id: 'fixture-gpu',
  name: 'Fixture GPU',
  int8Tops: null,
  hostLink: null,
});
const slow: Device = {
  ...gpu,
  id: 'fixture-slow',
  name: 'Slow box',
  memoryBandwidthGBs: 100,
  tdpW: null,
};
const model = { id: 'm8', name: 'Model 8B', ...fixtureDense8b };
const price: PricePoint = {
  id: 'rent',
  deviceId: 'fixture-gpu',
  offer: 'Fixture cloud',
  kind: 'on-demand',
  usdPerDeviceHour: 2,
  usdPerDevice: null,
  devicesInOffer: 1,
  offerUsd: 2,
  observed: '2026-11-01',
  source: {
    id: 's',
    title: 'Fixture prices',
    url: 'https://example.com/p',
    accessed: '2026-12-01',
  },
  sourceKind: 'vendor',
  vendorPage: null,
  caveat: null,
  notes: '',
};

function renderTable() {
  return render(
    <SizingTable
      modelId="m8"
      isl={1000}
      osl={1000}
      tpotMs={10}
      rps={10}
      chart={false}
      rows={[
        { deviceId: 'fixture-gpu', n: 1, weights: 'bf16', priceId: 'rent' },
        { deviceId: 'fixture-slow', n: 1, weights: 'bf16' },
        { deviceId: 'nope', n: 1, weights: 'bf16' },
      ]}
      catalogue={[gpu, slow]}
      models={[model]}
      priceList={[price]}
    />,
  );
}

describe('SizingTable', () => {
  it('shows concurrency, replicas and cost for the target, worked by hand', () => {
    renderTable();
    const row = screen.getByRole('row', { name: /Fixture GPU × 1/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // 72 GB usable: (72e9 − 16.06e9) / 262.144e6 = 213 fit; at 10 ms, (0.01 × 3.35e12 − 16.06e9) /
    // 196.608e6 = 88.7 → 88; 88 / 9.959 ms = 8,837 tok/s; 10 × 1,000 / 8,837 → 2 replicas.
    expect(cells[0]).toBe('213');
    expect(cells[1]).toBe('88');
    expect(cells[3]).toBe('8,837 tok/s');
    expect(cells[4]).toBe('2 (2)');
    // $2 / (8,837 × 3,600) × 1e6 = $0.063 per million; 700 W / 8,837 = 0.08 J.
    expect(cells[5]).toBe('$0.06');
    expect(within(row).getByRole('link').getAttribute('href')).toBe('https://example.com/p');
    expect(cells[6]).toBe('0.08');
  });

  it('says why a device misses the target and what it cannot show', () => {
    const { container } = renderTable();
    // (16.06e9 + 196.6e6) B at 100 GB/s is 162.6 ms per token, over 10 ms.
    expect(container.textContent).toMatch(
      /Slow box × 1, BF16: Even one request at a time takes 163 ms/,
    );
    expect(container.textContent).toMatch(/Not in the catalogue: nope/);
    expect(container.textContent).toMatch(/Upper-end estimate/);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('names an unknown model instead of rendering an empty table', () => {
    render(
      <SizingTable modelId="x" isl={1} osl={1} tpotMs={1} rps={1} rows={[]} models={[model]} />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/no model preset with id “x”/);
  });
});
