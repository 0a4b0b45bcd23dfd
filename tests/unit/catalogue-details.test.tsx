// In the browser build the catalogue chunk has no device notes or change list: after a client-side navigation the tables read them from /hardware.json, only when shown.
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
    expect(isMeasurementTable(at('data/serving-curves.ts'))).toBe(false);
    // Sources only the tables cite go with them; those the serving curves import stay shared.
    expect(isMeasurementTable(at('data/measurement-sources-edge.ts'))).toBe(true);
    expect(isMeasurementTable(at('data/measurement-sources.ts'))).toBe(true);
    expect(isMeasurementTable(at('data/measurement-sources-accelerators.ts'))).toBe(false);
    expect(isMeasurementTable(at('data/measurement-sources-accelerators-more.ts'))).toBe(false);
    // The accuracy report and the serving validation are the accuracy page's alone.
    expect(isAccuracyPageScript(at('lib/calibration/report.ts'))).toBe(true);
    expect(isAccuracyPageScript(at('lib/serving/sim/validation.ts'))).toBe(true);
    expect(isAccuracyPageScript(at('lib/serving/sim/engine.ts'))).toBe(false);
  });
});
