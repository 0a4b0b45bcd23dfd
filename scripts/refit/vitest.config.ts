// Vitest configuration for the calibration refit script only (not part of npm test).
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@site': path.resolve(__dirname, '../..') } },
  test: { include: ['scripts/refit/*.test.ts'], environment: 'node', testTimeout: 600_000 },
});
