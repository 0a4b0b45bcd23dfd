// Serving capacity against measured saturated throughput: the capacity model run at each
// benchmark's own request shape, beside what the benchmark reported.
import { findDevice } from '../../data/hardware';
import { findModel } from '../../data/models';
import { deviceCapacity, parseDeviceCapacityInput } from './device';
import { expectedDeviceCapacity } from './expected';
import type { SaturationMeasurement } from '../../data/saturation-measurements';

export interface CapacityCheckRow {
  measurement: SaturationMeasurement;
  /** The measured output tokens/s per device. */
  measuredPerDevice: number;
  /** Requests that fit at the point's shape (the ideal capacity model's maxConcurrency). */
  maxConcurrency: number;
  /** Output tokens/s per device at that concurrency: the ideal model, and the calibrated one. */
  idealPerDevice: number;
  expectedPerDevice: number | null;
  /** Measured over modelled: above 1 means the benchmark beat the model. */
  measuredOverIdeal: number;
  measuredOverExpected: number | null;
}

/**
 * For every measurement: the capacity model at its request shape without a latency target (so at
 * the most requests that fit, with 5% of memory held back, as the benchmark's 0.95 KV fraction
 * does), per device, ideal and calibrated.
 */
export function capacityCheck(measurements: readonly SaturationMeasurement[]): CapacityCheckRow[] {
  const rows: CapacityCheckRow[] = [];
  for (const m of measurements) {
    const device = findDevice(m.deviceId);
    const model = findModel(m.modelId);
    if (!device || !model) continue;
    // Each measurement's shape is parsed once; the ideal and calibrated runs both trust it.
    const input = parseDeviceCapacityInput({
      device,
      model,
      weightPrecision: m.weightPrecision,
      kvPrecision: m.kvPrecision,
      n: m.n,
      isl: m.isl,
      osl: m.osl,
      reservePercent: 5,
      pricePerDeviceHour: null,
      tpotMs: null,
      ttftMs: null,
      rps: null,
      engine: m.engine,
    });
    if (!input.ok) continue;
    const ideal = deviceCapacity(input.value);
    if (!ideal.ok || !ideal.value.capacity.sloPoint) continue;
    const expected = expectedDeviceCapacity(input.value);
    const idealPerDevice = ideal.value.capacity.sloPoint.throughputPerDevice;
    const expectedPoint = expected.ok ? expected.value.expected.sloPoint : null;
    const expectedPerDevice = expectedPoint ? expectedPoint.throughputPerDevice : null;
    const measuredPerDevice = m.outputTokensPerSecond / m.n;
    rows.push({
      measurement: m,
      measuredPerDevice,
      maxConcurrency: ideal.value.capacity.maxConcurrency,
      idealPerDevice,
      expectedPerDevice,
      measuredOverIdeal: measuredPerDevice / idealPerDevice,
      measuredOverExpected:
        expectedPerDevice === null ? null : measuredPerDevice / expectedPerDevice,
    });
  }
  return rows;
}
