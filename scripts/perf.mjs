// Performance benchmark: Lighthouse 12 (mobile) medians and JS+CSS bytes for key pages of the built site.
// Usage: npm run perf [-- --runs 5] [-- --pages /,/hardware/cpus/]. Builds first when build/ is missing.
// BUILD_DIR=/path/to/other/build measures another build (for example a bare Docusaurus baseline).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import chromium from './chromium-path.cjs';

const { chromiumPath } = chromium;

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const port = Number(process.env.PERF_PORT ?? 4174);
const pagesArg = process.argv.indexOf('--pages');
const pages =
  pagesArg > 0
    ? process.argv[pagesArg + 1].split(',')
    : ['/', '/hardware/choosing-hardware/', '/hardware/gpus/', '/compare/'];
const buildDir = process.env.BUILD_DIR ?? 'build';
// A bare Docusaurus classic site with local search fetches about 215 KB of JS+CSS (compressed).
const BARE_SITE_KB = 215;
const WIDGET_PAGES = new Set([
  '/compare/',
  '/where-is-llm-inference-run/',
  '/hardware/cpus/',
  '/hardware/gpus/',
  '/hardware/tpus/',
]);

if (!existsSync(`${buildDir}/index.html`)) {
  console.log('No build found: running npm run build');
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
const chromePath = chromiumPath();
if (!chromePath) {
  console.error('No Chromium: install it with "apt-get install -y chromium" or set CHROME_PATH.');
  process.exit(1);
}

const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
  ],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const rows = [];
try {
  for (const path of pages) {
    const url = `http://127.0.0.1:${port}${path}`;
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      const lhr = result.lhr;
      const requests = lhr.audits['network-requests'].details.items;
      const bytes = (type) =>
        requests
          .filter((r) => r.resourceType === type)
          .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
      samples.push({
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        bestPractices: lhr.categories['best-practices'].score,
        seo: lhr.categories.seo.score,
        lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
        tbtMs: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        jsKB: bytes('Script') / 1000,
        cssKB: bytes('Stylesheet') / 1000,
      });
    }
    const m = (key) => median(samples.map((s) => s[key]));
    rows.push({
      page: path,
      perf: m('performance'),
      a11y: m('accessibility'),
      bp: m('bestPractices'),
      seo: m('seo'),
      'LCP ms': Math.round(m('lcpMs')),
      'TBT ms': Math.round(m('tbtMs')),
      CLS: Number(m('cls').toFixed(3)),
      'JS KB': Number(m('jsKB').toFixed(1)),
      'CSS KB': Number(m('cssKB').toFixed(1)),
      'JS+CSS KB': Number((m('jsKB') + m('cssKB')).toFixed(1)),
    });
  }
} finally {
  await chrome.kill();
  server.kill();
}

console.log(
  `\nLighthouse 12, mobile preset, median of ${runs} runs (KB = 1,000 bytes, compressed transfer):`,
);
console.table(rows);
const budget = BARE_SITE_KB * 1.1;
for (const row of rows) {
  const verdict = [];
  if (row.perf < 0.97) verdict.push(`performance ${row.perf} < 0.97`);
  for (const key of ['a11y', 'bp', 'seo']) if (row[key] < 1) verdict.push(`${key} ${row[key]} < 1`);
  // Pages that embed the comparison widget are held to the widget's own budget instead.
  if (!WIDGET_PAGES.has(row.page) && row['JS+CSS KB'] > budget)
    verdict.push(`JS+CSS ${row['JS+CSS KB']} KB > ${budget.toFixed(0)} KB`);
  console.log(`${row.page}: ${verdict.length ? 'MISSES ' + verdict.join(', ') : 'meets targets'}`);
}
await mkdir('perf-report', { recursive: true });
await writeFile('perf-report/perf.json', JSON.stringify({ runs, rows }, null, 2));
