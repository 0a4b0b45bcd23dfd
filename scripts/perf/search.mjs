// Measures search on a phone: from focusing the search box (which starts loading the index) and
// typing a query to the first result shown, under 4x CPU throttling and a slow 4G link (150 ms RTT,
// 1.6 Mbit/s down, 750 kbit/s up); and the bytes transferred for it. Needs a served build.
// The index is fetched by the search plugin's Web Worker, which the page's network emulation does not
// reach, so this script delays that response itself: RTT + brotli size ÷ 200,000 B/s.
// Usage: node scripts/perf/search.mjs [origin=http://127.0.0.1:4174] [--runs 5] [--query systolic]
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { chromium } from '@playwright/test';
import chromiumPath from '../chromium-path.cjs';
import { median } from './report.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const origin = args.find((a) => a.startsWith('http')) ?? 'http://127.0.0.1:4174';
const runs = Number(option('--runs', 5));
const query = option('--query', 'systolic');
const startPage = option('--page', '/hardware/gpus/');

const browser = await chromium.launch({
  executablePath: chromiumPath.chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const samples = [];
try {
  for (let run = 0; run < runs; run++) {
    // A fresh context each run: nothing cached from the previous one.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1e6) / 8,
      uploadThroughput: (750 * 1e3) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${origin}${startPage}`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForLoadState('networkidle');

    const timeline = {};
    const bytes = { all: 0, index: 0 };
    await context.route(/search-index/, async (route) => {
      timeline.indexRequested = Date.now();
      const response = await route.fetch();
      const body = await response.body();
      // Quality 9, as scripts/serve.mjs sends it; the wait counts from the request, not from here.
      const encoded = brotliCompressSync(body, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 9 },
      }).length;
      bytes.index += encoded;
      const due = timeline.indexRequested + 150 + (encoded / 200_000) * 1000;
      await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
      timeline.indexReceived = Date.now();
      await route.fulfill({ response, body });
    });
    let counting = false;
    const urls = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (counting) urls.set(e.requestId, e.request.url);
    });
    cdp.on('Network.loadingFinished', (e) => {
      const url = urls.get(e.requestId);
      if (!url) return;
      bytes.all += e.encodedDataLength;
      if (process.env.SEARCH_DEBUG) console.log(url, e.encodedDataLength);
    });

    const input = page.locator('input.navbar__search-input');
    counting = true;
    const started = Date.now();
    await input.first().focus();
    await page.keyboard.type(query, { delay: 40 });
    await page
      .locator('.navbar__search [role="option"]')
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
    const ms = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const first = (await page.locator('.navbar__search [role="option"]').first().textContent())
      ?.trim()
      .slice(0, 70);
    samples.push({
      ms,
      'index asked ms': timeline.indexRequested - started,
      'index in ms': timeline.indexReceived - started,
      // Every request after focus, idle route prefetches included (the search code itself is ~18 kB).
      'all requests kB': bytes.all / 1000,
      'index kB': bytes.index / 1000,
      first,
    });
    process.stdout.write('.');
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(
  `\nSearch "${query}" from ${startPage}, 390 px, 4x CPU, 150 ms RTT, 1.6 Mbit/s, ${runs} runs:`,
);
console.table(samples);
console.log(
  `median: first result after ${median(samples.map((s) => s.ms))} ms (from focus, typing included), ` +
    `search index ${median(samples.map((s) => s['index kB'])).toFixed(1)} kB (brotli)`,
);
