// Shared helpers for the browser tests: the sitemap's pages and a watcher for console noise and foreign requests.
import type { APIRequestContext, Page } from '@playwright/test';

/** Every page path listed in the built sitemap, e.g. ['/', '/hardware/gpus/']. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  if (!response.ok()) throw new Error(`sitemap.xml answered ${response.status()}`);
  const xml = await response.text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  if (paths.length === 0) throw new Error('sitemap.xml lists no pages');
  return [...new Set(paths)].sort();
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
