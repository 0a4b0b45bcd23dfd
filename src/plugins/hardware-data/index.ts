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
    // No cache group here: the bundler's default splitting already keeps src/data and src/lib
    // modules with the pages that import them. A forced chunk sent all of them to 12 of 17 pages.
    async postBuild({ outDir }) {
      await writeFile(path.join(outDir, 'hardware.json'), catalogueJson(), 'utf8');
      await writeFile(path.join(outDir, 'hardware.csv'), catalogueCsv(catalogue.devices), 'utf8');
    },
  };
}
