// CSV text for the comparison results and the hardware catalogue (RFC 4180, formula-safe).
import type { Device } from '../data/types';
import type { Estimate } from './estimator';

export type CsvCell = string | number | boolean | null | undefined;

/** Characters that make spreadsheet programs treat a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as CSV text. Numbers are written plainly (non-finite ones as empty cells); text that a
 * spreadsheet would run as a formula gets a leading single quote; quotes, commas and line breaks
 * are quoted as RFC 4180 requires.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV: CRLF line endings, a trailing CRLF after the last row. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Round to a few significant figures so CSV cells do not carry float noise. */
function round(value: number | null | undefined, digits = 6): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Number(value.toPrecision(digits));
}

/** The scenario a comparison was computed for (one row each device repeats). */
export interface CsvScenario {
  model: string;
  weights: string;
  kv: string;
  n: number;
  contextTokens: number;
  promptTokens: number;
  concurrency: number;
  reservePercent: number;
  pricePerDeviceHour: number | null;
}

export interface CsvDeviceResult {
  device: Device;
  estimate: Estimate | null;
}

export const COMPARISON_HEADER = [
  'device_id',
  'device',
  'vendor',
  'devices_per_replica',
  'model',
  'weight_precision',
  'kv_precision',
  'context_tokens',
  'prompt_tokens',
  'concurrency',
  'reserve_percent',
  'price_usd_per_device_hour',
  'memory_gb_per_device',
  'bandwidth_gb_s_per_device',
  'peak_precision',
  'peak_tflops_dense_per_device',
  'weights_gb',
  'kv_gb',
  'usable_gb',
  'free_gb',
  'fits',
  'max_concurrency',
  'bound',
  'decode_tokens_per_s_per_sequence',
  'throughput_tokens_per_s',
  'ttft_s',
  'realistic_efficiency',
  'realistic_decode_tokens_per_s_per_sequence',
  'realistic_throughput_tokens_per_s',
  'realistic_ttft_s',
  'usd_per_million_tokens',
] as const;

/** The comparison as CSV: one row per device, ideal and realistic figures side by side. */
export function comparisonCsv(scenario: CsvScenario, results: readonly CsvDeviceResult[]): string {
  const rows: CsvCell[][] = [[...COMPARISON_HEADER]];
  for (const { device, estimate: e } of results) {
    rows.push([
      device.id,
      device.name,
      device.vendor,
      scenario.n,
      scenario.model,
      scenario.weights,
      scenario.kv,
      scenario.contextTokens,
      scenario.promptTokens,
      scenario.concurrency,
      scenario.reservePercent,
      scenario.pricePerDeviceHour,
      device.memoryGB,
      device.memoryBandwidthGBs,
      e?.peakPrecision ?? null,
      e?.peakTflops ?? null,
      round(e?.weightsGB),
      round(e?.kvGB),
      round(e?.usableGB),
      round(e?.freeGB),
      e ? e.fits : null,
      e?.maxConcurrency ?? null,
      e?.bound ?? null,
      round(e?.decodeTokensPerSecond),
      round(e?.throughputTokensPerSecond),
      round(e?.ttftSeconds),
      e?.realistic.efficiency ?? null,
      round(e?.realistic.decodeTokensPerSecond),
      round(e?.realistic.throughputTokensPerSecond),
      round(e?.realistic.ttftSeconds),
      round(e?.costPerMillionTokens),
    ]);
  }
  return toCsv(rows);
}

export const CATALOGUE_HEADER = [
  'id',
  'name',
  'vendor',
  'kind',
  'segment',
  'released',
  'memory_gb',
  'memory_type',
  'memory_bandwidth_gb_s',
  'bf16_tflops_dense',
  'fp8_tflops_dense',
  'int8_tops_dense',
  'fp4_tflops_dense',
  'tdp_w',
  'scale_up_link',
  'scale_up_gb_s',
  'notes',
  'sources',
] as const;

/** The catalogue as CSV; empty cells where a figure is missing or unsourced. */
export function catalogueCsv(devices: readonly Device[]): string {
  const rows: CsvCell[][] = [[...CATALOGUE_HEADER]];
  for (const d of devices) {
    rows.push([
      d.id,
      d.name,
      d.vendor,
      d.kind,
      d.segment,
      d.released,
      d.memoryGB,
      d.memoryType,
      d.memoryBandwidthGBs,
      d.bf16Tflops,
      d.fp8Tflops,
      d.int8Tops,
      d.fp4Tflops,
      d.tdpW,
      d.scaleUp?.name ?? null,
      d.scaleUp?.GBs ?? null,
      d.notes,
      d.sources.map((s) => s.url).join(' '),
    ]);
  }
  return toCsv(rows);
}
