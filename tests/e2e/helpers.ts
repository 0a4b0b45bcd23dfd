// Shared helpers for the browser tests: the built sitemap's pages, hydration, and a watcher for console noise and foreign requests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

const SITEMAP = path.join(__dirname, '..', '..', 'build', 'sitemap.xml');

/**
 * Every page path listed in build/sitemap.xml, e.g. ['/', '/hardware/gpus/'], read when the test
 * files load so that each page gets its own test. Without a build this throws, naming the fix:
 * a missing build must fail the run, not shrink it to nothing.
 */
function readSitemapPaths(): string[] {
  let xml: string;
  try {
    xml = readFileSync(SITEMAP, 'utf8');
  } catch {
    throw new Error(`No ${SITEMAP}: run "npm run build" before the browser tests.`);
  }
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  if (paths.length === 0) throw new Error(`${SITEMAP} lists no pages`);
  return [...new Set(paths)].sort();
}

export const SITEMAP_PATHS: readonly string[] = readSitemapPaths();

/** The search page is left out of the sitemap but must meet the same bar. */
export const SEARCH_PAGE = '/search/?q=memory';

/**
 * Resolves once React has hydrated the page (Docusaurus sets this attribute), instead of sleeping.
 * The accuracy page hydrates several thousand table cells; with two browsers sharing two busy
 * cores that once took over the default 5 s, so the wait allows 20 s (speed is measured by
 * `npm run perf`, not here).
 */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true', {
    timeout: 20_000,
  });
}

/** Opens a page, checks it answered 200, and waits for hydration and for the network to settle. */
export async function openHydrated(page: Page, target: string): Promise<void> {
  const response = await page.goto(target, { waitUntil: 'networkidle' });
  expect(response?.status(), `status of ${target}`).toBe(200);
  await waitForHydration(page);
}

/**
 * Scrolls each lazily loaded component (src/components/Island) into view and waits until it is
 * live: its chunk fetched and the server's HTML replaced by the interactive component.
 */
export async function goLive(page: Page): Promise<void> {
  const islands = page.locator('[data-island]');
  for (let i = 0; i < (await islands.count()); i++) {
    await islands.nth(i).scrollIntoViewIfNeeded();
    await expect(islands.nth(i)).toHaveAttribute('data-island', 'live');
  }
}

export type PageProblems = { console: string[]; foreignRequests: string[]; pageErrors: string[] };

/** Records console errors and warnings, uncaught errors, and requests to any host but the site's. */
export function watch(page: Page): PageProblems {
  const problems: PageProblems = { console: [], foreignRequests: [], pageErrors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.console.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
      problems.foreignRequests.push(request.url());
    }
  });
  return problems;
}

/** Texts that must never reach a reader (AMD's "Infinity Fabric" is a link's name, not a number). */
export const BROKEN_VALUE = /\bNaN\b|\bInfinity\b(?! Fabric)|\bundefined\b/;

/**
 * Follows an in-page link as a reader does (scrolls to it and points at it, so the links that come
 * into view and the one hovered are prefetched as they would be), then clicks by an event on the
 * element itself rather than at its coordinates. Chapters lay out late (islands hydrate, charts
 * take their width, the router scrolls a new page to the top), and a pointer click aimed just
 * before such a shift lands on whatever moved under it: CI failed that way on the session test and
 * on the GPU chapter's catalogue link. The event still runs the link's own handler (client-side
 * navigation).
 */
export async function followLink(link: Locator): Promise<void> {
  await link.scrollIntoViewIfNeeded();
  await link.hover();
  await expect(link).toBeVisible();
  await link.dispatchEvent('click');
}
