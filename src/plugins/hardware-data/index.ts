// Local plugin: validates the hardware catalogue and publishes /hardware.json, /hardware.csv and /hardware.schema.json.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import type { Configuration, Module } from 'webpack';
import { catalogue } from '../../data/hardware';
import { catalogueJsonSchema, catalogueProblems } from '../../data/hardware-schema';
import { catalogueCsv } from '../../lib/catalogue/csv';

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

/** Above Docusaurus's "common" group (priority 40), below its single "styles" group (50). */
export const CATALOGUE_PRIORITY = 45;
/** Below "common": modules most pages use still go there, in the chunk every page loads. */
const SHARED_PRIORITY = 10;

type CacheGroup = { name?: unknown; priority?: unknown; test?: unknown };

/**
 * Docusaurus's own cache groups, as this plugin expects them (read from the webpack config it is
 * given): a "common" group below CATALOGUE_PRIORITY. A message per difference, naming it.
 */
export function cacheGroupProblems(config: Configuration): string[] {
  const splitChunks = config.optimization?.splitChunks;
  const groups = (splitChunks ? splitChunks.cacheGroups : undefined) as
    Record<string, CacheGroup | false> | undefined;
  const common = groups?.common;
  if (!common) {
    return [
      "hardware-data: Docusaurus's client config has no 'common' cache group any more; recheck " +
        'which chunks take src/data and src/lib (see UPGRADING.md).',
    ];
  }
  const problems: string[] = [];
  if (typeof common.priority !== 'number' || common.priority >= CATALOGUE_PRIORITY) {
    problems.push(
      `hardware-data: Docusaurus's 'common' cache group has priority ${String(common.priority)}, ` +
        `not below the catalogue group's ${CATALOGUE_PRIORITY}: it would take the catalogue.`,
    );
  }
  if (common.test !== undefined) {
    problems.push(
      "hardware-data: Docusaurus's 'common' cache group now has its own test; merging ours " +
        'would replace it (see UPGRADING.md).',
    );
  }
  return problems;
}

const DATA_DIR = path.resolve(__dirname, '..', '..', 'data');
const LOO_FILE = path.resolve(__dirname, '..', '..', 'lib', 'calibration', 'loo.ts');
const SERVING_HELD_OUT_FILE = path.resolve(
  __dirname,
  '..',
  '..',
  'lib',
  'serving',
  'sim',
  'held-out-params.ts',
);

/**
 * src/data/measurements.ts and measurements-*.ts (the fitted and excluded points),
 * saturation-measurements.ts, the stand-ins' derived peaks (stand-in-peaks.ts), the measured
 * serving curves (serving-curves*.ts) and every measurement source, the stored leave-one-out
 * results and the serving validation's held-out step-model fits: only the accuracy page prints
 * them. Not measurement-types.ts. The simulation's worker plots measured curves from their compact
 * copy (src/lib/compare/chart-curves.ts), and a unit test keeps every other client module from
 * importing the curves, which would pull this chunk into that page.
 */
export function isMeasurementTable(resource: string): boolean {
  if (resource === LOO_FILE || resource === SERVING_HELD_OUT_FILE) return true;
  if (path.dirname(resource) !== DATA_DIR) return false;
  const name = path.basename(resource);
  return /^(measurements(-[a-z-]+)?|measurement-sources(-[a-z-]+)?|serving-curves(-[a-z-]+)?|saturation-measurements|stand-in-peaks)\.ts$/.test(
    name,
  );
}

const LIB_DIR = path.resolve(__dirname, '..', '..', 'lib');
/** Library modules only the accuracy page's components import: its report and the serving validation. */
const ACCURACY_PAGE_LIB = new Set(
  ['calibration/report.ts', 'serving/sim/validation.ts', 'serving/sim/held-out.ts'].map((f) =>
    path.join(LIB_DIR, f),
  ),
);

const COMPONENTS_DIR = path.resolve(__dirname, '..', '..', 'components');

/**
 * The accuracy page's own components (its tables, chart and serving validation), which no other
 * page imports: scripts only, so their CSS stays where the theme orders it.
 */
export function isAccuracyPageScript(resource: string): boolean {
  if (ACCURACY_PAGE_LIB.has(resource)) return true;
  const rel = path.relative(COMPONENTS_DIR, resource).split(path.sep);
  return (
    rel.length === 2 &&
    (rel[0] === 'AccuracyChart' || rel[0] === 'ServingValidation') &&
    /\.tsx?$/.test(rel[1] ?? '')
  );
}

export default function hardwareDataPlugin(): Plugin {
  // Fail the build at start-up, before any page renders an invalid figure.
  assertValidCatalogue();
  return {
    name: 'hardware-data',
    configureWebpack(config, isServer) {
      if (isServer) return {};
      const problems = cacheGroupProblems(config);
      if (problems.length > 0) throw new Error(problems.join('\n'));
      const src = path.resolve(__dirname, '..', '..');
      // src/data/hardware.ts, or a src/data/hardware/ folder once the catalogue splits by kind.
      const catalogueFile = path.join(src, 'data', 'hardware');
      const dataOrLib = [path.join(src, 'data') + path.sep, path.join(src, 'lib') + path.sep];
      const resourceOf = (module: Module): string =>
        (module as { resource?: string }).resource ?? '';
      return {
        module: {
          rules: [
            {
              // Device notes and the change list stay out of the browser's catalogue chunk (see
              // strip-details.cjs); the pages that print them read /hardware.json.
              test: /\.ts$/,
              include: [catalogueFile + path.sep],
              enforce: 'pre' as const,
              use: [{ loader: require.resolve('./strip-details.cjs') }],
            },
          ],
        },
        optimization: {
          splitChunks: {
            cacheGroups: {
              // The hardware catalogue in one chunk of its own, shared by every page that uses it
              // and so fetched once per visit rather than inside each page's chunk (issue 21: 14
              // copies, about 27 KB gzipped each). The rest of src/data (prices, measurements,
              // formats) goes to the shared chunks below, so a page fetches only what it uses.
              catalogue: {
                name: 'catalogue',
                test: (module: Module) => {
                  const resource = resourceOf(module);
                  return (
                    resource === `${catalogueFile}.ts` ||
                    resource.startsWith(catalogueFile + path.sep)
                  );
                },
                chunks: 'all',
                enforce: true,
                priority: CATALOGUE_PRIORITY,
              },
              // The measurement tables, the stored leave-one-out runs and the components that only
              // the accuracy page prints, in a chunk of their own: a route prefetch fetches a route's own
              // chunk, so a page that links to /hardware/accuracy/ no longer prefetches about
              // 45 KB of tables its reader may never open; the page loads them when visited.
              measurements: {
                name: 'measurements',
                test: (module: Module) => {
                  const resource = resourceOf(module);
                  return isMeasurementTable(resource) || isAccuracyPageScript(resource);
                },
                chunks: 'all',
                enforce: true,
                priority: CATALOGUE_PRIORITY,
              },
              // Any other module that two or more chunks need (a table component, the number
              // formatter, a calculation) goes into a chunk shared by exactly those, instead of a
              // copy in each page's chunk: a reader following the sidebar fetches it once.
              // Docusaurus turns webpack's "default" group off, so without this nothing below
              // the "common" threshold is shared.
              shared: {
                chunks: 'all',
                minChunks: 2,
                minSize: 10_000,
                priority: SHARED_PRIORITY,
                reuseExistingChunk: true,
              },
              // Data and calculation modules stay out of Docusaurus's "common" chunk (modules used
              // by half the pages, loaded by every page), or the home page and the prose chapters
              // would fetch them too; they go to the chunks above. Merged into Docusaurus's own
              // group, which cacheGroupProblems checks above.
              common: {
                test: (module: Module) =>
                  !dataOrLib.some((dir) => resourceOf(module).startsWith(dir)),
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
