// The one table of a device's numeric figures: label, unit and how to read each from the catalogue.
import type { CitedField, Device } from '../../data/types';

export type FigureField = Exclude<CitedField, 'released' | 'usableMemory'>;

export interface FieldSpec {
  label: string;
  unit: string;
  value: (device: Device) => number | null;
  /** A name that goes with the number (the link's name). */
  name?: (device: Device) => string | undefined;
}

/** The figures in the order tables show them. */
export const FIGURE_FIELDS = [
  'memoryGB',
  'memoryBandwidthGBs',
  'bf16Tflops',
  'fp8Tflops',
  'int8Tops',
  'fp4Tflops',
  'tdpW',
  'scaleUp',
  'hostLink',
] as const satisfies readonly FigureField[];

export const DEVICE_FIELDS: Readonly<Record<FigureField, FieldSpec>> = {
  memoryGB: { label: 'Memory', unit: 'GB', value: (d) => d.memoryGB },
  memoryBandwidthGBs: { label: 'Bandwidth', unit: 'GB/s', value: (d) => d.memoryBandwidthGBs },
  bf16Tflops: { label: 'BF16', unit: 'TFLOPS', value: (d) => d.bf16Tflops },
  fp8Tflops: { label: 'FP8', unit: 'TFLOPS', value: (d) => d.fp8Tflops },
  int8Tops: { label: 'INT8', unit: 'TOPS', value: (d) => d.int8Tops },
  fp4Tflops: { label: 'FP4', unit: 'TFLOPS', value: (d) => d.fp4Tflops },
  tdpW: { label: 'Power', unit: 'W', value: (d) => d.tdpW },
  scaleUp: {
    label: 'Scale-up link',
    unit: 'GB/s, both directions',
    value: (d) => d.scaleUp?.GBs ?? null,
    name: (d) => d.scaleUp?.name,
  },
  hostLink: {
    label: 'Host link',
    unit: 'GB/s each way',
    value: (d) => d.hostLink?.GBsPerDirection ?? null,
    name: (d) => d.hostLink?.name,
  },
};
