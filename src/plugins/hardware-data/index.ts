// Local plugin: validates the hardware catalogue and publishes /hardware.json, /hardware.csv and /hardware.schema.json.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import type { Module } from 'webpack';
import { catalogue } from '../../data/hardware';
import { catalogueJsonSchema, catalogueProblems } from '../../data/hardware-schema';
import { catalogueCsv } from '../../lib/csv';

export function catalogueJson(): string {
  return `${JSON.stringify(catalogue, null, 2)}\n`;
}

export function catalogueSchemaJson(): string {
  return `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`;
}

/** Throws, listing every problem, when any catalogue entry breaks the device schema. */
export function assertValidCatalogue(): void {
  const problems = catalogueProblems(catalogue.devices, catalogue.aliases);
  if (problems.length > 0) {
    throw new Error(`Invalid hardware catalogue (src/data/hardware/):\n  ${problems.join('\n  ')}`);
  }
}

export default function hardwareDataPlugin(): Plugin {
  // Fail the build at start-up, before any page renders an invalid figure.
  assertValidCatalogue();
  return {
    name: 'hardware-data',
    // Data and calculation modules stay with the pages that import them. Docusaurus's "common"
    // chunk (modules used by half the pages, loaded by every page) otherwise takes the catalogue,
    // so /, /deployment/ and the prose chapters would fetch it too; "default: false" there keeps
    // excluded modules inside each page's own chunk. Anchored to this site's src/data and src/lib.
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const src = path.resolve(__dirname, '..', '..');
      const dataOrLib = [path.join(src, 'data') + path.sep, path.join(src, 'lib') + path.sep];
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              common: {
                test: (module: Module) => {
                  const resource = (module as { resource?: string }).resource ?? '';
                  return !dataOrLib.some((dir) => resource.startsWith(dir));
                },
              },
            },
          },
        },
      };
    },
    async postBuild({ outDir }) {
      await writeFile(path.join(outDir, 'hardware.json'), catalogueJson(), 'utf8');
      await writeFile(path.join(outDir, 'hardware.csv'), catalogueCsv(catalogue.devices), 'utf8');
      await writeFile(path.join(outDir, 'hardware.schema.json'), catalogueSchemaJson(), 'utf8');
    },
  };
}
