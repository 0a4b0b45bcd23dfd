// CSV text for the comparison results and the hardware catalogue (RFC 4180, formula-safe).
import type { Device } from '../../data/types';
import type { DeviceComparison, ServingCapacity } from '../compare/devices';
import type { Banded } from '../calibration/expected';
import type { Scenario } from '../compare/state';
import type { Estimate } from '../model/estimate';

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

type ComparisonColumn = readonly [
  header: string,
  value: (s: Scenario, row: DeviceComparison) => CsvCell,
];

const est = (row: DeviceComparison): Estimate | null => (row.result.ok ? row.result.value : null);
const cap = (row: DeviceComparison): ServingCapacity | null =>
  row.capacity.ok ? row.capacity.value : null;

/** Three columns for a calibrated figure: the value and the ends of its band. */
function banded(
  header: string,
  pick: (row: DeviceComparison) => Banded | null | undefined,
): ComparisonColumn[] {
  return [
    [header, (_, r) => round(pick(r)?.value)],
    [`${header}_low`, (_, r) => round(pick(r)?.low)],
    [`${header}_high`, (_, r) => round(pick(r)?.high)],
  ];
}

/** Every figure a card, the working or the chart shows, one column each, scenario first. */
const COMPARISON_COLUMNS: readonly ComparisonColumn[] = [
  ['device_id', (_, r) => r.device.id],
  ['device', (_, r) => r.device.name],
  ['vendor', (_, r) => r.device.vendor],
  ['devices_per_replica', (s) => s.n],
  ['model', (s) => s.modelId],
  ['weight_precision', (s) => s.weights],
  ['kv_precision', (s) => s.kv],
  ['context_tokens', (s) => s.contextTokens],
  ['prompt_tokens', (s) => s.promptTokens],
  ['concurrency', (s) => s.concurrency],
  ['reserve_percent', (s) => s.reservePercent],
  ['price_usd_per_device_hour', (s) => s.pricePerDeviceHour],
  ['memory_gb_per_device', (_, r) => r.device.memoryGB],
  ['bandwidth_gb_s_per_device', (_, r) => r.device.memoryBandwidthGBs],
  ['accelerator_memory_share', (_, r) => est(r)?.acceleratorShare ?? null],
  ['peak_precision', (_, r) => est(r)?.peakPrecision ?? null],
  ['peak_tflops_dense_per_device', (_, r) => est(r)?.peakTflops ?? null],
  ['bits_per_weight', (_, r) => round(est(r)?.bitsPerWeight)],
  ['weights_gb', (_, r) => round(est(r)?.weightsGB)],
  ['kv_bytes_per_token', (_, r) => round(est(r)?.kvBytesPerToken)],
  ['kv_gb', (_, r) => round(est(r)?.kvGB)],
  ['usable_gb', (_, r) => round(est(r)?.usableGB)],
  ['free_gb', (_, r) => round(est(r)?.freeGB)],
  ['fits', (_, r) => est(r)?.fits ?? null],
  ['max_concurrency', (_, r) => est(r)?.maxConcurrency ?? null],
  ['memory_time_s', (_, r) => round(est(r)?.memoryTimeSeconds)],
  ['compute_time_s', (_, r) => round(est(r)?.computeTimeSeconds)],
  ['step_s', (_, r) => round(est(r)?.stepSeconds)],
  ['bound', (_, r) => est(r)?.bound ?? null],
  ['decode_tokens_per_s_per_sequence', (_, r) => round(est(r)?.decodeTokensPerSecond)],
  ['throughput_tokens_per_s', (_, r) => round(est(r)?.throughputTokensPerSecond)],
  ['prefill_s', (_, r) => round(est(r)?.prefillSeconds)],
  ['weight_read_s', (_, r) => round(est(r)?.weightReadSeconds)],
  ['ttft_s', (_, r) => round(est(r)?.ttftSeconds)],
  ['all_reduce_s_per_step', (_, r) => round(est(r)?.communication?.secondsPerStep)],
  ['usd_per_million_tokens', (_, r) => round(est(r)?.costPerMillionTokens)],
  ['engine', (_, r) => r.expected?.engine ?? null],
  ...banded('expected_decode_tokens_per_s_per_sequence', (r) => r.expected?.decodeTokensPerSecond),
  ...banded('expected_throughput_tokens_per_s', (r) => r.expected?.throughputTokensPerSecond),
  ...banded('expected_ttft_s', (r) => r.expected?.ttftSeconds),
  ...banded('expected_usd_per_million_tokens', (r) => r.expected?.costPerMillionTokens),
  ['tpot_target_ms', (s) => s.tpotMs],
  ['ttft_target_ms', (s) => s.ttftMs],
  ['load_requests_per_s', (s) => s.requestsPerSecond],
  ['slo_concurrency', (_, r) => cap(r)?.ideal.sloConcurrency ?? null],
  ['slo_step_ms', (_, r) => round(cap(r)?.sloStepMs)],
  [
    'slo_throughput_tokens_per_s_per_replica',
    (_, r) => round(cap(r)?.ideal.sloPoint?.throughputPerReplica),
  ],
  [
    'slo_throughput_tokens_per_s_per_device',
    (_, r) => round(cap(r)?.ideal.sloPoint?.throughputPerDevice),
  ],
  ['replicas', (_, r) => cap(r)?.ideal.replicas ?? null],
  ['devices_needed', (_, r) => cap(r)?.ideal.devicesNeeded ?? null],
  ['slo_usd_per_million_tokens', (_, r) => round(cap(r)?.ideal.costPerMillionTokens)],
  ['joules_per_token_upper', (_, r) => round(cap(r)?.ideal.joulesPerToken)],
  ...banded('expected_slo_concurrency', (r) => cap(r)?.expectedSloConcurrency),
  ...banded(
    'expected_slo_throughput_tokens_per_s_per_replica',
    (r) => cap(r)?.expectedSloThroughput,
  ),
  ['expected_devices_needed', (_, r) => cap(r)?.expected?.expected.devicesNeeded ?? null],
];

export const COMPARISON_HEADER: readonly string[] = COMPARISON_COLUMNS.map(([header]) => header);

/** The comparison as CSV: one row per device, ideal ceilings and expected figures side by side. */
export function comparisonCsv(scenario: Scenario, results: readonly DeviceComparison[]): string {
  const rows: CsvCell[][] = [[...COMPARISON_HEADER]];
  for (const row of results) rows.push(COMPARISON_COLUMNS.map(([, value]) => value(scenario, row)));
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
  'memory_label',
  'memory_basis',
  'memory_type',
  'memory_bandwidth_gb_s',
  'bf16_tflops_dense',
  'fp8_tflops_dense',
  'int8_tops_dense',
  'fp4_tflops_dense',
  'tdp_w',
  'scale_up_link',
  'scale_up_gb_s',
  'host_link',
  'host_link_gb_s_per_direction',
  'accelerator_memory_share',
  'unit',
  'derived_peaks',
  'preliminary_fields',
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
      d.memoryLabel,
      d.memoryBasis,
      d.memoryType,
      d.memoryBandwidthGBs,
      d.bf16Tflops,
      d.fp8Tflops,
      d.int8Tops,
      d.fp4Tflops,
      d.tdpW,
      d.scaleUp?.name ?? null,
      d.scaleUp?.GBs ?? null,
      d.hostLink?.name ?? null,
      d.hostLink?.GBsPerDirection ?? null,
      d.usableMemory?.defaultShare ?? null,
      d.unit,
      Object.entries(d.derived)
        .map(([field, arithmetic]) => `${field}: ${arithmetic}`)
        .join('; '),
      d.preliminary.join(' '),
      d.notes,
      d.sources.map((s) => s.url).join(' '),
    ]);
  }
  return toCsv(rows);
}
