// Id resolution: the one module of src/lib that imports the catalogue and the model presets.
import { devices as catalogueDevices, findDevice } from '../data/hardware';
import { findModel, modelPresets } from '../data/models';
import { estimate, type Estimate, type EstimateInput } from './estimate';
import { describeRaw, type Result } from './validate';

export type IdEstimateInput = Omit<EstimateInput, 'device' | 'model'> & {
  deviceId: string;
  modelId: string;
};

export function resolveById<T extends { id: string }>(
  input: 'deviceId' | 'modelId',
  id: unknown,
  find: (id: string) => T | undefined,
  known: readonly { id: string }[],
): Result<T> {
  const found = typeof id === 'string' ? find(id) : undefined;
  if (found) return { ok: true, value: found };
  const list = known.map((k) => k.id);
  return {
    ok: false,
    errors: [
      {
        input,
        message: `Unknown ${input === 'deviceId' ? 'device' : 'model'} id ${describeRaw(id)}.`,
        allowed: list.length > 0 ? list.join(', ') : 'a known id',
      },
    ],
  };
}

/** Looks up a catalogue device and a model preset by id, then estimates. */
export function estimateById(input: IdEstimateInput): Result<Estimate> {
  const { deviceId, modelId, ...rest } = input;
  const device = resolveById('deviceId', deviceId, findDevice, catalogueDevices);
  const model = resolveById('modelId', modelId, findModel, modelPresets);
  if (!device.ok || !model.ok) {
    return {
      ok: false,
      errors: [...(device.ok ? [] : device.errors), ...(model.ok ? [] : model.errors)],
    };
  }
  return estimate({ ...rest, device: device.value, model: model.value });
}
