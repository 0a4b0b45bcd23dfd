// Roofline arithmetic for the roofline chart: peaks, attainable throughput, decode intensity, axes.
import { BITS_PER_WEIGHT } from '../../data/precisions';
import type { Device } from '../../data/types';
import { formatNumber } from '../format/units';
import { ridgePoint } from './math';

export { ridgePoint };

export type RooflinePrecision = 'bf16' | 'fp8';

/** One device as the chart draws it: dense peak (TFLOPS), bandwidth (GB/s), ridge (FLOP/byte). */
export interface RooflinePoint {
  device: Device;
  peakTflops: number;
  bandwidthGBs: number;
  ridgeFlopsPerByte: number;
}

/** The dense peak the catalogue gives for this precision, or null when it has none. */
export function peakFor(device: Device, precision: RooflinePrecision): number | null {
  const peak = precision === 'fp8' ? device.fp8Tflops : device.bf16Tflops;
  return peak !== null && Number.isFinite(peak) && peak > 0 ? peak : null;
}

/** Attainable TFLOPS at an arithmetic intensity: min(peak, intensity × bandwidth). */
export function attainableTflops(
  intensityFlopsPerByte: number,
  peakTflops: number,
  bandwidthGBs: number,
): number {
  return Math.min(peakTflops, (intensityFlopsPerByte * bandwidthGBs) / 1000);
}

/** Decode intensity at a batch size: each weight byte read serves 2 FLOPs per sequence. */
export function decodeIntensity(batch: number, precision: RooflinePrecision): number {
  return (2 * batch) / (BITS_PER_WEIGHT[precision] / 8);
}

export interface Selection {
  points: RooflinePoint[];
  /** Ids not found in the catalogue. */
  unknown: string[];
  /** Devices found but without a sourced peak at this precision. */
  noPeak: Device[];
}

/** Looks up ids in order, skipping unknown ids and devices without a usable peak or bandwidth. */
export function selectPoints(
  ids: readonly string[],
  catalogue: readonly Device[],
  precision: RooflinePrecision,
): Selection {
  const points: RooflinePoint[] = [];
  const unknown: string[] = [];
  const noPeak: Device[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const device = catalogue.find((d) => d.id === id);
    if (!device) {
      unknown.push(id);
      continue;
    }
    const peak = peakFor(device, precision);
    const bandwidth = device.memoryBandwidthGBs;
    if (peak === null || !Number.isFinite(bandwidth) || bandwidth <= 0) {
      noPeak.push(device);
      continue;
    }
    points.push({
      device,
      peakTflops: peak,
      bandwidthGBs: bandwidth,
      ridgeFlopsPerByte: ridgePoint(peak, bandwidth),
    });
  }
  return { points, unknown, noPeak };
}

/** Whole decades (powers of ten) covering [min, max], at least one decade wide. */
export function decades(min: number, max: number): { lo: number; hi: number } {
  const lo = Math.floor(Math.log10(min));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(max)));
  return { lo, hi };
}

/** Maps a positive value onto [start, end] pixels on a log axis spanning 10^lo..10^hi. */
export function logScale(
  value: number,
  lo: number,
  hi: number,
  start: number,
  end: number,
): number {
  const t = (Math.log10(value) - lo) / (hi - lo);
  return start + t * (end - start);
}

/** Thousands separators; one decimal below 10 so small ridge points stay readable. */
export function formatValue(value: number): string {
  return formatNumber(value, value < 10 ? 1 : 0);
}

/** A catalogue figure as published: thousands separators, up to one decimal (989.5 stays 989.5). */
export function formatFigure(value: number): string {
  return formatNumber(value, 1);
}

/** Axis tick label for 10^exp: 0.1, 1, 10, 100, 1,000, 10,000. */
export function tickLabel(exp: number): string {
  const value = 10 ** exp;
  return exp < 0 ? value.toFixed(-exp) : formatNumber(value, 0);
}
