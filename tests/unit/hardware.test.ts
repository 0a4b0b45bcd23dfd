// Schema tests for the hardware catalogue: ids, units, dense-peak ordering and sourcing.
import { describe, expect, it } from 'vitest';
import { catalogue, devices, findDevice } from '@site/src/data/hardware';
import type { CitedField, Device } from '@site/src/data/types';

const REQUIRED_IDS = [
  'a100-sxm-80gb',
  'h100-sxm',
  'h100-pcie',
  'h200',
  'b200',
  'gb200',
  'l4',
  'l40s',
  'rtx-4090',
  'rtx-5090',
  'mi300x',
  'mi325x',
  'mi355x',
  'gaudi-3',
  'inferentia2',
  'trainium2',
  'tpu-v5e',
  'tpu-v5p',
  'tpu-v6e',
  'tpu-v7',
  'xeon-6980p',
  'epyc-9965',
  'epyc-9654',
  'apple-m4-max',
  'jetson-agx-orin-64gb',
  'jetson-agx-thor',
] as const;

const KINDS = ['cpu', 'gpu', 'tpu', 'accelerator'];
const SEGMENTS = ['datacenter', 'workstation', 'edge'];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const CITED_FIELDS: readonly CitedField[] = [
  'released',
  'memoryGB',
  'memoryBandwidthGBs',
  'bf16Tflops',
  'fp8Tflops',
  'int8Tops',
  'fp4Tflops',
  'tdpW',
  'scaleUp',
];

/** Inclusive sane range per unit; CPUs may address far more memory than accelerators. */
function rangeFor(field: CitedField, device: Device): [number, number] {
  switch (field) {
    case 'released':
      return [2015, 2027];
    case 'memoryGB':
      return device.kind === 'cpu' ? [1, 12_288] : [1, 10_000];
    case 'memoryBandwidthGBs':
      return [10, 20_000];
    case 'tdpW':
      return [1, 3_000];
    case 'scaleUp':
      return [1, 20_000];
    default:
      return [0.1, 50_000]; // TFLOPS / TOPS
  }
}

function numericValue(device: Device, field: CitedField): number | null {
  if (field === 'scaleUp') return device.scaleUp === null ? null : device.scaleUp.GBs;
  return device[field];
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function parsesAsHttps(url: string): boolean {
  try {
    return url.startsWith('https://') && new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Every rule a catalogue entry must meet; returns human-readable problems (empty = valid). */
function validateDevice(device: Device): string[] {
  const problems: string[] = [];
  const where = `${device.id}:`;
  if (!KEBAB.test(device.id)) problems.push(`${where} id is not kebab-case`);
  if (!KINDS.includes(device.kind)) problems.push(`${where} unknown kind ${device.kind}`);
  if (!SEGMENTS.includes(device.segment)) problems.push(`${where} unknown segment`);
  if (device.name.trim() === '' || device.vendor.trim() === '' || device.memoryType.trim() === '') {
    problems.push(`${where} name, vendor and memoryType must be non-empty`);
  }
  if (device.notes.trim() === '') problems.push(`${where} notes are empty`);
  if (device.scaleUp !== null && device.scaleUp.name.trim() === '') {
    problems.push(`${where} scaleUp needs a link name`);
  }

  const sourceIds = new Set<string>();
  for (const source of device.sources) {
    if (!KEBAB.test(source.id)) problems.push(`${where} source id ${source.id} is not kebab-case`);
    if (sourceIds.has(source.id)) problems.push(`${where} duplicate source id ${source.id}`);
    sourceIds.add(source.id);
    if (!parsesAsHttps(source.url)) problems.push(`${where} source ${source.id} url is not https`);
    if (!isIsoDate(source.accessed)) problems.push(`${where} source ${source.id} accessed date`);
    if (source.title.trim() === '') problems.push(`${where} source ${source.id} has no title`);
  }

  for (const field of CITED_FIELDS) {
    const value = numericValue(device, field);
    if (value === null) continue;
    const [min, max] = rangeFor(field, device);
    if (!Number.isFinite(value) || value < min || value > max) {
      problems.push(`${where} ${field} = ${value} outside ${min}–${max}`);
    }
    if (field === 'released' && !Number.isInteger(value)) {
      problems.push(`${where} released must be a whole year`);
    }
    const cited = device.cite[field];
    if (cited === undefined) problems.push(`${where} ${field} has no citation`);
    else if (!sourceIds.has(cited))
      problems.push(`${where} ${field} cites missing source ${cited}`);
  }

  // Lower precision must not be slower than higher precision on the same chip.
  const { bf16Tflops: bf16, fp8Tflops: fp8, fp4Tflops: fp4 } = device;
  if (bf16 !== null && fp8 !== null && fp8 < bf16) problems.push(`${where} fp8 < bf16`);
  if (bf16 !== null && fp4 !== null && fp4 < bf16) problems.push(`${where} fp4 < bf16`);
  if (fp8 !== null && fp4 !== null && fp4 < fp8) problems.push(`${where} fp4 < fp8`);
  return problems;
}

function mustFind(id: string): Device {
  const device = findDevice(id);
  if (device === undefined) throw new Error(`missing ${id}`);
  return device;
}

describe('hardware catalogue', () => {
  it('is schema version 1 with an ISO update date, and devices is the same list', () => {
    expect(catalogue.schemaVersion).toBe(1);
    expect(isIsoDate(catalogue.updated)).toBe(true);
    expect(devices).toBe(catalogue.devices);
  });

  it('has unique kebab-case ids and every required id', () => {
    const ids = devices.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
  });

  it.each(devices.map((d) => [d.id, d] as const))('%s passes every schema rule', (_id, device) => {
    expect(validateDevice(device)).toEqual([]);
  });

  it('cites only sources that exist on the same device', () => {
    for (const device of devices) {
      const ids = new Set(device.sources.map((s) => s.id));
      for (const cited of Object.values(device.cite)) expect(ids.has(cited)).toBe(true);
    }
  });

  it('gives CPUs the per-socket channel arithmetic (channels × MT/s × 8 bytes)', () => {
    expect(mustFind('epyc-9965').memoryBandwidthGBs).toBeCloseTo((12 * 6400 * 8) / 1000, 6); // 614.4
    expect(mustFind('xeon-6980p').memoryBandwidthGBs).toBeCloseTo((12 * 6400 * 8) / 1000, 6);
    expect(mustFind('epyc-9654').memoryBandwidthGBs).toBeCloseTo((12 * 4800 * 8) / 1000, 6); // 460.8
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
    expect(mi300x.cite.bf16Tflops).toBe('amd-rocm-mi300-microarchitecture');
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
  });

  it('findDevice returns the entry for a known id and undefined otherwise', () => {
    expect(findDevice('h100-sxm')?.name).toContain('H100');
    expect(findDevice('no-such-device')).toBeUndefined();
    expect(findDevice('')).toBeUndefined();
  });
});

describe('validateDevice rejects broken entries', () => {
  const good = mustFind('h100-sxm');
  const broken = (patch: Partial<Device>): Device => ({ ...good, ...patch });

  it('accepts the unmodified entry', () => {
    expect(validateDevice(good)).toEqual([]);
  });

  it.each<[string, Device]>([
    ['an uncited number', broken({ cite: { ...good.cite, bf16Tflops: undefined } })],
    ['a citation to a missing source', broken({ cite: { ...good.cite, tdpW: 'nope' } })],
    ['an http url', broken({ sources: [{ ...good.sources[0]!, url: 'http://example.com' }] })],
    ['an unparsable url', broken({ sources: [{ ...good.sources[0]!, url: 'https://' }] })],
    ['a bad access date', broken({ sources: [{ ...good.sources[0]!, accessed: '2026-13-01' }] })],
    ['FP8 slower than BF16', broken({ fp8Tflops: 100 })],
    [
      'FP4 slower than FP8',
      broken({ fp4Tflops: 1000, cite: { ...good.cite, fp4Tflops: 'nvidia-h100-specs' } }),
    ],
    ['bandwidth out of range', broken({ memoryBandwidthGBs: 50_000 })],
    ['a non-finite peak', broken({ int8Tops: Number.NaN })],
    ['a year out of range', broken({ released: 2035 })],
    ['power out of range', broken({ tdpW: 10_000 })],
    ['empty notes', broken({ notes: '  ' })],
    ['a non-kebab id', broken({ id: 'H100_SXM' })],
  ])('rejects %s', (_label, device) => {
    expect(validateDevice(device).length).toBeGreaterThan(0);
  });
});
