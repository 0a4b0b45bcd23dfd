// CSV writer: RFC 4180 quoting, formula-injection guard, comparison and catalogue tables.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CATALOGUE_HEADER,
  COMPARISON_HEADER,
  catalogueCsv,
  comparisonCsv,
  csvCell,
  toCsv,
} from '../../src/lib/csv';
import { devices, findDevice } from '../../src/data/hardware';
import { findModel } from '../../src/data/models';
import { estimate } from '../../src/lib/estimator';
import type { Device } from '../../src/data/types';

/** A minimal RFC 4180 reader, used only to check that what we write parses back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const fakeDevice: Device = {
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
};

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

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx'])('prefixes formula-like text %j', (text) => {
    expect(csvCell(text).replace(/^"/, '').startsWith(`'${text[0]}`)).toBe(true);
  });

  it('round-trips any text through a CSV reader (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1 }),
        (rows) => {
          const parsed = parseCsv(toCsv(rows));
          const expected = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
          expect(parsed).toEqual(expected);
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

describe('catalogueCsv', () => {
  it('has the header and one row per device', () => {
    const rows = parseCsv(catalogueCsv(devices));
    expect(rows[0]).toEqual([...CATALOGUE_HEADER]);
    expect(rows).toHaveLength(devices.length + 1);
    const h100 = rows.find((r) => r[0] === 'h100-sxm');
    const device = findDevice('h100-sxm');
    expect(h100).toBeDefined();
    expect(device).toBeDefined();
    expect(h100?.[1]).toBe(device?.name);
    expect(Number(h100?.[6])).toBe(device?.memoryGB);
    expect(Number(h100?.[8])).toBe(device?.memoryBandwidthGBs);
  });

  it('guards hostile text, keeps quotes and line breaks, and lists every source URL', () => {
    const rows = parseCsv(catalogueCsv([fakeDevice]));
    const row = rows[1] ?? [];
    expect(row[1]).toBe('Fake "Turbo", 80 GB');
    expect(row[2]).toBe(`'=HYPERLINK("http://evil")`);
    expect(row[10]).toBe(''); // fp8 missing
    expect(row[16]).toBe('line one\nline two');
    expect(row[17]).toBe('https://example.com/a https://example.com/b');
  });
});

describe('comparisonCsv', () => {
  it('writes one row per device with finite, rounded numbers', () => {
    const device = findDevice('h100-sxm');
    const model = findModel('llama-3.1-70b');
    if (!device || !model) throw new Error('catalogue or presets changed');
    const result = estimate({
      device,
      n: 2,
      model,
      weightPrecision: 'fp8',
      kvPrecision: 'fp8',
      contextTokens: 8192,
      promptTokens: 1024,
      concurrency: 8,
      reservePercent: 10,
      pricePerDeviceHour: 3,
    });
    if (!result.ok) throw new Error('estimate failed');
    const csv = comparisonCsv(
      {
        model: 'llama-3.1-70b',
        weights: 'fp8',
        kv: 'fp8',
        n: 2,
        contextTokens: 8192,
        promptTokens: 1024,
        concurrency: 8,
        reservePercent: 10,
        pricePerDeviceHour: 3,
      },
      [
        { device, estimate: result.value },
        { device: fakeDevice, estimate: null },
      ],
    );
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...COMPARISON_HEADER]);
    const col = (name: (typeof COMPARISON_HEADER)[number]): number =>
      COMPARISON_HEADER.indexOf(name);
    const row = rows[1] ?? [];
    expect(row[col('device_id')]).toBe('h100-sxm');
    // 70.6e9 params × 8 bits / 8 / 1e9 = 70.6 GB
    expect(Number(row[col('weights_gb')])).toBeCloseTo(70.6, 6);
    expect(row[col('fits')]).toBe('true');
    expect(Number.isFinite(Number(row[col('throughput_tokens_per_s')]))).toBe(true);
    expect(Number.isFinite(Number(row[col('usd_per_million_tokens')]))).toBe(true);
    // A device without an estimate still gets a row, with empty result cells.
    const empty = rows[2] ?? [];
    expect(empty[col('device_id')]).toBe('fake-1');
    expect(empty[col('weights_gb')]).toBe('');
    expect(csv).not.toMatch(/NaN|Infinity|undefined/);
  });
});
