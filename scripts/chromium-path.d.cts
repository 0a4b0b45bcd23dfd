// Types for scripts/chromium-path.cjs.
export function chromiumPath(): string | undefined;
