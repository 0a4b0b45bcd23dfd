// The hardware comparison tool: pick devices and a workload, see fit, speed and cost side by side.
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { devices as catalogueDevices } from '../../data/hardware';
import type { DeviceKind } from '../../data/types';
import {
  CUSTOM_MODEL,
  DEFAULT_DEVICES,
  MAX_DEVICES,
  MIN_DEVICES,
  defaultState,
  parseQuery,
  toQuery,
  validateState,
  withModel,
  type CompareState,
  type IgnoredParam,
  type NumericParam,
  type ResolvedState,
} from '../../lib/compare-state';
import { catalogueCsv, comparisonCsv } from '../../lib/csv';
import { estimate, type KvPrecision, type WeightPrecision } from '../../lib/estimator';
import DevicePicker from './DevicePicker';
import DeviceResult from './DeviceResult';
import IgnoredNotice from './IgnoredNotice';
import ShareBar from './ShareBar';
import ThroughputChart from './ThroughputChart';
import Working from './Working';
import WorkloadForm from './WorkloadForm';
import { downloadCsv } from './download';
import styles from './styles.module.css';

export type Props = {
  /** Devices shown first (1–4 catalogue ids; unknown ids are skipped). */
  initialDevices?: readonly string[];
  /** Kinds offered in the device picker (all kinds when omitted). */
  kinds?: readonly DeviceKind[];
  /** For chapters: the model and workload inputs start folded away. */
  compact?: boolean;
  /** Only on /compare/: read the query after mount and keep it in step with the inputs. */
  syncUrl?: boolean;
  /** Model preset id shown first. */
  initialModel?: string;
  /** Weight precision shown first (bf16 when omitted). */
  initialWeights?: WeightPrecision;
  /** Path of the full comparison page, for the link from embedded copies. */
  comparePath?: string;
};

type Good = { state: CompareState; resolved: ResolvedState };

function resolve(state: CompareState): Good | null {
  const checked = validateState(state);
  return checked.ok ? { state, resolved: checked.value } : null;
}

function modelName(resolved: ResolvedState): string {
  return resolved.preset?.name ?? 'Custom model';
}

export default function CompareWidget({
  initialDevices = DEFAULT_DEVICES,
  kinds,
  compact = false,
  syncUrl = false,
  initialModel,
  initialWeights,
  comparePath = '/compare/',
}: Props): ReactNode {
  const idPrefix = `cw${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const options = useMemo(
    () => catalogueDevices.filter((d) => !kinds || kinds.includes(d.kind)),
    [kinds],
  );
  const [initial] = useState<CompareState>(() =>
    defaultState({ devices: initialDevices, model: initialModel, weights: initialWeights }),
  );
  const [draft, setDraft] = useState<CompareState>(initial);
  // The last valid inputs: results stay on these while a typed value is invalid.
  const [good, setGood] = useState<Good>(() => {
    const first = resolve(initial);
    if (!first) throw new Error('the default comparison state is invalid');
    return first;
  });
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);
  const changedByReader = useRef(false);

  const checked = useMemo(() => validateState(draft), [draft]);
  const errors = checked.ok ? {} : checked.errors;

  const update = useCallback((next: CompareState): void => {
    changedByReader.current = true;
    setDraft(next);
    const valid = resolve(next);
    if (valid) {
      setGood(valid);
      return;
    }
    // Device and precision choices are always valid: apply them to the last good inputs.
    setGood((previous) => {
      const merged = resolve({
        ...previous.state,
        devices: next.devices,
        weights: next.weights,
        kv: next.kv,
      });
      return merged ?? previous;
    });
  }, []);

  // Read the query once, after mount (the server and first client render show the defaults).
  useEffect(() => {
    if (!syncUrl || typeof window === 'undefined') return;
    if (window.location.search.length <= 1) return;
    const parsed = parseQuery(window.location.search, initial);
    // One update after hydration is the point: the server HTML must show the defaults.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setIgnored(parsed.ignored);
    setDraft(parsed.state);
    const valid = resolve(parsed.state);
    if (valid) setGood(valid);
  }, [syncUrl, initial]);

  // Keep the address in step with the last valid inputs once the reader changes something.
  useEffect(() => {
    if (!syncUrl || !changedByReader.current || typeof window === 'undefined') return;
    const { pathname, hash } = window.location;
    window.history.replaceState(
      window.history.state,
      '',
      `${pathname}?${toQuery(good.state)}${hash}`,
    );
  }, [syncUrl, good]);

  const results = useMemo(() => {
    const r = good.resolved;
    return r.devices.map((device) => ({
      device,
      result: estimate({
        device,
        n: r.n,
        model: r.model,
        weightPrecision: r.weights,
        kvPrecision: r.kv,
        contextTokens: r.contextTokens,
        promptTokens: r.promptTokens,
        concurrency: r.concurrency,
        reservePercent: r.reservePercent,
        pricePerDeviceHour: r.pricePerDeviceHour,
      }),
    }));
  }, [good]);

  const rows = useMemo(
    () =>
      results.map(({ device, result }) => ({
        device,
        label: good.resolved.n > 1 ? `${good.resolved.n} × ${device.name}` : device.name,
        estimate: result.ok ? result.value : null,
      })),
    [results, good],
  );

  // The chart and the working follow a moment later so the cards update within a frame.
  const deferredRows = useDeferredValue(rows);
  const deferredResolved = useDeferredValue(good.resolved);
  const scenario = useMemo(
    () => ({
      model: deferredResolved.model,
      modelName: modelName(deferredResolved),
      n: deferredResolved.n,
      contextTokens: deferredResolved.contextTokens,
      promptTokens: deferredResolved.promptTokens,
      concurrency: deferredResolved.concurrency,
      reservePercent: deferredResolved.reservePercent,
      pricePerDeviceHour: deferredResolved.pricePerDeviceHour,
    }),
    [deferredResolved],
  );

  const selected = draft.devices
    .map((id) => catalogueDevices.find((d) => d.id === id))
    .filter((d) => d !== undefined);

  const setInput = (param: NumericParam, value: string): void =>
    update({ ...draft, inputs: { ...draft.inputs, [param]: value } });

  const addDevice = (id: string): void => {
    if (draft.devices.length >= MAX_DEVICES || draft.devices.includes(id)) return;
    update({ ...draft, devices: [...draft.devices, id] });
  };
  const removeDevice = (id: string): void => {
    if (draft.devices.length <= MIN_DEVICES) return;
    update({ ...draft, devices: draft.devices.filter((d) => d !== id) });
  };

  const query = toQuery(good.state);
  const makeLink = (): string => {
    const { origin, pathname } = window.location;
    return `${origin}${syncUrl ? pathname : comparePath}?${query}`;
  };
  const r = good.resolved;
  const downloadComparison = (): void =>
    downloadCsv(
      'llm-hardware-comparison.csv',
      comparisonCsv(
        {
          model: r.preset?.id ?? CUSTOM_MODEL,
          weights: r.weights,
          kv: r.kv,
          n: r.n,
          contextTokens: r.contextTokens,
          promptTokens: r.promptTokens,
          concurrency: r.concurrency,
          reservePercent: r.reservePercent,
          pricePerDeviceHour: r.pricePerDeviceHour,
        },
        rows,
      ),
    );
  const downloadCatalogue = (): void =>
    downloadCsv('llm-hardware-catalogue.csv', catalogueCsv(catalogueDevices));

  const form = (
    <WorkloadForm
      idPrefix={idPrefix}
      state={draft}
      errors={errors}
      onModel={(model) => update(withModel(draft, model))}
      onWeights={(weights: WeightPrecision) => update({ ...draft, weights })}
      onKv={(kv: KvPrecision) => update({ ...draft, kv })}
      onInput={setInput}
    />
  );

  return (
    <section
      className={styles.widget}
      aria-label="Hardware comparison"
      data-component="compare-widget"
    >
      {ignored.length > 0 ? (
        <IgnoredNotice ignored={ignored} onDismiss={() => setIgnored([])} />
      ) : null}
      <div className={styles.controls}>
        <DevicePicker
          idPrefix={idPrefix}
          options={options}
          selected={selected}
          onAdd={addDevice}
          onRemove={removeDevice}
        />
        {compact ? (
          <details className={styles.compactForm}>
            <summary>
              Model and workload: {modelName(r)}, {r.weights.toUpperCase()} weights,{' '}
              {r.contextTokens.toLocaleString('en-US')}-token context,{' '}
              {r.concurrency.toLocaleString('en-US')} sequence{r.concurrency === 1 ? '' : 's'},{' '}
              {r.n} device{r.n === 1 ? '' : 's'}
            </summary>
            {form}
          </details>
        ) : (
          form
        )}
      </div>
      {checked.ok ? null : (
        <p className={styles.stale} role="status">
          Some inputs are not valid (marked above); the results below are for the last valid values.
        </p>
      )}
      <div className={styles.results} aria-live="polite" data-testid="compare-results">
        {results.map(({ device, result }) => (
          <DeviceResult
            key={device.id}
            idPrefix={idPrefix}
            device={device}
            n={r.n}
            concurrency={r.concurrency}
            result={result}
          />
        ))}
      </div>
      <ThroughputChart
        idPrefix={idPrefix}
        rows={deferredRows}
        concurrency={deferredResolved.concurrency}
      />
      <Working scenario={scenario} rows={deferredRows} />
      <ShareBar
        idPrefix={idPrefix}
        makeLink={makeLink}
        onDownloadComparison={downloadComparison}
        onDownloadCatalogue={downloadCatalogue}
        fullHref={syncUrl ? undefined : `${comparePath}?${query}`}
      />
    </section>
  );
}
