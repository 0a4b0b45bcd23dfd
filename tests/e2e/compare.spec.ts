// End-to-end checks of /compare/: keyboard use, hostile links, bad input, CSV, links, and numbers by hand.
// Expected figures are literals with their arithmetic in comments, not values read from the catalogue.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { BROKEN_VALUE, followLink, waitForHydration, watch } from './helpers';

/** The comparison widget; other parts of the page (the catalogue table) list devices too. */
const WIDGET = '[data-component="compare-widget"]';

function metric(page: Page, device: string, name: string) {
  return page.locator(`${WIDGET} [data-device="${device}"] [data-metric="${name}"]`);
}

async function metricValue(page: Page, device: string, name: string): Promise<string> {
  const value = await metric(page, device, name).getAttribute('data-value');
  if (value === null) throw new Error(`no data-value for ${device} ${name}`);
  return value;
}

async function metricNumber(page: Page, device: string, name: string): Promise<number> {
  return Number(await metricValue(page, device, name));
}

/** Relative closeness: the literal is worked to more digits than the page rounds to. */
function expectClose(actual: number, expected: number, relative = 1e-6): void {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * relative);
}

/**
 * The server HTML shows the default three devices; the query is applied after hydration. Waiting
 * for exactly the linked devices (fewer than three) proves the page is interactive.
 */
async function open(page: Page, path: string, deviceIds: readonly string[]): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
  await expect(page.locator(`${WIDGET} [data-device]`)).toHaveCount(deviceIds.length);
  for (const id of deviceIds)
    await expect(page.locator(`${WIDGET} [data-device="${id}"]`)).toBeVisible();
}

test.describe('compare page numbers', () => {
  test('one full scenario matches the formulas worked by hand', async ({ page }) => {
    // H100 SXM: 85.5 GB as a runtime sees it (81,559 MiB), 3,350 GB/s, 1,979 TFLOPS dense FP8. Llama 3.1 70B: 70.6e9 parameters,
    // 80 layers, 8 KV heads of width 128. Two devices, 8 sequences, 8,192-token context.
    await page.goto(
      '/compare/?devices=h100-sxm&model=llama-3.1-70b&weights=fp8&kv=fp8&ctx=8192&prompt=1024&batch=8&n=2&reserve=10',
    );
    await waitForHydration(page);
    // The server renders the default comparison; wait until the query has been applied.
    await expect(page.locator(`${WIDGET} [data-device]`)).toHaveCount(1);
    await expect(page.getByLabel('Weight precision')).toHaveValue('fp8');

    // Weights: 70.6e9 parameters × 8 bits ÷ 8 = 70.6e9 bytes = 70.6 GB.
    expectClose(await metricNumber(page, 'h100-sxm', 'weights-gb'), 70.6);

    // KV per token: 2 × 80 layers × 8 KV heads × 128 × 1 byte (FP8) = 163,840 bytes.
    // Per sequence: 163,840 × 8,192 = 1,342,177,280 bytes; × 8 sequences = 10.73741824 GB.
    expectClose(await metricNumber(page, 'h100-sxm', 'kv-gb'), 10.73741824);

    // Usable: 2 × 85.5 GB × (1 − 0.10) = 153.9 GB; 70.6 + 10.737 = 81.34 GB fits.
    expect(await metricValue(page, 'h100-sxm', 'fits')).toBe('true');

    // Most sequences: floor((153.9 − 70.6) ÷ 1.34217728) = floor(62.06) = 62.
    expect(await metricNumber(page, 'h100-sxm', 'max-batch')).toBe(62);

    // Memory time: (70.6e9 + 10.73741824e9) B ÷ (2 × 3,350e9 B/s) = 12.1399132 ms (dense: all weights).
    // Compute time: 2 × 70.6e9 × 8 ÷ (2 × 1,979e12 FLOP/s) = 0.2854 ms, so the step is memory-bound.
    expect(await metricValue(page, 'h100-sxm', 'bound')).toBe('memory');

    // Tensor-parallel all-reduce over NVLink 4 (900 GB/s both ways = 450 GB/s per direction), added
    // to the step: 2 per layer × 80 layers, each 8,192 hidden × 8 sequences × 2 bytes = 131,072 bytes,
    // of which a 2-device ring sends 2 × (2 − 1) ÷ 2 = 1×: 160 × 131,072 = 20,971,520 bytes
    // ÷ 450e9 B/s = 46.6034 µs. Step: 12.1399132 + 0.0466034 = 12.1865165 ms.
    // Decode: 1 ÷ 0.0121865165 s = 82.057904 tok/s per sequence; × 8 = 656.46323 tok/s in all.
    expectClose(await metricNumber(page, 'h100-sxm', 'decode-tps'), 82.057904);
    expectClose(await metricNumber(page, 'h100-sxm', 'throughput-tps'), 656.46323);

    // TTFT: max(2 × 70.6e9 × 1,024 ÷ (2 × 1,979e12) = 36.530773 ms, 70.6e9 ÷ 6.7e12 = 10.537 ms).
    expectClose(await metricNumber(page, 'h100-sxm', 'ttft-s'), 0.036530773);

    await expect(page.locator('body')).not.toContainText(BROKEN_VALUE);
  });
});

test.describe('compare page keyboard use', () => {
  test('tab to a field, change it from the keyboard, and the results follow', async ({ page }) => {
    await open(page, '/compare/?devices=h100-sxm&ctx=8192', ['h100-sxm']);
    await expect(page.getByLabel('Context length (tokens)')).toHaveValue('8192');
    // Default model Llama 3.1 8B, BF16 cache, one sequence: 2 × 32 layers × 8 KV heads × 128 × 2 bytes
    // = 131,072 bytes per token; × 8,192 tokens = 1,073,741,824 bytes = 1.073741824 GB.
    expect(await metricNumber(page, 'h100-sxm', 'kv-gb')).toBeCloseTo(1.073741824, 9);

    // The prompt field follows the context field, so Shift+Tab lands on the context.
    await page.getByLabel('Prompt length (tokens)').focus();
    await page.keyboard.press('Shift+Tab');
    const ctx = page.getByLabel('Context length (tokens)');
    await expect(ctx).toBeFocused();
    await expect(ctx).toHaveCSS('outline-style', 'solid'); // visible focus
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('16384');
    await expect(ctx).toHaveValue('16384');
    // Twice the context, same concurrency: 131,072 × 16,384 = 2,147,483,648 bytes = 2.147483648 GB.
    await expect(metric(page, 'h100-sxm', 'kv-gb')).toHaveAttribute('data-value', '2.147483648');
    await expect(page).toHaveURL(/ctx=16384/);
  });

  test('add and remove a device without a mouse', async ({ page }) => {
    await open(page, '/compare/?devices=h100-sxm', ['h100-sxm']);
    const search = page.getByLabel('Search devices');
    await search.focus();
    await page.keyboard.type('mi300x');
    const add = page.getByRole('button', { name: 'Add device' });
    for (let i = 0; i < 6 && !(await add.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(add).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator(`${WIDGET} [data-device="mi300x"]`)).toBeVisible();

    const remove = page.getByRole('button', { name: /^Remove .*MI300X/ });
    await remove.focus();
    await page.keyboard.press('Space');
    await expect(page.locator(`${WIDGET} [data-device="mi300x"]`)).toHaveCount(0);
    // The last device cannot be removed.
    await expect(page.getByRole('button', { name: /^Remove / })).toBeDisabled();
  });
});

test.describe('compare page safety', () => {
  test('a hostile link is named in a notice, runs nothing and injects nothing', async ({
    page,
  }) => {
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    await page.goto(
      '/compare/?devices=<img src=x onerror=alert(1)>,h100-sxm&ctx=-5&model=nope&weights=fp3',
    );
    await waitForHydration(page);
    const notice = page.getByTestId('ignored-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('role', 'status');
    for (const param of ['devices', 'ctx', 'model', 'weights']) {
      await expect(notice.locator('code', { hasText: new RegExp(`^${param}$`) })).toHaveCount(1);
    }
    // The raw value appears only as text.
    await expect(notice).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator(`${WIDGET} img`)).toHaveCount(0);
    // The good part of the link still applies; the rest falls back to defaults.
    await expect(page.locator(`${WIDGET} [data-device]`)).toHaveCount(1);
    await expect(page.locator(`${WIDGET} [data-device="h100-sxm"]`)).toBeVisible();
    // Hydrated and the notice rendered: an injected handler would have fired by now.
    expect(dialogs).toBe(0);
    await expect(page.locator('body')).not.toContainText(BROKEN_VALUE);
  });

  test('typed bad values are flagged at the field and the last good results stay', async ({
    page,
  }) => {
    await open(page, '/compare/?devices=h100-sxm,mi300x', ['h100-sxm', 'mi300x']);
    const before = await metricValue(page, 'h100-sxm', 'kv-gb');
    const ctx = page.getByLabel('Context length (tokens)');
    for (const bad of ['abc', '-1']) {
      await ctx.fill(bad);
      await expect(ctx).toHaveAttribute('aria-invalid', 'true');
      const describedBy = await ctx.getAttribute('aria-describedby');
      expect(describedBy).toBeTruthy();
      await expect(page.locator(`[id="${describedBy}"]`)).toContainText('1 to 10,000,000');
      await expect(metric(page, 'h100-sxm', 'kv-gb')).toHaveAttribute('data-value', before);
      await expect(page.locator('body')).not.toContainText(BROKEN_VALUE);
    }
    await ctx.fill('4096');
    await expect(ctx).not.toHaveAttribute('aria-invalid', 'true');
    await expect(metric(page, 'h100-sxm', 'kv-gb')).not.toHaveAttribute('data-value', before);
  });
});

test.describe('compare page sharing', () => {
  test('the comparison downloads as CSV', async ({ page }) => {
    await open(page, '/compare/?devices=h100-sxm,mi300x&model=llama-3.1-70b&weights=fp8', [
      'h100-sxm',
      'mi300x',
    ]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download comparison (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('llm-hardware-comparison.csv');
    const text = await readFile(await download.path(), 'utf8');
    // csv-parse, not the site's own writer, reads the file.
    const rows: Record<string, string>[] = parse(text, { columns: true, record_delimiter: '\r\n' });
    expect(rows.map((r) => r.device_id)).toEqual(['h100-sxm', 'mi300x']);
    const h100 = rows[0] ?? {};
    // 70.6e9 × 8 bits ÷ 8 = 70.6 GB of FP8 weights.
    expect(Number(h100.weights_gb)).toBeCloseTo(70.6, 6);
    expect(h100.weight_precision).toBe('fp8');
    expect(h100.model).toBe('llama-3.1-70b');
    expect(h100.memory_gb_per_device).toBe('85.5'); // 81,559 MiB × 1,048,576 B
    expect(h100.bandwidth_gb_s_per_device).toBe('3350');
  });

  test('the catalogue downloads as CSV with every device', async ({ page }) => {
    await open(page, '/compare/?devices=h100-sxm', ['h100-sxm']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download catalogue (CSV)' }).click(),
    ]);
    const rows: Record<string, string>[] = parse(await readFile(await download.path(), 'utf8'), {
      columns: true,
    });
    const published = (await (await page.request.get('/hardware.json')).json()) as {
      devices: { id: string; memoryType: string }[];
    };
    // One row per device the comparison offers, in the published order: every device except the
    // SRAM-based systems, which the site keeps in a table of their own.
    const offered = published.devices.filter((d) => !/SRAM/.test(d.memoryType));
    expect(offered.length).toBeLessThan(published.devices.length);
    expect(rows.map((r) => r.id)).toEqual(offered.map((d) => d.id));
    expect(rows.find((r) => r.id === 'h100-sxm')?.name).toContain('H100');
  });

  test('a copied link restores the same comparison', async ({ page, context, browser }) => {
    // Chromium grants clipboard access to a test; the refused-clipboard path has its own unit test.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/compare/?devices=h100-sxm,tpu-v6e', ['h100-sxm', 'tpu-v6e']);
    await page.getByLabel('KV cache precision').selectOption('fp8');
    await page.getByLabel('Concurrent sequences').fill('16');
    await expect(page).toHaveURL(/batch=16/);
    const expected = await metricValue(page, 'tpu-v6e', 'throughput-tps');

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('kv=fp8');
    expect(link).toContain('batch=16');

    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(link);
    await waitForHydration(fresh);
    await expect(
      fresh.locator(`${WIDGET} [data-device="tpu-v6e"] [data-metric="throughput-tps"]`),
    ).toHaveAttribute('data-value', expected);
    await expect(fresh.getByLabel('KV cache precision')).toHaveValue('fp8');
  });
});

test.describe('compare page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalogue page lists every device, with no script to render it', async ({ page }) => {
    await page.goto('/hardware/catalogue/');
    const published = (await (await page.request.get('/hardware.json')).json()) as {
      devices: { id: string; memoryType: string }[];
    };
    expect(published.devices.length).toBeGreaterThan(20);
    // The main table lists every device but the SRAM systems, which have a table of their own.
    const sram = published.devices.filter((d) => /SRAM/.test(d.memoryType));
    await expect(page.locator('[data-component="catalogue-table"] tbody tr')).toHaveCount(
      published.devices.length - sram.length,
    );
    for (const d of sram) await expect(page.locator(`tr[data-device="${d.id}"]`)).toHaveCount(1);
  });

  test('shows a default comparison that links to the catalogue', async ({ page }) => {
    await page.goto('/compare/');
    await expect(page.locator('main a[href="/hardware/catalogue/"]').first()).toBeVisible();
    const cards = page.locator(`${WIDGET} [data-device]`);
    expect(await cards.count()).toBeGreaterThan(0);
    const first = cards.first();
    const weights = await first.locator('[data-metric="weights-gb"]').getAttribute('data-value');
    expect(Number.isFinite(Number(weights)) && weights !== '').toBe(true);
    await expect(page.locator('body')).not.toContainText(BROKEN_VALUE);
  });
});

test.describe('the comparison embedded in a chapter', () => {
  /**
   * Scripts run that carry the widget's code (the only ones with its CSV button's text). Link
   * prefetches, such as /compare/'s chunk once its link shows, are not scripts run.
   */
  function watchWidgetChunk(page: Page): { urls: string[] } {
    const seen = { urls: [] as string[] };
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.text().catch(() => '');
      if (body.includes('Download comparison (CSV)')) seen.urls.push(response.url());
    });
    return seen;
  }

  test('fetches its code only when the reader scrolls near it, then works in place', async ({
    page,
  }) => {
    const chunk = watchWidgetChunk(page);
    await page.goto('/hardware/gpus/', { waitUntil: 'networkidle' });
    await waitForHydration(page);
    const island = page.locator('[data-island]');
    await expect(island).toHaveAttribute('data-island', 'served');
    // The server's comparison is on the page, readable, before any of its code has arrived.
    await expect(island.locator(`${WIDGET} [data-device]`)).toHaveCount(4);
    expect(chunk.urls).toEqual([]);

    await island.scrollIntoViewIfNeeded();
    await expect(island).toHaveAttribute('data-island', 'live');
    // Its body is read asynchronously after the response arrives.
    await expect.poll(() => chunk.urls.length).toBe(1);
    // The live widget shows the same four cards, and its controls now work.
    await expect(island.locator(`${WIDGET} [data-device]`)).toHaveCount(4);
    await island.getByRole('button', { name: 'Remove AMD Instinct MI300X' }).click();
    await expect(island.locator(`${WIDGET} [data-device]`)).toHaveCount(3);
    await expect(island.locator(`${WIDGET} [data-device="mi300x"]`)).toHaveCount(0);
  });

  test('a keyboard reader who reaches it first keeps focus on the same control', async ({
    page,
  }) => {
    await page.goto('/hardware/gpus/', { waitUntil: 'networkidle' });
    await waitForHydration(page);
    const island = page.locator('[data-island]');
    // Focus lands in the served HTML without scrolling there first (as a skip link would).
    await island.getByRole('button', { name: 'Remove NVIDIA H200 SXM' }).focus();
    await expect(island).toHaveAttribute('data-island', 'live');
    await expect(island.getByRole('button', { name: 'Remove NVIDIA H200 SXM' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(island.locator(`${WIDGET} [data-device="h200"]`)).toHaveCount(0);
  });

  test('after a client-side navigation it shows a placeholder until its code arrives', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/hardware/cpus/', { waitUntil: 'networkidle' });
    await waitForHydration(page);
    await page.locator('nav[aria-label="Docs sidebar"] a[href="/hardware/gpus/"]').click();
    await expect(page).toHaveURL(/\/hardware\/gpus\/$/);
    const island = page.locator('[data-island]');
    await expect(island).toHaveAttribute('data-island', 'waiting');
    await expect(island.getByRole('status')).toHaveText('Loading the hardware comparison…');
    await island.scrollIntoViewIfNeeded();
    await expect(island).toHaveAttribute('data-island', 'live');
    await expect(island.locator(`${WIDGET} [data-device]`)).toHaveCount(4);
  });
});

test.describe('links into the catalogue', () => {
  const rows = '[data-component="catalogue-table"] tbody tr[data-catalogue-device]';

  async function gpuIds(page: Page): Promise<string[]> {
    const published = (await (await page.request.get('/hardware.json')).json()) as {
      devices: { id: string; kind: string }[];
    };
    return published.devices.filter((d) => d.kind === 'gpu').map((d) => d.id);
  }

  test('the GPU chapter links to the catalogue filtered to GPUs', async ({ page }) => {
    const problems = watch(page);
    await page.goto('/hardware/gpus/');
    await waitForHydration(page);
    await followLink(page.getByRole('link', { name: 'hardware catalogue, filtered to GPUs' }));
    await expect(page).toHaveURL(/\/hardware\/catalogue\/\?kind=gpu$/);
    const expected = await gpuIds(page);
    await expect(page.locator(rows)).toHaveCount(expected.length);
    expect(
      await page.locator(rows).evaluateAll((trs) => trs.map((tr) => tr.dataset.catalogueDevice)),
    ).toEqual(expected);
    await expect(page.getByLabel('Kind')).toHaveValue('gpu');
    expect(problems.console).toEqual([]);
  });

  test('opened directly, the filtered link applies once the page is interactive', async ({
    page,
  }) => {
    const problems = watch(page);
    await page.goto('/hardware/catalogue/?kind=gpu');
    await waitForHydration(page);
    await expect(page.locator(rows)).toHaveCount((await gpuIds(page)).length);
    await page.getByLabel('Kind').selectOption('');
    await expect(page.locator(rows)).not.toHaveCount((await gpuIds(page)).length);
    expect(problems.console).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});

test.describe('serving simulation under load', () => {
  const ISSUE =
    '/compare/?devices=h100-sxm&model=llama-3.1-70b&weights=fp8&kv=fp8&engine=tensorrt-llm&n=2&ctx=5500&prompt=5000&tpot=60&rps=10';

  test("answers the issue's sizing question in the worker: 20 H100s (10 replicas of 2) at 60 ms TPOT p99", async ({
    page,
  }) => {
    const problems = watch(page);
    await open(page, ISSUE, ['h100-sxm']);
    // NIM's measured means imply 7 replicas (14 GPUs); p99 under Poisson arrivals needs more, and
    // the simulated step is slower than NIM's (the unit test of the card's seed says the same).
    await expect(metric(page, 'h100-sxm', 'devices-needed-expected')).toHaveAttribute(
      'data-value',
      '20',
      { timeout: 30_000 },
    );
    expect(await metricNumber(page, 'h100-sxm', 'replicas-expected')).toBe(10);
    // The band's slow end (each step 2.55 times the expected one) holds 60 ms only with a few
    // requests per replica: 998 GPUs. At 50 ms it cannot at any count, so the band is open there,
    // with no data-high, and the card says why.
    const devices = metric(page, 'h100-sxm', 'devices-needed-expected');
    await expect(devices).toHaveAttribute('data-high', '998');
    await open(page, ISSUE.replace('tpot=60', 'tpot=50'), ['h100-sxm']);
    await expect(devices).toHaveAttribute('data-value', '26', { timeout: 30_000 });
    await expect(devices).toHaveAttribute('data-high', '');
    await expect(devices).toContainText('none meets the targets at the band’s slow end');
    await open(page, ISSUE, ['h100-sxm']);
    await expect(devices).toHaveAttribute('data-value', '20', { timeout: 30_000 });
    for (const name of [
      'sim-throughput-tps',
      'sim-ttft-p50-s',
      'sim-ttft-p99-s',
      'sim-tpot-p50-ms',
      'sim-tpot-p99-ms',
      'sim-e2e-p99-s',
      'sim-goodput-rps',
    ]) {
      const m = metric(page, 'h100-sxm', name);
      const [v, lo, hi] = await Promise.all(
        ['data-value', 'data-low', 'data-high'].map(async (a) => Number(await m.getAttribute(a))),
      );
      expect(Number.isFinite(v), name).toBe(true);
      expect(lo, name).toBeLessThanOrEqual(v! * (1 + 1e-9));
      expect(v!, name).toBeLessThanOrEqual(hi! * (1 + 1e-9));
    }
    expect(await metricNumber(page, 'h100-sxm', 'sim-tpot-p50-ms')).toBeLessThanOrEqual(
      await metricNumber(page, 'h100-sxm', 'sim-tpot-p99-ms'),
    );
    // The ideal figures keep their meaning beside it.
    expect(await metricValue(page, 'h100-sxm', 'slo-concurrency')).not.toBe('');
    // One replica at 10 req/s is overloaded, and the card says so.
    await expect(page.locator(`${WIDGET} [data-device="h100-sxm"]`)).toContainText('Overloaded');
    // The chart's simulated layer and the measured NIM points arrive from the worker.
    await expect(page.locator('[data-layer="simulated"] path').first()).toBeAttached();
    expect(problems.console).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  test('disagg=1 adds prefill and decode pools', async ({ page }) => {
    await open(page, `${ISSUE}&ttft=2000&disagg=1`, ['h100-sxm']);
    await expect(metric(page, 'h100-sxm', 'decode-devices')).not.toHaveAttribute('data-value', '', {
      timeout: 30_000,
    });
    expect(await metricNumber(page, 'h100-sxm', 'prefill-devices')).toBeGreaterThan(0);
    expect(await metricNumber(page, 'h100-sxm', 'decode-devices')).toBeGreaterThan(0);
  });

  test('at 4x CPU with four devices: typing reaches the field and every card follows the edit', async ({
    page,
  }) => {
    const four = '/compare/?devices=h100-sxm,mi300x,tpu-v6e,h200&model=llama-3.1-8b';
    await open(page, four, ['h100-sxm', 'mi300x', 'tpu-v6e', 'h200']);
    const ids = ['h100-sxm', 'mi300x', 'tpu-v6e', 'h200'];
    for (const id of ids)
      await expect(metric(page, id, 'sim-throughput-tps')).toHaveAttribute('data-value', /\d/, {
        timeout: 30_000,
      });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({
        type: 'event',
        durationThreshold: 16,
        buffered: false,
      } as PerformanceObserverInit);
    });
    const before = await Promise.all(ids.map((id) => metricValue(page, id, 'sim-throughput-tps')));
    const field = page.getByLabel('Prompt length (tokens)');
    // In the middle of the viewport, as a reader typing has it: where the page leaves it, the field
    // sits in the bottom 87 px of the 720 px viewport, which headless Chromium never draws, and each
    // keystroke's event then lasts until the cards' commit (scripts/perf/typing.mjs says more).
    await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await field.fill('');
    const started = Date.now();
    await field.pressSequentially('1024');
    const typed = Date.now();
    for (const [i, id] of ids.entries())
      await expect(metric(page, id, 'sim-throughput-tps')).not.toHaveAttribute(
        'data-value',
        before[i]!,
        { timeout: 30_000 },
      );
    const ready = Date.now() - typed;
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    console.log(
      `4x CPU: typing took ${typed - started} ms; figures for four devices ${ready} ms after the last key; longest input event ${Math.round(longest)} ms`,
    );
    // What this test holds: with four devices at 4x CPU, typing reaches the field and every card's
    // simulated figures follow the edit. How fast is measured, not asserted (the project's rule:
    // speed is checked in the benchmark, where the machine is settled first): `npm run perf`
    // prints the medians against the issue's targets (300 ms, 100 ms) from scripts/perf/typing.mjs.
    // With Playwright running other specs beside this one, the same build measured 348 and 448 ms
    // in one run and 863 and 936 ms in another (2026-12-07), with the field still unscrolled.
    // With it in view and this spec alone (load average 2.1-2.4 on two cores): longest event 72,
    // 128, 128 and 112 ms, figures 187-323 ms; too close to 100 and 300 ms to assert here.
    await expect(field).toHaveValue('1024');
  });
});
