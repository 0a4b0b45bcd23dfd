// The model and workload inputs: preset or custom model, precisions, context, concurrency, devices, price.
import { useMemo, type ReactNode } from 'react';
import { modelPresets } from '../../data/models';
import {
  AUTO_ENGINE,
  CUSTOM_MODEL,
  CUSTOM_MODEL_PARAMS,
  WORKLOAD_PARAMS,
  ARRIVAL_PROCESSES,
  EXPERT_PLACEMENTS,
  TARGET_PERCENTILES,
  isArrivalChoice,
  isEngineChoice,
  isTargetPercentile,
  isExpertPlacement,
  type ExpertPlacement,
  type CompareState,
  type FieldErrors,
  type NumericParam,
} from '../../lib/compare';
import {
  KV_PRECISIONS,
  WEIGHT_FORMATS,
  type KvPrecision,
  type WeightPrecision,
} from '../../data/precisions';
import { ENGINE_FAMILIES, ENGINE_LABELS } from '../../lib/calibration';
import { formatNumber } from '../../lib/format';
import NumberField from './NumberField';
import styles from './styles.module.css';

export type Props = {
  idPrefix: string;
  state: CompareState;
  errors: FieldErrors;
  onModel: (model: string) => void;
  onWeights: (weights: WeightPrecision) => void;
  onKv: (kv: KvPrecision) => void;
  onEngine: (engine: CompareState['engine']) => void;
  onExperts: (experts: ExpertPlacement) => void;
  onInput: (param: NumericParam, value: string) => void;
  /** The simulation's choices: percentile, arrivals, disaggregation. */
  onSimulation: (patch: Partial<Pick<CompareState, 'pct' | 'arrival' | 'disagg'>>) => void;
};

type FieldSpec = { param: NumericParam; label: string; decimal?: boolean; hint?: string };

const CUSTOM_FIELDS: readonly FieldSpec[] = [
  { param: 'params', label: 'Total parameters (billions)', decimal: true },
  { param: 'active', label: 'Active parameters per token (billions)', decimal: true },
  { param: 'layers', label: 'Layers' },
  { param: 'kvheads', label: 'KV heads' },
  { param: 'headdim', label: 'Head dimension' },
  {
    param: 'hidden',
    label: 'Hidden size (optional)',
    hint: 'Needed for the tensor-parallel all-reduce when devices per replica > 1',
  },
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
  {
    param: 'share',
    label: 'Accelerator share of memory (%, optional)',
    decimal: true,
    hint: 'Empty: the catalogue default (e.g. the GPU wired limit on a Mac)',
  },
];

const TARGET_FIELDS: readonly FieldSpec[] = [
  { param: 'tpot', label: 'Target time per output token (ms, optional)', decimal: true },
  { param: 'ttft', label: 'Target time to first token (ms, optional)', decimal: true },
  { param: 'rps', label: 'Load (requests per second, optional)', decimal: true },
];

const SIMULATION_FIELDS: readonly FieldSpec[] = [
  {
    param: 'prefix',
    label: 'Cached prompt tokens (prefix caching, optional)',
    hint: 'Skip prefill; their KV still takes memory',
  },
  { param: 'spec', label: 'Draft tokens per step (speculative decoding, optional)' },
  {
    param: 'accept',
    label: 'Draft acceptance rate (0–1, optional)',
    decimal: true,
    hint: 'Empty: 0.7',
  },
];

const ARRIVAL_LABELS = { poisson: 'Poisson (random, even on average)', bursty: 'Bursty' } as const;

const EXPERT_LABELS: Readonly<Record<ExpertPlacement, string>> = {
  device: 'On the devices',
  'host-link': 'In host RAM, read over the host link',
  cpu: 'In host RAM, run by the CPU',
};

// The options never change: made once, so re-rendering the form does not rebuild them.
const MODEL_OPTIONS = modelPresets.map((m) => (
  <option key={m.id} value={m.id}>
    {m.name}
  </option>
));
const WEIGHT_OPTIONS = WEIGHT_FORMATS.map((f) => (
  <option key={f.id} value={f.id}>
    {f.label} ({formatNumber(f.bitsPerWeight, 2)} bits)
  </option>
));
const KV_OPTIONS = KV_PRECISIONS.map((p) => (
  <option key={p} value={p}>
    {p.toUpperCase()}
  </option>
));
const ENGINE_OPTIONS = ENGINE_FAMILIES.map((engine) => (
  <option key={engine} value={engine}>
    {ENGINE_LABELS[engine]}
  </option>
));
const EXPERT_OPTIONS = EXPERT_PLACEMENTS.map((p) => (
  <option key={p} value={p}>
    {EXPERT_LABELS[p]}
  </option>
));
const PERCENTILE_OPTIONS = TARGET_PERCENTILES.map((p) => (
  <option key={p} value={String(p)}>
    p{p}
  </option>
));
const ARRIVAL_OPTIONS = ARRIVAL_PROCESSES.map((a) => (
  <option key={a} value={a}>
    {ARRIVAL_LABELS[a]}
  </option>
));

export default function WorkloadForm({
  idPrefix,
  state,
  errors,
  onModel,
  onWeights,
  onKv,
  onEngine,
  onExperts,
  onInput,
  onSimulation,
}: Props): ReactNode {
  // One handler per field that keeps its identity between renders, so the memoised fields the
  // reader is not typing in skip the render.
  const onChange = useMemo(
    () =>
      new Map(
        [...CUSTOM_MODEL_PARAMS, ...WORKLOAD_PARAMS].map((param) => [
          param,
          (value: string) => onInput(param, value),
        ]),
      ),
    [onInput],
  );
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
      onChange={onChange.get(spec.param) ?? ((value) => onInput(spec.param, value))}
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
              {MODEL_OPTIONS}
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
                const value = WEIGHT_FORMATS.find((f) => f.id === e.target.value);
                if (value) onWeights(value.id);
              }}
            >
              {WEIGHT_OPTIONS}
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
              {KV_OPTIONS}
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
        <div className={styles.fields}>
          {WORKLOAD_FIELDS.map(field)}
          <div className={styles.field}>
            <label htmlFor={`${idPrefix}-engine`}>Engine</label>
            <select
              id={`${idPrefix}-engine`}
              name="engine"
              value={state.engine}
              onChange={(e) => {
                if (isEngineChoice(e.target.value)) onEngine(e.target.value);
              }}
            >
              <option value={AUTO_ENGINE}>Usual engine for each device</option>
              {ENGINE_OPTIONS}
            </select>
          </div>
        </div>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Serving targets and load</legend>
        <div className={styles.fields}>
          {TARGET_FIELDS.map(field)}
          <div className={styles.field}>
            <label htmlFor={`${idPrefix}-experts`}>Routed experts (mixture of experts)</label>
            <select
              id={`${idPrefix}-experts`}
              name="experts"
              value={state.experts}
              onChange={(e) => {
                if (isExpertPlacement(e.target.value)) onExperts(e.target.value);
              }}
            >
              {EXPERT_OPTIONS}
            </select>
          </div>
          {state.experts === 'cpu'
            ? field({
                param: 'hostbw',
                label: 'Host memory bandwidth (GB/s)',
                decimal: true,
                hint: 'The CPU reads the experts at this rate',
              })
            : null}
        </div>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Under load (simulation)</legend>
        <div className={styles.fields}>
          <div className={styles.field}>
            <label htmlFor={`${idPrefix}-pct`}>Targets hold at percentile</label>
            <select
              id={`${idPrefix}-pct`}
              name="pct"
              value={String(state.pct)}
              onChange={(e) => {
                const pct = isTargetPercentile(e.target.value);
                if (pct !== undefined) onSimulation({ pct });
              }}
            >
              {PERCENTILE_OPTIONS}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${idPrefix}-arrival`}>Arrivals (with a load set)</label>
            <select
              id={`${idPrefix}-arrival`}
              name="arrival"
              value={state.arrival}
              onChange={(e) => {
                if (isArrivalChoice(e.target.value)) onSimulation({ arrival: e.target.value });
              }}
            >
              {ARRIVAL_OPTIONS}
            </select>
          </div>
          {state.arrival === 'bursty'
            ? field({
                param: 'cv',
                label: 'Burstiness (coefficient of variation of gaps)',
                decimal: true,
                hint: 'Empty: 2; 1 is Poisson',
              })
            : null}
          {SIMULATION_FIELDS.map(field)}
          <div className={styles.field}>
            <label htmlFor={`${idPrefix}-disagg`}>
              <input
                id={`${idPrefix}-disagg`}
                type="checkbox"
                name="disagg"
                checked={state.disagg}
                onChange={(e) => onSimulation({ disagg: e.target.checked })}
              />{' '}
              Also size separate prefill and decode pools
            </label>
          </div>
        </div>
      </fieldset>
    </div>
  );
}
