// At 390 px wide: every chart's text renders at 11 px or more and stays inside its chart, no page
// scrolls sideways, and disclosure toggles are at least 24 px tall (issue 14).
import { expect, test } from '@playwright/test';
import { goLive } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

// Pages with charts: bandwidth (GPUs), roofline (choosing hardware), break-even (on-prem),
// throughput (compare), memory hierarchy and kind comparison (overview, GPUs).
const PAGES = [
  '/hardware/gpus/',
  '/hardware/choosing-hardware/',
  '/deployment/on-prem/',
  '/compare/',
  '/where-is-llm-inference-run/',
  '/hardware/cpus/',
  '/hardware/tpus/',
  '/hardware/other-accelerators/',
  '/hardware/catalogue/', // no chart, but a source-list toggle in every row
  // Serving at scale: wide worked-example tables, formulas and (under load) a comparison.
  '/serving/serving-under-load/',
  '/serving/prefix-caching-and-long-context/',
  '/serving/speculative-decoding/',
  '/serving/rack-scale-systems/',
];

type Problem = string;

/** Problems on the page as it is now (runs in the browser; self-contained for page.evaluate). */
function findProblems(): string[] {
  const found: string[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1)
    found.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
  // SVG text: rendered size = font size × the SVG's scale (its box width ÷ its viewBox width).
  for (const text of Array.from(document.querySelectorAll<SVGTextElement>('article svg text'))) {
    const svg = text.ownerSVGElement;
    if (!svg || !text.textContent?.trim()) continue;
    const box = svg.getBoundingClientRect();
    const viewBoxWidth = svg.viewBox.baseVal?.width || box.width;
    const px = parseFloat(getComputedStyle(text).fontSize) * (box.width / viewBoxWidth);
    const label = text.textContent.trim().slice(0, 30);
    if (px < 11 - 0.01) found.push(`“${label}” renders at ${px.toFixed(1)} px`);
    const r = text.getBoundingClientRect();
    if (r.left < box.left - 1 || r.right > box.right + 1)
      found.push(`“${label}” is clipped by its chart`);
  }
  // HTML chart text (HTML bar charts, legends, captions).
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('article figure *'))) {
    if (el.closest('svg') || el.closest('.visually-hidden') || el.children.length) continue;
    if (!el.textContent?.trim()) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < 11 - 0.01)
      found.push(`“${el.textContent.trim().slice(0, 30)}” is ${px.toFixed(1)} px`);
  }
  for (const summary of Array.from(document.querySelectorAll('summary'))) {
    const h = summary.getBoundingClientRect().height;
    if (h > 0 && h < 24) found.push(`toggle “${summary.textContent?.trim()}” is ${h} px tall`);
  }
  return found;
}

for (const url of PAGES) {
  test(`${url}: chart text ≥ 11 px and unclipped, no sideways scroll, toggles ≥ 24 px`, async ({
    page,
  }) => {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-has-hydrated="true"]');
    // The live charts: a chapter's comparison replaces its server HTML when scrolled near.
    await goLive(page);
    // Charts size themselves from a ResizeObserver report, a frame or two after they mount: poll
    // until the page has settled; a real problem stays and fails after the poll's timeout.
    const measure = () => page.evaluate(findProblems);
    await expect.poll(measure).toEqual([] as Problem[]);
  });
}

// Without JavaScript the charts stay as the server drew them: at the phone step, scaled up to the
// frame, so a phone reader with scripts off gets readable labels too.
test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const url of ['/compare/', '/deployment/on-prem/', '/hardware/gpus/']) {
    test(`${url}: served charts keep text ≥ 11 px and unclipped`, async ({ page }) => {
      await page.goto(url, { waitUntil: 'load' });
      expect(await page.locator('article svg text').count()).toBeGreaterThan(0);
      expect(await page.evaluate(findProblems)).toEqual([] as Problem[]);
    });
  }
});

// On a phone the server already drew each chart at the width the browser will choose, so
// hydration must not rewrite any chart's SVG: under Lighthouse's tracing such a redraw cost the
// comparison 35–58 ms in one task. Structural, not timed: it counts attribute writes.
test.describe('hydration on a phone', () => {
  for (const url of ['/compare/', '/deployment/on-prem/']) {
    test(`${url}: no chart is rewritten after the page is parsed`, async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { chartWrites: string[] };
        w.chartWrites = [];
        const observer = new MutationObserver((records) => {
          for (const r of records) {
            const el = r.target as Element;
            // The simulated layer is new content from the serving-simulation worker, drawn after
            // hydration when its results arrive; hydration itself must still write nothing.
            if (el.closest?.('[data-layer="simulated"]')) continue;
            if (el.closest?.('svg'))
              w.chartWrites.push(`${el.nodeName} ${r.attributeName ?? r.type}`);
          }
        });
        // From the end of parsing: the parser's own insertions come before, React's after.
        document.addEventListener('readystatechange', () => {
          if (document.readyState === 'interactive')
            observer.observe(document, { subtree: true, attributes: true, childList: true });
        });
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.waitForSelector('html[data-has-hydrated="true"]');
      // Let ResizeObserver report and any redraw it causes commit.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      expect(await page.locator('article svg').count()).toBeGreaterThan(0);
      const writes = await page.evaluate(
        () => (window as unknown as { chartWrites: string[] }).chartWrites,
      );
      expect(writes).toEqual([]);
    });
  }
});
