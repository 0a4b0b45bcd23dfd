// Specifies the GPU memory-hierarchy diagram: catalogue-driven device level, text alternative, no crash on unknown ids.
import { render, screen, within } from '@testing-library/react';
import MemoryHierarchy, { H100_ON_CHIP_LEVELS } from '@site/src/components/MemoryHierarchy';
import { findDevice } from '@site/src/data/hardware';
import { formatGB, formatGBs } from '@site/src/lib/format';

describe('MemoryHierarchy', () => {
  it('names the figure after its caption', () => {
    render(<MemoryHierarchy deviceId="h100-sxm" caption="H100 memory levels" />);
    expect(screen.getByRole('figure', { name: 'H100 memory levels' })).toBeInTheDocument();
  });

  it('draws every on-chip level and the device memory, fastest first', () => {
    render(<MemoryHierarchy deviceId="h100-sxm" />);
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    // Three on-chip levels (registers, shared memory / L1, L2) plus device memory.
    expect(items).toHaveLength(H100_ON_CHIP_LEVELS.length + 1);
    expect(items[0]).toHaveTextContent('Registers');
    expect(items[items.length - 1]).toHaveTextContent('Device memory');
  });

  it('takes device-memory capacity and bandwidth from the catalogue', () => {
    const h100 = findDevice('h100-sxm');
    expect(h100).toBeDefined();
    if (!h100) return;
    render(<MemoryHierarchy deviceId="h100-sxm" />);
    // e.g. 80 GB and 3,350 GB/s for the H100 SXM, whatever the catalogue currently says.
    const table = screen.getByRole('table');
    const row = within(table).getByRole('row', { name: new RegExp(h100.memoryType) });
    expect(row).toHaveTextContent(formatGB(h100.memoryGB));
    expect(row).toHaveTextContent(formatGBs(h100.memoryBandwidthGBs));
  });

  it('offers a data table as a text alternative, with sources linked', () => {
    render(<MemoryHierarchy deviceId="h100-sxm" />);
    expect(screen.getByText('Memory hierarchy as a table')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Capacity' })).toBeInTheDocument();
    const links = within(table).getAllByRole('link');
    expect(links.length).toBeGreaterThanOrEqual(H100_ON_CHIP_LEVELS.length);
    links.forEach((link) => expect(link.getAttribute('href')).toMatch(/^https:\/\//));
  });

  it('keeps the on-chip levels and says so when the device id is unknown', () => {
    render(<MemoryHierarchy deviceId="no-such-gpu" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(H100_ON_CHIP_LEVELS.length);
    expect(screen.getByText(/no catalogue entry for “no-such-gpu”/)).toBeInTheDocument();
  });
});
