// Catalogue tests: every device meets the one schema, ids and aliases resolve, units and dense peaks hold.
import { createElement } from 'react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import HardwareTable from '@site/src/components/HardwareTable';
import DeviceValue from '@site/src/components/DeviceValue';
import {
  catalogue,
  deviceAliases,
  devices,
  findDevice,
  isDeviceId,
  MEMORY_RULE,
  resolveDeviceId,
  sramSystems,
} from '@site/src/data/hardware';
import {
  arithmeticResult,
  catalogueJsonSchema,
  catalogueProblems,
  CITED_FIELDS,
  citedValue,
  deviceJsonSchema,
  deviceProblems,
} from '@site/src/data/hardware-schema';
import type { DeviceId } from '@site/src/data/hardware';
import type { Device } from '@site/src/data/types';

const REQUIRED_IDS = [
  'a100-sxm-80gb',
  'h100-sxm',
  'h100-pcie',
  'h200',
  'b200',
  'gb200',
  'b300',
  'gb300',
  'l4',
  'l40s',
  'rtx-3090',
  'rtx-4090',
  'rtx-5090',
  'rtx-pro-6000-blackwell',
  'dgx-spark',
  'mi300x',
  'mi325x',
  'mi350x',
  'mi355x',
  'ryzen-ai-max-395',
  'gaudi-3',
  'inferentia2',
  'trainium2',
  'trainium3',
  'tpu-v5e',
  'tpu-v5p',
  'tpu-v6e',
  'tpu-v7',
  'xeon-6980p',
  'epyc-9965',
  'epyc-9654',
  'epyc-9175f',
  'apple-m1-max-32c',
  'apple-m2-ultra-76c',
  'apple-m3-max-30c',
  'apple-m3-max-40c',
  'apple-m3-ultra-80c',
  'apple-m4-pro-20c',
  'apple-m4-max-32c',
  'apple-m4-max-40c',
  'apple-m5-10c',
  'apple-a19-pro',
  'snapdragon-8-elite-gen5',
  'jetson-agx-orin-64gb',
  'jetson-agx-thor',
] as const;

const GIB = 2 ** 30 / 1e9; // 1 GiB = 1.073741824 GB

function mustFind(id: string): Device {
  const device = findDevice(id);
  if (device === undefined) throw new Error(`missing ${id}`);
  return device;
}

describe('hardware catalogue', () => {
  it('is schema version 3 with an ISO update date; catalogue.devices is devices then the SRAM systems', () => {
    expect(catalogue.schemaVersion).toBe(3);
    expect(catalogue.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(catalogue.devices).toEqual([...devices, ...sramSystems]);
    expect(catalogue.aliases).toBe(deviceAliases);
    expect(catalogue.memoryRule).toBe(MEMORY_RULE);
  });

  it('holds at least 62 devices with unique ids, including every public id', () => {
    const ids = catalogue.devices.map((d) => d.id);
    expect(ids.length).toBeGreaterThanOrEqual(62);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
  });

  it('passes the schema as a whole (devices, unique ids, aliases)', () => {
    expect(catalogueProblems(devices, deviceAliases)).toEqual([]);
  });

  it.each(devices.map((d) => [d.id, d] as const))('%s passes every schema rule', (_id, device) => {
    expect(deviceProblems(device)).toEqual([]);
  });

  it('gives CPUs the per-socket channel arithmetic (channels × MT/s × 8 bytes)', () => {
    expect(mustFind('epyc-9965').memoryBandwidthGBs).toBeCloseTo((12 * 6400 * 8) / 1000, 6); // 614.4
    expect(mustFind('xeon-6980p').memoryBandwidthGBs).toBeCloseTo((12 * 6400 * 8) / 1000, 6);
    expect(mustFind('epyc-9654').memoryBandwidthGBs).toBeCloseTo((12 * 4800 * 8) / 1000, 6); // 460.8
    expect(mustFind('epyc-9175f').memoryBandwidthGBs).toBeCloseTo((12 * 6400 * 8) / 1000, 6);
  });

  it('applies one memory rule: binary capacities in GB, driver reports from MiB, the label kept', () => {
    // nvidia-smi: H100 81,559 MiB × 1,048,576 = 85.5 GB; A100 80GB 81,920 MiB = 85.9 GB.
    expect(mustFind('h100-sxm').memoryGB).toBeCloseTo((81559 * 2 ** 20) / 1e9, 1);
    expect(mustFind('a100-sxm-80gb').memoryGB).toBeCloseTo((81920 * 2 ** 20) / 1e9, 1);
    expect(mustFind('rtx-pro-6000-blackwell').memoryGB).toBeCloseTo((97887 * 2 ** 20) / 1e9, 1);
    // A "128 GB" Mac has 128 GiB = 137.4 GB; TPU v6e is 32 GiB = 34.4 GB.
    expect(mustFind('apple-m4-max-40c').memoryGB).toBeCloseTo(128 * GIB, 1);
    expect(mustFind('tpu-v6e').memoryGB).toBeCloseTo(32 * GIB, 1);
    expect(mustFind('mi300x').memoryGB).toBeCloseTo(192 * GIB, 1);
    expect(mustFind('h100-sxm').memoryLabel).toBe('80 GB');
    // One rule for CPUs: the platform maximum per socket (6 TiB on SP5).
    expect(mustFind('epyc-9175f').memoryGB).toBe(mustFind('epyc-9965').memoryGB);
    // Every device names how its memoryGB follows from its label.
    for (const d of catalogue.devices) expect(d.memoryLabel, d.id).toMatch(/\d/);
  });

  it('stores vendor GiB figures converted to GB (10^9 bytes)', () => {
    expect(mustFind('tpu-v5p').memoryGB).toBeCloseTo(95 * GIB, 1); // 102.0
    expect(mustFind('tpu-v7').memoryGB).toBeCloseTo(192 * GIB, 1); // 206.2
    expect(mustFind('trainium2').memoryGB).toBeCloseTo(96 * GIB, 1); // 103.1
    expect(mustFind('inferentia2').memoryGB).toBeCloseTo(32 * GIB, 1); // 34.4
    expect(mustFind('inferentia2').memoryBandwidthGBs).toBeCloseTo(820 * GIB, 0); // 880.5
  });

  it("stores dense peaks, i.e. half of NVIDIA's sparse headline figures", () => {
    const h100 = mustFind('h100-sxm');
    expect(h100.bf16Tflops).toBeCloseTo(1979 / 2, 6); // datasheet BF16 1,979* (sparse)
    expect(h100.fp8Tflops).toBeCloseTo(3958 / 2, 6); // datasheet FP8 3,958* (sparse)
    expect(mustFind('jetson-agx-orin-64gb').int8Tops).toBeCloseTo(275 / 2, 6);
    expect(mustFind('jetson-agx-thor').fp4Tflops).toBeCloseTo(2070 / 2, 6);
  });

  it("stores AMD's dense matrix peaks as published in its ROCm documentation and blog", () => {
    const mi300x = mustFind('mi300x');
    expect(mi300x.bf16Tflops).toBe(1307.4); // ROCm MI300 table: matrix BF16
    expect(mi300x.fp8Tflops).toBe(2614.9); // ROCm MI300 table: matrix FP8
    const mi355x = mustFind('mi355x');
    // The ROCm blog rounds to 2.5 / 5 / 10 PF; stored values must round to those.
    expect(Math.round((mi355x.bf16Tflops ?? 0) / 100) / 10).toBe(2.5);
    expect(Math.round((mi355x.fp8Tflops ?? 0) / 1000)).toBe(5);
    expect(Math.round((mi355x.fp4Tflops ?? 0) / 1000)).toBe(10);
  });

  it('leaves formats a chip lacks as null', () => {
    expect(mustFind('a100-sxm-80gb').fp8Tflops).toBeNull();
    expect(mustFind('h100-sxm').fp4Tflops).toBeNull();
    expect(mustFind('mi300x').fp4Tflops).toBeNull();
    expect(mustFind('rtx-3090').fp8Tflops).toBeNull(); // Ampere: no FP8
  });

  it('keys Apple chips by GPU bin, whose bandwidths differ within one chip name', () => {
    // M3 Max: 30-core GPU on a 384-bit bus (300 GB/s), 40-core on 512-bit (400 GB/s).
    expect(mustFind('apple-m3-max-30c').memoryBandwidthGBs).toBeLessThan(
      mustFind('apple-m3-max-40c').memoryBandwidthGBs,
    );
    expect(mustFind('apple-m4-max-32c').memoryBandwidthGBs).toBeLessThan(
      mustFind('apple-m4-max-40c').memoryBandwidthGBs,
    );
  });

  it('gives every Mac chip a default GPU share below the whole pool', () => {
    const apple = devices.filter((d) => d.id.startsWith('apple-m'));
    expect(apple.length).toBeGreaterThanOrEqual(9);
    for (const device of apple) {
      expect(device.usableMemory, device.id).not.toBeNull();
      expect(device.usableMemory?.defaultShare ?? 1, device.id).toBeLessThan(1);
    }
    // 70 % up to 32 GB (16 GB M4: 11,453 MB), 75 % in between (64 GiB: 48 GiB), 84 % from
    // 128 GiB (macOS 26: 107.52 of 128 GiB).
    expect(mustFind('apple-m5-10c').usableMemory?.defaultShare).toBe(0.7);
    expect(mustFind('apple-m1-max-32c').usableMemory?.defaultShare).toBe(0.75);
    expect(mustFind('apple-m4-max-40c').usableMemory?.defaultShare).toBe(0.84);
    expect(107.52 / 128).toBeCloseTo(0.84, 2);
  });

  it("stores Strix Halo's 96 GB Variable Graphics Memory as a 75 % share of 128 GB", () => {
    const halo = mustFind('ryzen-ai-max-395');
    // Both sizes are binary: 0.75 × 128 GiB = 96 GiB = 103.1 GB.
    expect((halo.usableMemory?.defaultShare ?? 0) * halo.memoryGB).toBeCloseTo(96 * GIB, 1);
  });

  it('derives peaks with arithmetic that reproduces the stored value', () => {
    const derived = devices.filter((d) => Object.keys(d.derived).length > 0);
    expect(derived.filter((d) => d.kind === 'cpu').length).toBeGreaterThanOrEqual(4);
    // Apple GPUs, Jetson Thor and DGX Spark carry derived peaks too.
    for (const id of ['apple-m5-max-40c', 'apple-a19-pro', 'jetson-agx-thor', 'dgx-spark']) {
      expect(Object.keys(mustFind(id).derived).length, id).toBeGreaterThan(0);
    }
    for (const device of derived) {
      for (const [key, arithmetic] of Object.entries(device.derived)) {
        const stored = device[key as 'bf16Tflops'];
        expect(arithmeticResult(arithmetic), `${device.id} ${key}`).toBeCloseTo(stored ?? NaN, 1);
      }
    }
  });

  it('states host links per direction, e.g. PCIe Gen5 x16 = 16 lanes × 32 GT/s ÷ 8 = 64 GB/s', () => {
    expect(mustFind('h100-pcie').hostLink?.GBsPerDirection).toBe((16 * 32) / 8);
    expect(mustFind('l4').hostLink?.GBsPerDirection).toBe((16 * 16) / 8); // Gen4 x16: 32
  });

  it('keeps scale-up links as both directions combined (H100 SXM: 18 links × 50 GB/s)', () => {
    expect(mustFind('h100-sxm').scaleUp?.GBs).toBe(18 * 50);
  });

  it('marks third-party sources, and every device has at least one source', () => {
    const secondary = devices.flatMap((d) => d.sources.filter((s) => s.secondary === true));
    expect(secondary.length).toBeGreaterThan(0);
    // A vendor's own product pages are never third-party (user forums on vendor domains can be).
    const vendorHosts = ['www.nvidia.com', 'www.amd.com', 'www.apple.com', 'www.intel.com'];
    expect(secondary.filter((s) => vendorHosts.includes(new URL(s.url).host))).toEqual([]);
  });
});

describe('ids and aliases', () => {
  it('resolves the old apple-m4-max id to the 40-core part', () => {
    expect(findDevice('apple-m4-max')?.id).toBe('apple-m4-max-40c');
    expect(resolveDeviceId('apple-m4-max')).toBe('apple-m4-max-40c');
  });

  it('types DeviceId as the union of catalogue ids (tsc rejects an unknown literal)', () => {
    const known: DeviceId = 'apple-m4-max-40c';
    // @ts-expect-error: not a catalogue id, so not a DeviceId
    const unknown: DeviceId = 'apple-m4-max-41c';
    expect(isDeviceId(known)).toBe(true);
    expect(isDeviceId(unknown)).toBe(false);
  });

  it('isDeviceId accepts catalogue ids and rejects aliases and unknown strings', () => {
    expect(isDeviceId('h100-sxm')).toBe(true);
    expect(isDeviceId('apple-m4-max')).toBe(false);
    expect(isDeviceId('no-such-device')).toBe(false);
    expect(isDeviceId('toString')).toBe(false);
  });

  it('findDevice returns undefined for unknown ids, inherited property names and the empty string', () => {
    expect(findDevice('no-such-device')).toBeUndefined();
    expect(findDevice('')).toBeUndefined();
    expect(findDevice('constructor')).toBeUndefined();
  });

  it('rejects an alias to a missing id, an alias that shadows an id, and duplicate ids', () => {
    const h100 = mustFind('h100-sxm');
    expect(catalogueProblems([h100], { old: 'gone' })).toEqual([
      'alias old points at unknown id gone',
    ]);
    expect(catalogueProblems([h100], { 'h100-sxm': 'h100-sxm' }).length).toBe(1);
    expect(catalogueProblems([h100, h100])).toEqual(['h100-sxm: duplicate device id']);
  });
});

describe('the schema rejects broken entries', () => {
  const good = mustFind('h100-sxm');
  const cpu = mustFind('epyc-9965');
  const mac = mustFind('apple-m4-max-40c');
  const broken = (base: Device, patch: Record<string, unknown>): unknown => ({ ...base, ...patch });

  it('accepts the unmodified entries', () => {
    expect(deviceProblems(good)).toEqual([]);
    expect(deviceProblems(cpu)).toEqual([]);
    expect(deviceProblems(mac)).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['an uncited number', broken(good, { cite: { ...good.cite, bf16Tflops: undefined } })],
    ['a citation to a missing source', broken(good, { cite: { ...good.cite, tdpW: 'nope' } })],
    [
      'a citation on a null figure',
      broken(good, { cite: { ...good.cite, fp4Tflops: 'nvidia-h100-specs' } }),
    ],
    [
      'an http url',
      broken(good, { sources: [{ ...good.sources[0]!, url: 'http://example.com' }] }),
    ],
    ['an unparsable url', broken(good, { sources: [{ ...good.sources[0]!, url: 'https://' }] })],
    [
      'a bad access date',
      broken(good, { sources: [{ ...good.sources[0]!, accessed: '2026-13-01' }] }),
    ],
    ['duplicate source ids', broken(good, { sources: [good.sources[0]!, good.sources[0]!] })],
    ['no sources', broken(good, { sources: [], cite: {} })],
    ['FP8 slower than BF16', broken(good, { fp8Tflops: 100 })],
    ['a sparse-looking FP8 peak (more than 4 × BF16)', broken(good, { fp8Tflops: 3958 * 2 })],
    ['a sparse-looking INT8 peak', broken(good, { int8Tops: 989.5 * 4 + 1 })],
    [
      'FP4 slower than FP8',
      broken(good, { fp4Tflops: 1000, cite: { ...good.cite, fp4Tflops: 'nvidia-h100-specs' } }),
    ],
    ['bandwidth out of range', broken(good, { memoryBandwidthGBs: 50_000 })],
    ['a non-finite peak', broken(good, { int8Tops: Number.NaN })],
    ['an infinite capacity', broken(good, { memoryGB: Number.POSITIVE_INFINITY })],
    ['a year out of range', broken(good, { released: 2035 })],
    ['a fractional year', broken(good, { released: 2022.5 })],
    ['power out of range', broken(good, { tdpW: 10_000 })],
    ['empty notes', broken(good, { notes: '  ' })],
    ['a non-kebab id', broken(good, { id: 'H100_SXM' })],
    ['an unknown kind', broken(good, { kind: 'fpga' })],
    ['an unknown unit', broken(good, { unit: 'rack' })],
    ['a missing field', broken(good, { hostLink: undefined })],
    ['an unknown field', broken(good, { memoryGiB: 80 })],
    ['a scale-up link with no name', broken(good, { scaleUp: { name: ' ', GBs: 900 } })],
    [
      'an uncited host link',
      broken(cpu, { hostLink: { name: 'PCIe Gen5 x16', GBsPerDirection: 64 } }),
    ],
    ['a usable share of 0', broken(mac, { usableMemory: { defaultShare: 0, note: 'x' } })],
    ['a usable share above 1', broken(mac, { usableMemory: { defaultShare: 1.2, note: 'x' } })],
    [
      'a usable share on an HBM device',
      broken(good, {
        usableMemory: { defaultShare: 0.75, note: 'x' },
        cite: { ...good.cite, usableMemory: 'nvidia-h100-specs' },
      }),
    ],
    [
      'a derived peak with no value',
      broken(cpu, { bf16Tflops: null, cite: { ...cpu.cite, bf16Tflops: undefined } }),
    ],
    [
      'a derived peak whose arithmetic gives another number',
      broken(cpu, { derived: { ...cpu.derived, bf16Tflops: '192 × 2 GHz × 64 = 1.0' } }),
    ],
    [
      'a derived peak with no arithmetic',
      broken(cpu, { derived: { ...cpu.derived, bf16Tflops: 'see notes' } }),
    ],
    [
      'a derived peak whose arithmetic is off',
      broken(good, { derived: { bf16Tflops: '1 × 2 = 2' } }),
    ],
    ['a preliminary mark on a missing figure', broken(good, { preliminary: ['fp4Tflops'] })],
    ['a preliminary mark on an unknown field', broken(good, { preliminary: ['price'] })],
    ['a memory figure that does not follow its label', broken(good, { memoryGB: 90 })],
    ['a binary label converted wrongly', broken(mac, { memoryGB: 128 })],
    ['a memory label with no number', broken(good, { memoryLabel: 'eighty' })],
    ['an unknown memory basis', broken(good, { memoryBasis: 'guess' })],
    ['off-chip memory faster than HBM4', broken(good, { memoryBandwidthGBs: 30_000 })],
  ])('rejects %s', (_label, device) => {
    expect(deviceProblems(device).length).toBeGreaterThan(0);
  });
});

describe('arithmeticResult', () => {
  it('reads the number after the last "=", ignoring thousands separators and units', () => {
    expect(arithmeticResult('16 × 4.1 × 64 = 4.2 TFLOPS')).toBe(4.2);
    expect(arithmeticResult('a = 1 = 2,048.5 TOPS')).toBe(2048.5);
    expect(arithmeticResult('no result')).toBeNull();
    expect(arithmeticResult('x = none')).toBeNull();
  });
});

describe('published JSON Schema', () => {
  it('describes every Device field and requires them all', () => {
    const schema = deviceJsonSchema();
    const properties = Object.keys(schema.properties as object).sort();
    // simdPeaks is the one optional field: only CPUs whose listed peaks are AMX's carry it.
    const optional = ['simdPeaks'];
    expect(properties).toEqual([...Object.keys(mustFind('h100-sxm')), ...optional].sort());
    expect((schema.required as string[]).sort()).toEqual(
      properties.filter((p) => !optional.includes(p)),
    );
  });

  it('wraps the device schema in the /hardware.json envelope and survives JSON', () => {
    const schema = catalogueJsonSchema();
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    expect(schema.required).toEqual([
      'schemaVersion',
      'updated',
      'memoryRule',
      'devices',
      'aliases',
      'changes',
    ]);
  });

  it('lists every cited field, and citedValue reads links and shares as numbers', () => {
    expect(CITED_FIELDS).toContain('hostLink');
    expect(citedValue(mustFind('h100-sxm'), 'scaleUp')).toBe(900);
    expect(citedValue(mustFind('apple-m4-max-40c'), 'usableMemory')).toBeLessThan(1);
  });
});

describe('<HardwareTable> and <DeviceValue> on the catalogue', () => {
  it('gives each source mark an accessible name that begins with its visible number (WCAG 2.5.3)', () => {
    const { container } = render(
      createElement(HardwareTable, { caption: 'Test table', ids: ['h100-sxm', 'epyc-9965'] }),
    );
    const marks = Array.from(container.querySelectorAll('sup a'));
    expect(marks.length).toBeGreaterThan(10);
    for (const mark of marks) {
      const visible = (mark.firstChild?.textContent ?? '').trim();
      expect(visible).toMatch(/^\d+$/);
      const link = within(mark.parentElement as HTMLElement).getByRole('link');
      expect(link).toHaveAccessibleName(expect.stringMatching(new RegExp(`^${visible}: source: `)));
      expect(mark).not.toHaveAttribute('aria-label');
    }
  });

  it('resolves an alias in ids and marks derived and third-party figures visibly', () => {
    const { container } = render(
      createElement(HardwareTable, { caption: 'Test table', ids: ['apple-m4-max', 'epyc-9965'] }),
    );
    expect(container.querySelector('[data-device="apple-m4-max-40c"]')).not.toBeNull();
    const cpuRow = container.querySelector('[data-device="epyc-9965"]') as HTMLElement;
    expect(within(cpuRow).getAllByText('derived').length).toBe(2); // BF16 and INT8
    const macRow = container.querySelector('[data-device="apple-m4-max-40c"]') as HTMLElement;
    // The usable share cites a third-party measurement; the line shows 0.84 × 100 = 84 %.
    expect(macRow).toHaveTextContent('accelerator default 84 %');
    expect(within(macRow).getAllByText('third-party').length).toBeGreaterThan(0);
  });

  it('labels figures whose source could not be read as unverified', () => {
    const { container } = render(
      createElement(HardwareTable, { caption: 'Test table', ids: ['epyc-9654'] }),
    );
    const row = container.querySelector('[data-device="epyc-9654"]') as HTMLElement;
    // memoryGB, bandwidth and TDP all cite the AMD product page, which no stored copy let us read.
    expect(within(row).getAllByText('unverified').length).toBe(3);
  });

  it('lets prose quote a derived CPU peak through an alias-aware DeviceValue, labelled as derived', () => {
    render(createElement(DeviceValue, { id: 'epyc-9965', field: 'bf16Tflops' }));
    const value = mustFind('epyc-9965').bf16Tflops ?? NaN;
    expect(screen.getByRole('link', { name: `${value} TFLOPS` })).toBeInTheDocument();
    expect(screen.getByText(/derived, third-party source/)).toBeInTheDocument();
    render(createElement(DeviceValue, { id: 'apple-m4-max', field: 'memoryBandwidthGBs' }));
    expect(screen.getByRole('link', { name: '546 GB/s' })).toBeInTheDocument();
  });
});

describe('one source registry', () => {
  it('gives each source page one id, and each id one page, across the whole catalogue', () => {
    const idsByUrl = new Map<string, Set<string>>();
    const urlsById = new Map<string, Set<string>>();
    for (const d of devices) {
      for (const s of d.sources) {
        idsByUrl.set(s.url, (idsByUrl.get(s.url) ?? new Set()).add(s.id));
        urlsById.set(s.id, (urlsById.get(s.id) ?? new Set()).add(s.url));
      }
    }
    const clashes = [
      ...[...idsByUrl].filter(([, ids]) => ids.size > 1).map(([url, ids]) => `${url}: ${[...ids]}`),
      ...[...urlsById]
        .filter(([, urls]) => urls.size > 1)
        .map(([id, urls]) => `${id}: ${[...urls]}`),
    ];
    expect(clashes).toEqual([]);
  });
});

describe('release data: changes, preliminary figures, SRAM systems', () => {
  it('publishes a dated change list that names each moved field with its old and new value', () => {
    expect(catalogue.changes.length).toBeGreaterThan(0);
    for (const change of catalogue.changes) {
      expect(change.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(findDevice(change.id) ?? change.field, change.id).toBeTruthy();
      expect(change.reason.length).toBeGreaterThan(10);
    }
    const h100 = catalogue.changes.find((c) => c.id === 'h100-sxm' && c.field === 'memoryGB');
    expect(h100).toMatchObject({ from: 80, to: 85.5 });
    const added = catalogue.changes.filter((c) => c.field === 'added').map((c) => c.id);
    expect(added).toEqual(expect.arrayContaining(['rubin-vr200', 'mi455x', 'cerebras-cs-3']));
  });

  it('marks announced-but-unshipped figures as preliminary (Rubin, MI455X)', () => {
    expect(mustFind('rubin-vr200').preliminary).toEqual(
      expect.arrayContaining(['memoryBandwidthGBs', 'fp4Tflops']),
    );
    expect(mustFind('mi455x').preliminary).toContain('fp4Tflops');
    expect(mustFind('h100-sxm').preliminary).toEqual([]);
  });

  it('keeps SRAM systems out of the chart list but resolvable by id', () => {
    const sramIds = sramSystems.map((d) => d.id);
    expect(sramIds).toEqual(expect.arrayContaining(['cerebras-cs-3', 'groq-lpu']));
    for (const id of sramIds) {
      expect(devices.some((d) => d.id === id)).toBe(false);
      expect(findDevice(id)?.memoryType).toMatch(/SRAM/);
    }
  });

  it('gives every GPU with a vendor whitepaper a dense BF16 peak', () => {
    for (const id of ['rtx-5090', 'rtx-4090', 'rtx-pro-6000-blackwell', 'h100-sxm', 'b200']) {
      expect(mustFind(id).bf16Tflops, id).not.toBeNull();
    }
    // RTX 5090, FP32 accumulate: 419 sparse ÷ 2 = 209.5 dense; INT8 1,676 ÷ 2 = 838.
    expect(mustFind('rtx-5090').bf16Tflops).toBe(419 / 2);
    expect(mustFind('rtx-5090').int8Tops).toBe(1676 / 2);
  });

  it('gives every device a compute peak or a note that says why not', () => {
    for (const d of catalogue.devices) {
      const hasPeak = [d.bf16Tflops, d.fp8Tflops, d.int8Tops, d.fp4Tflops].some((v) => v !== null);
      if (!hasPeak) expect(d.notes, d.id).toMatch(/no (compute )?peak/i);
    }
  });
});
