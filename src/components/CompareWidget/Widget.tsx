// The hardware comparison tool: pick devices and a workload, see fit, speed and cost side by side.
// Pages reach it through index.tsx, which fetches this module only when it is needed.
import ErrorBoundary from '../ErrorBoundary';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useHistory } from '@docusaurus/router';
import {
  memo,
  useCallback,
  useDeferredValue,
  useLayoutEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { devices as catalogueDevices } from '../../data/hardware';
import type { DeviceKind } from '../../data/types';
import { weightFormat, type KvPrecision, type WeightPrecision } from '../../data/precisions';
import {
  capacityChart,
  compareDevice,
  compareDevices,
  simulatedChartSeries,
} from '../../lib/compare';
import type { Scenario } from '../../lib/compare';
import type { Device } from '../../data/types';
import CapacityChart from '../CapacityChart';
import {
  DEFAULT_DEVICES,
  MAX_DEVICES,
  MIN_DEVICES,
  defaultState,
  withModel,
  type CompareState,
  type NumericParam,
} from '../../lib/compare';
import { toQuery } from '../../lib/compare';
import { formatNumber } from '../../lib/format';
import { catalogueCsv, comparisonCsv } from '../../lib/catalogue/csv';
import DevicePicker from './DevicePicker';
import FollowLocation from './FollowLocation';
import DeviceResult from './DeviceResult';
import IgnoredNotice from './IgnoredNotice';
import ShareBar from './ShareBar';
import Working from './Working';
import WorkloadForm from './WorkloadForm';
import { downloadCsv } from '../CsvDownload';
import { useCatalogueDetailsUrl, withNotes } from '../useCatalogueDetails';
import { useCompareState } from './useCompareState';
import { useServingSimulation, type SimulationState } from './useServingSimulation';
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

/**
 * One device's card. Each card computes its own row (lib/compare caches it per scenario), so
 * while React hydrates the page or renders a deferred update, each device's arithmetic is a
 * separate slice of work rather than one long task for the whole comparison.
 */
const DeviceCard = memo(function DeviceCard({
  idPrefix,
  scenario,
  device,
  simulation,
}: {
  idPrefix: string;
  scenario: Scenario;
  device: Device;
  simulation: SimulationState;
}): ReactNode {
  return (
    <DeviceResult
      idPrefix={idPrefix}
      comparison={compareDevice(scenario, device)}
      n={scenario.n}
      concurrency={scenario.concurrency}
      simulationStatus={simulation.status}
      simulated={simulation.status === 'idle' ? undefined : simulation.byDevice.get(device.id)}
    />
  );
});

/** The capacity chart and the working, from the rows the cards computed. */
const ChartAndWorking = memo(function ChartAndWorking({
  scenario,
  simulation,
}: {
  scenario: Scenario;
  simulation: SimulationState;
}): ReactNode {
  const rows = useMemo(() => compareDevices(scenario), [scenario]);
  const chart = useMemo(() => capacityChart(scenario, rows), [scenario, rows]);
  const simulated = useMemo(() => {
    if (simulation.status === 'idle') return [];
    return rows.flatMap((row) => {
      const sim = simulation.byDevice.get(row.device.id);
      return sim?.curve ? [simulatedChartSeries(row.label, sim.curve, sim.measured)] : [];
    });
  }, [rows, simulation]);
  return (
    <>
      <ErrorBoundary name="The capacity chart">
        <CapacityChart
          simulated={simulated}
          series={chart.series}
          targetPerUserTokensPerSecond={chart.targetPerUserTokensPerSecond}
          title={`Speed per user against throughput per device as concurrency grows (ceilings): ${scenario.modelName}, ${weightFormat(scenario.weights).label}`}
        />
      </ErrorBoundary>
      <Working scenario={scenario} rows={rows} />
    </>
  );
});

function CompareWidgetInner({
  initialDevices = DEFAULT_DEVICES,
  kinds,
  compact = false,
  syncUrl = false,
  initialModel,
  initialWeights,
  comparePath = '/compare/',
}: Props): ReactNode {
  const idPrefix = `cw${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const comparePage = useBaseUrl(comparePath);
  const history = useHistory();
  const options = useMemo(
    () => catalogueDevices.filter((d) => !kinds || kinds.includes(d.kind)),
    [kinds],
  );
  const [initial] = useState<CompareState>(() =>
    defaultState({ devices: initialDevices, model: initialModel, weights: initialWeights }),
  );
  const {
    draft,
    good,
    latest,
    errors,
    valid,
    ignored,
    dismissIgnored,
    update,
    followSearch,
    flushUrl,
  } = useCompareState(initial, syncUrl);
  // Typed changes reach `good` in a transition (useCompareState), so a keystroke renders only the
  // form; the cards follow in a render React yields from and drops when the reader types again.
  const scenario = good.scenario;
  // The chart and the working follow a moment later so a choice updates the cards within a frame.
  const deferredScenario = useDeferredValue(scenario);

  const selected = useMemo(
    () =>
      draft.devices
        .map((id) => catalogueDevices.find((d) => d.id === id))
        .filter((d) => d !== undefined),
    [draft.devices],
  );

  // The handlers read the draft through a ref, so they keep one identity and the memoised form
  // parts (the device picker) skip the render a keystroke elsewhere causes.
  const latestDraft = useRef(draft);
  useLayoutEffect(() => {
    latestDraft.current = draft;
  }, [draft]);
  const setInput = useCallback(
    (param: NumericParam, value: string): void => {
      const now = latestDraft.current;
      update({ ...now, inputs: { ...now.inputs, [param]: value } }, 'replace');
    },
    [update],
  );
  const addDevice = useCallback(
    (id: string): void => {
      const now = latestDraft.current;
      if (now.devices.length >= MAX_DEVICES || now.devices.includes(id)) return;
      update({ ...now, devices: [...now.devices, id] });
    },
    [update],
  );
  const removeDevice = useCallback(
    (id: string): void => {
      const now = latestDraft.current;
      if (now.devices.length <= MIN_DEVICES) return;
      update({ ...now, devices: now.devices.filter((d) => d !== id) });
    },
    [update],
  );

  const detailsUrl = useCatalogueDetailsUrl();
  // The newest valid inputs: the worker starts on a typed value at once, while the cards for it
  // are still rendering, and a link copied straight after typing carries the last keystroke.
  const query = toQuery(latest.state);
  const simulation = useServingSimulation(query, toQuery(good.state));
  // Read when the reader asks, from the router's history (stable, so no re-render follows it); made
  // absolute against the document, which is wherever the site is served from.
  const makeLink = (): string => {
    const path = syncUrl ? history.location.pathname : comparePage;
    return new URL(`${path}?${query}`, document.baseURI).href;
  };
  const r = scenario;
  const downloadComparison = (): void =>
    downloadCsv('llm-hardware-comparison.csv', comparisonCsv(scenario, compareDevices(scenario)));
  const downloadCatalogue = (): void =>
    withNotes(detailsUrl, catalogueDevices, (full) =>
      downloadCsv('llm-hardware-catalogue.csv', catalogueCsv(full)),
    );

  const form = (
    <WorkloadForm
      idPrefix={idPrefix}
      state={draft}
      errors={errors}
      onModel={(model) => update(withModel(draft, model))}
      onWeights={(weights: WeightPrecision) => update({ ...draft, weights })}
      onKv={(kv: KvPrecision) => update({ ...draft, kv })}
      onEngine={(engine) => update({ ...draft, engine })}
      onExperts={(experts) => update({ ...draft, experts })}
      onInput={setInput}
      onSimulation={(patch) => update({ ...draft, ...patch })}
    />
  );

  return (
    <section
      className={styles.widget}
      aria-label="Hardware comparison"
      data-component="compare-widget"
      onBlur={(event) => {
        // Moving between fields keeps the pending address write; leaving the widget (to follow a
        // link, say) writes it first. Writing on every field change re-rendered the whole page.
        if (!event.currentTarget.contains(event.relatedTarget)) flushUrl();
      }}
    >
      {syncUrl ? <FollowLocation onSearch={followSearch} /> : null}
      {ignored.length > 0 ? <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} /> : null}
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
              Model and workload: {r.modelName}, {weightFormat(r.weights).label} weights,{' '}
              {formatNumber(r.contextTokens, 0)}-token context, {formatNumber(r.concurrency, 0)}{' '}
              sequence{r.concurrency === 1 ? '' : 's'}, {r.n} device{r.n === 1 ? '' : 's'}
            </summary>
            {form}
          </details>
        ) : (
          form
        )}
      </div>
      {/* Always there, empty while the inputs are valid: a live region present before its text
          is announced reliably, and filling it restyles one element, not everything after it. */}
      <p className={styles.stale} role="status">
        {valid
          ? null
          : 'Some inputs are not valid (marked above); the results below are for the last valid values.'}
      </p>
      <div className={styles.results} aria-live="polite" data-testid="compare-results">
        {scenario.devices.map((device) => (
          <DeviceCard
            key={device.id}
            idPrefix={idPrefix}
            scenario={scenario}
            device={device}
            simulation={simulation}
          />
        ))}
      </div>
      <ChartAndWorking scenario={deferredScenario} simulation={simulation} />
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

/** The hardware comparison, inside an error boundary so a failure leaves the rest of the page readable. */
export default function CompareWidget(props: Props): ReactNode {
  return (
    <ErrorBoundary name="The hardware comparison">
      <CompareWidgetInner {...props} />
    </ErrorBoundary>
  );
}
