// Specifies the CPU/GPU/TPU comparison table: catalogue and price values, sources, unknown ids skipped.
import { render, screen, within } from '@testing-library/react';
import KindComparison, { DEFAULT_IDS } from '@site/src/components/KindComparison';
import { findDevice } from '@site/src/data/hardware';
import { prices } from '@site/src/data/prices';
import { formatGBs, formatUsd } from '@site/src/lib/format';

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
    for (const id of DEFAULT_IDS) {
      const device = findDevice(id);
      if (!device) continue;
      expect(row).toHaveTextContent(formatGBs(device.memoryBandwidthGBs));
    }
    expect(within(row).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('derives FLOPs per byte from the catalogue peak and bandwidth', () => {
    const h100 = findDevice('h100-sxm');
    expect(h100?.bf16Tflops).not.toBeNull();
    if (!h100 || h100.bf16Tflops === null) return;
    render(<KindComparison ids={['h100-sxm']} />);
    // e.g. 989.5e12 / 3350e9 ≈ 295 FLOPs per byte.
    const expected = Math.round((h100.bf16Tflops * 1e12) / (h100.memoryBandwidthGBs * 1e9));
    expect(rowNamed(/FLOPs per byte/)).toHaveTextContent(String(expected));
  });

  it('shows the lowest on-demand price from the price list', () => {
    const onDemand = prices
      .filter(
        (p) => p.deviceId === 'h100-sxm' && p.kind === 'on-demand' && p.usdPerDeviceHour !== null,
      )
      .map((p) => p.usdPerDeviceHour as number);
    render(<KindComparison ids={['h100-sxm']} />);
    const row = rowNamed(/Rent, lowest on-demand/);
    if (onDemand.length === 0) {
      expect(row).toHaveTextContent('no price recorded');
    } else {
      expect(row).toHaveTextContent(formatUsd(Math.min(...onDemand)));
    }
  });

  it('says when a figure or price is missing instead of inventing one', () => {
    render(<KindComparison ids={['epyc-9965']} />);
    expect(rowNamed(/Dense BF16 peak/)).toHaveTextContent('no sourced figure');
  });

  it('skips unknown ids and survives when none are known', () => {
    const { unmount } = render(<KindComparison ids={['h100-sxm', 'nope']} />);
    expect(screen.getAllByRole('columnheader')).toHaveLength(2);
    unmount();
    render(<KindComparison ids={['nope']} />);
    expect(screen.getByText(/No catalogue devices match/)).toBeInTheDocument();
  });
});
