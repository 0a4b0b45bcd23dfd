// Specifies the bandwidth bar chart: a labelled list of HTML bars, catalogue values, proportional
// bar lengths, the data-table alternative, unknown ids skipped.
import { render, screen, within } from '@testing-library/react';
import BandwidthChart from '@site/src/components/BandwidthChart';

/** The chart's bars: the ordered list named by the caption. */
function barsNamed(name: RegExp | string) {
  return screen.getByRole('list', { name });
}

describe('BandwidthChart', () => {
  it('renders its bars as a list named by the caption, with HTML text rather than scaled SVG', () => {
    render(<BandwidthChart ids={['h100-sxm', 'mi300x']} caption="Two GPUs" />);
    const list = barsNamed('Two GPUs');
    expect(list.tagName.toLowerCase()).toBe('ol');
    expect(list.querySelector('svg')).toBeNull();
    expect(screen.getByRole('figure')).toHaveTextContent('Two GPUs');
  });

  it('labels each bar with the device name and its bandwidth as the catalogue stores it', () => {
    render(<BandwidthChart ids={['h100-sxm', 'mi300x', 'tpu-v6e']} caption="Three" />);
    const items = within(barsNamed('Three')).getAllByRole('listitem');
    // Catalogue: MI300X 5300 GB/s, H100 SXM 3350 GB/s, TPU v6e 1638 GB/s, sorted high to low.
    expect(items.map((li) => li.textContent)).toEqual([
      'AMD Instinct MI300X5,300 GB/s',
      'NVIDIA H100 SXM3,350 GB/s',
      'Google Cloud TPU v6e (Trillium)1,638 GB/s',
    ]);
  });

  it('sizes bars in proportion to the largest bandwidth shown', () => {
    const { container } = render(<BandwidthChart ids={['h100-sxm', 'mi300x']} caption="Two" />);
    const shares = Array.from(
      container.querySelectorAll<HTMLElement>('li [aria-hidden="true"]'),
    ).map((bar) => Number(bar.style.getPropertyValue('--share')));
    // MI300X is the maximum (share 1); H100 SXM is 3350 / 5300 = 0.632075…
    expect(shares[0]).toBe(1);
    expect(shares[1]).toBeCloseTo(0.632075, 5);
  });

  it('lists every value with its unit and source in the table alternative', () => {
    render(<BandwidthChart ids={['h100-sxm']} />);
    const table = screen.getByRole('table');
    const row = within(table).getByRole('row', { name: /NVIDIA H100 SXM/ });
    expect(row).toHaveTextContent('85.5 GB HBM3'); // 81,559 MiB × 1,048,576 = 85.5 GB, memoryType HBM3
    expect(row).toHaveTextContent('3,350 GB/s');
    expect(within(row).getByRole('link').getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('sorts bars from the highest bandwidth to the lowest', () => {
    render(<BandwidthChart ids={['xeon-6980p', 'h100-sxm', 'mi300x']} caption="Sorted" />);
    const names = within(barsNamed('Sorted'))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('span')?.textContent);
    // 5300 > 3350 > 614.4 GB/s
    expect(names).toEqual([
      'AMD Instinct MI300X',
      'NVIDIA H100 SXM',
      'Intel Xeon 6980P (128 P-cores)',
    ]);
  });

  it('skips unknown ids without crashing', () => {
    render(<BandwidthChart ids={['h100-sxm', 'not-a-device']} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(2); // header + H100
  });

  it('filters by kind: the four server CPUs, fastest first, and nothing else', () => {
    render(<BandwidthChart kinds={['cpu']} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    // Xeon 6980P, EPYC 9965 and EPYC 9175F: 12 channels × DDR5-6400 × 8 bytes = 614.4 GB/s each
    // (ties keep catalogue order); EPYC 9654: 12 × DDR5-4800 × 8 bytes = 460.8 GB/s.
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Intel Xeon 6980P (128 P-cores)',
      'AMD EPYC 9965 (192 Zen 5c cores)',
      'AMD EPYC 9175F (16 Zen 5 cores)',
      'AMD EPYC 9654 (96 Zen 4 cores)',
    ]);
  });

  it('says so when nothing matches', () => {
    render(<BandwidthChart ids={['not-a-device']} />);
    expect(screen.getByText(/No catalogue devices match/)).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
