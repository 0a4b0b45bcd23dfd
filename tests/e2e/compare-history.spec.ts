// Back and forward on /compare/ restore earlier comparisons; a choice keeps the reader's focus.
import { expect, test, type Page } from '@playwright/test';
import { openHydrated } from './helpers';

const WIDGET = '[data-component="compare-widget"]';

function metric(page: Page, device: string, name: string) {
  return page.locator(`${WIDGET} [data-device="${device}"] [data-metric="${name}"]`);
}

test('a choice adds a history entry; back and forward restore each comparison', async ({
  page,
}) => {
  await openHydrated(page, '/compare/?devices=h100-sxm&model=llama-3.1-70b');
  const weights = page.locator(WIDGET).getByLabel('Weight precision');
  // BF16: 70.6e9 parameters × 16 bits ÷ 8 = 141.2 GB.
  await expect(metric(page, 'h100-sxm', 'weights-gb')).toHaveAttribute('data-value', '141.2');

  await weights.focus();
  await weights.selectOption('fp8');
  await expect(page).toHaveURL(/weights=fp8/);
  // FP8: 70.6e9 × 8 ÷ 8 = 70.6 GB.
  await expect(metric(page, 'h100-sxm', 'weights-gb')).toHaveAttribute('data-value', '70.6');
  // Docusaurus moves focus to the page top after a PUSH; the select gets it back.
  await expect(weights).toBeFocused();

  await page.goBack();
  await expect(weights).toHaveValue('bf16');
  await expect(metric(page, 'h100-sxm', 'weights-gb')).toHaveAttribute('data-value', '141.2');

  await page.goForward();
  await expect(weights).toHaveValue('fp8');
  await expect(metric(page, 'h100-sxm', 'weights-gb')).toHaveAttribute('data-value', '70.6');
});

test('typing replaces the current entry and keeps every keystroke', async ({ page }) => {
  await openHydrated(page, '/compare/?devices=h100-sxm&model=llama-3.1-8b');
  const ctx = page.locator(WIDGET).getByLabel('Context length (tokens)');
  await ctx.fill('');
  await ctx.pressSequentially('32768');
  await expect(ctx).toHaveValue('32768');
  await expect(ctx).toBeFocused();
  await expect(page).toHaveURL(/ctx=32768/);
  // KV per token 131,072 B × 32,768 tokens = 4,294,967,296 B = 4.294967296 GB.
  await expect(metric(page, 'h100-sxm', 'kv-gb')).toHaveAttribute('data-value', '4.294967296');
  // The typing did not stack history entries: one back leaves the page's first state behind.
  await page.goBack();
  await expect(page).not.toHaveURL(/\/compare\//);
});
