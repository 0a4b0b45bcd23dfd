// Expected (calibrated) serving capacity: capacity() with the fitted step of src/lib/calibration.
import type { EngineFamily } from '../../data/measurements';
import { expectedStep } from '../calibration/step';
import type { Capacity, StepModel } from './capacity';
import { deviceCapacity, type DeviceCapacityInput } from './device';
import { forwardFlops, weightBytes } from '../model/math';
import type { Result } from '../input/validate';

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
  // generated token). The share of prefill each step carries (isl/osl prompt tokens per generated
  // token, as chunked prefill runs them) is priced separately, at the fitted prompt-processing
  // share of the peak; the step is the longer of the two. Without it, prompt-heavy shapes such as
  // 2,048 in / 128 out would be predicted several times too fast.
  const decodeShare = 1 / (1 + input.isl / input.osl);
  const stepFor =
    (band: Band): StepModel =>
    (bytes, flops, concurrency) => {
      const common = { device, engine, n, precision: weightPrecision, layers: model.layers };
      const decode = expectedStep({
        ...common,
        phase: 'decode',
        bytes,
        flops: flops * decodeShare,
        concurrency,
      });
      const prefillShare = expectedStep({
        ...common,
        phase: 'prefill',
        bytes: 0,
        flops: flops * (1 - decodeShare),
        concurrency: 1,
      });
      // A missing expected step surfaces as capacity()'s "not a positive finite number" error.
      if (decode === null) return Number.NaN;
      return Math.max(decode[band], prefillShare?.[band] ?? 0);
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
  // Only the expected run's curve is drawn; the band's ends need their operating points.
  const run = (band: Band): Result<Capacity> => {
    const curve = band === 'seconds' ? 'full' : 'operating-point';
    const r = deviceCapacity({ ...input, step: stepFor(band), curve });
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
