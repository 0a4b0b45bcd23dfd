// Measures search on a phone: from focusing the search box (which starts loading the index) and
// typing a query to the first result shown, under 4x CPU throttling and a slow 4G link (150 ms RTT,
// 1.6 Mbit/s down, 750 kbit/s up); and the bytes transferred for it. Needs a served build.
// The index files (search/pages.*.json, search/t-*.json) are fetched by the page itself, so the
// page's network emulation applies to them as to everything else; every byte after focus counts.
// "typed ms" shows how much of the time is the typing itself (8 keys at 40 ms, slower at 4x CPU).
// Usage: node scripts/perf/search.mjs [origin=http://127.0.0.1:4174] [--runs 5] [--query systolic]
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
    const isIndex = (url) => /\/search\/(pages|t-\d+)\.[^/]+\.json$/.test(new URL(url).pathname);
    let counting = false;
    const urls = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!counting) return;
      urls.set(e.requestId, e.request.url);
      if (isIndex(e.request.url)) timeline.indexRequested ??= Date.now();
    });
    cdp.on('Network.loadingFinished', (e) => {
      const url = urls.get(e.requestId);
      if (!url) return;
      // Bytes on the wire (headers included), as the emulated link carried them.
      bytes.all += e.encodedDataLength;
      if (isIndex(url)) {
        bytes.index += e.encodedDataLength;
        timeline.indexReceived = Date.now();
      }
      if (process.env.SEARCH_DEBUG) console.log(url, e.encodedDataLength);
    });

    const input = page.locator('input.navbar__search-input');
    counting = true;
    const started = Date.now();
    await input.first().focus();
    timeline.focused = Date.now();
    await page.keyboard.type(query, { delay: 40 });
    timeline.typed = Date.now();
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
      'focused ms': timeline.focused - started,
      'typed ms': timeline.typed - started,
      'index asked ms': timeline.indexRequested - started,
      'index in ms': timeline.indexReceived - started,
      // Every request after focus, idle route prefetches included.
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
    `search index ${median(samples.map((s) => s['index kB'])).toFixed(1)} kB, ` +
    `everything after focus ${median(samples.map((s) => s['all requests kB'])).toFixed(1)} kB (on the wire)`,
);
