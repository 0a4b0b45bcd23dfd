// Comparison state: defaults, validation messages, and the /compare/ URL contract (parse, write, round trip).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CUSTOM_MODEL,
  DEFAULT_DEVICES,
  DEFAULT_MODEL,
  MAX_DEVICES,
  defaultState,
  validateState,
  withModel,
  type CompareState,
} from '../../src/lib/compare/state';
import { parseQuery, toQuery } from '../../src/lib/compare/url';
import { devices } from '../../src/data/hardware';
import { findModel, modelPresets } from '../../src/data/models';
import { KV_PRECISIONS, WEIGHT_PRECISIONS } from '../../src/data/precisions';
import { DEFAULT_INPUT } from '../../src/lib/model';

const params = (ignored: { param: string }[]): string[] => ignored.map((i) => i.param);

describe('defaultState', () => {
  it('uses the default devices, model and the estimator defaults, as text', () => {
    const state = defaultState();
    expect(state.devices).toEqual(DEFAULT_DEVICES);
    expect(state.model).toBe(DEFAULT_MODEL);
    expect(state.weights).toBe(DEFAULT_INPUT.weightPrecision);
    expect(state.inputs.ctx).toBe(String(DEFAULT_INPUT.contextTokens));
    expect(state.inputs.price).toBe('');
    expect(state.inputs.params).toBe(String(findModel(DEFAULT_MODEL)?.totalParamsB));
  });

  it('drops unknown and repeated initial devices and keeps at most four', () => {
    const state = defaultState({
      devices: ['nope', 'h100-sxm', 'h100-sxm', 'mi300x', 'l4', 'l40s', 'b200'],
    });
    expect(state.devices).toEqual(['h100-sxm', 'mi300x', 'l4', 'l40s']);
    expect(defaultState({ devices: ['nope'] }).devices).toEqual(DEFAULT_DEVICES);
  });

  it('accepts an initial model preset', () => {
    expect(defaultState({ model: 'llama-3.1-8b' }).model).toBe('llama-3.1-8b');
    expect(defaultState({ model: 'nope' }).model).toBe(DEFAULT_MODEL);
  });
});

describe('withModel', () => {
  it('copies a preset into the custom fields and keeps them when switching to custom', () => {
    const state = withModel(defaultState(), 'mixtral-8x7b');
    expect(state.inputs.params).toBe('46.7');
    expect(state.inputs.active).toBe('12.9');
    const custom = withModel(state, CUSTOM_MODEL);
    expect(custom.model).toBe(CUSTOM_MODEL);
    expect(custom.inputs.active).toBe('12.9');
  });
});

describe('validateState', () => {
  const withInput = (key: keyof CompareState['inputs'], value: string): CompareState => {
    const state = defaultState();
    return { ...state, inputs: { ...state.inputs, [key]: value } };
  };

  it('resolves the defaults to numbers and devices', () => {
    const result = validateState(defaultState());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.devices.map((d) => d.id)).toEqual(DEFAULT_DEVICES);
    expect(result.value.contextTokens).toBe(DEFAULT_INPUT.contextTokens);
    expect(result.value.pricePerDeviceHour).toBeNull();
  });

  it.each(['abc', '-1', '0', '1.5', '', 'Infinity', '1e400'])(
    'flags context %j with the allowed range',
    (raw) => {
      const result = validateState(withInput('ctx', raw));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.ctx).toMatch(/^Enter an integer from 1 to 10,000,000 tokens\.$/);
    },
  );

  it('accepts an empty price as "no price" and rejects a negative one', () => {
    expect(validateState(withInput('price', '')).ok).toBe(true);
    const bad = validateState(withInput('price', '-2'));
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors.price).toMatch(
        /^Enter a number from 0 to 10,000 USD per device-hour, or empty\.$/,
      );
  });

  it('rejects a prompt longer than the context', () => {
    const state = defaultState();
    const result = validateState({
      ...state,
      inputs: { ...state.inputs, ctx: '1000', prompt: '2000' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.prompt).toMatch(/1,000 tokens/);
  });

  it('checks custom model fields only when the model is custom', () => {
    const state = withModel(defaultState(), CUSTOM_MODEL);
    const inconsistent = { ...state, inputs: { ...state.inputs, params: '10', active: '20' } };
    const result = validateState(inconsistent);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.active).toBeDefined();
    // The same numbers under a preset are ignored (the preset's figures are used).
    expect(validateState({ ...inconsistent, model: DEFAULT_MODEL }).ok).toBe(true);
  });
});

describe('parseQuery', () => {
  it('reads nothing from an empty query', () => {
    expect(parseQuery('')).toEqual({ state: defaultState(), ignored: [] });
    expect(parseQuery('?')).toEqual({ state: defaultState(), ignored: [] });
  });

  it('reads a full scenario', () => {
    const { state, ignored } = parseQuery(
      '?devices=h100-sxm,mi300x&model=llama-3.1-70b&weights=fp8&kv=fp8&ctx=8192&prompt=1024&batch=8&n=2&reserve=10&price=2.5',
    );
    expect(ignored).toEqual([]);
    expect(state.devices).toEqual(['h100-sxm', 'mi300x']);
    expect(state.weights).toBe('fp8');
    expect(state.kv).toBe('fp8');
    expect(state.inputs).toMatchObject({
      ctx: '8192',
      prompt: '1024',
      batch: '8',
      n: '2',
      reserve: '10',
      price: '2.5',
    });
  });

  it('ignores a hostile link, naming each parameter and why, and keeps the good parts', () => {
    const search =
      '?devices=' +
      encodeURIComponent('<img src=x onerror=alert(1)>') +
      ',h100-sxm&ctx=-5&model=nope&weights=fp3';
    const { state, ignored } = parseQuery(search);
    expect(state.devices).toEqual(['h100-sxm']);
    expect(state.inputs.ctx).toBe(defaultState().inputs.ctx);
    expect(state.model).toBe(DEFAULT_MODEL);
    expect(state.weights).toBe(DEFAULT_INPUT.weightPrecision);
    expect(params(ignored).sort()).toEqual(['ctx', 'devices', 'model', 'weights']);
    expect(ignored.find((i) => i.param === 'devices')?.value).toBe('<img src=x onerror=alert(1)>');
    expect(ignored.find((i) => i.param === 'ctx')?.reason).toMatch(/1 to 10,000,000/);
  });

  it('truncates long values and caps the number of reports', () => {
    const long = 'x'.repeat(5000);
    const { ignored } = parseQuery(`?model=${long}`);
    expect(ignored[0]?.value.length).toBeLessThanOrEqual(41);
    const many = Array.from({ length: 500 }, (_, i) => `junk${i}=1`).join('&');
    expect(parseQuery(many).ignored.length).toBeLessThanOrEqual(20);
  });

  it('reports unknown and repeated parameters; the first value wins', () => {
    const { state, ignored } = parseQuery('?utm_source=x&ctx=4096&ctx=2');
    expect(state.inputs.ctx).toBe('4096');
    expect(ignored.map((i) => [i.param, i.reason])).toEqual([
      ['utm_source', 'unknown parameter'],
      ['ctx', 'repeated parameter (the first one is used)'],
    ]);
  });

  it(`keeps at most ${MAX_DEVICES} devices and drops duplicates`, () => {
    const { state, ignored } = parseQuery('?devices=h100-sxm,h100-sxm,mi300x,l4,l40s,b200');
    expect(state.devices).toEqual(['h100-sxm', 'mi300x', 'l4', 'l40s']);
    expect(ignored.map((i) => i.value)).toEqual(['h100-sxm', 'b200']);
  });

  it('falls back to the default devices when none is known', () => {
    const { state, ignored } = parseQuery('?devices=nope,zilch');
    expect(state.devices).toEqual(DEFAULT_DEVICES);
    expect(ignored).toHaveLength(2);
  });

  it('reads a custom model and rejects an inconsistent one', () => {
    const good = parseQuery('?model=custom&params=10&active=2&layers=40&kvheads=4&headdim=128');
    expect(good.ignored).toEqual([]);
    expect(good.state.model).toBe(CUSTOM_MODEL);
    expect(good.state.inputs).toMatchObject({
      params: '10',
      active: '2',
      layers: '40',
      kvheads: '4',
      headdim: '128',
    });

    const bad = parseQuery('?model=custom&params=10&active=20');
    expect(bad.state.model).toBe(DEFAULT_MODEL);
    expect(params(bad.ignored)).toContain('active');
  });

  it('ignores custom fields when a preset is chosen', () => {
    const { state, ignored } = parseQuery('?model=llama-3.1-8b&params=99');
    expect(state.inputs.params).toBe('8.03');
    expect(ignored[0]?.reason).toMatch(/model=custom/);
  });

  it('rejects a prompt longer than the given context', () => {
    const { state, ignored } = parseQuery('?ctx=1000&prompt=2000');
    expect(state.inputs.ctx).toBe('1000');
    expect(Number(state.inputs.prompt)).toBeLessThanOrEqual(1000);
    expect(params(ignored)).toEqual(['prompt']);
    // A defaulted prompt is shortened quietly.
    expect(parseQuery('?ctx=100').ignored).toEqual([]);
  });
});

describe('toQuery', () => {
  it('writes every setting, commas unescaped in the device list', () => {
    expect(toQuery(defaultState())).toBe(
      `devices=${DEFAULT_DEVICES.join(',')}&model=${DEFAULT_MODEL}&weights=bf16&kv=bf16` +
        `&ctx=${DEFAULT_INPUT.contextTokens}&prompt=${DEFAULT_INPUT.promptTokens}` +
        `&batch=${DEFAULT_INPUT.concurrency}&n=${DEFAULT_INPUT.n}&reserve=${DEFAULT_INPUT.reservePercent}`,
    );
  });

  it('leaves out invalid fields and writes canonical numbers', () => {
    const state = defaultState();
    const query = toQuery({
      ...state,
      inputs: { ...state.inputs, ctx: 'abc', batch: '08', price: '1,5' },
    });
    expect(query).not.toContain('ctx=');
    expect(query).toContain('batch=8');
    expect(query).toContain('price=15'); // thousands separators are allowed, so '1,5' is 15
  });
});

/** Valid states, for the round-trip property. */
const ids = devices.map((d) => d.id);
const validState: fc.Arbitrary<CompareState> = fc
  .record({
    devices: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 4 }),
    model: fc.constantFrom(...modelPresets.map((m) => m.id), CUSTOM_MODEL),
    params: fc.integer({ min: 1, max: 2000 }),
    activeShare: fc.double({ min: 0.01, max: 1, noNaN: true }),
    layers: fc.integer({ min: 1, max: 200 }),
    kvheads: fc.integer({ min: 1, max: 128 }),
    headdim: fc.constantFrom(64, 128, 256),
    weights: fc.constantFrom(...WEIGHT_PRECISIONS),
    kv: fc.constantFrom(...KV_PRECISIONS),
    ctx: fc.integer({ min: 1, max: 1_000_000 }),
    promptShare: fc.double({ min: 0, max: 1, noNaN: true }),
    batch: fc.integer({ min: 1, max: 1024 }),
    n: fc.integer({ min: 1, max: 64 }),
    reserve: fc.integer({ min: 0, max: 90 }),
    priceCents: fc.option(fc.integer({ min: 0, max: 100_000 })),
  })
  .map((r) => {
    const base = withModel(defaultState(), r.model === CUSTOM_MODEL ? DEFAULT_MODEL : r.model);
    const state: CompareState = {
      ...base,
      devices: r.devices,
      weights: r.weights,
      kv: r.kv,
      inputs: {
        ...base.inputs,
        ctx: String(r.ctx),
        prompt: String(Math.max(1, Math.floor(r.ctx * r.promptShare))),
        batch: String(r.batch),
        n: String(r.n),
        reserve: String(r.reserve),
        price: r.priceCents === null ? '' : String(r.priceCents / 100),
      },
    };
    if (r.model !== CUSTOM_MODEL) return state;
    return {
      ...state,
      model: CUSTOM_MODEL,
      inputs: {
        ...state.inputs,
        params: String(r.params),
        active: String(Math.max(0.001, Math.round(r.params * r.activeShare * 1000) / 1000)),
        layers: String(r.layers),
        kvheads: String(r.kvheads),
        headdim: String(r.headdim),
      },
    };
  });

describe('round trip', () => {
  it('parseQuery(toQuery(s)) gives back s for valid states, with nothing ignored', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(validateState(state).ok).toBe(true);
        const { state: back, ignored } = parseQuery(`?${toQuery(state)}`);
        expect(ignored).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});

describe('serving targets, memory share, engine and format aliases in the URL', () => {
  it('reads tpot, ttft, rps, share and engine, and writes them back', () => {
    const { state, ignored } = parseQuery('?tpot=50&ttft=2000&rps=10&share=75&engine=llama.cpp');
    expect(ignored).toEqual([]);
    expect(state.inputs.tpot).toBe('50');
    expect(state.inputs.ttft).toBe('2000');
    expect(state.inputs.rps).toBe('10');
    expect(state.inputs.share).toBe('75');
    expect(state.engine).toBe('llama.cpp');
    const query = toQuery(state);
    for (const part of ['tpot=50', 'ttft=2000', 'rps=10', 'share=75', 'engine=llama.cpp']) {
      expect(query).toContain(part);
    }
    const result = validateState(state);
    expect(result.ok && result.value.tpotMs).toBe(50);
    expect(result.ok && result.value.acceleratorSharePercent).toBe(75);
  });

  it('ignores invalid targets with the allowed range and leaves them unset', () => {
    const { state, ignored } = parseQuery('?tpot=-1&rps=abc&share=150&engine=ollama');
    expect(state.inputs.tpot).toBe('');
    expect(state.inputs.share).toBe('');
    expect(state.engine).toBe('auto');
    expect(ignored.map((i) => i.param).sort()).toEqual(['engine', 'rps', 'share', 'tpot']);
    expect(ignored.find((i) => i.param === 'share')?.reason).toBe(
      'out of range: a number from 1 to 100 % of device memory, or empty',
    );
  });

  it('keeps old fp4 links working as MXFP4 and writes the new name', () => {
    const { state, ignored } = parseQuery('?weights=fp4');
    expect(ignored).toEqual([]);
    expect(state.weights).toBe('mxfp4');
    expect(toQuery(state)).toContain('weights=mxfp4');
  });

  it('accepts every GGUF and FP4 format by its URL name', () => {
    for (const name of ['q4_0', 'q4_k_m', 'q5_k_m', 'q6_k', 'q8_0', 'nvfp4', 'mxfp4', 'int4']) {
      expect(parseQuery(`?weights=${name}`).state.weights).toBe(name);
    }
  });

  it('carries a custom hidden size so a custom model can be split across devices', () => {
    const { state, ignored } = parseQuery(
      '?model=custom&params=70&active=70&layers=80&kvheads=8&headdim=128&hidden=8192&n=2',
    );
    expect(ignored).toEqual([]);
    const result = validateState(state);
    expect(result.ok && result.value.model.hiddenSize).toBe(8192);
    expect(toQuery(state)).toContain('hidden=8192');
  });
});
