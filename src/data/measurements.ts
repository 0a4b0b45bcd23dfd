// Published inference measurements, each with its exact conditions and source, that the expected-speed model is fitted to.
import { acceleratorMeasurements } from './measurements-accelerators';
import { moreAcceleratorMeasurements } from './measurements-accelerators-more';
import { appleMeasurements } from './measurements-apple';
import { datacenterMeasurements } from './measurements-datacenter';
import { edgeMeasurements } from './measurements-edge';
import { localMeasurements } from './measurements-local';
import { servingMeasurements } from './measurements-serving';
import type { Measurement } from './measurement-types';

export type {
  DeviceStandIn,
  EngineFamily,
  ExcludedMeasurement,
  Measurement,
  MeasurementMetric,
} from './measurement-types';
export { excludedMeasurements } from './measurements-excluded';

export const measurements: readonly Measurement[] = [
  ...appleMeasurements,
  ...localMeasurements,
  ...datacenterMeasurements,
  ...servingMeasurements,
  ...edgeMeasurements,
  ...acceleratorMeasurements,
  ...moreAcceleratorMeasurements,
];

export function findMeasurement(id: string): Measurement | undefined {
  return measurements.find((m) => m.id === id);
}
