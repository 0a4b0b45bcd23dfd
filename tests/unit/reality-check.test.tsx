// Reality check: measured decode speeds shown beside the estimator's ideal bound.
import { render, screen, within } from '@testing-library/react';
import { createRequire } from 'node:module';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import RealityCheck, { realityRows } from '@site/src/components/RealityCheck';
import { devices } from '@site/src/data/hardware';
import { measurements, type Measurement } from '@site/src/data/measurements';
import { findModel } from '@site/src/data/models';
import type { Device } from '@site/src/data/types';

// react-dom ships no types here; load its server renderer untyped and give it a signature.
const { renderToString } = createRequire(import.meta.url)('react-dom/server') as {
  renderToString: (element: ReactElement) => string;
};

const fixtureA100: Device = {
  id: 'fixture-a100',
  name: 'Fixture A100',
  vendor: 'Test',
  kind: 'gpu',
  segment: 'datacenter',
  released: 2020,
  memoryGB: 80,
  memoryType: 'HBM2e',
  memoryBandwidthGBs: 2000,
  bf16Tflops: 312,
  fp8Tflops: null,
  int8Tops: 624,
  fp4Tflops: null,
  tdpW: 400,
  scaleUp: { name: 'link', GBs: 600 },
  notes: '',
  sources: [],
  cite: {},
};

const fixtureMeasurement: Measurement = {
  id: 'fixture-run',
  deviceId: 'fixture-a100',
  n: 1,
  modelId: 'llama-2-7b',
  engine: 'Test engine',
  weightPrecision: 'bf16',
  kvPrecision: 'bf16',
  concurrency: 1,
  promptTokens: 5,
  contextTokens: 100,
  measuredTokensPerSecond: 100,
  scenario: 'BF16, batch 1',
  why: 'Because tests say so.',
  source: { id: 's', title: 'Test source', url: 'https://example.com/run', accessed: '2026-11-29' },
};

describe('measurement data', () => {
  it('has at least three sourced measurements, each on a catalogue device and a preset', () => {
    expect(measurements.length).toBeGreaterThanOrEqual(3);
    for (const m of measurements) {
      expect(
        devices.some((d) => d.id === m.deviceId),
        m.deviceId,
      ).toBe(true);
      expect(findModel(m.modelId), m.modelId).toBeDefined();
      expect(m.source.url).toMatch(/^https:\/\//);
      expect(m.measuredTokensPerSecond).toBeGreaterThan(0);
      expect(m.promptTokens).toBeLessThanOrEqual(m.contextTokens);
      expect(m.why).toMatch(/\.$/);
    }
  });

  it('no measurement beats its ideal bound', () => {
    for (const row of realityRows(measurements, devices)) {
      expect(row.ratio, row.measurement.id).not.toBeNull();
      expect(row.ratio ?? 2).toBeLessThanOrEqual(1);
    }
  });
});

describe('realityRows', () => {
  it('computes bound = bandwidth / bytes read per token, and measured ÷ bound', () => {
    const [row] = realityRows([fixtureMeasurement], [fixtureA100]);
    // 6.74e9 × 2 bytes + 100 tokens × 2 × 32 × 32 × 128 × 2 bytes, read at 2,000 GB/s
    const bytes = 6.74e9 * 2 + 100 * 2 * 32 * 32 * 128 * 2;
    const bound = 2000e9 / bytes;
    expect(row?.boundTokensPerSecond).toBeCloseTo(bound, 6);
    expect(row?.ratio).toBeCloseTo(100 / bound, 9);
  });

  it('gives no bound when the device is unknown', () => {
    const [row] = realityRows([fixtureMeasurement], []);
    expect(row?.boundTokensPerSecond).toBeNull();
    expect(row?.ratio).toBeNull();
  });
});

describe('<RealityCheck />', () => {
  it('renders a captioned table with bound, measurement, ratio and reason', () => {
    render(
      <RealityCheck
        caption="Test caption"
        measurements={[fixtureMeasurement]}
        devices={[fixtureA100]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Test caption' });
    const row = within(table).getByRole('row', { name: /Fixture A100/ });
    expect(row).toHaveTextContent('100 tok/s');
    expect(row).toHaveTextContent(/\d+%/);
    expect(row).toHaveTextContent('Because tests say so.');
    expect(within(row).getByRole('link', { name: 'Source' })).toHaveAttribute(
      'href',
      'https://example.com/run',
    );
  });

  it('renders on the server with the real data, printing no NaN or Infinity', () => {
    const html = renderToString(<RealityCheck />);
    expect(html).toContain('<table');
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
    for (const m of measurements) expect(html).toContain(m.source.url.replace(/&/g, '&amp;'));
  });

  it('filters by ids in the given order', () => {
    const ids = ['trtllm-gpt-j-6b-fp8-h100', 'gpt-fast-llama-2-7b-bf16-a100'];
    render(<RealityCheck ids={ids} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('H100');
  });
});
