// Specification for the price table and inline prices: caption, filtering and the per-device division.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import PriceTable, { selectPrices } from '@site/src/components/PriceTable';
import Price, { priceValue } from '@site/src/components/Price';
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
  it('prints a price from the list, linked to its source', () => {
    render(<Price id="aws-p5-48xlarge-on-demand" />);
    expect(screen.getByRole('link', { name: '$55.04' })).toHaveAttribute('href');
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
