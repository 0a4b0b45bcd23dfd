// Runs one query set through the handbook's own search and through Pagefind on the same served build, on
// the throttled-phone profile of search.mjs (390 px, 4x CPU, 150 ms RTT, 1.6 Mbit/s): whether the
// expected page is in each engine's top 3, the time to the first result and the bytes on the wire
// for it. Needs a served build with a Pagefind index in build/pagefind:
//   npx pagefind --site build --root-selector article && PORT=4391 node scripts/serve.mjs &
//   node scripts/perf/search-compare.mjs http://127.0.0.1:4391 [--json out.json]
/* global window, document */
import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import chromiumPath from '../chromium-path.cjs';

const args = process.argv.slice(2);
const origin = args.find((a) => a.startsWith('http')) ?? 'http://127.0.0.1:4391';
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const startPage = '/hardware/gpus/';

// [query, the page that explains it]: word forms, British spellings, synonyms, table text,
// hyphenated words, and the issue-14 terms whose home chapter must come first.
export const QUERIES = [
  ['quantizing', '/hardware/numeric-formats/'],
  ['quantisation', '/hardware/numeric-formats/'],
  ['batching', '/infrastructure-and-operations/serving-stack/'],
  ['bit', '/hardware/numeric-formats/'],
  ['Grafana', '/infrastructure-and-operations/serving-stack/'],
  ['Helm', '/infrastructure-and-operations/serving-stack/'],
  ['TF32', '/hardware/numeric-formats/'],
  ['PyPI', '/infrastructure-and-operations/serving-stack/'],
  ['Ascend', '/infrastructure-and-operations/serving-stack/'],
  ['VRAM', '/hardware/gpus/'],
  ['GPU memory', '/hardware/gpus/'],
  ['TTFT', '/infrastructure-and-operations/observability/'],
  ['time to first token', '/infrastructure-and-operations/observability/'],
  ['systolic', '/hardware/tpus/'],
  ['H100', '/hardware/gpus/'],
  ['NVLink', '/hardware/gpus/'],
];

const THROTTLE = { latency: 150, down: (1.6 * 1e6) / 8, up: (750 * 1e3) / 8, cpu: 4 };

async function throttledPage(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLE.latency,
    downloadThroughput: THROTTLE.down,
    uploadThroughput: THROTTLE.up,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
  await page.goto(`${origin}${startPage}`, { waitUntil: 'load' });
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForLoadState('networkidle');
  // Bytes on the wire (encoded body and headers) of every request from now on, workers' included
  // (Pagefind fetches its index from a worker, which a page-level CDP session does not see).
  // `index` counts the engine's own files (/search/… or /pagefind/…), `bytes` everything.
  const meter = { counting: false, bytes: 0, index: 0 };
  context.on('requestfinished', async (request) => {
    if (!meter.counting) return;
    const sizes = await request.sizes().catch(() => null);
    if (!sizes || !meter.counting) return;
    const size = sizes.responseBodySize + sizes.responseHeadersSize;
    meter.bytes += size;
    if (/\/(search|pagefind)\//.test(new URL(request.url()).pathname)) meter.index += size;
  });
  return { context, page, meter };
}

/** The handbook's box: focus (loads the pages file), type, first option; top 3 by title. */
async function ownEngine(browser, query, titleToUrl) {
  const { context, page, meter } = await throttledPage(browser);
  const input = page.locator('input.navbar__search-input');
  meter.counting = true;
  const started = Date.now();
  await input.focus();
  await page.keyboard.type(query, { delay: 40 });
  const options = page.locator('.navbar__search [role="option"]');
  let ms = null;
  try {
    await options.first().waitFor({ state: 'visible', timeout: 20_000 });
    ms = Date.now() - started;
  } catch {
    // No result.
  }
  const { bytes, index } = meter;
  const texts = ms === null ? [] : await options.allTextContents();
  const top = texts
    .map((t) => t.split(' › ')[0]?.trim())
    .filter((title) => title && titleToUrl.has(title))
    .map((title) => titleToUrl.get(title));
  await context.close();
  return { ms, bytes, index, top: [...new Set(top)].slice(0, 3) };
}

/**
 * Pagefind as its UI uses it: pagefind.js loads on focus, the query is typed, then search() and
 * the first result's fragment (its title, URL and excerpt) complete the first result.
 */
async function pagefind(browser, query) {
  const { context, page, meter } = await throttledPage(browser);
  await page.evaluate(() => {
    const field = document.createElement('input');
    field.id = 'pf-query';
    document.body.prepend(field);
  });
  meter.counting = true;
  const started = Date.now();
  await page.evaluate(() => {
    window.__pf = import('/pagefind/pagefind.js').then(async (pf) => {
      await pf.init();
      return pf;
    });
  });
  await page.focus('#pf-query');
  await page.keyboard.type(query, { delay: 40 });
  const first = await page.evaluate(async (q) => {
    const pf = await window.__pf;
    const found = await pf.search(q);
    window.__pfResults = found.results;
    return found.results[0] ? (await found.results[0].data()).url : null;
  }, query);
  const ms = first === null ? null : Date.now() - started;
  const { bytes, index } = meter;
  meter.counting = false;
  const top = await page.evaluate(async () =>
    Promise.all(window.__pfResults.slice(0, 3).map(async (r) => (await r.data()).url)),
  );
  await context.close();
  return { ms, bytes, index, top: top.map((url) => url.replace(/index\.html$/, '')) };
}

const browser = await chromium.launch({
  executablePath: chromiumPath.chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const rows = [];
try {
  const version = (await (await fetch(`${origin}/search/version.json`)).json()).version;
  const pages = await (await fetch(`${origin}/search/pages.${version}.json`)).json();
  const titleToUrl = new Map(pages.pages.map(([title, url]) => [title, url]));
  for (const [query, home] of QUERIES) {
    const own = await ownEngine(browser, query, titleToUrl);
    const pf = await pagefind(browser, query);
    rows.push({
      query,
      home,
      'own top3': own.top.includes(home),
      'own ms': own.ms,
      'own kB': Number((own.index / 1000).toFixed(1)),
      'own all kB': Number((own.bytes / 1000).toFixed(1)),
      'pf top3': pf.top.includes(home),
      'pf ms': pf.ms,
      'pf kB': Number((pf.index / 1000).toFixed(1)),
      'pf all kB': Number((pf.bytes / 1000).toFixed(1)),
      'own first': own.top[0] ?? '-',
      'pf first': pf.top[0] ?? '-',
    });
    process.stdout.write('.');
  }
} finally {
  await browser.close();
}
console.log(
  `\nSame queries, own engine vs Pagefind, from ${startPage} on the throttled-phone profile:`,
);
console.table(rows);
const sum = (key) => rows.filter((r) => r[key]).length;
const med = (key) => {
  const values = rows
    .map((r) => r[key])
    .filter((v) => typeof v === 'number')
    .sort((a, b) => a - b);
  const mid = Math.floor(values.length / 2);
  return values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
};
console.log(
  `expected page in the top 3: own ${sum('own top3')}/${rows.length}, Pagefind ${sum('pf top3')}/${rows.length}; ` +
    `median first result: own ${med('own ms')} ms with ${med('own kB')} kB of index, ` +
    `Pagefind ${med('pf ms')} ms with ${med('pf kB')} kB`,
);
if (jsonOut) await writeFile(jsonOut, JSON.stringify(rows, null, 2));
