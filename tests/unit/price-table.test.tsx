// Specification for the price table and inline prices: caption, filtering and the per-device division.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import PriceTable, { dateSpanMonths, selectPrices } from '@site/src/components/PriceTable';
import Price, { monthYear, priceValue } from '@site/src/components/Price';
import { prices } from '@site/src/data/prices';

describe('<PriceTable>', () => {
  it('is a table named by its caption, one row per selected price', () => {
    render(
      <PriceTable
        caption="H100 rentals"
        ids={['aws-p5-48xlarge-on-demand', 'gcp-a3-highgpu-1g-spot']}
      />,
    );
    const table = screen.getByRole('table', { name: 'H100 rentals' });
    // Header row + two prices.
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('shows the offer price, the division and the per-device result: $55.04 ÷ 8 = $6.88', () => {
    render(<PriceTable caption="p5" ids={['aws-p5-48xlarge-on-demand']} />);
    const row = screen.getByRole('row', { name: /p5\.48xlarge/ });
    expect(row).toHaveTextContent('$55.04');
    expect(row).toHaveTextContent('÷ 8');
    expect(row).toHaveTextContent('$6.88');
    expect(within(row).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\//),
    );
  });

  it('shows each row’s read date and caveat, and says when dates are far apart', () => {
    render(
      <PriceTable
        caption="mixed dates"
        ids={['aws-p5-48xlarge-on-demand', 'gcp-tpu-v6e-on-demand']}
      />,
    );
    const v6e = screen.getByRole('row', { name: /TPU v6e/ });
    expect(v6e).toHaveTextContent('Dec 2024');
    expect(v6e).toHaveTextContent(/launch price from december 2024/i);
    expect(v6e).toHaveTextContent(/via a third party/);
    // 2024-12-12 to 2026-11-09 is 23 months apart, more than the 3-month like-for-like window.
    expect(screen.getByText(/read between Dec 2024 and Nov 2026/)).toBeInTheDocument();
  });

  it('does not warn about dates when the rows were read in the same month', () => {
    render(
      <PriceTable
        caption="same month"
        ids={['lambda-8x-h100-sxm-on-demand', 'coreweave-hgx-h100-on-demand']}
      />,
    );
    expect(screen.queryByText(/read between/)).toBeNull();
    expect(dateSpanMonths(selectPrices(prices, ['aws-g6-2xlarge-on-demand']))).toBe(0);
  });

  it('labels a list-price-only shape as such, not as on-demand', () => {
    render(<PriceTable caption="a3" ids={['gcp-a3-highgpu-1g-list']} />);
    const row = screen.getByRole('row', { name: /a3-highgpu-1g/ });
    expect(row).toHaveTextContent(/list price only/i);
    expect(row).not.toHaveTextContent(/^On-demand$/);
  });

  it('filters by kind and device', () => {
    const spot = selectPrices(prices, undefined, ['spot']);
    expect(spot.length).toBeGreaterThan(0);
    expect(spot.every((p) => p.kind === 'spot')).toBe(true);
    const tpu = selectPrices(prices, undefined, undefined, ['tpu-v6e']);
    expect(tpu.every((p) => p.deviceId === 'tpu-v6e')).toBe(true);
    expect(selectPrices(prices, ['no-such-id'])).toEqual([]);
  });
});

describe('<Price>', () => {
  it('prints a price from the list, linked to its source, with the month it was read', () => {
    const { container } = render(<Price id="aws-p5-48xlarge-on-demand" />);
    expect(screen.getByRole('link', { name: '$55.04' })).toHaveAttribute('href');
    expect(container).toHaveTextContent('$55.04 (Nov 2026)');
    expect(container.querySelector('time')).toHaveAttribute('datetime', '2026-11-09');
  });

  it('leaves the date out only when asked', () => {
    const { container } = render(<Price id="aws-p5-48xlarge-on-demand" showDate={false} />);
    expect(container).toHaveTextContent(/^\$55\.04$/);
    expect(monthYear('2024-12-12')).toBe('Dec 2024');
    expect(monthYear('not-a-date')).toBe('not-a-date');
  });

  it('multiplies for monthly figures: $55.04 × 730 h = $40,179', () => {
    expect(priceValue(prices, 'aws-p5-48xlarge-on-demand', 'offer', 730)).toBeCloseTo(
      55.04 * 730,
      9,
    );
    render(<Price id="aws-p5-48xlarge-on-demand" times={730} />);
    expect(screen.getByRole('link', { name: '$40,179' })).toBeInTheDocument();
  });

  it('shows per-device prices and flags unknown ids', () => {
    expect(priceValue(prices, 'dgx-h100-purchase-estimate', 'perDevice')).toBe(270000 / 8);
    render(<Price id="missing" />);
    expect(screen.getByText(/unknown price/)).toBeInTheDocument();
  });
});
