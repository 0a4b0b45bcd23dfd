// The comparison widget's code ships only with the pages that embed it, and stays within 40 KB compressed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

// Text that exists only in the widget's code.
const WIDGET_MARKER = 'Download comparison (CSV)';
const WIDGET_BUDGET_BYTES = 40_000;

/** Every script the page fetched while loading, as build-relative paths. */
async function scriptsOf(page: Page, url: string): Promise<string[]> {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  page.removeAllListeners('request');
  return [...scripts];
}

async function buildFile(pathname: string): Promise<Buffer> {
  return readFile(path.join('build', pathname));
}

test('a page without the widget fetches none of its code', async ({ page }) => {
  for (const url of ['/deployment/on-prem/', '/']) {
    for (const script of await scriptsOf(page, url)) {
      const source = (await buildFile(script)).toString('utf8');
      expect(source.includes(WIDGET_MARKER), `${script} on ${url}`).toBe(false);
    }
  }
});

test('the widget page’s own chunk, with its text and catalogue table, is at most 40 KB gzipped', async ({
  page,
}) => {
  const scripts = await scriptsOf(page, '/compare/');
  const withWidget: string[] = [];
  for (const script of scripts) {
    if ((await buildFile(script)).toString('utf8').includes(WIDGET_MARKER)) withWidget.push(script);
  }
  expect(withWidget.length).toBeGreaterThan(0);
  let gzipped = 0;
  for (const script of withWidget)
    gzipped += gzipSync(await buildFile(script), { level: 9 }).length;
  expect(gzipped).toBeLessThanOrEqual(WIDGET_BUDGET_BYTES);
});
