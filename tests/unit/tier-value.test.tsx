// Specification for inline storage-tier figures: the bandwidth from the data module, linked to its source.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import TierValue from '@site/src/components/TierValue';
import { findStorageTier } from '@site/src/data/storage-tiers';

describe('<TierValue>', () => {
  it('prints the NVMe tier bandwidth linked to its source', () => {
    const tier = findStorageTier('nvme-gen4');
    render(<TierValue id="nvme-gen4" />);
    const link = screen.getByRole('link', { name: `${tier?.GBs} GB/s` });
    expect(link).toHaveAttribute('href', tier?.source.url);
  });

  it('says when a tier is unknown', () => {
    render(<TierValue id="nope" />);
    expect(screen.getByText(/no storage tier/)).toBeInTheDocument();
  });
});
