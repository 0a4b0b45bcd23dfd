// Specification for the edge memory-fit table: caption, rows, and the weights + KV arithmetic.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import EdgeFit from '@site/src/components/EdgeFit';
import { computeFits } from '@site/src/lib/model/edge-fit';
import { modelPresets } from '@site/src/data/models';

describe('computeFits', () => {
  it('works Llama 3.1 8B in Q4_0 at 4.5 bits: 8.03e9 × 4.5 ÷ 8 = 4.52 GB; KV 32 × 2 × 8 × 128 × 2 B × 4,096 = 0.54 GB', () => {
    const [fit] = computeFits(modelPresets, ['llama-3.1-8b'], [8], [4], 4096, 'q4_0', 'bf16');
    expect(fit?.weightsGB).toBeCloseTo((8.03e9 * 4.5) / 8 / 1e9, 9);
    expect(fit?.kvGB).toBeCloseTo((32 * 2 * 8 * 128 * 2 * 4096) / 1e9, 9);
    // 8 − 4 − (4.517 + 0.537) = −1.05: does not fit with 4 GB held back.
    expect(fit?.spareGB[0]).toBeCloseTo(8 - 4 - (4.516875 + 0.536870912), 6);
  });

  it('skips unknown model ids', () => {
    expect(computeFits(modelPresets, ['nope'], [8], [4], 4096, 'q4_0', 'bf16')).toEqual([]);
  });
});

describe('<EdgeFit>', () => {
  it('is a table named by its caption with one row per model and a verdict per memory size', () => {
    render(
      <EdgeFit
        caption="What fits"
        modelIds={['llama-3.2-3b', 'llama-3.1-8b']}
        memoriesGB={[8, 16]}
        reserveGB={[4, 6]}
      />,
    );
    const table = screen.getByRole('table', { name: 'What fits' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const eight = within(table).getByRole('row', { name: /Llama 3\.1 8B/ });
    expect(eight).toHaveTextContent('4.52 GB');
    expect(eight).toHaveTextContent(/No, short by 1\.05 GB/);
    expect(eight).toHaveTextContent(/Fits, 4\.95 GB spare/);
  });
});
