// Specification of the ColdStartTable: named table, explanatory note, and the loading-time arithmetic.
import { render, screen, within } from '@testing-library/react';
import ColdStartTable from '@site/src/components/ColdStartTable';
import { formatLoadSeconds } from '@site/src/lib/format/units';
import { transferSeconds as loadSeconds, weightGB } from '@site/src/lib/model/math';
import { STORAGE_TIERS } from '@site/src/data/storage-tiers';

describe('loading-time arithmetic', () => {
  it('sizes Llama 3.1 70B in BF16 at 141.2 GB', () => {
    // 70.6e9 parameters × 16 bits ÷ 8 = 141.2e9 bytes = 141.2 GB
    expect(weightGB(70.6, 16)).toBeCloseTo(141.2, 6);
  });

  it('reads 141.2 GB in about 113 s at 1.25 GB/s, 20 s at 7 GB/s and 2.2 s at 64 GB/s', () => {
    expect(loadSeconds(141.2, 1.25)).toBeCloseTo(112.96, 2); // 141.2 ÷ 1.25
    expect(loadSeconds(141.2, 7)).toBeCloseTo(20.17, 2); // 141.2 ÷ 7
    expect(loadSeconds(141.2, 64)).toBeCloseTo(2.206, 3); // 141.2 ÷ 64
    expect(formatLoadSeconds(112.96)).toBe('113 s');
    expect(formatLoadSeconds(2.206)).toBe('2.2 s');
  });

  it('refuses a bandwidth that is zero or negative', () => {
    expect(loadSeconds(141.2, 0)).toBeNull();
    expect(loadSeconds(141.2, -1)).toBeNull();
    expect(formatLoadSeconds(null)).toBe('—');
  });

  it('gives every storage tier a positive rate and a source URL', () => {
    for (const tier of STORAGE_TIERS) {
      expect(tier.GBs).toBeGreaterThan(0);
      expect(tier.source.url).toMatch(/^https:\/\//);
    }
  });
});

describe('ColdStartTable', () => {
  it('is a table named by its caption and described by its formula note', () => {
    render(<ColdStartTable modelIds={['llama-3.1-70b']} />);
    const table = screen.getByRole('table', { name: /time to read bf16 weights/i });
    expect(table).toHaveAccessibleDescription(
      expect.stringContaining('bytes ÷ GB/s gives seconds'),
    );
  });

  it('shows 113 s for Llama 3.1 70B BF16 over a 10 Gbit/s pull', () => {
    render(<ColdStartTable modelIds={['llama-3.1-70b']} />);
    const row = screen.getByRole('row', { name: /Llama 3.1 70B/ });
    // 70.6 B × 2 bytes = 141.2 GB; 141.2 GB ÷ 1.25 GB/s = 112.96 s
    expect(within(row).getByText('141 GB')).toBeInTheDocument();
    expect(row.querySelector('[data-tier="network-10g"]')).toHaveTextContent('113 s');
    expect(row.querySelector('[data-tier="host-ram-pcie5"]')).toHaveTextContent('2.2 s');
  });

  it('halves the time for FP8 weights', () => {
    render(
      <ColdStartTable modelIds={['llama-3.1-70b']} precision="fp8" tierIds={['network-10g']} />,
    );
    // 70.6 B × 1 byte = 70.6 GB; 70.6 ÷ 1.25 = 56.48 s
    const row = screen.getByRole('row', { name: /Llama 3.1 70B/ });
    expect(row.querySelector('[data-tier="network-10g"]')).toHaveTextContent('56 s');
    expect(screen.getAllByRole('columnheader')).toHaveLength(3);
  });
});
