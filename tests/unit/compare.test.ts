// Everything a comparison shows per device comes from one function of the validated scenario.
import { describe, expect, it } from 'vitest';
import { EXPERT_LAYOUTS } from '../../src/data/expert-layouts';
import { findModel } from '../../src/data/models';
import { capacityChart, compareDevice, compareDevices } from '../../src/lib/compare/devices';
import { validateState } from '../../src/lib/compare/state';
import { parseQuery } from '../../src/lib/compare/url';
import { expertSplit } from '../../src/lib/model/math';

function scenario(query: string) {
  const { state, ignored } = parseQuery(query);
  expect(ignored).toEqual([]);
  const checked = validateState(state);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.value;
}

describe('expert layouts', () => {
  it('sum the routed experts from each config: Mixtral 32 × 8 × 3 × 4,096 × 14,336 = 45.1B', () => {
    const mixtral = EXPERT_LAYOUTS.find((l) => l.modelId === 'mixtral-8x7b');
    if (!mixtral) throw new Error('no Mixtral layout');
    const split = expertSplit(mixtral);
    expect(split.routedExpertParamsB).toBeCloseTo((32 * 8 * 3 * 4096 * 14336) / 1e9, 9);
    // Two of eight experts per token: a quarter of the routed weights.
    expect(split.activeRoutedParamsB).toBeCloseTo(split.routedExpertParamsB / 4, 9);
  });

  it('never exceed the preset totals they split', () => {
    for (const layout of EXPERT_LAYOUTS) {
      const model = findModel(layout.modelId);
      const split = expertSplit(layout);
      expect(model, layout.modelId).toBeDefined();
      expect(split.routedExpertParamsB).toBeLessThan(model?.totalParamsB ?? 0);
      expect(split.activeRoutedParamsB).toBeLessThan(model?.activeParamsB ?? 0);
    }
  });
});

describe('compareDevices', () => {
  it('keeps Mixtral experts in host RAM: more requests fit, and each step pays the host link', () => {
    const base = '?devices=h100-sxm&model=mixtral-8x7b&weights=fp8&ctx=4096&prompt=2048';
    const [onDevice] = compareDevices(scenario(base));
    const [inHost] = compareDevices(scenario(`${base}&experts=host-link`));
    if (!onDevice?.capacity.ok || !inHost?.capacity.ok) throw new Error('no capacity');
    const device = onDevice.capacity.value.ideal;
    const host = inHost.capacity.value.ideal;
    expect(host.maxConcurrency).toBeGreaterThan(device.maxConcurrency);
    expect(host.curve[0]?.hostSeconds).toBeGreaterThan(0);
    // One request over PCIe is slower than reading the experts from HBM.
    expect(host.curve[0]?.stepSeconds).toBeGreaterThan(device.curve[0]?.stepSeconds ?? Infinity);
  });

  it('says why host experts need a mixture-of-experts preset', () => {
    const [row] = compareDevices(
      scenario('?devices=h100-sxm&model=llama-3.1-8b&experts=host-link'),
    );
    const capacity = row?.capacity;
    if (!capacity || capacity.ok) throw new Error('expected a capacity error');
    expect(capacity.errors[0]?.message).toMatch(/no routed-expert layout/);
  });

  it('draws a line per device that fits and the target a tpot implies: 1,000 ÷ 50 ms = 20 tok/s', () => {
    const s = scenario('?devices=h100-sxm,l4&model=llama-3.1-70b&tpot=50');
    const chart = capacityChart(s, compareDevices(s));
    expect(chart.targetPerUserTokensPerSecond).toBe(20);
    // Llama 3.1 70B in BF16 (141 GB) fits on an H100? No: 80 GB. Neither device draws a line.
    expect(chart.series.map((x) => x.label)).toEqual([]);
    const fits = scenario('?devices=h100-sxm&model=llama-3.1-8b&tpot=50');
    const line = capacityChart(fits, compareDevices(fits)).series[0];
    expect(line?.points.length).toBeGreaterThan(1);
    expect(line?.operatingConcurrency).toBeGreaterThan(0);
  });
});

describe('compareDevice', () => {
  it('computes each device of a scenario once, and again for a new scenario', () => {
    const s = scenario('devices=h100-sxm,mi300x');
    const rows = compareDevices(s);
    const [h100, mi300x] = s.devices;
    if (!h100 || !mi300x) throw new Error('the scenario lost a device');
    expect(compareDevice(s, mi300x)).toBe(rows[1]);
    expect(compareDevices(s)[0]).toBe(rows[0]);
    const longer = scenario('devices=h100-sxm,mi300x&tpot=50');
    const fresh = compareDevice(longer, longer.devices[0] ?? h100);
    expect(fresh).not.toBe(rows[0]);
    expect(fresh.device.id).toBe('h100-sxm');
  });
});
