// Specifies the GPU memory-hierarchy diagram: catalogue-driven device level, text alternative, no crash on unknown ids.
import { render, screen, within } from '@testing-library/react';
import MemoryHierarchy, { H100_ON_CHIP_LEVELS } from '@site/src/components/MemoryHierarchy';

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
    render(<MemoryHierarchy deviceId="h100-sxm" />);
    // Catalogue h100-sxm: memoryGB 85.5 (81,559 MiB reported), memoryType HBM3, 3,350 GB/s.
    const table = screen.getByRole('table');
    const row = within(table).getByRole('row', { name: /HBM3/ });
    expect(row).toHaveTextContent('85.5 GB');
    expect(row).toHaveTextContent('3,350 GB/s');
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
