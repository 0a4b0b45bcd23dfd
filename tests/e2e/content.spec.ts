// The chapters and data files exist in the build with what each must carry.
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { catalogue } from '../../src/data/hardware';
import { SITEMAP_PATHS } from './helpers';

const SEED_KEYWORDS = [
  'CPUs, GPUs, TPUs, CPU vs GPU vs TPU',
  'Cloud LLM inference, On-prem LLM inference, On-device LLM inference, GPU inference, Edge LLM inference',
  'LLM inference hardware',
];

// The chapters the handbook must keep; the per-chapter checks run on every page of the sitemap
// except the home page and the comparison tool, so a new chapter is checked without being listed.
const REQUIRED_CHAPTERS = [
  '/where-is-llm-inference-run/',
  '/hardware/cpus/',
  '/hardware/gpus/',
  '/hardware/tpus/',
  '/hardware/other-accelerators/',
  '/hardware/choosing-hardware/',
  '/deployment/',
  '/deployment/cloud/',
  '/deployment/on-prem/',
  '/deployment/edge/',
  '/infrastructure-and-operations/',
  '/infrastructure-and-operations/serving-stack/',
  '/infrastructure-and-operations/scaling-and-cold-starts/',
  '/infrastructure-and-operations/observability/',
  '/infrastructure-and-operations/cost-management/',
  '/serving/serving-under-load/',
  '/serving/prefix-caching-and-long-context/',
  '/serving/speculative-decoding/',
  '/serving/rack-scale-systems/',
];
const NOT_CHAPTERS = new Set(['/', '/compare/']);
const CHAPTERS = SITEMAP_PATHS.filter((p) => !NOT_CHAPTERS.has(p));

test.describe('chapters', () => {
  test.use({ javaScriptEnabled: false });

  test('the sitemap lists every required chapter', () => {
    for (const path of REQUIRED_CHAPTERS) expect(CHAPTERS).toContain(path);
  });

  for (const path of CHAPTERS) {
    test(`${path} has keywords and closes with a LinkList of https resources`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const keywords = await page.locator('meta[name="keywords"]').first().getAttribute('content');
      expect(keywords?.split(',').filter((k) => k.trim()).length ?? 0).toBeGreaterThanOrEqual(2);
      const aside = page.locator('aside[data-component="link-list"]');
      await expect(aside).toHaveCount(1);
      await expect(aside).toHaveAttribute('aria-labelledby', /.+/);
      const hrefs = await aside
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const external = hrefs.filter((h) => h.startsWith('https://'));
      expect(external.length).toBeGreaterThanOrEqual(2);
      expect(hrefs.filter((h) => h.startsWith('http://'))).toEqual([]);
      // Chapters are substantial, not stubs.
      const words = (await page.locator('main article').first().innerText()).split(/\s+/).length;
      expect(words).toBeGreaterThan(700);
    });
  }

  test('the overview keeps the seed keywords and links to every chapter and to infrastructure', async ({
    page,
  }) => {
    await page.goto('/where-is-llm-inference-run/');
    const keywords =
      (await page.locator('meta[name="keywords"]').first().getAttribute('content')) ?? '';
    for (const keyword of SEED_KEYWORDS) expect(keywords).toContain(keyword);
    const hrefs = new Set(
      await page
        .locator('article a[href]')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    );
    // The overview links every hardware chapter and the two other parts' front pages.
    const targets = REQUIRED_CHAPTERS.slice(1, 6).concat([
      '/deployment/',
      '/infrastructure-and-operations/',
    ]);
    for (const target of targets) {
      expect(hrefs.has(target), `overview links to ${target}`).toBe(true);
    }
    // Heading text without the zero-width space Docusaurus puts before each anchor link.
    const headings = await page
      .locator('article h2')
      .evaluateAll((hs) => hs.map((h) => (h.textContent ?? '').replace(/\u200b/g, '').trim()));
    for (const heading of [
      'CPUs',
      'GPUs',
      'TPUs',
      'Choosing the right hardware for your LLM inference',
      'Choosing the deployment environment',
    ]) {
      expect(headings, `overview keeps the seed heading "${heading}"`).toContain(heading);
    }
  });

  test('the infrastructure chapter has at least three sub-pages in its sidebar category', async ({
    page,
  }) => {
    await page.goto('/infrastructure-and-operations/');
    const subPages = await page
      .locator('nav[aria-label="Docs sidebar"] a[href^="/infrastructure-and-operations/"]')
      .evaluateAll((links) =>
        links
          .map((a) => a.getAttribute('href'))
          .filter((h) => h !== '/infrastructure-and-operations/'),
      );
    expect(new Set(subPages).size).toBeGreaterThanOrEqual(3);
  });
});

test.describe('published data', () => {
  test('/hardware.json equals the catalogue module', async ({ request }) => {
    const response = await request.get('/hardware.json');
    expect(response.ok()).toBe(true);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(catalogue)));
  });

  test('/hardware.csv has a header and one row per device', async ({ request }) => {
    const response = await request.get('/hardware.csv');
    expect(response.ok()).toBe(true);
    // csv-parse, not the site's writer, reads it: quoting and commas inside names must survive.
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
    expect(rows.map((r) => r.id)).toEqual(catalogue.devices.map((d) => d.id));
    expect(rows.map((r) => r.name)).toEqual(catalogue.devices.map((d) => d.name));
  });

  test('/llms.txt lists the handbook', async ({ request }) => {
    const response = await request.get('/llms.txt');
    expect(response.ok()).toBe(true);
    const text = await response.text();
    expect(text).toContain('Where LLM inference runs');
    expect(text).toMatch(/where-is-llm-inference-run/);
  });
});
