// The model and workload inputs: preset or custom model, precisions, context, concurrency, devices, price.
import type { ReactNode } from 'react';
import { modelPresets } from '../../data/models';
import {
  CUSTOM_MODEL,
  type CompareState,
  type FieldErrors,
  type NumericParam,
} from '../../lib/compare-state';
import {
  BITS_PER_WEIGHT,
  KV_PRECISIONS,
  WEIGHT_PRECISIONS,
  type KvPrecision,
  type WeightPrecision,
} from '../../lib/estimator';
import NumberField from './NumberField';
import styles from './styles.module.css';

export type Props = {
  idPrefix: string;
  state: CompareState;
  errors: FieldErrors;
  onModel: (model: string) => void;
  onWeights: (weights: WeightPrecision) => void;
  onKv: (kv: KvPrecision) => void;
  onInput: (param: NumericParam, value: string) => void;
};

type FieldSpec = { param: NumericParam; label: string; decimal?: boolean; hint?: string };

const CUSTOM_FIELDS: readonly FieldSpec[] = [
  { param: 'params', label: 'Total parameters (billions)', decimal: true },
  { param: 'active', label: 'Active parameters per token (billions)', decimal: true },
  { param: 'layers', label: 'Layers' },
  { param: 'kvheads', label: 'KV heads' },
  { param: 'headdim', label: 'Head dimension' },
];

const WORKLOAD_FIELDS: readonly FieldSpec[] = [
  { param: 'ctx', label: 'Context length (tokens)', hint: 'Prompt plus output, per sequence' },
  { param: 'prompt', label: 'Prompt length (tokens)' },
  { param: 'batch', label: 'Concurrent sequences' },
  { param: 'n', label: 'Devices per replica' },
  {
    param: 'reserve',
    label: 'Memory reserve (%)',
    decimal: true,
    hint: 'Runtime, activations, fragmentation',
  },
  { param: 'price', label: 'Price per device-hour (USD, optional)', decimal: true },
];

function weightLabel(p: WeightPrecision): string {
  return `${p.toUpperCase()} (${BITS_PER_WEIGHT[p]} bits)`;
}

export default function WorkloadForm({
  idPrefix,
  state,
  errors,
  onModel,
  onWeights,
  onKv,
  onInput,
}: Props): ReactNode {
  const field = (spec: FieldSpec): ReactNode => (
    <NumberField
      key={spec.param}
      id={`${idPrefix}-${spec.param}`}
      name={spec.param}
      label={spec.label}
      value={state.inputs[spec.param]}
      error={errors[spec.param]}
      hint={spec.hint}
      decimal={spec.decimal}
      onChange={(value) => onInput(spec.param, value)}
    />
  );

  return (
    <div className={styles.workload}>
      <fieldset className={styles.group}>
        <legend>Model</legend>
        <div className={styles.fields}>
          <div className={styles.field}>
            <label htmlFor={`${idPrefix}-model`}>Model</label>
            <select
              id={`${idPrefix}-model`}
              name="model"
              value={state.model}
              onChange={(e) => onModel(e.target.value)}
            >
              {modelPresets.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
              <option value={CUSTOM_MODEL}>Custom model…</option>
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${idPrefix}-weights`}>Weight precision</label>
            <select
              id={`${idPrefix}-weights`}
              name="weights"
              value={state.weights}
              onChange={(e) => {
                const value = WEIGHT_PRECISIONS.find((p) => p === e.target.value);
                if (value) onWeights(value);
              }}
            >
              {WEIGHT_PRECISIONS.map((p) => (
                <option key={p} value={p}>
                  {weightLabel(p)}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${idPrefix}-kv`}>KV cache precision</label>
            <select
              id={`${idPrefix}-kv`}
              name="kv"
              value={state.kv}
              onChange={(e) => {
                const value = KV_PRECISIONS.find((p) => p === e.target.value);
                if (value) onKv(value);
              }}
            >
              {KV_PRECISIONS.map((p) => (
                <option key={p} value={p}>
                  {p.toUpperCase()}
                </option>
              ))}
            </select>
          </div>
        </div>
        {state.model === CUSTOM_MODEL ? (
          <>
            <p className={styles.hint}>
              A custom model is treated as grouped-query attention with no sliding window.
            </p>
            <div className={styles.fields}>{CUSTOM_FIELDS.map(field)}</div>
          </>
        ) : null}
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Workload</legend>
        <div className={styles.fields}>{WORKLOAD_FIELDS.map(field)}</div>
      </fieldset>
    </div>
  );
}
