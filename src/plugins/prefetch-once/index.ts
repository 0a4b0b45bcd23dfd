// Local plugin: swaps Docusaurus's chunk prefetch helper for one that fetches each chunk once.
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { replaceLibFile } from '../replace-module';

export default function prefetchOncePlugin(): Plugin {
  return {
    name: 'prefetch-once',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return replaceLibFile(
        '@docusaurus/core',
        'client/prefetch.js',
        path.join(__dirname, 'prefetch.js'),
      );
    },
  };
}
