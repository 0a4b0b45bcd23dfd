// Fenced code arrives highlighted in the served HTML, in both colour modes, with its title and a copy button; no script carries a highlighter.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openHydrated } from './helpers';

const PAGE = '/infrastructure-and-operations/observability/';

test('the served HTML already holds token spans, a title and a marked line', async ({
  request,
}) => {
  const html = await (await request.get(PAGE)).text();
  expect(html).toMatch(/<code class="?language-promql"?>[^]*?<span class="?token function"?>/);
  expect(html).toContain('dashboards.promql');
  expect(html).toMatch(/class="?code-line--highlighted"?/);
});

test('tokens take different colours in the light and the dark mode', async ({ page }) => {
  await openHydrated(page, PAGE);
  const comment = page.locator('.theme-code-block .token.comment').first();
  const light = await comment.evaluate((el) => getComputedStyle(el).color);
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  const dark = await comment.evaluate((el) => getComputedStyle(el).color);
  expect(light).not.toBe(dark);
  expect(light).not.toBe(
    await page
      .locator('article p')
      .first()
      .evaluate((el) => getComputedStyle(el).color),
  );
});

test('the copy button copies the block as shown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openHydrated(page, PAGE);
  const block = page.locator('.theme-code-block').filter({ hasText: 'dashboards.promql' });
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('histogram_quantile(0.95');
  expect(copied.split('\n').length).toBeGreaterThan(5);
});

test('no script in the build carries a syntax highlighter', async () => {
  // Prism's grammars are objects with "lookbehind" and "greedy" flags; prism-react-renderer
  // bundles dozens of them. None may reach the browser.
  const dir = path.join('build', 'assets', 'js');
  const offenders: string[] = [];
  for (const file of await readdir(dir)) {
    if (!file.endsWith('.js')) continue;
    const source = await readFile(path.join(dir, file), 'utf8');
    if (/lookbehind\s*:/.test(source) || source.includes('prism-react-renderer'))
      offenders.push(file);
  }
  expect(offenders).toEqual([]);
});
