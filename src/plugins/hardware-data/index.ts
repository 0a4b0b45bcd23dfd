// Local plugin: publishes the hardware catalogue as /hardware.json and /hardware.csv at build time.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { catalogue } from '../../data/hardware';
import { catalogueCsv } from '../../lib/csv';

export function catalogueJson(): string {
  return `${JSON.stringify(catalogue, null, 2)}\n`;
}

export default function hardwareDataPlugin(): Plugin {
  return {
    name: 'hardware-data',
    // The catalogue, model presets and prices go in a chunk of their own, loaded only by pages
    // that show them; otherwise the bundler's shared chunk would carry them onto every page.
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              handbookData: {
                test: /[\\/]src[\\/](data|lib)[\\/]/,
                name: 'handbook-data',
                chunks: 'async',
                priority: 50,
                enforce: true,
              },
            },
          },
        },
      };
    },
    async postBuild({ outDir }) {
      await writeFile(path.join(outDir, 'hardware.json'), catalogueJson(), 'utf8');
      await writeFile(path.join(outDir, 'hardware.csv'), catalogueCsv(catalogue.devices), 'utf8');
    },
  };
}
