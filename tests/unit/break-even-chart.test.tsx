// Specification for rent versus own: the arithmetic, input validation, and the chart's text alternatives and controls.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import BreakEvenChart from '@site/src/components/BreakEvenChart';
import {
  ASSUMPTION_FIELDS,
  breakEvenMonths,
  cumulativeSeries,
  monthTickStep,
  monthsApart,
  niceMax,
  ownMonthly,
  ownUsdPerDeviceHour,
  toRaw,
  validateAssumptions,
  type BreakEvenAssumptions,
} from '@site/src/lib/cost/break-even';
import type { PricePoint } from '@site/src/data/prices';
import { stubResizeObserver } from './fixtures';

const source = {
  id: 's',
  title: 'Fixture source',
  url: 'https://example.com/p',
  accessed: '2026-11-29',
};

function point(over: Partial<PricePoint> & Pick<PricePoint, 'id' | 'kind'>): PricePoint {
  return {
    deviceId: 'h100-sxm',
    offer: over.id,
    usdPerDeviceHour: null,
    usdPerDevice: null,
    devicesInOffer: 8,
    offerUsd: 0,
    observed: '2026-01-01',
    source,
    sourceKind: 'third-party',
    vendorPage: null,
    caveat: null,
    notes: '',
    ...over,
  };
}

const fixtures: PricePoint[] = [
  point({
    id: 'buy',
    offer: 'Server with 8 GPUs',
    kind: 'purchase',
    usdPerDevice: 25000,
    offerUsd: 200000,
  }),
  point({
    id: 'rent',
    offer: 'Cloud 8-GPU instance',
    kind: 'on-demand',
    usdPerDeviceHour: 5,
    offerUsd: 40,
  }),
  point({
    id: 'rent-later',
    offer: 'Cloud instance read later',
    kind: 'on-demand',
    usdPerDeviceHour: 5,
    offerUsd: 40,
    observed: '2026-09-01',
  }),
];

// Colocation is charged on the 12 kW reserved, electricity on the 10 kW average draw:
// 10 kW × 1.5 PUE × 730 h = 10,950 kWh × $0.10 = $1,095; colocation 12 kW × $200 = $2,400; ops $505.
// The site's running costs, shared by the arithmetic tests and the chart's props.
const site = {
  provisionedKw: 12,
  averageDrawKw: 10,
  pue: 1.5,
  usdPerKwh: 0.1,
  colocationUsdPerKwMonth: 200,
  opsUsdPerMonth: 505,
  depreciationYears: 3,
} as const;
const own: BreakEvenAssumptions = { purchaseUsd: 200000, ...site, utilization: 1 };

describe('break-even arithmetic', () => {
  it('bills electricity on the average draw and colocation on the reserved power', () => {
    const m = ownMonthly(own);
    expect(m.energyKwh).toBeCloseTo(10 * 1.5 * 730, 9);
    expect(m.electricityUsd).toBeCloseTo(1095, 9);
    expect(m.colocationUsd).toBeCloseTo(12 * 200, 9);
    expect(m.totalUsd).toBeCloseTo(4000, 9);
    // Halving the average draw halves only the electricity: $1,095 → $547.50.
    const lighter = ownMonthly({ ...own, averageDrawKw: 5 });
    expect(lighter.electricityUsd).toBeCloseTo(547.5, 9);
    expect(lighter.colocationUsd).toBeCloseTo(2400, 9);
  });

  it('breaks even at purchase ÷ (rent − own) months: $200,000 ÷ ($40 × 730 − $4,000) = 7.94', () => {
    const months = breakEvenMonths(own, { label: 'r', usdPerHour: 40 });
    expect(months).toBeCloseTo(200000 / (40 * 730 - 4000), 9);
    expect(months).toBeCloseTo(7.94, 2);
  });

  it('never breaks even when renting costs no more per month than running an owned server', () => {
    expect(breakEvenMonths(own, { label: 'r', usdPerHour: 5 })).toBeNull();
    // At 10% use the rent is $40 × 730 × 0.1 = $2,920, below the $4,000 running cost.
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
    expect(niceMax(Number.NaN)).toBe(1);
  });

  it('thins month ticks to fit: 36 months in at most 5 labels is every 12, in 13 every 3', () => {
    expect(monthTickStep(36, 5)).toBe(12); // 0, 12, 24, 36
    expect(monthTickStep(36, 13)).toBe(3); // 0, 3, …, 36
    expect(monthTickStep(12, 13)).toBe(1);
  });

  it('counts whole months between ISO dates, in either order', () => {
    // May 2023 → November 2026: 3 years and 6 months.
    expect(monthsApart('2023-05-01', '2026-11-09')).toBe(42);
    expect(monthsApart('2026-11-09', '2023-05-01')).toBe(42);
    expect(monthsApart('2026-09-20', '2026-09-26')).toBe(0);
  });
});

describe('validateAssumptions', () => {
  const good = toRaw(own);

  it('round-trips the form text, showing utilization as a percentage', () => {
    expect(good.utilization).toBe('100');
    expect(toRaw({ ...own, utilization: 0.5 }).utilization).toBe('50');
    const result = validateAssumptions(good);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(own);
  });

  it('reads 50 % as a share of 0.5 and accepts thousands separators', () => {
    const result = validateAssumptions({ ...good, utilization: '50', purchaseUsd: '270,000' });
    expect(result.ok && result.value.utilization).toBe(0.5);
    expect(result.ok && result.value.purchaseUsd).toBe(270000);
  });

  it('names each field that is empty, not a number, or out of range', () => {
    const result = validateAssumptions({
      ...good,
      purchaseUsd: '',
      pue: '0.8',
      utilization: '0',
      depreciationYears: 'abc',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.purchaseUsd).toMatch(/Purchase price: enter a number/);
    expect(result.errors.pue).toMatch(/at least 1/);
    expect(result.errors.utilization).toMatch(/more than 0/);
    expect(result.errors.depreciationYears).toMatch(/enter a number/);
    expect(result.errors.usdPerKwh).toBeUndefined();
  });

  it('rejects an average draw above the reserved power', () => {
    const result = validateAssumptions({ ...good, averageDrawKw: '13', provisionedKw: '12' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.averageDrawKw).toMatch(/cannot exceed/);
  });

  it('never lets Infinity through', () => {
    const result = validateAssumptions({ ...good, opsUsdPerMonth: 'Infinity' });
    expect(result.ok).toBe(false);
  });

  it('has one field per assumption, each with a label', () => {
    expect(ASSUMPTION_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(own).sort());
    for (const f of ASSUMPTION_FIELDS) expect(f.label.length).toBeGreaterThan(3);
  });
});

describe('<BreakEvenChart>', () => {
  const props = {
    purchasePriceId: 'buy',
    rentalPriceIds: ['rent'],
    ...site,
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
    // Header + months 0, 3, 6, …, 36 (13 rows).
    expect(rows).toHaveLength(14);
    expect(within(rows[1] as HTMLElement).getByText('$200,000')).toBeInTheDocument();
    // $40/h × 730 h × 100% = $29,200 a month.
    expect(screen.getByText(/= \$29,200 a month/)).toBeInTheDocument();
    // ($200,000 + $4,000 × 36) ÷ (8 × 730 × 36) = $1.64 per GPU-hour.
    expect(screen.getAllByText(/\$1\.64/).length).toBeGreaterThan(0);
  });

  it('recomputes when an assumption changes: 50 % use gives $14,600 of rent a month', () => {
    render(<BreakEvenChart {...props} />);
    fireEvent.change(screen.getByLabelText(/hours the capacity is needed/i), {
      target: { value: '50' },
    });
    // $40 × 730 × 50% = $14,600; break-even $200,000 ÷ ($14,600 − $4,000) = 18.9 months.
    expect(screen.getByText(/= \$14,600 a month/)).toBeInTheDocument();
    expect(screen.getByRole('img')).toHaveAccessibleName(/after 18\.9 months/);
  });

  it('explains a bad input next to its field and keeps the last valid chart', () => {
    render(<BreakEvenChart {...props} />);
    const pue = screen.getByLabelText(/facility pue/i);
    fireEvent.change(pue, { target: { value: '0.5' } });
    expect(pue).toHaveAttribute('aria-invalid', 'true');
    expect(pue).toHaveAccessibleDescription(/at least 1/);
    expect(screen.getByRole('img')).toHaveAccessibleName(/after 7\.9 months/);
    expect(screen.queryByText(/NaN|Infinity|undefined/)).toBeNull();
  });

  it('restores the page’s assumptions', () => {
    render(<BreakEvenChart {...props} />);
    const field = screen.getByLabelText(/purchase price/i);
    fireEvent.change(field, { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: /restore/i }));
    expect(field).toHaveValue(200000);
  });

  it('says when the purchase and a rent were read months apart', () => {
    const { rerender } = render(<BreakEvenChart {...props} />);
    expect(screen.queryByText(/not like-for-like in time/i)).toBeNull();
    rerender(<BreakEvenChart {...props} rentalPriceIds={['rent-later']} />);
    expect(screen.getByText(/not like-for-like in time/i)).toHaveTextContent('2026-09-01');
    // A purchase price typed by the reader replaces the warning with the rents' dates.
    fireEvent.change(screen.getByLabelText(/purchase price/i), { target: { value: '150000' } });
    expect(screen.queryByText(/not like-for-like in time/i)).toBeNull();
    expect(screen.getByText(/you entered your own purchase price/i)).toHaveTextContent(
      '2026-09-01',
    );
  });

  it('draws at the phone step on a phone and scales up to the figure, never down', () => {
    // A 390 px screen leaves about 358 px for the figure: the chart is drawn 320 units wide (what
    // the server draws too) and shown at 358 px, so its 12 px text renders at about 13.4 px.
    stubResizeObserver(vi.stubGlobal, 358);
    try {
      render(<BreakEvenChart {...props} />);
      const svg = screen.getByRole('img');
      expect(svg).toHaveAttribute('viewBox', '0 0 320 300');
      expect(svg).toHaveAttribute('width', '320');
      expect(svg.style.maxWidth).toBe('400px');
      const monthLabels = Array.from(svg.querySelectorAll('text')).filter((t) =>
        /^\d+$/.test(t.textContent ?? ''),
      );
      // 36 months with at most 5 labels: 0, 12, 24, 36.
      expect(monthLabels.map((t) => t.textContent)).toEqual(['0', '12', '24', '36']);
      for (const t of Array.from(svg.querySelectorAll('text'))) {
        const x = Number(t.getAttribute('x'));
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(320);
      }
      // The data table keeps every third month whatever the width.
      expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(14);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('redraws at a wider step once a wide figure reports its width', () => {
    stubResizeObserver(vi.stubGlobal, 700);
    try {
      render(<BreakEvenChart {...props} />);
      const svg = screen.getByRole('img');
      expect(svg).toHaveAttribute('viewBox', '0 0 640 360');
      expect(svg.style.maxWidth).toBe('800px');
    } finally {
      vi.unstubAllGlobals();
    }
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
