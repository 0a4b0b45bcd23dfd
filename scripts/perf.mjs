// Performance benchmark: Lighthouse 12 (mobile) on the handbook's key pages beside a bare Docusaurus
// site built in the same run from the same node_modules, alternating runs; prints medians and ratios.
// Usage: npm run perf [-- --runs 5] [-- --pages /,/compare/] [-- --no-build] [-- --keep-lhr]
//   --no-build  measure the existing build/ (the bare site is always rebuilt: it takes ~15 s).
//   --keep-lhr  write every Lighthouse report to perf-report/ (for bootup-time and long tasks).
//   --build-dir DIR  measure another build of the handbook instead of build/ (implies --no-build).
import { execFile } from 'node:child_process';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import chromium from './chromium-path.cjs';
import { buildBareSite, buildProject, snapshotBuild, startServer } from './perf/sites.mjs';
import { checkTargets, summarise } from './perf/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const runs = Number(arg('--runs') ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs takes a whole number of at least 1');
  process.exit(1);
}
const pages = (
  arg('--pages') ??
  [
    '/',
    '/where-is-llm-inference-run/',
    '/hardware/gpus/', // chapter with tables and a chart
    '/infrastructure-and-operations/observability/', // prose only
    '/deployment/',
    '/compare/',
    '/hardware/catalogue/', // the 47-row catalogue table
  ].join(',')
).split(',');
// Text that exists only in the comparison widget's code: pages fetching it get the widget budget.
const WIDGET_MARKER = 'Download comparison (CSV)';

const chromePath = chromium.chromiumPath();
if (!chromePath) {
  console.error('No Chromium: install it with "apt-get install -y chromium" or set CHROME_PATH.');
  process.exit(1);
}

const buildDir = arg('--build-dir') ? path.resolve(arg('--build-dir')) : path.join(root, 'build');
if (!process.argv.includes('--no-build') && !arg('--build-dir')) await buildProject(root);
const bare = await buildBareSite(root);
// Measure a copy, so a rebuild during the run (by you or a test) cannot change what is served.
const site = await snapshotBuild(root, buildDir);
const siteServer = await startServer(root, site.buildDir, 4174);
const bareServer = await startServer(root, bare.buildDir, 4175);

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

// Interrupted: stop what this script started (its own Chromium and servers), then exit.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    siteServer.stop();
    bareServer.stop();
    await chrome.kill();
    process.exit(130);
  });
}

/** One Lighthouse run reduced to the numbers the table prints. */
async function measure(url, label, run) {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  if (process.argv.includes('--keep-lhr')) {
    const name = `${label.replace(/[^a-z0-9]+/gi, '_')}-${run}.json`;
    await writeFile(path.join(root, 'perf-report', name), JSON.stringify(lhr));
  }
  const requests = lhr.audits['network-requests'].details.items;
  const bytes = (type) =>
    requests
      .filter((r) => r.resourceType === type)
      .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const scripts = requests
    .filter((r) => r.resourceType === 'Script')
    .map((r) => new URL(r.url).pathname);
  return {
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    bestPractices: lhr.categories['best-practices'].score,
    seo: lhr.categories.seo.score,
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
    tbtMs: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    bootupMs: lhr.audits['bootup-time'].numericValue,
    jsKB: bytes('Script') / 1000,
    cssKB: bytes('Stylesheet') / 1000,
    htmlKB: bytes('Document') / 1000,
    scripts,
  };
}

async function fetchesWidget(scripts) {
  for (const script of scripts) {
    const source = await readFile(path.join(site.buildDir, script), 'utf8').catch(() => '');
    if (source.includes(WIDGET_MARKER)) return true;
  }
  return false;
}

/**
 * Waits (at most two minutes) until the 1-minute load average is at most 0.75 per core, so the
 * builds just run, or another job, do not land in the first measurements. Returns what it saw.
 */
async function settle() {
  const limit = Math.max(1, 0.75 * os.cpus().length);
  const before = os.loadavg()[0];
  const started = Date.now();
  while (os.loadavg()[0] > limit && Date.now() - started < 120_000) {
    await new Promise((done) => setTimeout(done, 5_000));
  }
  const after = os.loadavg()[0];
  const waited = Math.round((Date.now() - started) / 1000);
  if (waited > 0)
    console.log(
      `Waited ${waited} s for the machine to settle: load ${before.toFixed(2)} → ${after.toFixed(2)}.`,
    );
  return { before, after, limit, waited };
}

await mkdir(path.join(root, 'perf-report'), { recursive: true });
const load = { settle: await settle(), start: os.loadavg()[0], end: 0 };
const targets = [
  { label: 'bare /', url: `${bareServer.origin}/` },
  ...pages.map((page) => ({ label: page, url: `${siteServer.origin}${page}` })),
];
const samples = new Map(targets.map((t) => [t.label, []]));
let typingReport = '';
try {
  // Alternate: every run measures the bare site and then each page, so load on the shared machine
  // lands on both sides of each ratio.
  for (let run = 0; run < runs; run++) {
    for (const target of targets) {
      samples.get(target.label).push(await measure(target.url, target.label, run));
      process.stdout.write('.');
    }
  }
  // Typing on /compare/ with four devices at 4x CPU (issue 22): how soon the figures follow an
  // edit and the longest input event, medians of three runs (scripts/perf/typing.mjs).
  const typing = await promisify(execFile)(
    process.execPath,
    [
      path.join(root, 'scripts', 'perf', 'typing.mjs'),
      siteServer.origin,
      '--runs',
      '3',
      '--summary',
    ],
    { maxBuffer: 10_000_000 },
  );
  typingReport = typing.stdout.trim();
} finally {
  await chrome.kill();
  siteServer.stop();
  bareServer.stop();
}
process.stdout.write('\n');
load.end = os.loadavg()[0];

const rows = [];
for (const target of targets) {
  const list = samples.get(target.label);
  const row = summarise(target.label, list);
  row.widget = target.label.startsWith('bare') ? false : await fetchesWidget(list[0].scripts);
  rows.push(row);
}
await bare.cleanup();
await site.cleanup();
const base = rows[0];
for (const row of rows) {
  row['perf Δ'] = Number((row.perf - base.perf).toFixed(2));
  row['TBT ×'] = base['TBT ms'] > 0 ? Number((row['TBT ms'] / base['TBT ms']).toFixed(2)) : 1;
  row['JS+CSS ×'] = Number((row['JS+CSS KB'] / base['JS+CSS KB']).toFixed(3));
}

console.log(
  `\nLighthouse 12, mobile preset, median of ${runs} runs, alternating with the bare site ` +
    '(KB = 1,000 bytes, compressed transfer; bootup = script evaluation + parse):',
);
console.table(
  rows.map(({ widget, ...row }) => ({ ...row, widget: widget ? 'yes' : '' })),
  [
    'page',
    'perf',
    'a11y',
    'bp',
    'seo',
    'LCP ms',
    'TBT ms',
    'bootup ms',
    'JS KB',
    'CSS KB',
    'HTML KB',
    'perf Δ',
    'TBT ×',
    'JS+CSS ×',
    'widget',
  ],
);
console.log(
  `1-minute load average: ${load.start.toFixed(2)} at the first run, ${load.end.toFixed(2)} after the last ` +
    `(${os.cpus().length} cores).`,
);
console.log(`\n${typingReport}\n`);
let misses = 0;
for (const row of rows.slice(1)) {
  const verdict = checkTargets(row, base);
  if (verdict.length) misses++;
  console.log(`${row.page}: ${verdict.length ? 'MISSES ' + verdict.join(', ') : 'meets targets'}`);
}
await writeFile(
  path.join(root, 'perf-report', 'perf.json'),
  JSON.stringify(
    {
      runs,
      load,
      rows,
      typing: typingReport,
      samples: Object.fromEntries(
        [...samples].map(([k, v]) => [k, v.map(({ scripts, ...s }) => (void scripts, s))]),
      ),
    },
    null,
    2,
  ),
);
process.exitCode = misses ? 1 : 0;
