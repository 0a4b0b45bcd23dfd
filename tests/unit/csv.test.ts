// CSV writer: RFC 4180 quoting, formula-injection guard, comparison and catalogue tables.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import {
  CATALOGUE_HEADER,
  COMPARISON_HEADER,
  catalogueCsv,
  comparisonCsv,
  csvCell,
  toCsv,
} from '../../src/lib/catalogue/csv';
import { devices, findDevice } from '../../src/data/hardware';
import { compareDevices } from '../../src/lib/compare/devices';
import { validateState } from '../../src/lib/compare/state';
import { parseQuery } from '../../src/lib/compare/url';
import { testDevice } from './fixtures';
import type { Device } from '../../src/data/types';

/** An independent RFC 4180 parser as the oracle for what the writer produces. */
function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true, record_delimiter: '\r\n' }) as string[][];
}

const fakeDevice: Device = testDevice({
  id: 'fake-1',
  name: 'Fake "Turbo", 80 GB',
  vendor: '=HYPERLINK("http://evil")',
  kind: 'gpu',
  segment: 'datacenter',
  released: 2024,
  memoryGB: 80,
  memoryType: 'HBM3',
  memoryBandwidthGBs: 3350,
  bf16Tflops: 989,
  fp8Tflops: null,
  int8Tops: null,
  fp4Tflops: null,
  tdpW: 700,
  scaleUp: null,
  notes: 'line one\nline two',
  sources: [
    { id: 's1', title: 'Datasheet', url: 'https://example.com/a', accessed: '2025-01-01' },
    { id: 's2', title: 'Docs', url: 'https://example.com/b', accessed: '2025-01-01' },
  ],
  cite: {},
});

describe('csvCell', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('H100 SXM')).toBe('H100 SXM');
    expect(csvCell(3350)).toBe('3350');
    expect(csvCell(-12.5)).toBe('-12.5'); // a number is data, not a formula
    expect(csvCell(true)).toBe('true');
  });

  it('writes missing and non-finite values as empty cells', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
  ])('prefixes formula-like text %j with an apostrophe', (text, written) => {
    expect(csvCell(text)).toBe(written);
  });

  // Each generated cell knows what a spreadsheet should read back, by construction rather than
  // through the writer's own test: text opening with = + - @ tab or CR gains an apostrophe.
  const cellArbitrary = fc.oneof(
    fc
      .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string())
      .map(([first, rest]) => ({ text: first + rest, read: `'${first}${rest}` })),
    fc
      .tuple(fc.constantFrom('a', 'Z', '7', ' ', '"', ',', '\n', "'", ''), fc.string())
      .filter(([first, rest]) => first !== '' || rest === '')
      .map(([first, rest]) => ({ text: first + rest, read: first + rest })),
  );

  it('round-trips any text through a CSV reader (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArbitrary, { minLength: 1, maxLength: 4 }), { minLength: 1 }),
        (rows) => {
          const parsed = parseCsv(toCsv(rows.map((r) => r.map((c) => c.text))));
          expect(parsed).toEqual(rows.map((r) => r.map((c) => c.read)));
        },
      ),
    );
  });
});

describe('toCsv', () => {
  it('joins rows with CRLF and ends with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('a,1\r\nb,\r\n');
  });
});

/** Rows as records keyed by the header, read by the independent parser. */
function records(text: string): Record<string, string>[] {
  return parse(text, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
}

describe('catalogueCsv', () => {
  it('has the header and one row per device, each equal to the catalogue module', () => {
    const rows = records(catalogueCsv(devices));
    expect(Object.keys(rows[0] ?? {})).toEqual([...CATALOGUE_HEADER]);
    expect(rows.map((r) => r.id)).toEqual(devices.map((d) => d.id));
    const h100 = rows.find((r) => r.id === 'h100-sxm');
    const device = findDevice('h100-sxm');
    expect(h100?.name).toBe(device?.name);
    expect(Number(h100?.memory_gb)).toBe(device?.memoryGB);
    expect(Number(h100?.memory_bandwidth_gb_s)).toBe(device?.memoryBandwidthGBs);
  });

  it('guards hostile text, keeps quotes and line breaks, and lists every source URL', () => {
    const [row] = records(catalogueCsv([fakeDevice]));
    expect(row?.name).toBe('Fake "Turbo", 80 GB');
    expect(row?.vendor).toBe(`'=HYPERLINK("http://evil")`);
    expect(row?.fp8_tflops_dense).toBe(''); // fp8 missing
    expect(row?.notes).toBe('line one\nline two');
    expect(row?.sources).toBe('https://example.com/a https://example.com/b');
  });
});

describe('comparisonCsv', () => {
  it('writes one row per device with every figure the cards show, finite and rounded', () => {
    const { state } = parseQuery(
      '?devices=h100-sxm&model=llama-3.1-70b&weights=fp8&kv=fp8&n=2&ctx=8192&prompt=1024&batch=8&price=3',
    );
    const checked = validateState(state);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const scenario = checked.value;
    const failed = {
      device: fakeDevice,
      label: fakeDevice.name,
      result: { ok: false as const, errors: [{ input: 'x', message: 'no', allowed: '' }] },
      expected: null,
      capacity: { ok: false as const, errors: [{ input: 'x', message: 'no', allowed: '' }] },
    };
    const results = [...compareDevices(scenario), failed];
    const rows = records(comparisonCsv(scenario, results));
    expect(Object.keys(rows[0] ?? {})).toEqual([...COMPARISON_HEADER]);
    const [row, empty] = rows;
    const e = results[0]?.result;
    if (!e?.ok) throw new Error('estimate failed');
    expect(row?.device_id).toBe('h100-sxm');
    expect(row?.devices_per_replica).toBe('2');
    // 70.6e9 params × 8 bits / 8 / 1e9 = 70.6 GB
    expect(Number(row?.weights_gb)).toBeCloseTo(70.6, 6);
    expect(row?.fits).toBe('true');
    // Every figure the card shows is a column: ideal and expected cost among them.
    expect(Number(row?.usd_per_million_tokens)).toBeCloseTo(e.value.costPerMillionTokens ?? NaN, 4);
    const expected = results[0]?.expected;
    expect(Number(row?.expected_usd_per_million_tokens)).toBeCloseTo(
      expected?.costPerMillionTokens?.value ?? NaN,
      4,
    );
    // The band brackets the expected cost: low ≤ value ≤ high.
    expect(Number(row?.expected_usd_per_million_tokens_low)).toBeLessThanOrEqual(
      Number(row?.expected_usd_per_million_tokens),
    );
    expect(Number(row?.expected_usd_per_million_tokens_high)).toBeGreaterThanOrEqual(
      Number(row?.expected_usd_per_million_tokens),
    );
    // Serving capacity columns: without a tpot target the operating point is the most that fit.
    expect(Number(row?.slo_concurrency)).toBeGreaterThan(0);
    expect(row?.replicas).toBe('');
    expect(Number(row?.prefill_s)).toBeGreaterThan(0);
    expect(Number(row?.all_reduce_s_per_step)).toBeGreaterThan(0);
    // A device without an estimate still gets a row, with empty result cells.
    expect(empty?.device_id).toBe('fake-1');
    expect(empty?.weights_gb).toBe('');
    expect(JSON.stringify(rows)).not.toMatch(/NaN|Infinity|undefined/);
  });
});
