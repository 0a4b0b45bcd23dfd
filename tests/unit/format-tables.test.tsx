// The native-format grid, the device peak table, the link table, the fit table and the MXU table.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import FitBoundTable from '../../src/components/FitBoundTable';
import FormatSupportTable from '../../src/components/FormatSupportTable';
import LinkTable from '../../src/components/LinkTable';
import MxuTable from '../../src/components/MxuTable';
import {
  ARCHITECTURES,
  DEVICE_ARCHITECTURE,
  KV_CACHE_FORMATS,
  MATRIX_FORMATS,
} from '../../src/data/formats';
import { devices, findDevice } from '../../src/data/hardware';
import { TPU_CORES } from '../../src/data/tpu-cores';
import type { Device } from '../../src/data/types';

function device(id: string): Device {
  const d = findDevice(id);
  if (!d) throw new Error(`catalogue lacks ${id}`);
  return d;
}

function row(selector: string): HTMLElement {
  const tr = document.querySelector<HTMLElement>(selector);
  if (!tr) throw new Error(`no row ${selector}`);
  return tr;
}

function cells(tr: HTMLElement): string[] {
  return Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '');
}

describe('formats data', () => {
  it('maps only real catalogue ids or announced ones, and every architecture has a source', () => {
    for (const arch of ARCHITECTURES) {
      expect(arch.sources.length, arch.id).toBeGreaterThan(0);
      for (const s of arch.sources) expect(s.url).toMatch(/^https:\/\//);
      expect(arch.native.length, arch.id).toBeGreaterThan(0);
    }
    const known = new Set(ARCHITECTURES.map((a) => a.id));
    for (const family of Object.values(DEVICE_ARCHITECTURE)) expect(known.has(family)).toBe(true);
  });

  it('agrees with the catalogue: a device with an FP8 or FP4 peak sits in a family that lists it native', () => {
    const nativeTo = (id: string) =>
      ARCHITECTURES.find((a) => a.id === DEVICE_ARCHITECTURE[id])?.native ?? [];
    // Devices with an 8-bit or 4-bit peak whose family the format grid has no column for yet.
    // Named here so that a new device cannot slip out of the check unnoticed.
    const unmapped = devices
      .filter((d) => (d.fp8Tflops !== null || d.fp4Tflops !== null) && !nativeTo(d.id).length)
      .map((d) => d.id);
    // Rubin and MI455X are announced (preliminary figures, no published format table yet);
    // Tenstorrent's Wormhole and Radeon (RDNA, the R9700's FP8) have no family in the grid.
    expect(unmapped).toEqual([
      'rubin-vr200',
      'mi455x',
      'radeon-ai-pro-r9700',
      'gaudi-3',
      'inferentia2',
      'trainium2',
      'trainium3',
      'tenstorrent-wormhole-n150',
    ]);
    // Every other device with a sourced FP8 peak sits in a family that lists FP8 as native.
    const fp8 = devices
      .filter((d) => d.fp8Tflops !== null && !unmapped.includes(d.id))
      .map((d) => d.id);
    expect(fp8).toEqual(expect.arrayContaining(['h100-sxm', 'h200', 'mi300x', 'b200']));
    for (const id of fp8) expect(nativeTo(id), `${id} has an FP8 peak`).toContain('fp8');
    const fp4 = devices
      .filter((d) => d.fp4Tflops !== null && !unmapped.includes(d.id))
      .map((d) => d.id);
    expect(fp4).toEqual(expect.arrayContaining(['b200']));
    for (const id of fp4)
      expect(
        nativeTo(id).filter((f) => f === 'mxfp4' || f === 'nvfp4'),
        `${id} has an FP4 peak`,
      ).not.toEqual([]);
    // And the other way: Hopper lists FP8 but no FP4, so an H100 may not claim an FP4 peak.
    expect(nativeTo('h100-sxm')).toContain('fp8');
    expect(nativeTo('h100-sxm')).not.toContain('nvfp4');
    expect(findDevice('h100-sxm')?.fp4Tflops).toBeNull();
  });

  it('keeps KV formats ordered by size with sources', () => {
    const sizes = KV_CACHE_FORMATS.map((k) => k.bytesPerElement);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    for (const k of KV_CACHE_FORMATS) expect(k.sources.length).toBeGreaterThan(0);
  });
});

describe('FormatSupportTable', () => {
  it('marks native formats per architecture with text for screen readers', () => {
    render(<FormatSupportTable caption="Formats" />);
    const hopper = row('tr[data-architecture="hopper"]');
    const fp8Index = MATRIX_FORMATS.findIndex((f) => f.id === 'fp8');
    const nvfp4Index = MATRIX_FORMATS.findIndex((f) => f.id === 'nvfp4');
    expect(cells(hopper)[fp8Index]).toContain('native');
    expect(cells(hopper)[nvfp4Index]).toContain('converted');
    expect(within(hopper).getByText(/In the catalogue:.*H100 SXM/)).toBeInTheDocument();
  });

  it('shows each device peak with its ratio to BF16 and the BF16 ridge', () => {
    const v5p = device('tpu-v5p');
    render(<FormatSupportTable caption="Peaks" view="devices" devices={[v5p]} />);
    const tr = row('tr[data-device="tpu-v5p"]');
    const [, fp8] = cells(tr);
    // v5p lists FP8 at the BF16 rate: ratio 1.
    expect(fp8).toContain(`(×${1})`);
    const ridge = Math.round((v5p.bf16Tflops! * 1e12) / (v5p.memoryBandwidthGBs * 1e9));
    expect(cells(tr).at(-1)).toBe(String(ridge));
  });

  it('leaves out a device with no published peak at all', () => {
    const bare: Device = {
      ...device('h100-sxm'),
      id: 'bare',
      bf16Tflops: null,
      fp8Tflops: null,
      int8Tops: null,
      fp4Tflops: null,
    };
    render(<FormatSupportTable caption="Peaks" view="devices" devices={[bare, device('l4')]} />);
    expect(document.querySelector('tr[data-device="bare"]')).toBeNull();
    expect(document.querySelector('tr[data-device="l4"]')).not.toBeNull();
  });

  it('says "not available" for a peak the device lacks', () => {
    render(<FormatSupportTable caption="Peaks" view="devices" devices={[device('h100-sxm')]} />);
    const fp4 = cells(row('tr[data-device="h100-sxm"]'))[3];
    expect(fp4).toContain('not available');
  });
});

describe('FormatSupportTable weights and kv views', () => {
  it('sizes Llama 3.1 70B in each stored format from the precision table', () => {
    render(<FormatSupportTable caption="Weights" view="weights" modelId="llama-3.1-70b" />);
    const q4km = cells(row('tr[data-format="q4_k_m"]'));
    expect(q4km[0]).toBe('4.8944');
    // 70.6e9 × 4.8944 / 8 = 43.19 GB.
    expect(q4km[1]).toBe('43.2');
    expect(cells(row('tr[data-format="mxfp4"]'))[0]).toBe('4.25');
    expect(cells(row('tr[data-format="nvfp4"]'))[0]).toBe('4.5');
  });

  it('gives the KV bytes per token for each cache format', () => {
    render(<FormatSupportTable caption="KV" view="kv" modelId="llama-3.1-70b" />);
    // BF16: 2 (K and V) × 8 KV heads × 128 × 2 bytes × 80 layers = 327,680 bytes = 327.7 KB.
    expect(cells(row('tr[data-kv="bf16"]'))[1]).toBe('327.7');
    // FP8 halves it: 163.8 KB.
    expect(cells(row('tr[data-kv="fp8"]'))[1]).toBe('163.8');
  });

  it('reports an unknown model instead of drawing an empty table', () => {
    render(<FormatSupportTable caption="KV" view="kv" modelId="nope" />);
    expect(screen.getByRole('alert')).toHaveTextContent('nope');
  });
});

describe('LinkTable', () => {
  it('halves the scale-up figure for one direction', () => {
    const h100 = device('h100-sxm');
    render(<LinkTable caption="Links" devices={[h100]} />);
    const [name, both, each] = cells(row('tr[data-device="h100-sxm"]'));
    expect(name).toBe(h100.scaleUp?.name);
    expect(both).toContain('900');
    expect(each).toBe('450');
  });

  it('divides scale-up by host link and prices the all-reduce on each', () => {
    const h100: Device = {
      ...device('h100-sxm'),
      hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 },
    };
    render(
      <LinkTable
        caption="Links"
        devices={[h100]}
        allReduce={{ modelId: 'llama-3.1-70b', sequences: 1, n: 2 }}
      />,
    );
    const c = cells(row('tr[data-device="h100-sxm"]'));
    expect(c[4]).toBe('×7'); // 450 / 64 = 7.03
    // 160 all-reduces × 8,192 × 2 bytes × 2·1/2 = 2,621,440 bytes.
    // 2,621,440 / 450e9 = 0.005825 ms; / 64e9 = 0.04096 ms.
    expect(c[5]).toBe('0.006');
    expect(c[6]).toBe('0.041');
  });

  it('leaves out devices with no link at all and reports a bad model id', () => {
    const lonely: Device = { ...device('h100-sxm'), id: 'lonely', scaleUp: null, hostLink: null };
    const { unmount } = render(<LinkTable caption="Links" devices={[lonely]} />);
    expect(document.querySelector('tr[data-device="lonely"]')).toBeNull();
    unmount();
    render(
      <LinkTable
        caption="Links"
        devices={[device('h100-sxm')]}
        allReduce={{ modelId: 'nope', sequences: 1, n: 2 }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('nope');
  });
});

// Llama 3.1 70B in FP8 with a 32K context, cached in BF16 and in FP8.
const fitProps = {
  modelId: 'llama-3.1-70b',
  weights: 'fp8',
  kv: ['bf16', 'fp8'],
  contextTokens: 32768,
} as const;

describe('FitBoundTable', () => {
  it('renders one row per group and KV format, and no NaN anywhere', () => {
    render(
      <FitBoundTable
        caption="Fit"
        {...fitProps}
        groups={[
          { deviceId: 'h100-sxm', n: 2 },
          { deviceId: 'h100-sxm', n: 1 },
        ]}
      />,
    );
    expect(document.querySelectorAll('tbody tr')).toHaveLength(4);
    // One H100 reports 81,559 MiB = 85.5 GB; 90 % of it, 77.0 GB, holds 70.6 GB of weights plus a
    // 32K cache in FP8 (5.4 GB, 76.0 GB in all) but not in BF16 (10.7 GB, 81.3 GB in all).
    const fp8 = row('tr[data-device="h100-sxm"][data-n="1"][data-kv="fp8"]');
    expect(cells(fp8)[3]).toBe('1');
    const single = row('tr[data-device="h100-sxm"][data-n="1"][data-kv="bf16"]');
    expect(cells(single)[3]).toBe('0');
    expect(cells(single)[4]).toContain('does not fit');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('explains instead of drawing when an id is unknown', () => {
    render(
      <FitBoundTable
        caption="Fit"
        modelId="llama-3.1-70b"
        weights="fp8"
        kv={['fp8']}
        contextTokens={8}
        groups={[{ deviceId: 'zzz', n: 1 }]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('zzz');
  });
});

describe('MxuTable', () => {
  it('lists every TPU generation with a ridge from the catalogue and the fill of a 128 operand', () => {
    render(<MxuTable caption="MXU" />);
    expect(document.querySelectorAll('tbody tr')).toHaveLength(TPU_CORES.length);
    const v6e = device('tpu-v6e');
    const c = cells(row('tr[data-device="tpu-v6e"]'));
    expect(c[1]).toBe('256 × 256');
    expect(c[4]).toBe(
      String(Math.round((v6e.bf16Tflops! * 1e12) / (v6e.memoryBandwidthGBs * 1e9))),
    );
    expect(c[6]).toBe('50%'); // 128 on a 256 array
    expect(cells(row('tr[data-device="tpu-v5e"]'))[6]).toBe('100%');
  });

  it('says "not published" for the TPU7x array size rather than guessing', () => {
    render(<MxuTable caption="MXU" />);
    const c = cells(row('tr[data-device="tpu-v7"]'));
    expect(c[1]).toContain('not published');
    expect(c[6]).toContain('not published');
  });
});

describe('the configurations the chapters use', () => {
  it('render every table with real numbers and nothing undefined', () => {
    render(
      <>
        <FormatSupportTable caption="a" />
        <FormatSupportTable caption="b" view="devices" kinds={['gpu', 'tpu']} />
        <FormatSupportTable caption="c" view="weights" modelId="llama-3.1-70b" />
        <FormatSupportTable caption="d" view="kv" modelId="llama-3.1-70b" />
        <LinkTable
          caption="e"
          kinds={['gpu', 'tpu', 'accelerator']}
          allReduce={{ modelId: 'llama-3.1-70b', sequences: 64, n: 8 }}
        />
        <LinkTable caption="f" kinds={['tpu']} />
        <MxuTable caption="g" probeDimension={128} />
        <FitBoundTable
          caption="h"
          {...fitProps}
          groups={[
            { deviceId: 'h100-sxm', n: 2 },
            { deviceId: 'mi300x', n: 1 },
          ]}
        />
      </>,
    );
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
    expect(document.body.textContent).not.toMatch(/\bNaN\b|Infinity(?! Fabric)|undefined|\bnull\b/);
    // Every row of the link table has a scale-up link or a host link.
    for (const tr of Array.from(document.querySelectorAll('figure tbody tr[data-device]'))) {
      expect(tr.textContent).not.toBe('');
    }
  });
});
