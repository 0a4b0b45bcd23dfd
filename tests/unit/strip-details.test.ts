// The browser build's catalogue chunk: every device entry's notes and the change list are left out, and the loader refuses an entry it cannot strip.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { catalogue } from '@site/src/data/hardware';
import {
  loadCatalogueDetails,
  parseCatalogueDetails,
} from '@site/src/components/useCatalogueDetails';

interface Counts {
  devices: number;
  notes: number;
  changes: number;
  flag: number;
}
type Loader = ((this: { resourcePath: string }, source: string) => string) & {
  stripDetails: (source: string, fileName: string) => { source: string; counts: Counts };
};
const loader = createRequire(import.meta.url)(
  '../../src/plugins/hardware-data/strip-details.cjs',
) as Loader;

const DIR = path.resolve(__dirname, '../../src/data/hardware');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
const run = (file: string, source = readFileSync(path.join(DIR, file), 'utf8')) =>
  loader.call({ resourcePath: path.join(DIR, file) }, source);

/** The text of every `notes` initializer in a device entry of `source`. */
function notesInitializers(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      node.name.getText(file) === 'notes' &&
      ts.isObjectLiteralExpression(node.parent) &&
      node.parent.properties.some((p) => p.name?.getText(file) === 'memoryBandwidthGBs') &&
      node.parent.properties.some((p) => p.name?.getText(file) === 'id')
    ) {
      found.push(node.initializer.getText(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('strip-details (browser builds of src/data/hardware)', () => {
  it('finds every catalogue device as a literal entry and empties each one’s notes', () => {
    let entries = 0;
    for (const file of files) {
      const stripped = run(file);
      const notes = notesInitializers(stripped);
      expect(
        notes.every((n) => n === "''"),
        file,
      ).toBe(true);
      entries += notes.length;
    }
    // No device escapes through a spread or a helper: all 62 entries were stripped.
    expect(entries).toBe(catalogue.devices.length);
  });

  it('empties the change list and sets the flag components read', () => {
    expect(run('changes.ts')).toMatch(/export const catalogueChanges: CatalogueChange\[\] = \[\];/);
    expect(run('index.ts')).toMatch(/export const DETAILS_IN_BUNDLE: boolean = false;/);
  });

  it('stops the build, naming the file, on a device entry without a literal notes property', () => {
    const source = "const d = { id: 'x', memoryBandwidthGBs: 1, ...shared };";
    expect(() => run('gpus-test.ts', source)).toThrow(
      /gpus-test\.ts: 1 device entries but 0 notes found/,
    );
  });
});

describe('catalogue details in the browser', () => {
  it('reads notes and changes from /hardware.json as the plugin publishes it', () => {
    const published: unknown = JSON.parse(JSON.stringify(catalogue));
    const details = parseCatalogueDetails(published);
    const first = catalogue.devices[0];
    expect(first && details.notes.get(first.id)).toBe(first?.notes);
    expect(details.changes).toEqual(catalogue.changes);
  });

  it('refuses a file without the lists', () => {
    expect(() => parseCatalogueDetails({ devices: [] })).toThrow(/no devices or changes list/);
  });

  it('in tests and on the server the details come from the bundle, with no fetch', async () => {
    const details = await loadCatalogueDetails('/nowhere.json');
    expect(details.changes).toBe(catalogue.changes);
  });
});
