// Specification for the capacity chart: it draws and tabulates the curves it is given, accessibly.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import CapacityChart, { type CapacityChartSeries } from '@site/src/components/CapacityChart';
import { layoutFor, logDomain, logTicks } from '@site/src/components/CapacityChart/scale';
import { stubResizeObserver } from './fixtures';

const a: CapacityChartSeries = {
  label: 'GPU A',
  points: [
    { concurrency: 1, perUserTokensPerSecond: 206.1, throughputPerDevice: 206.1 },
    { concurrency: 88, perUserTokensPerSecond: 100.4, throughputPerDevice: 8837 },
    { concurrency: 181, perUserTokensPerSecond: 68.2, throughputPerDevice: 12_344 },
  ],
  operatingConcurrency: 88,
  kneeConcurrency: 181,
};
const b: CapacityChartSeries = {
  label: 'GPU B',
  points: [
    { concurrency: 1, perUserTokensPerSecond: 50, throughputPerDevice: 25 },
    { concurrency: 4, perUserTokensPerSecond: 40, throughputPerDevice: 80 },
  ],
  operatingConcurrency: null,
  kneeConcurrency: null,
};

describe('CapacityChart', () => {
  it('is an image with a summary naming each operating point and knee', () => {
    render(<CapacityChart series={[a, b]} targetPerUserTokensPerSecond={100} />);
    const img = screen.getByRole('img');
    const desc = img.querySelector('desc')!.textContent!;
    expect(desc).toMatch(
      /GPU A: at 88 concurrent requests, 100\.4 tok\/s per user and 8,837 tok\/s per device/,
    );
    expect(desc).toMatch(/compute-bound from 181 requests/);
    expect(desc).toMatch(/GPU B: no concurrency meets the targets/);
    expect(desc).toMatch(/Target: 100 tok\/s per user/);
  });

  it('renders the values it is given in the data table, with the marks', () => {
    render(<CapacityChart series={[a, b]} targetPerUserTokensPerSecond={null} />);
    const table = screen.getByRole('table', { name: 'GPU A' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 3);
    const cells = (i: number) =>
      within(rows[i]!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(within(rows[2]!).getByRole('rowheader').textContent).toBe('88');
    expect(cells(2)).toEqual(['100.4', '8,837', 'operating point']);
    expect(cells(3)).toEqual(['68.2', '12,344', 'compute-bound from here']);
    expect(screen.getByRole('table', { name: 'GPU B' })).toBeTruthy();
  });

  it('draws one line per device, a ring at the operating point, the knee and the target line', () => {
    const { container } = render(
      <CapacityChart series={[a, b]} targetPerUserTokensPerSecond={100} />,
    );
    const svg = container.querySelector('svg[role="img"]')!;
    expect(svg.querySelectorAll('path')).toHaveLength(2);
    // Two dash patterns: the lines differ without colour.
    const dashes = Array.from(svg.querySelectorAll('path')).map((p) =>
      p.getAttribute('stroke-dasharray'),
    );
    expect(new Set(dashes).size).toBe(2);
    expect(svg.querySelectorAll('circle.ring')).toHaveLength(1);
    expect(svg.querySelectorAll('line.kneeTick')).toHaveLength(1);
    expect(svg.textContent).toMatch(/target 100 tok\/s per user/);
  });

  it('never prints NaN or Infinity, and says what it could not draw', () => {
    const bad: CapacityChartSeries = {
      label: 'Bad',
      points: [
        { concurrency: 1, perUserTokensPerSecond: Number.NaN, throughputPerDevice: Infinity },
      ],
      operatingConcurrency: 1,
      kneeConcurrency: null,
    };
    const many = [a, b, { ...b, label: 'C' }, { ...b, label: 'D' }, { ...b, label: 'E' }];
    const { container } = render(
      <CapacityChart
        series={[bad, ...many.slice(0, 4)]}
        targetPerUserTokensPerSecond={Number.NaN}
      />,
    );
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
    expect(container.textContent).toMatch(/Nothing fits, so no curve: Bad/);
    expect(container.textContent).toMatch(/Not drawn \(at most 4 lines\): D/);
  });

  it('is drawn at the phone step on a phone, scaled up to its frame and never down', () => {
    // A 390 px screen leaves about 358 px for the column: drawn 320 wide (the server's drawing
    // too, so hydration changes nothing) and shown at 358 px, not 640 shrunk.
    stubResizeObserver(vi.stubGlobal, 358);
    try {
      render(<CapacityChart series={[a]} targetPerUserTokensPerSecond={null} />);
      const svg = screen.getByRole('img');
      expect(svg.getAttribute('viewBox')).toBe('0 0 320 300');
      expect(svg.style.maxWidth).toBe('400px');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('redraws at a wider step in a wide frame', () => {
    stubResizeObserver(vi.stubGlobal, 900);
    try {
      render(<CapacityChart series={[a]} targetPerUserTokensPerSecond={null} />);
      expect(screen.getByRole('img').getAttribute('viewBox')).toBe('0 0 720 360');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows a message instead of an empty plot when no series has a point', () => {
    render(<CapacityChart series={[{ ...b, points: [] }]} targetPerUserTokensPerSecond={10} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText(/No curve to draw/)).toBeTruthy();
  });
});

describe('capacity chart scales', () => {
  it('keeps one SVG unit per CSS pixel at phone width, so 12 px text stays 12 px', () => {
    // A 390 px screen leaves about 358 px for the column.
    const l = layoutFor(358);
    expect(l.width).toBe(358);
    expect(l.narrow).toBe(true);
    expect(layoutFor(2000).width).toBe(720);
    expect(layoutFor(100).width).toBe(300);
  });

  it('pads log domains to 1-2-5 steps and thins ticks to decades when crowded', () => {
    expect(logDomain([206, 12_344])).toEqual([200, 20_000]);
    expect(logDomain([0, Number.NaN])).toBeNull();
    // A lone value gets room either side: 100 → [50, 200].
    expect(logDomain([100])).toEqual([50, 200]);
    expect(logTicks([200, 20_000], 7)).toEqual([200, 500, 1000, 2000, 5000, 10_000, 20_000]);
    expect(logTicks([1, 100_000], 4)).toEqual([1, 10, 100, 1000, 10_000, 100_000]);
  });
});
