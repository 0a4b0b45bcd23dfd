// Server HTML adopted without hydration: kept as served on the first load, rendered by React on
// client-side navigations, and (in the catalogue) replaced by live rows once the reader sorts.
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import StaticHtml from '../../src/components/StaticHtml';
import { BrowserRouter } from 'react-router-dom';
import CatalogueTable from '../../src/components/CatalogueTable';
import { devices } from '../../src/data/hardware';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  delete document.documentElement.dataset.hasHydrated;
});

/** Server-renders `element` into a Docusaurus-like root and hydrates it, as a first page load. */
function serveAndHydrate(element: React.ReactElement): HTMLElement {
  const container = document.createElement('div');
  container.id = '__docusaurus';
  container.innerHTML = renderToString(element);
  document.body.append(container);
  act(() => {
    root = hydrateRoot(container, element);
  });
  return container;
}

test('on the first load the served HTML stays and its content is never rendered again', () => {
  const renders = vi.fn();
  function Figures(): React.ReactNode {
    renders();
    return <p>Peak: 989 TFLOPS</p>;
  }
  const container = serveAndHydrate(
    <StaticHtml>
      <Figures />
    </StaticHtml>,
  );
  expect(renders).toHaveBeenCalledTimes(1); // on the server only
  expect(container.querySelector('div > p')?.textContent).toBe('Peak: 989 TFLOPS');
});

test('after the first load (client-side navigation) the content renders normally', () => {
  document.documentElement.dataset.hasHydrated = 'true';
  render(
    <StaticHtml as="tbody">
      <tr>
        <td>row</td>
      </tr>
    </StaticHtml>,
    { container: document.body.appendChild(document.createElement('table')) },
  );
  expect(screen.getByText('row').closest('tbody')).not.toBeNull();
});

test('the catalogue keeps the served rows until sorted, then renders the sorted rows', () => {
  const container = serveAndHydrate(
    <BrowserRouter>
      <CatalogueTable />
    </BrowserRouter>,
  );
  const ids = () =>
    Array.from(container.querySelectorAll('tbody tr[data-catalogue-device]')).map((tr) =>
      tr.getAttribute('data-catalogue-device'),
    );
  expect(ids()).toEqual(devices.map((d) => d.id));
  document.documentElement.dataset.hasHydrated = 'true';
  const memory = screen.getByRole('button', { name: /^Memory/ });
  act(() => {
    fireEvent.click(memory);
  });
  const sizes = ids().map((id) => devices.find((d) => d.id === id)?.memoryGB ?? 0);
  expect(sizes).toHaveLength(devices.length);
  expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
  expect(sizes).not.toEqual(devices.map((d) => d.memoryGB));
});

test('a linked filter (?kind=tpu) applies right after hydration, without a mismatch', () => {
  // A hydration mismatch would print console.error, which fails the test (tests/unit/console.ts).
  window.history.pushState(null, '', '/hardware/catalogue/?kind=tpu');
  try {
    const container = serveAndHydrate(
      <BrowserRouter>
        <CatalogueTable />
      </BrowserRouter>,
    );
    const ids = Array.from(container.querySelectorAll('tbody tr[data-catalogue-device]')).map(
      (tr) => tr.getAttribute('data-catalogue-device'),
    );
    expect(ids).toEqual(devices.filter((d) => d.kind === 'tpu').map((d) => d.id));
  } finally {
    window.history.pushState(null, '', '/');
  }
});
