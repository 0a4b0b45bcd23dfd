// Profiles one page load's main thread (CDP sampling profiler, 4x CPU throttling) and prints the
// functions with the most self time and the most total time, by script. Needs a served build.
// Usage: node scripts/perf/profile.mjs http://127.0.0.1:4174/ [more URLs] [--callers REGEX]
//   --callers REGEX  also print the heaviest call stacks ending in a function whose name matches
//                    (profile a build made with `docusaurus build --no-minify` to read the names).
import { chromium } from '@playwright/test';
import chromiumPath from '../chromium-path.cjs';

const args = process.argv.slice(2);
const callersAt = args.indexOf('--callers');
const callers = callersAt >= 0 ? new RegExp(args[callersAt + 1]) : undefined;
const urls = args.filter((a, i) => a.startsWith('http') && (callersAt < 0 || i !== callersAt + 1));
if (urls.length === 0) {
  console.error('Usage: node scripts/perf/profile.mjs <url> [url…]');
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: chromiumPath.chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const url of urls) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForTimeout(1500);
    const { profile } = await cdp.send('Profiler.stop');
    report(url, profile);
    await context.close();
  }
} finally {
  await browser.close();
}

function report(url, profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0)));
  const name = (n) => {
    const f = n.callFrame;
    const file = f.url.replace(/^.*\//, '') || '(native)';
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  };
  const self = new Map();
  const total = new Map();
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    self.set(name(n), (self.get(name(n)) ?? 0) + us);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const key = name(byId.get(cur));
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us);
    }
  }
  const top = (map, count) =>
    [...map]
      .filter(([k]) => !/^\((program|idle|root|garbage collector)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([k, us]) => `  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`)
      .join('\n');
  console.log(`\n${url}\nself time:\n${top(self, 20)}\ntotal time:\n${top(total, 40)}`);
  if (!callers) return;
  // Stacks (innermost first, 10 frames) of the samples spent inside a matching function.
  const stacks = new Map();
  for (const [id, us] of selfUs) {
    const frames = [];
    let inside = false;
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const key = name(byId.get(cur));
      if (!inside && callers.test(key)) inside = true;
      if (inside && frames.length < 10) frames.push(key);
    }
    if (!inside) continue;
    const stack = frames.join('\n           < ');
    stacks.set(stack, (stacks.get(stack) ?? 0) + us);
  }
  console.log(`stacks through ${callers}:\n${top(stacks, 8)}`);
}
