// Names of the device kinds, singular and plural, as tables, filters and charts print them.
import type { DeviceKind } from './types';

export const KIND_LABELS: Readonly<Record<DeviceKind, string>> = {
  cpu: 'CPU',
  gpu: 'GPU',
  tpu: 'TPU',
  accelerator: 'Other accelerator',
};
