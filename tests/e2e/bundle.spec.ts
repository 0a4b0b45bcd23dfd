// Byte budgets: the widget's code ships only with the pages that embed it, and every page's
// compressed JS+CSS stays within a budget set from `npm run perf` (issue 14), so weight cannot creep in.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { SITEMAP_PATHS } from './helpers';

// Text that exists only in the widget's code.
const WIDGET_MARKER = 'Download comparison (CSV)';
// 40 KB when the widget compared 26 devices at the roofline. It now carries 47 devices, the
// calibrated model (fitted constants and bands, no measurement data), serving capacity and its
// chart: /compare/ measured 64,442 B gzipped on 2026-12-01 22:20 UTC; the budget leaves 3%.
// Raised to 68,000 on 2026-12-07 (issue 24): the widget shares its chunk with the /compare/
// page's own text, which gained a worked sizing, two launch lines and a curl example, their
// code highlighted at build time (67,110 B measured; the widget's code did not change).
const WIDGET_BUDGET_BYTES = 68_000;

/**
 * Gzipped (level 9) JS+CSS each page fetches, prefetched chunks included, in bytes, measured this
 * way on main at 2026-12-01 23:58 UTC, plus about 3 % headroom. Since the previous budgets (22:20)
 * the chapters that embed the comparison lost 28-32 KB: its code is now fetched only when the
 * reader scrolls near it (src/components/Island). Raise a number only with a reason.
 */
const PAGE_BUDGET_BYTES: Record<string, number> = {
  '/': 170_000, // measured 164,586
  // 205,004 (embeds the widget, fetched on approach); 213,009 on 2026-12-07 (issue 24 branch),
  // whose own change to the JS+CSS every page links is +168 B.
  '/where-is-llm-inference-run/': 214_000,
  '/hardware/gpus/': 211_000, // 204,285 (widget on approach, bandwidth chart, tables)
  '/infrastructure-and-operations/observability/': 175_000, // 169,860 (prose)
  '/deployment/': 178_000, // 172,777
  '/compare/': 234_000, // 227,007 (the widget page)
  '/hardware/catalogue/': 203_000, // 196,867 (the catalogue table)
};
/**
 * Any other page in the sitemap: the heaviest other page measured 227,138
 * (/hardware/choosing-hardware/); 234,148 on 2026-12-07 (issue 24 branch: token colours +0.6 KB
 * of CSS, the search engine moved out of main.js −0.5 KB, +168 B of linked JS+CSS in all).
 */
const DEFAULT_BUDGET_BYTES = 235_000;

/** Every script and stylesheet the page fetched while loading, as build-relative paths. */
async function assetsOf(page: Page, url: string): Promise<{ scripts: string[]; styles: string[] }> {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (request.resourceType() === 'script') scripts.add(pathname);
    if (request.resourceType() === 'stylesheet') styles.add(pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // On a loaded machine main.js can take longer to run than networkidle's 500 ms quiet window, so
  // the page's own chunks are requested later: wait until the page has hydrated, then go quiet.
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForLoadState('networkidle');
  page.removeAllListeners('request');
  return { scripts: [...scripts], styles: [...styles] };
}

async function buildFile(pathname: string): Promise<Buffer> {
  return readFile(path.join('build', pathname));
}

async function gzippedBytes(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += gzipSync(await buildFile(file), { level: 9 }).length;
  return total;
}

test('a page without the widget, or with it far below, fetches none of its code', async ({
  page,
}) => {
  // /hardware/gpus/ embeds the comparison 13,000 px down: its code waits for the reader.
  for (const url of ['/deployment/on-prem/', '/', '/hardware/gpus/']) {
    for (const script of (await assetsOf(page, url)).scripts) {
      const source = (await buildFile(script)).toString('utf8');
      expect(source.includes(WIDGET_MARKER), `${script} on ${url}`).toBe(false);
    }
  }
});

test('the widget page’s own chunk, with its text, stays within its budget', async ({ page }) => {
  const { scripts } = await assetsOf(page, '/compare/');
  const withWidget: string[] = [];
  for (const script of scripts) {
    if ((await buildFile(script)).toString('utf8').includes(WIDGET_MARKER)) withWidget.push(script);
  }
  expect(withWidget.length).toBeGreaterThan(0);
  expect(await gzippedBytes(withWidget)).toBeLessThanOrEqual(WIDGET_BUDGET_BYTES);
});

test('every page’s JS+CSS stays within its byte budget', async ({ page }) => {
  test.setTimeout(120_000);
  const over: string[] = [];
  for (const url of SITEMAP_PATHS) {
    if (url.startsWith('/search')) continue;
    const { scripts, styles } = await assetsOf(page, url);
    const bytes = await gzippedBytes([...scripts, ...styles]);
    const budget = PAGE_BUDGET_BYTES[url] ?? DEFAULT_BUDGET_BYTES;
    if (bytes > budget) over.push(`${url}: ${bytes} B > ${budget} B`);
  }
  expect(over).toEqual([]);
});

test('search data is fetched only once search is used', async ({ page }) => {
  // The index: search/pages.<version>.json and the term shards search/t-<n>.<version>.json.
  const searchData: string[] = [];
  page.on('request', (r) => {
    if (/\/search\/(pages|t-\d+)\.\w+\.json$/.test(new URL(r.url()).pathname)) {
      searchData.push(new URL(r.url()).pathname);
    }
  });
  await page.goto('/hardware/gpus/', { waitUntil: 'networkidle' });
  await page.waitForSelector('html[data-has-hydrated="true"]');
  expect(searchData).toEqual([]);
  // Focus fetches the pages file only; typing fetches the one shard the word needs.
  await page.locator('input.navbar__search-input').focus();
  await expect.poll(() => searchData).toEqual([expect.stringMatching(/\/search\/pages\./)]);
  await page.keyboard.type('systolic');
  await expect(page.locator('.navbar__search [role="option"]').first()).toBeVisible();
  expect(searchData).toHaveLength(2);
  expect(searchData[1]).toMatch(/\/search\/t-\d+\./);
});
