// Local plugin: validates the hardware catalogue and publishes /hardware.json, /hardware.csv and /hardware.schema.json.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
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
    throw new Error(
      `Invalid hardware catalogue (src/data/hardware.ts):\n  ${problems.join('\n  ')}`,
    );
  }
}

export default function hardwareDataPlugin(): Plugin {
  // Fail the build at start-up, before any page renders an invalid figure.
  assertValidCatalogue();
  return {
    name: 'hardware-data',
    // No cache group here: the bundler's default splitting already keeps src/data and src/lib
    // modules with the pages that import them. A forced chunk sent all of them to 12 of 17 pages.
    async postBuild({ outDir }) {
      await writeFile(path.join(outDir, 'hardware.json'), catalogueJson(), 'utf8');
      await writeFile(path.join(outDir, 'hardware.csv'), catalogueCsv(catalogue.devices), 'utf8');
      await writeFile(path.join(outDir, 'hardware.schema.json'), catalogueSchemaJson(), 'utf8');
    },
  };
}
