// Accuracy page components: the scatter has a text alternative, every point reaches the table, numbers are finite.
import { render, screen, within } from '@testing-library/react';
import { createRequire } from 'node:module';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import AccuracyChart, {
  AccuracyByClass,
  AccuracyFigure,
  AccuracySummary,
  ExcludedPoints,
  FittedParameters,
} from '@site/src/components/AccuracyChart';
import { excludedMeasurements } from '@site/src/data/measurements';
import { accuracyReport } from '@site/src/lib/calibration/refit';

// react-dom ships no types here; load its server renderer untyped and give it a signature.
const { renderToString } = createRequire(import.meta.url)('react-dom/server') as {
  renderToString: (element: ReactElement) => string;
};

const rows = accuracyReport();

describe('AccuracyChart', () => {
  it('draws one marker per point and names the chart for screen readers', () => {
    const { container } = render(<AccuracyChart />);
    const svg = container.querySelector('svg[role="img"]');
    expect(svg).not.toBeNull();
    const markers = svg!.querySelectorAll('circle, rect, path[d^="M"]:not([class*="band"])');
    // One marker per row (the band is a path too, hence the class filter).
    expect(markers.length).toBe(rows.length);
    expect(svg!.querySelector('desc')?.textContent).toContain(
      `${rows.length} published measurements`,
    );
  });

  it('lists every point in the table with finite figures and a source link', () => {
    render(<AccuracyChart />);
    const table = screen.getByRole('table', { name: /every calibration point/i });
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.length).toBe(rows.length);
    for (const r of bodyRows) expect(within(r).getByRole('link')).toHaveAttribute('href');
    expect(table.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('keeps every tick and label inside the 360-unit square', () => {
    const html = renderToString(<AccuracyChart />);
    const xs = [...html.matchAll(/ x="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
    const ys = [...html.matchAll(/ y="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
    for (const v of [...xs, ...ys]) expect(v >= 0 && v <= 360).toBe(true);
  });

  it('renders only the rows it is given', () => {
    const one = rows.slice(0, 2);
    const { container } = render(<AccuracyChart rows={one} />);
    expect(container.querySelectorAll('tbody tr').length).toBe(2);
  });
});

describe('accuracy tables', () => {
  it('summary and per-class tables render percentages, never NaN', () => {
    const { container } = render(
      <>
        <AccuracySummary />
        <AccuracyByClass />
        <FittedParameters />
      </>,
    );
    expect(container.textContent).toMatch(/%/);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
    expect(screen.getByRole('table', { name: /^held-out error by metric:/i })).toBeInTheDocument();
  });

  it('lists every excluded measurement with its reason', () => {
    render(<ExcludedPoints />);
    const table = screen.getByRole('table', { name: /left out/i });
    expect(within(table).getAllByRole('row').length - 1).toBe(excludedMeasurements.length);
  });

  it('inline figures match the summary table', () => {
    const { container } = render(<AccuracyFigure group="single-stream" stat="medianError" />);
    expect(container.textContent).toMatch(/^\d+(\.\d)?%$/);
  });
});
