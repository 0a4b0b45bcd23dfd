// Reader input is checked once, at the boundary: one comparison card runs the device and model checks once each.
import { describe, expect, it } from 'vitest';
import { compareDevice } from '../../src/lib/compare/devices';
import { parseSimRequest } from '../../src/lib/compare/simulation';
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

  it('the worker parses its message once: device and model checked once per device', () => {
    resetRuns();
    const parsed = parseSimRequest({ id: 3, query: '?devices=h100-sxm,mi300x' });
    if (!parsed.ok) throw new Error(parsed.errors.join(' '));
    expect(parsed.value.id).toBe(3);
    expect({ ...checkRuns }).toEqual({ device: 2, model: 1 });
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
