// Published inference measurements, each with its exact conditions and source, that the expected-speed model is fitted to.
import { acceleratorMeasurements } from './measurements-accelerators';
import { moreAcceleratorMeasurements } from './measurements-accelerators-more';
import { appleMeasurements } from './measurements-apple';
import { datacenterMeasurements } from './measurements-datacenter';
import { edgeMeasurements } from './measurements-edge';
import { moreEdgeMeasurements } from './measurements-edge-more';
import { gapMeasurements } from './measurements-gap';
import { gap2Measurements } from './measurements-gap2';
import { gap3Measurements } from './measurements-gap3';
import { localMeasurements } from './measurements-local';
import { servingMeasurements } from './measurements-serving';
import { trtMeasurements } from './measurements-trt';
import type { Measurement } from './measurement-types';

export type { EngineFamily, Measurement } from './measurement-types';
export { excludedMeasurements } from './measurements-excluded';

export const measurements: readonly Measurement[] = [
  ...appleMeasurements,
  ...localMeasurements,
  ...datacenterMeasurements,
  ...servingMeasurements,
  ...edgeMeasurements,
  ...acceleratorMeasurements,
  ...moreEdgeMeasurements,
  ...moreAcceleratorMeasurements,
  ...trtMeasurements,
  ...gapMeasurements,
  ...gap2Measurements,
  ...gap3Measurements,
];
