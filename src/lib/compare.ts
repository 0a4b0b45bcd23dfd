// Everything the comparison shows for each device, computed once from the validated scenario.
import type { Device } from '../data/types';
import type { Scenario } from './compare-state';
import { estimate, type Estimate, type EstimateInput } from './estimate';
import type { Result } from './validate';

export interface DeviceComparison {
  device: Device;
  /** 'H100 SXM', or '8 × H100 SXM' for a replica of several devices. */
  label: string;
  result: Result<Estimate>;
}

/** The estimator's input for one device of a scenario. */
export function estimateInputFor(scenario: Scenario, device: Device): EstimateInput {
  return {
    device,
    n: scenario.n,
    model: scenario.model,
    weightPrecision: scenario.weights,
    kvPrecision: scenario.kv,
    contextTokens: scenario.contextTokens,
    promptTokens: scenario.promptTokens,
    concurrency: scenario.concurrency,
    reservePercent: scenario.reservePercent,
    pricePerDeviceHour: scenario.pricePerDeviceHour,
    acceleratorShare:
      scenario.acceleratorSharePercent === null ? null : scenario.acceleratorSharePercent / 100,
  };
}

export function replicaLabel(device: Device, n: number): string {
  return n > 1 ? `${n} × ${device.name}` : device.name;
}

export function compareDevices(scenario: Scenario): DeviceComparison[] {
  return scenario.devices.map((device) => ({
    device,
    label: replicaLabel(device, scenario.n),
    result: estimate(estimateInputFor(scenario, device)),
  }));
}
