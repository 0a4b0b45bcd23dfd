// Derived compute peaks wherever a vendor gives none: stand-ins of prompt measurements, catalogue GPUs and CPUs, SIMD peaks.
import { createElement } from 'react';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import HardwareTable from '@site/src/components/HardwareTable';
import { catalogue, findDevice } from '@site/src/data/hardware';
import { measurements } from '@site/src/data/measurements';
import type { DeviceStandIn } from '@site/src/data/measurement-types';
import { servingCurves } from '@site/src/data/serving-curves';
import { STAND_IN_PEAKS } from '@site/src/data/stand-in-peaks';

/** Stand-ins the catalogue does not hold, with the metrics of the measurements that use them. */
function standIns(): Map<string, { standIns: DeviceStandIn[]; metrics: Set<string> }> {
  const found = new Map<string, { standIns: DeviceStandIn[]; metrics: Set<string> }>();
  const entries = [
    ...measurements.map((m) => ({ id: m.deviceId, s: m.deviceStandIn, metric: m.metric })),
    ...servingCurves.map((c) => ({ id: c.deviceId, s: c.deviceStandIn, metric: 'serving-curve' })),
  ];
  for (const { id, s, metric } of entries) {
    if (s === undefined || findDevice(id) !== undefined) continue;
    const row = found.get(id) ?? { standIns: [], metrics: new Set<string>() };
    row.standIns.push(s);
    row.metrics.add(metric);
    found.set(id, row);
  }
  return found;
}

/**
 * The arithmetic behind each stored stand-in figure, restated: units × GHz × operations per
 * cycle, in TFLOPS or TOPS. A figure the derivation leaves null is not listed.
 */
const ARITHMETIC: Record<string, { bf16?: number; int8?: number }> = {
  'ryzen-9-7950x': { bf16: (16 * 4.5 * 64) / 1000, int8: (16 * 4.5 * 128) / 1000 },
  // X4 + three A720 at 3.2 GHz + two A720 at 3.0 GHz + two A520, FP32 NEON FMAs; INT8 SDOT does
  // four times the multiply-adds per instruction.
  'snapdragon-8-gen-3': {
    bf16: (1 * 3.3 * 32 + 3 * 3.2 * 16 + 2 * 3.0 * 16 + 2 * 2.3 * 8) / 1000,
    int8: (4 * (1 * 3.3 * 32 + 3 * 3.2 * 16 + 2 * 3.0 * 16 + 2 * 2.3 * 8)) / 1000,
  },
  'apple-m2': { bf16: (8 * 128 * 2 * 1.398) / 1000 },
  'radeon-rx-6700-xt': { bf16: (40 * 2.581 * 256) / 1000 },
  'radeon-rx-5700-xt': { bf16: (40 * 1.905 * 256) / 1000 },
  'radeon-rx-580': { bf16: (36 * 1.34 * 128) / 1000 },
  // FP16 on the vector units with dual issue (the run had no matrix cores); INT8 on WMMA.
  'radeon-rx-9070-xt': { bf16: (64 * 2.97 * 512) / 1000, int8: (64 * 2.97 * 2048) / 1000 },
  // Intel's 233 INT8 TOPS; FP16 at half the INT8 rate.
  'intel-arc-b580': { bf16: 233 / 2, int8: 233 },
};

describe('stand-ins carry dense peaks with their arithmetic and source', () => {
  const found = standIns();

  it('every stand-in of a prompt or time-to-first-token measurement has peaks, derived and sourced', () => {
    const prompt = [...found].filter(
      ([, r]) => r.metrics.has('prompt-tps') || r.metrics.has('ttft-s'),
    );
    expect(prompt.length).toBeGreaterThanOrEqual(9);
    for (const [id, row] of prompt) {
      for (const s of row.standIns) {
        expect(s.peaks, id).toBeDefined();
        expect(s.peaks!.derivation.length, id).toBeGreaterThan(80);
        expect(s.peaks!.peakSource.url, id).toMatch(/^https:\/\//);
        expect(s.peaks!.peakSource.accessed, id).toBe('2026-12-07');
      }
    }
  });

  it('gives one device one set of peaks, however many files carry its stand-in', () => {
    for (const [id, row] of found) {
      for (const s of row.standIns) expect(s.peaks, id).toEqual(row.standIns[0]!.peaks);
    }
  });

  it('stores the figures its arithmetic gives, and names them in the derivation', () => {
    for (const [id, peaks] of Object.entries(STAND_IN_PEAKS)) {
      const expected = Object.hasOwn(ARITHMETIC, id) ? ARITHMETIC[id]! : {};
      if (peaks.bf16Tflops !== null) {
        expect(Math.abs(peaks.bf16Tflops - expected.bf16!), id).toBeLessThan(0.05);
        expect(peaks.derivation, id).toContain(`= ${peaks.bf16Tflops}`);
      } else {
        expect(expected.bf16, id).toBeUndefined();
      }
      if (peaks.int8Tops !== null) {
        expect(Math.abs(peaks.int8Tops - expected.int8!), id).toBeLessThan(0.05);
        expect(peaks.derivation, id).toContain(`${peaks.int8Tops} TOPS`);
      } else {
        expect(expected.int8, id).toBeUndefined();
      }
    }
  });

  it('says why the Hexagon NPU has no peak rather than borrowing another chip’s TOPS', () => {
    const npu = STAND_IN_PEAKS['snapdragon-8-elite-hexagon'];
    expect([npu.bf16Tflops, npu.int8Tops]).toEqual([null, null]);
    expect(npu.derivation).toMatch(/^No peak/);
  });

  it('points the RX 7900 XTX measurements at the catalogue entry, not a second copy', () => {
    const xtx = measurements.filter((m) => m.id.includes('rx7900xtx'));
    expect(xtx.length).toBeGreaterThan(0);
    for (const m of xtx) {
      expect(m.deviceId).toBe('rx-7900-xtx');
      expect(m.deviceStandIn).toBeUndefined();
    }
  });
});

/** GPUs and CPUs (Apple chips are listed as GPUs) that may lack a BF16 peak, each for a stated reason. */
const NO_BF16_PEAK = [
  'mi455x', // announced FP8/FP4 only
  'rubin-vr200', // announced NVFP4 only; third-party BF16 tables disagree
  'snapdragon-8-elite-gen5', // Qualcomm states no NPU TOPS or GPU matrix rate this generation
];

describe('catalogue GPUs and CPUs have a 16-bit peak', () => {
  const chips = catalogue.devices.filter((d) => d.kind === 'gpu' || d.kind === 'cpu');

  it('unless listed here, with notes that say why', () => {
    const missing = chips.filter((d) => d.bf16Tflops === null).map((d) => d.id);
    expect(missing.sort()).toEqual([...NO_BF16_PEAK].sort());
    for (const id of NO_BF16_PEAK) {
      expect(findDevice(id)!.notes, id).toMatch(/no (BF16|compute peak)/i);
    }
  });

  it('derives the M3 GPUs as the M4s are: cores × 128 ALUs × 2 × clock', () => {
    // 1.38 GHz, the top GPU state of an M3 Max: 40 × 128 × 2 × 1.38 = 14,131 GFLOPS.
    const expected = { 'apple-m3-max-30c': 30, 'apple-m3-max-40c': 40, 'apple-m3-ultra-80c': 80 };
    for (const [id, cores] of Object.entries(expected)) {
      const d = findDevice(id)!;
      expect(d.bf16Tflops, id).toBeCloseTo((cores * 128 * 2 * 1.38) / 1000, 1);
      expect(d.derived.bf16Tflops, id).toMatch(/1\.38 GHz/);
      expect(d.cite.bf16Tflops, id).toBe('applegpuinfo-m3-max-clock');
    }
  });

  it('stores the R9700’s dense matrix rates, half of the sparse headline', () => {
    const r9700 = findDevice('radeon-ai-pro-r9700')!;
    // 64 CUs × 2.92 GHz × 1,024 FP16 and 2,048 INT8 operations per clock per CU.
    expect(r9700.bf16Tflops).toBeCloseTo((64 * 2.92 * 1024) / 1000, 1);
    expect(r9700.int8Tops).toBeCloseTo((64 * 2.92 * 2048) / 1000, 1);
    // The 95.7 TFLOPS third-party figure is the vector rate: 64 × 2.92 × 512.
    expect((64 * 2.92 * 512) / 1000).toBeCloseTo(95.7, 1);
  });
});

describe('SIMD peaks of a CPU whose listed peaks are a matrix engine’s', () => {
  it('gives the Xeon 6980P its AVX-512 BF16 and VNNI peaks at the AMX clock', () => {
    const xeon = findDevice('xeon-6980p')!;
    const simd = xeon.simdPeaks!;
    // Two 512-bit dot products per cycle: 128 cores × 2.0 GHz × 128 FLOP and × 256 INT8 ops.
    expect(simd.bf16Tflops).toBeCloseTo((128 * 2.0 * 128) / 1000, 1);
    expect(simd.int8Tops).toBeCloseTo((128 * 2.0 * 256) / 1000, 1);
    expect(simd.derivation).toContain('= 32.8 TFLOPS');
    expect(simd.derivation).toContain('= 65.5 TOPS');
    // An eighth of the AMX figures (1,024 vs 128 BF16 FLOP per cycle per core).
    expect(xeon.bf16Tflops! / simd.bf16Tflops).toBeCloseTo(8, 0);
    expect(xeon.notes).toMatch(/simdPeaks/);
  });

  it('is carried only by CPUs', () => {
    for (const d of catalogue.devices) {
      if (d.simdPeaks) expect(d.kind, d.id).toBe('cpu');
    }
  });

  it('is shown with its arithmetic in the hardware table notes', () => {
    const { container } = render(
      createElement(HardwareTable, { caption: 'Test table', ids: ['xeon-6980p'] }),
    );
    expect(container).toHaveTextContent(/Derived SIMD peaks .*32\.8 TFLOPS BF16, 65\.5 TOPS INT8/);
  });
});
