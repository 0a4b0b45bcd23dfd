// The /compare/ simulation parameters (pct, arrival, cv, prefix, spec, accept, disagg) and what a card's simulation computes from them.
import { describe, expect, it } from 'vitest';
import { findDevice } from '@site/src/data/hardware';
import { servingCurves } from '@site/src/data/serving-curves';
import { formatOpenBanded } from '@site/src/lib/format';
import { CHART_CURVES } from '@site/src/lib/compare/chart-curves';
import {
  chartCurvesOf,
  measuredCurvesFor,
  parseQuery,
  simulateDevice,
  simulationInput,
  toQuery,
  validateState,
} from '@site/src/lib/compare';

function scenarioOf(query: string) {
  const parsed = parseQuery(query);
  const checked = validateState(parsed.state);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return { scenario: checked.value, ignored: parsed.ignored, state: parsed.state };
}

const ISSUE =
  'devices=h100-sxm&model=llama-3.1-70b&weights=fp8&kv=fp8&engine=tensorrt-llm&n=2&ctx=5500&prompt=5000&tpot=60&rps=10';

describe('simulation parameters in the URL', () => {
  it('reads each new parameter into typed settings and writes back only what changed', () => {
    const { scenario, ignored, state } = scenarioOf(
      `${ISSUE}&pct=95&arrival=bursty&cv=3&prefix=4000&spec=3&accept=0.6&disagg=1`,
    );
    expect(ignored).toEqual([]);
    expect(scenario.simulation).toEqual({
      pct: 95,
      arrival: 'bursty',
      cv: 3,
      prefixTokens: 4000,
      draftTokens: 3,
      acceptance: 0.6,
      disagg: true,
    });
    const again = scenarioOf(toQuery(state));
    expect(again.scenario.simulation).toEqual(scenario.simulation);
    // Defaults leave the query as it was before these parameters existed.
    expect(toQuery(scenarioOf(ISSUE).state)).not.toMatch(/pct=|arrival=|disagg=/);
  });

  it('reports bad values and keeps the defaults: p99, Poisson, no prefix, no speculation', () => {
    const { scenario, ignored } = scenarioOf(
      `${ISSUE}&pct=97&arrival=wave&disagg=yes&spec=40&accept=2`,
    );
    expect(ignored.map((i) => i.param).sort()).toEqual([
      'accept',
      'arrival',
      'disagg',
      'pct',
      'spec',
    ]);
    expect(scenario.simulation).toMatchObject({
      pct: 99,
      arrival: 'poisson',
      cv: 1,
      draftTokens: 0,
    });
  });

  it('rejects a cached prefix as long as the prompt', () => {
    const parsed = parseQuery(`${ISSUE}&prefix=5000`);
    const checked = validateState(parsed.state);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.prefix).toMatch(/fewer cached tokens/);
  });
});

describe('a device card under load', () => {
  it("sizes the issue's load (10 req/s at 60 ms TPOT p99) at 10 replicas of 2 H100s; at 50 ms the slow end is open", () => {
    const { scenario } = scenarioOf(ISSUE);
    const device = findDevice('h100-sxm');
    if (!device) throw new Error('missing');
    const r = simulateDevice(scenario, device);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { figures, sizing, curve } = r.value;
    // The card's seed: 10 replicas at p99 (20 GPUs); the mean-based reading of NIM's curve is 14
    // GPUs, and holding p99 under Poisson arrivals needs more (the simulated step is also slower).
    expect(sizing?.replicas?.value).toBe(10);
    expect(sizing?.devices?.value).toBe(20);
    expect(sizing?.devices?.low).toBeLessThanOrEqual(20);
    // The band's slow end runs each step 2.55 times the expected one (1 / 0.392, the throughput
    // band's low end): 60 ms per token then holds only with a few requests per replica, so the
    // band is closed but very wide (499 replicas, 998 GPUs).
    expect(sizing?.devices?.high).toBe(998);
    expect(sizing?.replicas?.high).toBe(499);
    // At 50 ms the slow step alone is past the target: no number of replicas meets it there, and
    // the band says so rather than stopping at the expected count.
    const tight = simulateDevice(scenarioOf(ISSUE.replace('tpot=60', 'tpot=50')).scenario, device);
    if (!tight.ok || !tight.value.sizing?.devices) throw new Error('tight sizing failed');
    const open = tight.value.sizing;
    expect(open.devices?.value).toBe(26);
    expect(open.devices?.high).toBeNull();
    expect(open.replicas?.high).toBeNull();
    expect(formatOpenBanded(open.devices!, String)).toBe(
      `26 (${open.devices?.low} or more: none meets the targets at the band’s slow end)`,
    );
    // At p99 under a slow step that still meets the target, the band closes (60 → 600 ms).
    const loose = simulateDevice(scenarioOf(ISSUE.replace('tpot=60', 'tpot=600')).scenario, device);
    expect(loose.ok && loose.value.sizing?.devices?.high).toBeGreaterThanOrEqual(
      loose.ok ? (loose.value.sizing?.devices?.value ?? 0) : 0,
    );
    // 10 req/s on one replica is far beyond its ~920 tok/s: overloaded, and the card says so.
    expect(figures.notes.join(' ')).toMatch(/Overloaded/);
    for (const b of [figures.throughputTps, figures.tpotP99Ms, figures.ttftP99S]) {
      expect(b.low).toBeLessThanOrEqual(b.value);
      expect(b.value).toBeLessThanOrEqual(b.high);
    }
    expect(curve?.length).toBeGreaterThan(3);
  });

  it('matches measured curves by device, model, format and replica size', () => {
    const { scenario } = scenarioOf(ISSUE);
    const device = findDevice('h100-sxm');
    if (!device) throw new Error('missing');
    const measured = measuredCurvesFor(scenario, device, CHART_CURVES);
    expect(measured.map((m) => m.curveId)).toEqual(['nim-2xh100-llama3.3-70b-fp8-5000-500']);
    // 25 in flight: 623.4 tok/s over 2 GPUs = 311.7 per GPU; 1000 / 38.75 ms = 25.8 tok/s per user.
    const p = measured[0]?.points.find((q) => q.inFlight === 25);
    expect(p?.throughputPerDevice).toBeCloseTo(311.7, 1);
    expect(p?.perUserTokensPerSecond).toBeCloseTo(25.8, 1);
    const other = scenarioOf(ISSUE.replace('n=2', 'n=4')).scenario;
    expect(measuredCurvesFor(other, device, CHART_CURVES)).toEqual([]);
  });

  it("carries the chart's view of every measured curve, as the data gives it (run npm run refit when this fails)", () => {
    expect(CHART_CURVES).toEqual(chartCurvesOf(servingCurves));
    // Request-rate curves have no requests in flight to plot against: none of their points is kept.
    const rateOnly = servingCurves.filter((c) => c.points.every((p) => p.concurrency === null));
    expect(rateOnly.length).toBeGreaterThan(0);
    for (const c of rateOnly) expect(CHART_CURVES.some((x) => x.id === c.id)).toBe(false);
  });

  it('says why a device cannot be simulated', () => {
    const { scenario } = scenarioOf(ISSUE.replace('n=2', 'n=1'));
    const device = findDevice('h100-sxm');
    if (!device) throw new Error('missing');
    // 70.6 GB of FP8 weights in 85.5 × 0.9 = 76.95 GB usable leave 6.35 GB: 38,700 tokens at
    // 163,840 B each, enough for one request of 5,500 but not one of 45,000.
    expect(simulationInput(scenario, device).ok).toBe(true);
    const longer = scenarioOf(
      ISSUE.replace('n=2', 'n=1').replace('ctx=5500', 'ctx=45000'),
    ).scenario;
    const r = simulationInput(longer, device);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/no request can be served/);
  });
});

describe('units the simulation prints', () => {
  it('scales in src/lib/format, not in components', async () => {
    const f = await import('@site/src/lib/format');
    expect(f.formatCompactNumber(2_500_000)).toBe('2.5M');
    expect(f.formatCompactNumber(12_400)).toBe('12.4k');
    expect(f.formatMilliseconds(1500)).toBe('1.5 s');
    expect(f.formatMilliseconds(null)).toBe(f.formatSeconds(null));
    expect(f.formatRequestsPerSecond(0.853)).toBe('0.85 req/s');
    expect(f.formatRequestsPerSecond(12.34)).toBe('12.3 req/s');
  });
});
