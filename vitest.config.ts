// Unit and component tests: jsdom for components, plain Node semantics for src/lib.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The Docusaurus tsconfig preserves JSX for its own bundler; tests compile it here.
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: {
      '@site': path.resolve(__dirname),
      // Docusaurus resolves these in its own bundler; tests use the router it wraps and doubles.
      '@docusaurus/router': 'react-router-dom',
      '@docusaurus/useBaseUrl': path.resolve(__dirname, 'tests/unit/doubles/use-base-url.ts'),
      '@docusaurus/Link': path.resolve(__dirname, 'tests/unit/doubles/link.tsx'),
      '@docusaurus/useIsBrowser': path.resolve(__dirname, 'tests/unit/doubles/use-is-browser.ts'),
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // Interaction tests type into many fields; a loaded two-core CI machine needs the headroom.
    testTimeout: 30_000,
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
