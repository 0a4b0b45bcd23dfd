// Expected (calibrated) serving capacity: capacity() with the fitted step of src/lib/calibration.
import type { EngineFamily } from '../data/measurements';
import { expectedStep } from './calibration-step';
import type { Capacity, StepModel } from './capacity';
import { deviceCapacity, type DeviceCapacityInput } from './capacity-device';
import { forwardFlops, weightBytes } from './model-math';
import type { Result } from './validate';

export interface ExpectedCapacity {
  /** The fitted step. */
  expected: Capacity;
  /** The band's slow end (highSeconds): fewer requests meet a target, lower throughput. */
  slow: Capacity;
  /** The band's fast end (lowSeconds). */
  fast: Capacity;
  /** Expected unloaded time to first token used for the TTFT target (null without a peak). */
  ttftSeconds: number | null;
}

type Band = 'seconds' | 'lowSeconds' | 'highSeconds';

/**
 * Runs the capacity model three times with the calibrated decode step (expected, slow and fast
 * ends of its leave-one-out band). Each step passes the replica's bytes and its decode FLOPs (the
 * calibration's definition) to expectedStep; the all-reduce bandwidth term is still added by capacity() on top of the fitted
 * all-reduce latency. The TTFT target is checked against the calibrated prefill time.
 */
export function expectedDeviceCapacity(
  input: Omit<DeviceCapacityInput, 'step'> & { engine?: EngineFamily },
): Result<ExpectedCapacity> {
  const { device, model, n, engine, weightPrecision } = input;
  // The calibration fits its saturated compute share to decode FLOPs alone (2 × active params per
  // generated token), so the prefill share capacity() adds would be counted twice: strip it.
  const decodeShare = 1 / (1 + input.isl / input.osl);
  const stepFor =
    (band: Band): StepModel =>
    (bytes, flops, concurrency) => {
      const s = expectedStep({
        device,
        engine,
        phase: 'decode',
        bytes,
        flops: flops * decodeShare,
        n,
        concurrency,
        precision: weightPrecision,
        layers: model.layers,
      });
      // A missing expected step surfaces as capacity()'s "not a positive finite number" error.
      return s === null ? Number.NaN : s[band];
    };
  const ideal = deviceCapacity(input);
  if (!ideal.ok) return ideal;
  const bits = ideal.value.estimate.bitsPerWeight;
  const prefill = expectedStep({
    device,
    engine,
    phase: 'prefill',
    bytes: weightBytes(model.totalParamsB, bits),
    flops: forwardFlops(model.activeParamsB, input.isl),
    n,
    concurrency: 1,
    precision: weightPrecision,
    layers: model.layers,
  });
  const ttftSeconds = prefill?.seconds ?? null;
  const run = (band: Band): Result<Capacity> => {
    const r = deviceCapacity({ ...input, step: stepFor(band) });
    if (!r.ok) return r;
    // Re-check the TTFT target against the calibrated prefill, not the ideal one.
    if (input.ttftMs === null || ttftSeconds === null) return { ok: true, value: r.value.capacity };
    const late = ttftSeconds * 1000 > input.ttftMs;
    if (!late || r.value.capacity.sloConcurrency === 0)
      return { ok: true, value: r.value.capacity };
    return {
      ok: true,
      value: {
        ...r.value.capacity,
        sloConcurrency: 0,
        sloPoint: null,
        replicas: null,
        devicesNeeded: null,
        costPerMillionTokens: null,
        joulesPerToken: null,
        kWhPerMillionTokens: null,
        sloReasons: [
          `The expected unloaded time to first token, ${Math.round(ttftSeconds * 1000)} ms, already misses the ${input.ttftMs} ms target.`,
        ],
      },
    };
  };
  const expected = run('seconds');
  const slow = run('highSeconds');
  const fast = run('lowSeconds');
  if (!expected.ok) return expected;
  if (!slow.ok) return slow;
  if (!fast.ok) return fast;
  return {
    ok: true,
    value: { expected: expected.value, slow: slow.value, fast: fast.value, ttftSeconds },
  };
}
