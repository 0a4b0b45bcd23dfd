// Every sitemap page has a Markdown twin: announced in the head, served as text, holding the page's title and no MDX.
import { expect, test } from '@playwright/test';
import { SITEMAP_PATHS, openHydrated } from './helpers';

// A line of MDX source: an import or export, or a JSX element (capitalised tag) not escaped as text.
const MDX_LINE = /^(import|export)\s/m;
const JSX_TAG = /(^|[^\\`])<[A-Z][A-Za-z]*(\s|\/?>)/m;

for (const path of SITEMAP_PATHS) {
  test(`${path} links a Markdown twin with its title and no MDX`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const link =
      /<link[^>]*rel="?alternate"?[^>]*type="?text\/markdown"?[^>]*href="?([^"\s>]+)/.exec(html);
    expect(link, 'a <link rel="alternate" type="text/markdown"> in the head').not.toBeNull();
    const href = link?.[1] ?? '';
    expect(href).toBe(`${path}index.md`);
    const response = await request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/markdown/);
    const markdown = await response.text();
    // The page's h1, as the twin's first heading.
    const title =
      /<h1[^>]*>(.*?)<\/h1>/s
        .exec(html)?.[1]
        ?.replace(/<[^>]+>/g, '')
        .trim() ?? '';
    expect(title.length).toBeGreaterThan(0);
    expect(markdown.startsWith(`# ${title}`)).toBe(true);
    expect(markdown).not.toMatch(MDX_LINE);
    expect(markdown).not.toMatch(JSX_TAG);
  });
}

test('a HardwareTable becomes a Markdown table with its figures and source links', async ({
  request,
}) => {
  const markdown = await (await request.get('/hardware/gpus/index.md')).text();
  // A GFM table row naming the H100 SXM, and source links as Markdown links.
  expect(markdown).toMatch(/^\|.*H100 SXM.*\|$/m);
  expect(markdown).toMatch(/\]\(https?:\/\/[^)]+\)/);
  // Maths keeps its TeX source.
  expect(markdown).toMatch(/\$[^$\n]+\$/);
});

test('"Copy page as Markdown" puts the twin on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openHydrated(page, '/hardware/tpus/');
  await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
  await expect(page.getByRole('button', { name: 'Copied as Markdown' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('# TPUs')).toBe(true);
  // The plain link works without JavaScript and without the clipboard.
  await expect(page.getByRole('link', { name: 'View as Markdown' })).toHaveAttribute(
    'href',
    '/hardware/tpus/index.md',
  );
});
