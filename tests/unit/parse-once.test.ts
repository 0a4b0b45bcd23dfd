// Reader input is checked once, at the boundary: one comparison card runs the device and model checks once each.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDevice } from '../../src/lib/compare/devices';
import { parseSimRequest, simulationInput } from '../../src/lib/compare/simulation';
import { defaultState, validateState } from '../../src/lib/compare/state';
import { parseQuery } from '../../src/lib/compare/url';
import { checkRuns } from '../../src/lib/input/validate';

function resetRuns() {
  checkRuns.device = 0;
  checkRuns.model = 0;
}

// Before the parse-once change, validateState checked neither a catalogue device nor a preset,
// and one card then ran 11 device checks and 11 model checks: the estimate, the ideal capacity
// (estimate + capacity), and the calibrated capacity (its ideal run plus three band runs).
describe('parse once', () => {
  it.each([
    ['a preset on one device, with serving targets', '?devices=h100-sxm&tpot=50&ttft=2000&rps=4'],
    [
      'a custom model on two devices',
      '?devices=h100-sxm&model=custom&params=70&active=70&layers=80&kvheads=8&headdim=128&hidden=8192&n=2&tpot=60',
    ],
  ])('%s: parsing checks device and model once; the card checks nothing again', (_, query) => {
    const { state, ignored } = parseQuery(query);
    expect(ignored).toEqual([]);
    resetRuns();
    const parsed = validateState(state);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect({ ...checkRuns }).toEqual({ device: 1, model: 1 });

    resetRuns();
    const device = parsed.value.devices[0];
    if (!device) throw new Error('no device');
    const card = compareDevice(parsed.value, device);
    expect(card.result.ok).toBe(true);
    expect(card.capacity.ok).toBe(true);
    // The estimate, the ideal capacity, the calibrated capacity and both band ends trust the
    // parsed scenario: no check runs again.
    expect({ ...checkRuns }).toEqual({ device: 0, model: 0 });
  });

  it('an SRAM system keeps its card, which says in words why it has no figures', () => {
    // Cerebras CS-3 (21 PB/s, beyond what the estimate takes) and one Groq chip (0.23 GB): the
    // estimate does not model weights spread over on-chip SRAM, and the card says so rather than
    // showing a range error.
    const parsed = validateState(parseQuery('?devices=cerebras-cs-3,groq-lpu,h100-sxm').state);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const [cerebras, groq, h100] = parsed.value.devices;
    if (!cerebras || !groq || !h100) throw new Error('missing device');
    for (const device of [cerebras, groq]) {
      const card = compareDevice(parsed.value, device);
      const messages = card.result.ok ? [] : card.result.errors.map((e) => e.message);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^\S.* keeps a model's weights in on-chip SRAM/);
      expect(messages[0]).toContain(device.name);
      expect(messages[0]).not.toMatch(/memoryBandwidthGBs|GB\/s/);
      expect(card.capacity.ok ? [] : card.capacity.errors.map((e) => e.message)).toEqual(messages);
      expect(card.expected).toBeNull();
    }
    expect(compareDevice(parsed.value, h100).result.ok).toBe(true);
  });

  it('the worker parses its message once: device and model checked once per device', () => {
    resetRuns();
    const parsed = parseSimRequest({ id: 3, query: '?devices=h100-sxm,mi300x' });
    if (!parsed.ok) throw new Error(parsed.errors.join(' '));
    expect(parsed.value.id).toBe(3);
    expect({ ...checkRuns }).toEqual({ device: 2, model: 1 });
  });

  it('the simulation of a parsed scenario checks nothing again (the replica trusts it)', () => {
    const parsed = parseSimRequest({ id: 5, query: '?devices=h100-sxm,mi300x&rps=2' });
    if (!parsed.ok) throw new Error(parsed.errors.join(' '));
    resetRuns();
    for (const device of parsed.value.scenario.devices) {
      expect(simulationInput(parsed.value.scenario, device).ok).toBe(true);
    }
    expect({ ...checkRuns }).toEqual({ device: 0, model: 0 });
  });

  it('the worker rejects a message without a query, naming what it expected', () => {
    const parsed = parseSimRequest({ id: 4 });
    expect(parsed).toEqual({
      ok: false,
      id: 4,
      errors: ['message: expected { id, query } with a query string.'],
    });
  });

  it('a bad field still fails at the boundary with its message, and nothing is checked inward', () => {
    resetRuns();
    const state = defaultState();
    const parsed = validateState({ ...state, inputs: { ...state.inputs, ctx: '0' } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.ctx).toMatch(/^Enter /);
    expect({ ...checkRuns }).toEqual({ device: 0, model: 0 });
  });
});

// Parsed<T> means "checked at a boundary" only while the mark is set by parsers and by functions
// that derive one parsed value from another. A new caller of markParsed must be one of those.
const MARKERS = [
  'src/lib/compare/devices.ts', // per-device inputs derived from the parsed scenario
  'src/lib/compare/state.ts', // validateState: the /compare/ boundary
  'src/lib/input/parsed.ts',
  'src/lib/model/estimate.ts', // parseEstimateInput
  'src/lib/serving/device.ts', // parseDeviceCapacityInput, and the inner inputs it derives
  'src/lib/serving/input.ts', // parseCapacityInput
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

it('only parsers, and derivations from parsed values, mark a value parsed', () => {
  const root = path.resolve(__dirname, '../..');
  const marking = sourceFiles(path.join(root, 'src'))
    .filter((file) => readFileSync(file, 'utf8').includes('markParsed'))
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .sort();
  expect(marking).toEqual(MARKERS);
});
