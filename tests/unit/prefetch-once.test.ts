// The prefetch helper that replaces Docusaurus's: each chunk once, by <link rel=prefetch> where the browser has it, by fetch() where it does not (Safari, iOS).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Prefetch = (url: string) => Promise<void>;

async function freshHelper(): Promise<Prefetch> {
  vi.resetModules();
  // A plain JS module, aliased over Docusaurus's own helper at build time.
  const mod = (await import('../../src/plugins/prefetch-once/prefetch.js')) as {
    default: Prefetch;
  };
  return mod.default;
}

function prefetchLinks(): string[] {
  return Array.from(document.head.querySelectorAll('link[rel="prefetch"]')).map(
    (l) => l.getAttribute('href') ?? '',
  );
}

/** Makes `<link>.relList.supports('prefetch')` answer as a browser would. */
function linkPrefetchSupported(supported: boolean): void {
  vi.spyOn(DOMTokenList.prototype, 'supports').mockImplementation(
    (token: string) => supported && token === 'prefetch',
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  document.head.innerHTML = '';
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('prefetch-once', () => {
  it('adds one <link rel=prefetch> per chunk however often a route asks, when idle', async () => {
    linkPrefetchSupported(true);
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const prefetch = await freshHelper();
    void prefetch('/assets/js/a.js');
    void prefetch('/assets/js/a.js');
    void prefetch('/assets/js/b.js');
    expect(prefetchLinks()).toEqual([]); // nothing inside the current task
    await vi.advanceTimersByTimeAsync(1000);
    expect(prefetchLinks()).toEqual(['/assets/js/a.js', '/assets/js/b.js']);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('fetches each chunk once where <link rel=prefetch> is unsupported (Safari, iOS)', async () => {
    linkPrefetchSupported(false);
    const fetchSpy = vi.fn(() => Promise.resolve(new Response('', { status: 200 })));
    vi.stubGlobal('fetch', fetchSpy);
    const prefetch = await freshHelper();
    const done = Promise.all([prefetch('/assets/js/a.js'), prefetch('/assets/js/a.js')]);
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(fetchSpy).toHaveBeenCalledWith('/assets/js/a.js', { credentials: 'same-origin' });
    expect(prefetchLinks()).toEqual([]);
  });

  it('resolves, never rejects, when the fallback fetch fails', async () => {
    linkPrefetchSupported(false);
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('', { status: 404 }))),
    );
    const prefetch = await freshHelper();
    const done = prefetch('/assets/js/gone.js');
    await vi.advanceTimersByTimeAsync(1000);
    await expect(done).resolves.toBeUndefined();
  });
});
