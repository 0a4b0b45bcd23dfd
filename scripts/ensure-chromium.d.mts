// Types for scripts/ensure-chromium.mjs, imported by playwright.config.ts.
export function chromiumPath(): string | undefined;
