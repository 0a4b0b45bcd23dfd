// Components fetched when the reader nears them (src/components/Island): the server's HTML stays
// until the code arrives, the live component then takes its place (focus kept), a client-side
// navigation shows a placeholder, and a failed fetch leaves readable HTML or a clear note.
import { act, useState } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import Island from '../../src/components/Island';
import islandsPlugin, { SERVER_ONLY } from '../../src/plugins/islands';

import { allowConsole } from './console';
type CounterProps = { start: number };

function Counter({ start }: CounterProps): React.ReactNode {
  const [count, setCount] = useState(start);
  return (
    <section>
      <button type="button" onClick={() => setCount(count - 1)}>
        Less
      </button>
      <button type="button" onClick={() => setCount(count + 1)}>
        More
      </button>
      <output>{count}</output>
    </section>
  );
}

/** IntersectionObservers created, so a test can report an element entering the lookahead. */
let observers: { callback: IntersectionObserverCallback; targets: Element[]; off: boolean }[] = [];

beforeEach(() => {
  observers = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private readonly entry: (typeof observers)[number];
      constructor(callback: IntersectionObserverCallback) {
        this.entry = { callback, targets: [], off: false };
        observers.push(this.entry);
      }
      observe(target: Element) {
        this.entry.targets.push(target);
      }
      disconnect() {
        this.entry.off = true;
      }
    },
  );
});

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  delete document.documentElement.dataset.hasHydrated;
  vi.unstubAllGlobals();
});

/** Reports every observed element as entering the lookahead. */
async function scrollNear(): Promise<void> {
  await act(async () => {
    for (const o of observers.filter((x) => !x.off)) {
      o.callback(
        o.targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
        {} as IntersectionObserver,
      );
    }
    await Promise.resolve();
  });
}

/** A chunk that arrives when the test says so. */
function chunk(): {
  load: () => Promise<{ default: typeof Counter }>;
  arrive: () => Promise<void>;
} {
  let resolve: (module: { default: typeof Counter }) => void = () => {};
  const promise = new Promise<{ default: typeof Counter }>((r) => {
    resolve = r;
  });
  const load = vi.fn(() => promise);
  return {
    load,
    arrive: async () => {
      await act(async () => {
        resolve({ default: Counter });
        await promise;
      });
    },
  };
}

/** The server's HTML (component given), hydrated by a browser bundle (component absent). */
function serveAndHydrate(load: () => Promise<{ default: typeof Counter }>): HTMLElement {
  const container = document.createElement('div');
  container.id = '__docusaurus';
  container.innerHTML = renderToString(
    <Island server={Counter} load={load} name="the counter" props={{ start: 5 }} />,
  );
  document.body.append(container);
  act(() => {
    root = hydrateRoot(
      container,
      <Island server={null} load={load} name="the counter" props={{ start: 5 }} />,
    );
  });
  document.documentElement.dataset.hasHydrated = 'true';
  return container;
}

test('the server renders the component in place, marked as served', () => {
  const html = renderToString(
    <Island server={Counter} load={vi.fn()} name="the counter" props={{ start: 5 }} />,
  );
  expect(html).toMatch(/^<div data-island="served"><section>/);
  expect(html).toContain('<output>5</output>');
});

test('on the first load the served HTML stays, unfetched, until the reader nears it', async () => {
  const { load, arrive } = chunk();
  const container = serveAndHydrate(load);
  const island = container.querySelector('[data-island]');
  expect(island?.getAttribute('data-island')).toBe('served');
  expect(island?.querySelector('output')?.textContent).toBe('5');
  expect(load).not.toHaveBeenCalled();
  // Served buttons do nothing yet.
  fireEvent.click(screen.getByRole('button', { name: 'More' }));
  expect(island?.querySelector('output')?.textContent).toBe('5');

  await scrollNear();
  expect(load).toHaveBeenCalledTimes(1);
  await arrive();
  expect(container.querySelector('[data-island]')?.getAttribute('data-island')).toBe('live');
  fireEvent.click(screen.getByRole('button', { name: 'More' }));
  expect(screen.getByRole('status', { hidden: true }).textContent).toBe('6');
});

test('focus in the served HTML fetches at once and stays on the same control', async () => {
  const { load, arrive } = chunk();
  const container = serveAndHydrate(load);
  const served = screen.getByRole('button', { name: 'More' });
  act(() => served.focus());
  expect(load).toHaveBeenCalledTimes(1);
  await arrive();
  const live = screen.getByRole('button', { name: 'More' });
  expect(live).not.toBe(served); // the element was replaced…
  expect(document.activeElement).toBe(live); // …and focus followed it
  expect(container.querySelector('[data-island]')?.getAttribute('data-island')).toBe('live');
});

test('on a client-side navigation a placeholder stands in until the code arrives', async () => {
  document.documentElement.dataset.hasHydrated = 'true';
  const { load, arrive } = chunk();
  render(<Island server={null} load={load} name="the counter" props={{ start: 2 }} />);
  expect(screen.getByRole('status').textContent).toBe('Loading the counter…');
  await scrollNear();
  await arrive();
  expect(screen.getByRole('button', { name: 'Less' })).toBeTruthy();
  expect(document.querySelector('output')?.textContent).toBe('2');
});

test('a failed fetch keeps served HTML, and replaces a placeholder with a note', async () => {
  allowConsole('warn', /^the counter could not be loaded/);
  const warn = vi.spyOn(console, 'warn');
  const failing = vi.fn(() => Promise.reject(new Error('offline')));
  const container = serveAndHydrate(failing);
  await scrollNear();
  await act(async () => {});
  expect(container.querySelector('[data-island]')?.getAttribute('data-island')).toBe('served');
  expect(container.querySelector('output')?.textContent).toBe('5');

  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  render(<Island server={null} load={failing} name="the counter" props={{ start: 2 }} />);
  await scrollNear();
  await act(async () => {});
  expect(screen.getByRole('note').textContent).toBe(
    'The counter could not be loaded; reloading the page may help.',
  );
  expect(document.querySelector('[data-island]')?.getAttribute('data-island')).toBe('failed');
  expect(warn).toHaveBeenCalledWith('the counter could not be loaded', expect.any(Error));
  warn.mockRestore();
});

test('a component fetched once renders at once on later pages', async () => {
  document.documentElement.dataset.hasHydrated = 'true';
  const { load, arrive } = chunk();
  const first = render(
    <Island server={null} load={load} name="the counter" props={{ start: 1 }} />,
  );
  await scrollNear();
  await arrive();
  first.unmount();
  render(<Island server={null} load={load} name="the counter" props={{ start: 7 }} />);
  expect(document.querySelector('[data-island]')?.getAttribute('data-island')).toBe('live');
  expect(document.querySelector('output')?.textContent).toBe('7');
  expect(load).toHaveBeenCalledTimes(1);
});

test('the plugin swaps server-only modules for null in browser builds only', () => {
  const plugin = islandsPlugin();
  const configure = plugin.configureWebpack as (config: object, isServer: boolean) => unknown;
  expect(configure({}, true)).toEqual({});
  const client = configure({}, false) as { resolve: { alias: Record<string, string> } };
  expect(Object.keys(client.resolve.alias)).toEqual(SERVER_ONLY);
  for (const target of Object.values(client.resolve.alias)) expect(target).toMatch(/absent\.ts$/);
  expect(SERVER_ONLY[0]).toMatch(/CompareWidget[\\/]server-widget$/);
});
