// In the browser build the catalogue chunk has no device notes or change list: after a client-side navigation the tables read them from /hardware.json, only when shown.
import { readdirSync, readFileSync } from 'node:fs';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CatalogueChanges from '../../src/components/CatalogueChanges';
import HardwareTable from '../../src/components/HardwareTable';
import { catalogue } from '../../src/data/hardware';
import type * as Hardware from '../../src/data/hardware';
import { isAccuracyPageScript, isMeasurementTable } from '../../src/plugins/hardware-data';

// What strip-details.cjs does to the browser's copy of src/data/hardware.
vi.mock('../../src/data/hardware', async (importOriginal) => {
  const original = await importOriginal<typeof Hardware>();
  return {
    ...original,
    DETAILS_IN_BUNDLE: false,
    catalogue: { ...original.catalogue, changes: [] },
  };
});

const h100 = catalogue.devices.find((d) => d.id === 'h100-sxm');
if (!h100) throw new Error('h100-sxm is missing from the catalogue');

function serveCatalogue(): ReturnType<typeof vi.fn> {
  const fetchMock = vi.fn(() =>
    Promise.resolve(new Response(JSON.stringify(catalogue), { status: 200 })),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('catalogue details fetched where they are printed', () => {
  it('a device table fetches the notes only when the reader opens them', async () => {
    const fetchMock = serveCatalogue();
    render(<HardwareTable caption="GPUs" devices={[{ ...h100, notes: '' }]} />);
    expect(screen.getByText('Loading the notes…')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    const details = screen.getByText(/Notes and sources for these 1 devices/).closest('details');
    if (!details) throw new Error('no <details>');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(await screen.findByText(h100.notes)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith('/hardware.json', { credentials: 'same-origin' });
  });

  it('the change list is fetched on the page that shows it', async () => {
    serveCatalogue();
    render(<CatalogueChanges />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the change list…');
    const moved = catalogue.changes.filter((c) => c.field !== 'added').length;
    expect(await screen.findByText(new RegExp(`and ${moved} figures changed`))).toBeInTheDocument();
  });
});

describe('the measurements chunk', () => {
  it('is imported by no client module but the accuracy page: the measured curves reach the worker as their compact copy', () => {
    // A page or the worker importing the curves or a measurement table would pull the whole
    // chunk (tables, quotes, notes) into its own load. Scripts and tests may import them.
    const root = `${process.cwd()}/src`;
    const allowed = new Set([
      'components/ServingValidation/index.tsx',
      'components/AccuracyChart/tables.tsx',
      'lib/calibration/report.ts',
      'lib/serving/sim/held-out-fit.ts',
    ]);
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const full = `${dir}/${e.name}`;
        if (e.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(e.name)) {
          const rel = full.slice(root.length + 1);
          if (rel.startsWith('data/') || allowed.has(rel)) continue;
          const text = readFileSync(full, 'utf8');
          // Type-only imports are erased from the bundle.
          const value =
            /^import (?!type )[^;]*from '[^']*data\/(serving-curves|measurements|measurement-sources)[a-z-]*';/m;
          if (value.test(text)) offenders.push(rel);
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });

  it('takes the measurement tables, stored leave-one-out runs and the sources only they cite', () => {
    const root = process.cwd();
    const at = (file: string) => `${root}/src/${file}`;
    expect(isMeasurementTable(at('data/measurements.ts'))).toBe(true);
    expect(isMeasurementTable(at('data/measurements-edge-more.ts'))).toBe(true);
    expect(isMeasurementTable(at('data/saturation-measurements.ts'))).toBe(true);
    expect(isMeasurementTable(at('lib/calibration/loo.ts'))).toBe(true);
    expect(isMeasurementTable(at('lib/serving/sim/held-out-params.ts'))).toBe(true);
    expect(isMeasurementTable(at('data/stand-in-peaks.ts'))).toBe(true);
    expect(isAccuracyPageScript(at('components/AccuracyChart/tables.tsx'))).toBe(true);
    expect(isAccuracyPageScript(at('components/ServingValidation/index.tsx'))).toBe(true);
    expect(isAccuracyPageScript(at('components/AccuracyChart/styles.module.css'))).toBe(false);
    expect(isAccuracyPageScript(at('components/CompareWidget/Widget.tsx'))).toBe(false);
    expect(isMeasurementTable(at('data/measurement-types.ts'))).toBe(false);
    // The measured serving curves and every source go with the tables: the worker plots the
    // curves' compact copy, which stays out.
    expect(isMeasurementTable(at('data/serving-curves.ts'))).toBe(true);
    expect(isMeasurementTable(at('data/serving-curves-new.ts'))).toBe(true);
    expect(isMeasurementTable(at('data/measurement-sources-edge.ts'))).toBe(true);
    expect(isMeasurementTable(at('data/measurement-sources-accelerators-more.ts'))).toBe(true);
    expect(isMeasurementTable(at('data/serving-curve-types.ts'))).toBe(false);
    expect(isMeasurementTable(at('lib/compare/chart-curves.ts'))).toBe(false);
    // The accuracy report and the serving validation are the accuracy page's alone.
    expect(isAccuracyPageScript(at('lib/calibration/report.ts'))).toBe(true);
    expect(isAccuracyPageScript(at('lib/serving/sim/validation.ts'))).toBe(true);
    expect(isAccuracyPageScript(at('lib/serving/sim/engine.ts'))).toBe(false);
  });
});
