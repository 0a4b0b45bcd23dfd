// Specifies the bandwidth bar chart: accessible SVG, catalogue values, data-table alternative, unknown ids skipped.
import { render, screen, within } from '@testing-library/react';
import BandwidthChart from '@site/src/components/BandwidthChart';
import { devices, findDevice } from '@site/src/data/hardware';
import { formatGBs } from '@site/src/lib/format';

describe('BandwidthChart', () => {
  it('renders an SVG image named by its title', () => {
    render(<BandwidthChart ids={['h100-sxm', 'mi300x']} caption="Two GPUs" />);
    const img = screen.getByRole('img', { name: /Two GPUs/ });
    expect(img.tagName.toLowerCase()).toBe('svg');
  });

  it('shows each bandwidth exactly as the catalogue stores it', () => {
    const ids = ['h100-sxm', 'mi300x', 'tpu-v6e'];
    render(<BandwidthChart ids={ids} />);
    const table = screen.getByRole('table');
    for (const id of ids) {
      const device = findDevice(id);
      expect(device).toBeDefined();
      if (!device) continue;
      const row = within(table).getByRole('row', {
        name: new RegExp(device.name.replace(/[()]/g, '.')),
      });
      expect(row).toHaveTextContent(formatGBs(device.memoryBandwidthGBs));
    }
  });

  it('sorts bars from the highest bandwidth to the lowest', () => {
    render(<BandwidthChart ids={['xeon-6980p', 'h100-sxm', 'mi300x']} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    const values = rows.map((row) =>
      Number((row.textContent ?? '').match(/([\d,.]+) GB\/s/)?.[1]?.replace(/,/g, '')),
    );
    expect([...values].sort((a, b) => b - a)).toEqual(values);
  });

  it('skips unknown ids without crashing', () => {
    render(<BandwidthChart ids={['h100-sxm', 'not-a-device']} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(2); // header + H100
  });

  it('filters by kind', () => {
    render(<BandwidthChart kinds={['cpu']} />);
    const cpus = devices.filter((d) => d.kind === 'cpu');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(cpus.length + 1);
  });

  it('says so when nothing matches', () => {
    render(<BandwidthChart ids={['not-a-device']} />);
    expect(screen.getByText(/No catalogue devices match/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
