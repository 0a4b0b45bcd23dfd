// The catalogue table: default order, sorting with aria-sort, filters, and every source linked.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BrowserRouter } from 'react-router-dom';
import CatalogueTable from '../../src/components/CatalogueTable';
import { nextSort, sortCatalogue } from '../../src/components/CatalogueTable/columns';
import { devices } from '../../src/data/hardware';

function rowIds(): string[] {
  return Array.from(document.querySelectorAll('tbody tr[data-catalogue-device]')).map(
    (tr) => tr.getAttribute('data-catalogue-device') ?? '',
  );
}

function header(name: RegExp): HTMLElement {
  const button = screen.getByRole('button', { name });
  const th = button.closest('th');
  if (!th) throw new Error('sort button outside a header cell');
  return th;
}

describe('CatalogueTable', () => {
  it('applies the filter a link asks for (?kind=gpu), and the reader can clear it', async () => {
    window.history.pushState(null, '', '/hardware/catalogue/?kind=gpu');
    try {
      render(<CatalogueTable />, { wrapper: BrowserRouter });
      const gpus = devices.filter((d) => d.kind === 'gpu').map((d) => d.id);
      expect(rowIds()).toEqual(gpus);
      expect(screen.getByLabelText('Kind')).toHaveValue('gpu');
      await userEvent.selectOptions(screen.getByLabelText('Kind'), '');
      expect(rowIds()).toEqual(devices.map((d) => d.id));
    } finally {
      window.history.pushState(null, '', '/');
    }
  });

  it('lists every device in catalogue order with no sort marked', () => {
    render(<CatalogueTable />, { wrapper: BrowserRouter });
    expect(rowIds()).toEqual(devices.map((d) => d.id));
    expect(document.querySelector('th[aria-sort]')).toBeNull();
    expect(
      screen.getByText(`Showing ${devices.length} of ${devices.length} devices.`),
    ).toBeInTheDocument();
  });

  it('sorts by a column, toggling aria-sort and the order', async () => {
    const user = userEvent.setup();
    render(<CatalogueTable />, { wrapper: BrowserRouter });
    const memory = header(/^Memory/);
    await user.click(within(memory).getByRole('button'));
    expect(memory).toHaveAttribute('aria-sort', 'ascending');
    const ascending = rowIds().map((id) => devices.find((d) => d.id === id)?.memoryGB ?? 0);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await user.click(within(memory).getByRole('button'));
    expect(memory).toHaveAttribute('aria-sort', 'descending');
    const descending = rowIds().map((id) => devices.find((d) => d.id === id)?.memoryGB ?? 0);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));

    const vendor = header(/^Vendor/);
    await user.click(within(vendor).getByRole('button'));
    expect(vendor).toHaveAttribute('aria-sort', 'ascending');
    expect(memory).not.toHaveAttribute('aria-sort');
  });

  it('keeps missing figures last in both directions', () => {
    const byFp4 = (direction: 'ascending' | 'descending'): (number | null)[] =>
      sortCatalogue(devices, { column: 'fp4Tflops', direction }).map((d) => d.fp4Tflops);
    // The catalogue has devices with and without an FP4 peak, so both kinds appear below.
    const nulls = devices.filter((d) => d.fp4Tflops === null).length;
    expect(nulls).toBeGreaterThan(0);
    expect(nulls).toBeLessThan(devices.length);
    for (const direction of ['ascending', 'descending'] as const) {
      const values = byFp4(direction);
      // Every known figure comes before every missing one: the last `nulls` entries are null.
      expect(values.slice(0, values.length - nulls).every((v) => v !== null)).toBe(true);
      expect(values.slice(values.length - nulls).every((v) => v === null)).toBe(true);
    }
    // The known figures are in order in each direction.
    const ascending = byFp4('ascending').filter((v): v is number => v !== null);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    const descending = byFp4('descending').filter((v): v is number => v !== null);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(nextSort(null, 'name')).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).toEqual({
      column: 'name',
      direction: 'descending',
    });
  });

  it('filters by kind, vendor and text', async () => {
    const user = userEvent.setup();
    render(<CatalogueTable />, { wrapper: BrowserRouter });
    await user.selectOptions(screen.getByLabelText('Kind'), 'tpu');
    expect(rowIds()).toEqual(devices.filter((d) => d.kind === 'tpu').map((d) => d.id));
    await user.selectOptions(screen.getByLabelText('Kind'), '');
    await user.selectOptions(screen.getByLabelText('Vendor'), 'AMD');
    expect(rowIds()).toEqual(devices.filter((d) => d.vendor === 'AMD').map((d) => d.id));
    await user.type(screen.getByLabelText('Filter by text'), 'mi300x');
    expect(rowIds()).toEqual(['mi300x']);
    await user.type(screen.getByLabelText('Filter by text'), 'zzz');
    expect(rowIds()).toEqual([]);
    expect(screen.getByText('No device matches these filters.')).toBeInTheDocument();
  });

  it('links every source of every device', () => {
    render(<CatalogueTable />, { wrapper: BrowserRouter });
    for (const device of devices) {
      const row = document.querySelector(`tr[data-catalogue-device="${device.id}"]`);
      const hrefs = Array.from(row?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'));
      for (const source of device.sources) expect(hrefs).toContain(source.url);
    }
    // "AMD Infinity Fabric" is a link name, not a number.
    expect(document.body.textContent).not.toMatch(/\bNaN\b|\bundefined\b|\bInfinity\b(?! Fabric)/);
  });

  it('folds each device’s source list behind a toggle that names the device and the count', () => {
    render(<CatalogueTable />, { wrapper: BrowserRouter });
    for (const device of devices) {
      const row = document.querySelector(`tr[data-catalogue-device="${device.id}"]`);
      const details = row?.querySelector('td details');
      expect(details?.hasAttribute('open')).toBe(false);
      const n = device.sources.length;
      expect(details?.querySelector('summary')?.textContent).toBe(
        `${n} source${n === 1 ? '' : 's'} for ${device.name}`,
      );
      expect(details?.querySelectorAll('ol > li')).toHaveLength(n);
    }
  });
});
