// Expected (calibrated) serving capacity: capacity() with the fitted step of src/lib/calibration.
import { stepTimer } from '../calibration/step';
import type { Capacity, StepModel } from './capacity';
import { deviceCapacity, type DeviceCapacityInput } from './device';
import { forwardFlops, promptFlops, isMixtureOfExperts } from '../model/math';
import { unloadedTtft } from '../calibration/ttft';
import { KV_BYTES_PER_ELEMENT } from '../../data/precisions';
import type { Parsed } from '../input/parsed';
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
 * Runs the capacity model three times with the calibrated step (expected, slow and fast ends of its
 * band). Every step goes through the one step model (stepTimer): under continuous batching a step
 * at concurrency B carries B decode tokens and, on average, B × isl/osl prompt tokens, and their
 * memory and compute times combine by the fitted overlap rule rather than overlapping perfectly.
 * The all-reduce bandwidth term is still added by capacity() on top of the fitted all-reduce
 * latency. The TTFT target is checked against the calibration's unloaded time to first token
 * (unloadedTtft: the fixed time per request, the prompt step and the first decode step over its KV).
 */
export function expectedDeviceCapacity(
  input: Parsed<DeviceCapacityInput>,
): Result<ExpectedCapacity> {
  const { device, model, n, engine, weightPrecision } = input;
  const timer = stepTimer({
    device,
    engine,
    n,
    precision: weightPrecision,
    layers: model.layers,
    ...(model.hiddenSize ? { hiddenSize: model.hiddenSize } : {}),
    moe: isMixtureOfExperts(model),
  });
  // capacity() hands over the step's bytes and FLOPs, decode and prompt together: B decode tokens
  // (forwardFlops) and B × isl/osl prompt tokens (promptFlops). This is the decode share of them.
  const decodeShareAt = (concurrency: number): number => {
    const decode = forwardFlops(model.activeParamsB, concurrency);
    return decode / (decode + promptFlops(model, (concurrency * input.isl) / input.osl));
  };
  const multiplier = (band: Band): number =>
    band === 'seconds' ? 1 : band === 'lowSeconds' ? timer.band.low : timer.band.high;
  const stepFor =
    (band: Band): StepModel =>
    (bytes, flops, concurrency) => {
      const decodeShare = decodeShareAt(concurrency);
      const seconds = timer.seconds({
        weightBytes: bytes,
        kvReadBytes: 0,
        decodeTokens: concurrency,
        promptTokens: (concurrency * input.isl) / input.osl,
        decodeFlops: flops * decodeShare,
        promptFlops: flops * (1 - decodeShare),
      });
      return seconds * multiplier(band);
    };
  const ideal = deviceCapacity(input);
  if (!ideal.ok) return ideal;
  const ttftSeconds = unloadedTtft(timer, {
    model,
    bitsPerWeight: ideal.value.estimate.bitsPerWeight,
    promptTokens: input.isl,
    kvBytesPerElement: KV_BYTES_PER_ELEMENT[input.kvPrecision],
  }).seconds;
  // Only the expected run's curve is drawn; the band's ends need their operating points.
  const run = (band: Band): Result<Capacity> => {
    const curve = band === 'seconds' ? 'full' : 'operating-point';
    const r = deviceCapacity(input, { step: stepFor(band), curve });
    if (!r.ok) return r;
    // Re-check the TTFT target against the calibrated prefill, not the ideal one.
    if (input.ttftMs === null) return { ok: true, value: r.value.capacity };
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
