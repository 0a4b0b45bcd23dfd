// Specification for the rent-versus-own chart: accessible name, text alternatives and the arithmetic.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import BreakEvenChart from '@site/src/components/BreakEvenChart';
import {
  breakEvenMonths,
  cumulativeSeries,
  niceMax,
  ownMonthly,
  ownUsdPerDeviceHour,
  type OwnInputs,
} from '@site/src/components/BreakEvenChart/breakEven';
import type { PricePoint } from '@site/src/data/prices';

const source = {
  id: 's',
  title: 'Fixture source',
  url: 'https://example.com/p',
  accessed: '2026-11-29',
};

const fixtures: PricePoint[] = [
  {
    id: 'buy',
    deviceId: 'h100-sxm',
    offer: 'Server with 8 GPUs',
    kind: 'purchase',
    usdPerDeviceHour: null,
    usdPerDevice: 25000,
    devicesInOffer: 8,
    offerUsd: 200000,
    observed: '2026-01-01',
    source,
    notes: '',
  },
  {
    id: 'rent',
    deviceId: 'h100-sxm',
    offer: 'Cloud 8-GPU instance',
    kind: 'on-demand',
    usdPerDeviceHour: 5,
    usdPerDevice: null,
    devicesInOffer: 8,
    offerUsd: 40,
    observed: '2026-01-01',
    source,
    notes: '',
  },
];

// 10 kW × 1.5 PUE × 730 h = 10,950 kWh × $0.10 = $1,095; colocation 10 kW × $200 = $2,000; ops $905.
const own: OwnInputs = {
  purchaseUsd: 200000,
  powerKw: 10,
  pue: 1.5,
  usdPerKwh: 0.1,
  colocationUsdPerKwMonth: 200,
  opsUsdPerMonth: 905,
  depreciationYears: 3,
};

describe('break-even arithmetic', () => {
  it('adds electricity, colocation and operations into a monthly running cost', () => {
    const m = ownMonthly(own);
    expect(m.energyKwh).toBeCloseTo(10 * 1.5 * 730, 9);
    expect(m.electricityUsd).toBeCloseTo(1095, 9);
    expect(m.colocationUsd).toBe(2000);
    expect(m.totalUsd).toBeCloseTo(4000, 9);
  });

  it('breaks even at purchase ÷ (rent − own) months: $200,000 ÷ ($40 × 730 − $4,000) = 7.94', () => {
    const months = breakEvenMonths(own, { label: 'r', usdPerHour: 40 });
    expect(months).toBeCloseTo(200000 / (40 * 730 - 4000), 9);
    expect(months).toBeCloseTo(7.94, 2);
  });

  it('never breaks even when renting costs less per month than running an owned server', () => {
    expect(breakEvenMonths(own, { label: 'r', usdPerHour: 5 })).toBeNull();
    expect(breakEvenMonths(own, { label: 'r', usdPerHour: 40 }, 0.1)).toBeNull();
  });

  it('prices an owned GPU-hour over the write-off period: ($200,000 + $4,000 × 36) ÷ (8 × 730 × 36)', () => {
    expect(ownUsdPerDeviceHour(own, 8)).toBeCloseTo((200000 + 4000 * 36) / (8 * 730 * 36), 9);
    expect(ownUsdPerDeviceHour(own, 8, 0.5)).toBeCloseTo(
      (2 * (200000 + 4000 * 36)) / (8 * 730 * 36),
      9,
    );
  });

  it('starts the owned line at the purchase price and the rented line at zero', () => {
    const [o, r] = cumulativeSeries(own, 'own', [{ label: 'r', usdPerHour: 40 }], 12);
    expect(o?.values[0]).toBe(200000);
    expect(r?.values[0]).toBe(0);
    expect(r?.values[12]).toBeCloseTo(40 * 730 * 12, 9);
    expect(o?.values).toHaveLength(13);
  });

  it('rounds axis maxima up to 1, 2, 2.5 or 5 × 10^k', () => {
    expect(niceMax(340000)).toBe(500000);
    expect(niceMax(1.9e6)).toBe(2e6);
    expect(niceMax(0)).toBe(1);
  });
});

describe('<BreakEvenChart>', () => {
  const props = {
    purchasePriceId: 'buy',
    rentalPriceIds: ['rent'],
    powerKw: 10,
    pue: 1.5,
    usdPerKwh: 0.1,
    colocationUsdPerKwMonth: 200,
    opsUsdPerMonth: 905,
    depreciationYears: 3,
    priceList: fixtures,
  } as const;

  it('is an image named by its title and description', () => {
    render(<BreakEvenChart {...props} />);
    const img = screen.getByRole('img', {
      name: /rent versus own: cumulative cost of a 8-GPU server/i,
    });
    expect(img).toHaveAccessibleName(/owning becomes cheaper after 7\.9 months/i);
  });

  it('offers a data table and the worked arithmetic as text alternatives', () => {
    render(<BreakEvenChart {...props} />);
    const table = screen.getByRole('table', {
      name: /cumulative cost \(usd\) of owning versus renting/i,
    });
    const rows = within(table).getAllByRole('row');
    // Header + months 0, 6, 12, 18, 24, 30, 36.
    expect(rows).toHaveLength(8);
    expect(within(rows[1] as HTMLElement).getByText('$200,000')).toBeInTheDocument();
    // $40/h × 730 h × 100% = $29,200 a month.
    expect(screen.getByText(/= \$29,200 a month/)).toBeInTheDocument();
    // ($200,000 + $4,000 × 36) ÷ (8 × 730 × 36) = $1.64 per GPU-hour.
    expect(screen.getAllByText(/\$1\.64/).length).toBeGreaterThan(0);
  });

  it('says so when the purchase id is unknown', () => {
    render(<BreakEvenChart {...props} purchasePriceId="nope" />);
    expect(screen.getByRole('alert')).toHaveTextContent('nope');
  });

  it('draws from the real price list by default', () => {
    render(
      <BreakEvenChart
        {...props}
        priceList={undefined}
        purchasePriceId="dgx-h100-purchase-estimate"
        rentalPriceIds={['aws-p5-48xlarge-on-demand']}
      />,
    );
    expect(screen.getByRole('img')).toHaveAccessibleName(/p5\.48xlarge/);
  });
});
