// Unit and component tests: jsdom for components, plain Node semantics for src/lib.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The Docusaurus tsconfig preserves JSX for its own bundler; tests compile it here.
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: { '@site': path.resolve(__dirname) },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
