// Specifies the CPU/GPU/TPU comparison table: catalogue and price values, sources, unknown ids skipped.
import { render, screen, within } from '@testing-library/react';
import KindComparison, { DEFAULT_IDS } from '@site/src/components/KindComparison';
import { findDevice } from '@site/src/data/hardware';
import { prices } from '@site/src/data/prices';

function rowNamed(name: RegExp): HTMLElement {
  return screen.getByRole('row', { name });
}

describe('KindComparison', () => {
  it('is a table named by its caption, one column per device', () => {
    render(<KindComparison ids={['h100-sxm', 'tpu-v6e']} caption="GPU and TPU" />);
    const table = screen.getByRole('table', { name: 'GPU and TPU' });
    // Figure column + two devices.
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
  });

  it('shows bandwidth from the catalogue with a source link', () => {
    render(<KindComparison />);
    const row = rowNamed(/Memory bandwidth/);
    expect(DEFAULT_IDS).toEqual(['epyc-9965', 'h100-sxm', 'tpu-v6e']);
    // EPYC 9965: 12 channels × DDR5-6400 × 8 bytes = 614.4 GB/s, shown whole; H100 SXM 3.35 TB/s;
    // TPU v6e 1,638 GB/s.
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((c) => c.textContent?.replace(/source$/, ''))).toEqual([
      '614 GB/s',
      '3,350 GB/s',
      '1,638 GB/s',
    ]);
    for (const cell of cells) expect(within(cell).getByRole('link')).toBeInTheDocument();
  });

  it('derives FLOPs per byte from the peak and bandwidth', () => {
    render(<KindComparison ids={['h100-sxm']} />);
    // H100 SXM: 989.5e12 FLOP/s dense BF16 ÷ 3,350e9 B/s = 295.37, shown as 295.
    expect(within(rowNamed(/FLOPs per byte/)).getByText('295')).toBeInTheDocument();
  });

  it('shows the lowest on-demand price from the price list', () => {
    render(<KindComparison ids={['h100-sxm']} />);
    // The H100 SXM's on-demand offers: AWS p5 $6.88, Azure ND H100 v5 $12.29, CoreWeave $6.155 and
    // Lambda $3.99 per GPU-hour; the row shows the cheapest, and names its offer.
    const row = rowNamed(/Rent, lowest on-demand/);
    expect(row).toHaveTextContent('$3.99 per chip-hour');
    expect(row).toHaveTextContent('Lambda 8 × H100 SXM 80 GB instance, on-demand');
    for (const higher of ['$6.88', '$12.29', '$6.16', '$6.155'])
      expect(row).not.toHaveTextContent(higher);
  });

  it('says "no price recorded" for a device without an on-demand price', () => {
    expect(prices.some((p) => p.deviceId === 'epyc-9965' && p.kind === 'on-demand')).toBe(false);
    render(<KindComparison ids={['epyc-9965']} />);
    expect(rowNamed(/Rent, lowest on-demand/)).toHaveTextContent('no price recorded');
  });

  it('says when a figure is missing instead of inventing one', () => {
    // The MI455X has announced FP8 and FP4 figures but no BF16 one in the catalogue.
    const mi455x = findDevice('mi455x');
    expect(mi455x?.bf16Tflops).toBeNull();
    render(<KindComparison ids={['mi455x']} />);
    expect(rowNamed(/Dense BF16 peak/)).toHaveTextContent('no sourced figure');
    expect(rowNamed(/FLOPs per byte/)).toHaveTextContent('—');
  });

  it('falls back to the INT8 figure when a device has no FP8 one', () => {
    // The Jetson AGX Orin 64 GB has INT8 (137.5 dense TOPS) but no FP8 format.
    const orin = findDevice('jetson-agx-orin-64gb');
    expect(orin?.fp8Tflops).toBeNull();
    render(<KindComparison ids={['jetson-agx-orin-64gb']} />);
    expect(rowNamed(/Dense 8-bit peak/)).toHaveTextContent('137.5 TOPS INT8');
  });

  it('skips unknown ids and survives when none are known', () => {
    const { unmount } = render(<KindComparison ids={['h100-sxm', 'nope']} />);
    expect(screen.getAllByRole('columnheader')).toHaveLength(2);
    unmount();
    render(<KindComparison ids={['nope']} />);
    expect(screen.getByText(/No catalogue devices match/)).toBeInTheDocument();
  });
});
