// Profiles one page load's main thread (CDP sampling profiler, 4x CPU throttling) and prints the
// functions with the most self time and the most total time, by script. Needs a served build.
// Usage: node scripts/perf/profile.mjs http://127.0.0.1:4174/ [more URLs] [--callers REGEX]
//   --callers REGEX  also print the heaviest call stacks ending in a function whose name matches
//                    (profile a build made with `docusaurus build --no-minify` to read the names).
import { chromium } from '@playwright/test';
import chromiumPath from '../chromium-path.cjs';
import { printProfile } from './cpuprofile.mjs';

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
    printProfile(url, profile, callers);
    await context.close();
  }
} finally {
  await browser.close();
}
