// The one schema a catalogue device must meet: used by the unit tests, the build plugin and /hardware.schema.json.
import * as z from 'zod';
import type { CitedField, Device, DerivedPeak, MemoryBasis } from './types';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1);
const kebabId = z.string().regex(KEBAB, 'must be kebab-case');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  }, 'must be a real calendar date');

const httpsUrl = z.string().refine((url) => {
  try {
    return url.startsWith('https://') && new URL(url).protocol === 'https:' && url.length > 8;
  } catch {
    return false;
  }
}, 'must be an https URL');

/** A finite number in [min, max], or null when the device lacks the figure. */
const figure = (min: number, max: number) => z.number().finite().min(min).max(max);
const peak = figure(0.1, 100_000).nullable(); // TFLOPS or TOPS per chip (Rubin reaches 50,000 FP4)

export const sourceSchema = z.strictObject({
  id: kebabId,
  title: text,
  url: httpsUrl,
  accessed: isoDate,
  secondary: z.boolean().optional(),
  unverified: z.boolean().optional(),
});

export const CITED_FIELDS = [
  'released',
  'memoryGB',
  'memoryBandwidthGBs',
  'bf16Tflops',
  'fp8Tflops',
  'int8Tops',
  'fp4Tflops',
  'tdpW',
  'scaleUp',
  'hostLink',
  'usableMemory',
] as const satisfies readonly CitedField[];

export const DERIVED_PEAKS = [
  'bf16Tflops',
  'int8Tops',
  'fp8Tflops',
  'fp4Tflops',
] as const satisfies readonly DerivedPeak[];

export const MEMORY_BASES = [
  'reported',
  'vendor-gib',
  'binary-label',
  'as-published',
] as const satisfies readonly MemoryBasis[];

/** Bytes in a GiB over bytes in a GB: 2^30 / 10^9. */
const GIB_IN_GB = 1.073741824;

/** The first number in a label such as "80 GB" or "up to 1,440 GB", or null. */
export function labelNumber(label: string): number | null {
  const match = /\d[\d,]*(?:\.\d+)?/.exec(label);
  return match ? Number(match[0].replace(/,/g, '')) : null;
}

/** The value a cited field holds, as a number (links by their GB/s, shares as a fraction), or null. */
export function citedValue(device: Device, field: CitedField): number | null {
  switch (field) {
    case 'scaleUp':
      return device.scaleUp?.GBs ?? null;
    case 'hostLink':
      return device.hostLink?.GBsPerDirection ?? null;
    case 'usableMemory':
      return device.usableMemory?.defaultShare ?? null;
    default:
      return device[field];
  }
}

/** The number after the last "=" in an arithmetic string such as "16 × 4.1 GHz × 64 = 4.2", or null. */
export function arithmeticResult(arithmetic: string): number | null {
  const at = arithmetic.lastIndexOf('=');
  if (at < 0) return null;
  const match = /-?[\d,]*\.?\d+/.exec(arithmetic.slice(at + 1));
  if (!match) return null;
  const value = Number(match[0].replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

const deviceShape = z.strictObject({
  id: kebabId,
  name: text,
  vendor: text,
  kind: z.enum(['cpu', 'gpu', 'tpu', 'accelerator']),
  segment: z.enum(['datacenter', 'workstation', 'edge']),
  unit: z.enum(['chip', 'system']),
  released: z.number().int().min(2015).max(2027),
  memoryGB: figure(0.1, 14_000),
  memoryLabel: text,
  memoryBasis: z.enum(MEMORY_BASES),
  memoryType: text,
  memoryBandwidthGBs: figure(10, 100_000_000), // on-wafer SRAM reaches PB/s; off-chip memory is capped below
  bf16Tflops: peak,
  fp8Tflops: peak,
  int8Tops: peak,
  fp4Tflops: peak,
  tdpW: figure(1, 100_000).nullable(), // a chip is capped at 3 kW below; a system may draw more
  scaleUp: z.strictObject({ name: text, GBs: figure(1, 20_000) }).nullable(),
  hostLink: z.strictObject({ name: text, GBsPerDirection: figure(0.5, 1_000) }).nullable(),
  usableMemory: z
    .strictObject({
      defaultShare: z.number().finite().gt(0, 'share must be above 0').max(1, 'share is at most 1'),
      note: text,
    })
    .nullable(),
  derived: z.partialRecord(z.enum(DERIVED_PEAKS), text),
  simdPeaks: z
    .strictObject({
      bf16Tflops: figure(0.1, 100_000),
      int8Tops: figure(0.1, 100_000),
      derivation: text,
    })
    .optional(),
  preliminary: z.array(z.enum(CITED_FIELDS)),
  notes: text,
  sources: z.array(sourceSchema).min(1),
  cite: z.partialRecord(z.enum(CITED_FIELDS), kebabId),
});

/** Rules that span fields: citations, dense-peak ordering, derived arithmetic. */
function crossFieldProblems(device: Device): string[] {
  const problems: string[] = [];
  const sourceIds = new Set<string>();
  for (const source of device.sources) {
    if (sourceIds.has(source.id)) problems.push(`duplicate source id ${source.id}`);
    sourceIds.add(source.id);
  }

  for (const field of CITED_FIELDS) {
    const value = citedValue(device, field);
    const cited = device.cite[field];
    if (value === null) {
      if (cited !== undefined) problems.push(`${field} is null but cites ${cited}`);
      continue;
    }
    if (cited === undefined) problems.push(`${field} has no citation`);
    else if (!sourceIds.has(cited)) problems.push(`${field} cites missing source ${cited}`);
  }

  // Off-chip HBM4 reaches about 22 TB/s per package; only on-chip SRAM goes far beyond.
  if (device.memoryBandwidthGBs > 25_000 && !/SRAM/.test(device.memoryType)) {
    problems.push(
      `memoryBandwidthGBs ${device.memoryBandwidthGBs} is implausible for off-chip memory`,
    );
  }
  if (device.unit === 'chip' && device.tdpW !== null && device.tdpW > 3_000) {
    problems.push(`tdpW ${device.tdpW} is implausible for one chip (use unit 'system')`);
  }

  // CPUs address far more memory than any accelerator package.
  if (device.kind !== 'cpu' && device.unit === 'chip' && device.memoryGB > 10_000) {
    problems.push(`memoryGB ${device.memoryGB} is too large for one accelerator`);
  }

  // Lower precision must not be slower than higher precision on the same chip.
  const { bf16Tflops: bf16, fp8Tflops: fp8, fp4Tflops: fp4, int8Tops: int8 } = device;
  if (bf16 !== null && fp8 !== null && fp8 < bf16) problems.push('fp8 < bf16');
  if (bf16 !== null && fp4 !== null && fp4 < bf16) problems.push('fp4 < bf16');
  if (fp8 !== null && fp4 !== null && fp4 < fp8) problems.push('fp4 < fp8');
  // A dense peak is at most 4x the next-wider format (8x from BF16 to FP4, as on RTX cards with
  // FP32-accumulate BF16); beyond that a sparse headline was almost certainly stored by mistake.
  if (bf16 !== null && fp8 !== null && fp8 > 4 * bf16) problems.push('fp8 > 4 × bf16 (sparse?)');
  if (bf16 !== null && int8 !== null && int8 > 4 * bf16) problems.push('int8 > 4 × bf16 (sparse?)');
  if (bf16 !== null && fp4 !== null && fp4 > 8 * bf16) problems.push('fp4 > 8 × bf16 (sparse?)');
  if (fp8 !== null && fp4 !== null && fp4 > 4 * fp8) problems.push('fp4 > 4 × fp8 (sparse?)');

  for (const key of DERIVED_PEAKS) {
    const arithmetic = device.derived[key];
    if (arithmetic === undefined) continue;
    const value = device[key];
    if (value === null) {
      problems.push(`derived ${key} has arithmetic but no value`);
      continue;
    }
    const result = arithmeticResult(arithmetic);
    if (result === null || !arithmetic.includes('×')) {
      problems.push(`derived ${key} needs arithmetic of the form "a × b × c = value"`);
    } else if (Math.abs(result - value) > Math.max(0.01, value * 0.005)) {
      problems.push(`derived ${key} arithmetic gives ${result}, stored ${value}`);
    }
  }
  for (const field of device.preliminary) {
    if (citedValue(device, field) === null) problems.push(`preliminary ${field} has no value`);
  }

  // memoryGB must follow from the marketed label by the basis it names (MEMORY_RULE).
  const labelled = labelNumber(device.memoryLabel);
  if (labelled === null) {
    problems.push('memoryLabel has no number');
  } else {
    const binary = labelled * GIB_IN_GB;
    const gb = device.memoryGB;
    const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.06, b * 0.001);
    if (device.memoryBasis === 'reported' && !(gb >= labelled * 0.9 && gb <= binary + 0.06)) {
      problems.push(`reported memoryGB ${gb} is not between 0.9 × and 1.074 × the label`);
    }
    if (
      (device.memoryBasis === 'binary-label' || device.memoryBasis === 'vendor-gib') &&
      !near(gb, binary)
    ) {
      problems.push(`memoryGB ${gb} is not the label ${labelled} × 1.073741824`);
    }
    if (device.memoryBasis === 'as-published' && !near(gb, labelled)) {
      problems.push(`memoryGB ${gb} is not the published ${labelled}`);
    }
  }

  if (device.usableMemory !== null && !/unified|shared|LPDDR/i.test(device.memoryType)) {
    problems.push('usableMemory is only for unified-memory devices');
  }
  return problems;
}

export const deviceSchema = deviceShape.superRefine((device, ctx) => {
  for (const message of crossFieldProblems(device)) ctx.addIssue({ code: 'custom', message });
});

/** Every problem with one device, as "id: path: message" lines (empty = valid). */
export function deviceProblems(device: unknown): string[] {
  const id =
    typeof device === 'object' && device !== null && 'id' in device ? String(device.id) : '?';
  const result = deviceSchema.safeParse(device);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${id}: ${path}${issue.message}`;
  });
}

/** Problems with the whole catalogue: each device, unique ids, and aliases that resolve. */
export function catalogueProblems(
  devices: readonly unknown[],
  aliases: Readonly<Record<string, string>> = {},
): string[] {
  const problems = devices.flatMap(deviceProblems);
  const ids = new Set<string>();
  for (const device of devices) {
    const id = typeof device === 'object' && device !== null && 'id' in device ? device.id : null;
    if (typeof id !== 'string') continue;
    if (ids.has(id)) problems.push(`${id}: duplicate device id`);
    ids.add(id);
  }
  for (const [alias, target] of Object.entries(aliases)) {
    if (!KEBAB.test(alias)) problems.push(`alias ${alias} is not kebab-case`);
    if (ids.has(alias)) problems.push(`alias ${alias} hides a device with the same id`);
    if (!ids.has(target)) problems.push(`alias ${alias} points at unknown id ${target}`);
  }
  return problems;
}

/** The device schema as JSON Schema (draft 2020-12), published as /hardware.schema.json. */
export function deviceJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(deviceShape, { target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    title: 'Hardware catalogue device',
    description:
      'One chip, socket or package (unit "chip") or vendor system (unit "system"). Dense peaks; GB = 10^9 bytes; memoryGB is the memory a runtime sees (memoryBasis says how it follows from memoryLabel, the marketed figure); fields named in `preliminary` are announced, not yet confirmed on shipping parts; every non-null figure names a source in `cite`. Cross-field rules (citations resolve, FP8 ≥ BF16, derived arithmetic, the memory conversion) are checked by the build and not expressible here.',
  };
}

/** JSON Schema for /hardware.json as a whole: { schemaVersion, updated, memoryRule, devices, aliases, changes }. */
export function catalogueJsonSchema(): Record<string, unknown> {
  const device = deviceJsonSchema();
  const { $schema, ...deviceBody } = device;
  return {
    $schema,
    $id: 'hardware.schema.json',
    title: 'Hardware catalogue (/hardware.json)',
    type: 'object',
    required: ['schemaVersion', 'updated', 'memoryRule', 'devices', 'aliases', 'changes'],
    additionalProperties: false,
    properties: {
      schemaVersion: { type: 'integer', minimum: 1 },
      updated: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      memoryRule: { type: 'string' },
      devices: { type: 'array', items: { $ref: '#/$defs/device' } },
      aliases: { type: 'object', additionalProperties: { type: 'string' } },
      changes: {
        type: 'array',
        description: 'What moved since the previous release, newest first.',
        items: {
          type: 'object',
          required: ['date', 'id', 'field', 'from', 'to', 'reason'],
          additionalProperties: false,
          properties: {
            date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            id: { type: 'string' },
            field: { type: 'string' },
            from: { type: ['number', 'string', 'null'] },
            to: { type: ['number', 'string', 'null'] },
            reason: { type: 'string' },
          },
        },
      },
    },
    $defs: { device: deviceBody },
  };
}

// Compile-time guard: the schema and the Device interface describe the same shape.
type Parsed = z.infer<typeof deviceShape>;
const schemaMatchesDevice: [Parsed] extends [Device]
  ? [Device] extends [Parsed]
    ? true
    : false
  : false = true;
void schemaMatchesDevice;
