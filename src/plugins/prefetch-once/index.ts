// Local plugin: swaps Docusaurus's chunk prefetch helper for one that fetches each chunk once.
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

export default function prefetchOncePlugin(): Plugin {
  return {
    name: 'prefetch-once',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const original = path.join(
        path.dirname(require.resolve('@docusaurus/core/package.json')),
        'lib',
        'client',
        'prefetch.js',
      );
      return { resolve: { alias: { [original]: path.join(__dirname, 'prefetch.js') } } };
    },
  };
}
