// RooflineChart: accessible name, text alternative, ridge-point arithmetic, and skipping bad ids.
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Device } from '@site/src/data/types';
import RooflineChart from '@site/src/components/RooflineChart';
import {
  attainableTflops,
  decodeIntensity,
  ridgePoint,
  selectPoints,
} from '@site/src/lib/model/roofline';

// The chart reads the catalogue by default; these tests pass fixtures instead, so they do not
// depend on catalogue values that other work may revise.
vi.mock('@site/src/data/hardware', () => ({
  devices: [],
  catalogue: { devices: [] },
}));

function device(overrides: Partial<Device> & Pick<Device, 'id' | 'name'>): Device {
  return {
    vendor: 'Test',
    kind: 'gpu',
    segment: 'datacenter',
    unit: 'chip',
    hostLink: null,
    usableMemory: null,
    derived: {},
    released: 2024,
    memoryGB: 80,
    memoryLabel: '80 GB',
    memoryBasis: 'as-published',
    preliminary: [],
    memoryType: 'HBM3',
    memoryBandwidthGBs: 3350,
    bf16Tflops: 989,
    fp8Tflops: 1979,
    int8Tops: null,
    fp4Tflops: null,
    tdpW: null,
    scaleUp: null,
    notes: '',
    sources: [
      {
        id: 'sheet',
        title: 'Test datasheet',
        url: 'https://example.com/sheet',
        accessed: '2026-01-01',
      },
    ],
    cite: { bf16Tflops: 'sheet', memoryBandwidthGBs: 'sheet' },
    ...overrides,
  };
}

const h100 = device({ id: 'h100-sxm', name: 'H100 SXM' });
const v6e = device({
  id: 'tpu-v6e',
  name: 'TPU v6e',
  kind: 'tpu',
  memoryBandwidthGBs: 1640,
  bf16Tflops: 918,
  fp8Tflops: null,
});
const cpu = device({
  id: 'cpu-x',
  name: 'Some CPU',
  kind: 'cpu',
  bf16Tflops: null,
  fp8Tflops: null,
});
const fixtures = [h100, v6e, cpu];

describe('ridge-point arithmetic', () => {
  it('is peak × 1000 ÷ bandwidth: H100 SXM 989 TFLOPS ÷ 3,350 GB/s ≈ 295 FLOP/byte', () => {
    // 989e12 FLOP/s ÷ 3,350e9 B/s = 989 × 1000 ÷ 3350 = 295.22...
    expect(ridgePoint(989, 3350)).toBeCloseTo(295.2239, 4);
  });

  it('caps attainable throughput at the peak and scales with bandwidth below the ridge', () => {
    // At 10 FLOP/byte: 10 × 3,350 GB/s = 33,500 GFLOP/s = 33.5 TFLOPS, below the 989 peak.
    expect(attainableTflops(10, 989, 3350)).toBeCloseTo(33.5, 10);
    // At 1,000 FLOP/byte the bandwidth roof (3,350 TFLOPS) exceeds the peak, so the peak wins.
    expect(attainableTflops(1000, 989, 3350)).toBe(989);
  });

  it('puts batch-1 BF16 decode at 1 FLOP/byte and FP8 at 2', () => {
    // 2 FLOPs per weight per sequence; BF16 weights are 2 bytes, FP8 weights 1 byte.
    expect(decodeIntensity(1, 'bf16')).toBe(1);
    expect(decodeIntensity(1, 'fp8')).toBe(2);
    expect(decodeIntensity(64, 'bf16')).toBe(64);
  });

  it('skips unknown ids and devices without a peak, without throwing', () => {
    const s = selectPoints(['h100-sxm', 'nope', 'cpu-x', 'h100-sxm'], fixtures, 'bf16');
    expect(s.points.map((p) => p.device.id)).toEqual(['h100-sxm']);
    expect(s.unknown).toEqual(['nope']);
    expect(s.noPeak.map((d) => d.id)).toEqual(['cpu-x']);
  });
});

describe('<RooflineChart>', () => {
  it('renders an SVG image whose accessible name states what it plots', () => {
    render(<RooflineChart ids={['h100-sxm', 'tpu-v6e']} catalogue={fixtures} />);
    const img = screen.getByRole('img', {
      name: /roofline: attainable dense bf16 tflops/i,
    });
    expect(img.tagName.toLowerCase()).toBe('svg');
    // The description (second aria-labelledby target) names every plotted device.
    expect(img).toHaveAccessibleName(
      /H100 SXM: 989 TFLOPS over 3,350 GB\/s, ridge at 295 FLOP\/byte/,
    );
    expect(img).toHaveAccessibleName(
      /TPU v6e: 918 TFLOPS over 1,640 GB\/s, ridge at 560 FLOP\/byte/,
    );
  });

  it('offers a data table as text alternative with peak, bandwidth and ridge point', () => {
    render(<RooflineChart ids={['h100-sxm', 'tpu-v6e']} catalogue={fixtures} />);
    const table = screen.getByRole('table');
    const h100Row = within(table).getByRole('row', { name: /H100 SXM/ });
    // 989 × 1000 ÷ 3350 = 295.2 → shown rounded as 295.
    expect(
      within(h100Row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['989', '3,350', '295']);
    // 918 × 1000 ÷ 1640 = 559.8 → 560.
    const v6eRow = within(table).getByRole('row', { name: /TPU v6e/ });
    expect(
      within(v6eRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['918', '1,640', '560']);
    // Figures link their cited source.
    expect(within(h100Row).getByRole('link', { name: '989' })).toHaveAttribute(
      'href',
      'https://example.com/sheet',
    );
  });

  it('uses the FP8 peak when asked and lists devices that have none', () => {
    render(<RooflineChart ids={['h100-sxm', 'tpu-v6e']} precision="fp8" catalogue={fixtures} />);
    const row = within(screen.getByRole('table')).getByRole('row', {
      name: /H100 SXM/,
    });
    // 1979 × 1000 ÷ 3350 = 590.7 → 591.
    expect(within(row).getAllByRole('cell')[2]).toHaveTextContent('591');
    expect(
      screen.getByText(/no sourced dense FP8 peak in the catalogue\): TPU v6e/),
    ).toBeInTheDocument();
  });

  it('shows catalogue figures as published and rounds only the derived ridge point', () => {
    const half = device({ id: 'h100-half', name: 'H100 (dense 989.5)', bf16Tflops: 989.5 });
    render(<RooflineChart ids={['h100-half']} catalogue={[half]} />);
    const row = within(screen.getByRole('table')).getByRole('row', { name: /989\.5/ });
    // 989.5 × 1000 ÷ 3350 = 295.37 → 295.
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['989.5', '3,350', '295']);
  });

  it('skips ids missing from the catalogue without crashing', () => {
    render(<RooflineChart ids={['missing-device', 'h100-sxm']} catalogue={fixtures} />);
    expect(screen.getByRole('img')).toBeInTheDocument();
    expect(screen.getByText(/Not in the catalogue: missing-device/)).toBeInTheDocument();
  });

  it('renders a note instead of an empty chart when nothing can be plotted', () => {
    render(<RooflineChart ids={['missing-device']} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText(/No devices with a sourced BF16 peak/)).toBeInTheDocument();
  });
});
