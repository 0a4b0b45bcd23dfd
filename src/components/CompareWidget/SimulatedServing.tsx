// One device's serving figures under load from the simulation (run in a worker): percentiles, goodput, sizing, notes.
import type { ReactNode } from 'react';
import type { Banded } from '../../lib/calibration/expected';
import { percentileLabel, type SizingBand } from '../../lib/compare/simulation';
import {
  formatOpenBanded,
  formatMilliseconds,
  formatNumber,
  formatRequestsPerSecond,
  formatSeconds,
  formatTokensPerSecond,
} from '../../lib/format';
import type { DeviceSimulation, SimulationState } from './useServingSimulation';

type Status = SimulationState['status'];
import styles from './styles.module.css';

export type Props = {
  deviceName: string;
  /** Where the simulation is: idle (not running, or no worker), running or done. */
  status: Status;
  /** This device's results so far; undefined before any arrive. */
  device: DeviceSimulation | undefined;
};

/** Machine-readable band: raw numbers as the URL contract gives them. */
function SimMetric({
  name,
  label,
  band,
  format,
}: {
  name: string;
  label: string;
  band: Banded | SizingBand | null;
  format: (v: number) => string;
}): ReactNode {
  const raw = (v: number | null | undefined) =>
    v === undefined || v === null || !Number.isFinite(v) ? '' : String(v);
  return (
    <div
      className={styles.metric}
      data-metric={name}
      data-value={raw(band?.value)}
      data-low={raw(band?.low)}
      data-high={raw(band?.high)}
    >
      <dt>{label}</dt>
      <dd>{band === null ? '—' : formatOpenBanded(band, format)}</dd>
    </div>
  );
}

function Plain({
  name,
  label,
  value,
  text,
}: {
  name: string;
  label: string;
  value: number | null;
  text: string;
}): ReactNode {
  return (
    <div
      className={styles.metric}
      data-metric={name}
      data-value={value === null ? '' : String(value)}
    >
      <dt>{label}</dt>
      <dd>{text}</dd>
    </div>
  );
}

const count = (v: number) => formatNumber(v, 0);

export default function SimulatedServing({ deviceName, status, device }: Props): ReactNode {
  if (status === 'idle') {
    return (
      <p className={styles.cardNote} data-simulation="unavailable">
        The simulation under load (queueing, percentiles, sizing) runs in your browser and needs
        JavaScript with Web Workers. The figures above are the ideal ceiling and the calibrated
        operating point.
      </p>
    );
  }
  if (device === undefined || (device.figures === null && device.errors.length === 0)) {
    return (
      <p className={styles.cardNote} role="status">
        Simulating the load…
      </p>
    );
  }
  if (device.errors.length > 0) {
    return (
      <ul className={styles.warnings}>
        {device.errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    );
  }
  const f = device.figures;
  if (f === null) return null;
  const sizing = device.sizing;
  const notes = [...f.notes, sizing?.reason ?? '', sizing?.disagg?.reason ?? ''].filter(
    (n) => n !== '',
  );
  return (
    <div data-simulation={status}>
      <p className={styles.cardNote}>
        Simulated under load,{' '}
        {f.traffic.mode === 'open'
          ? `${formatRequestsPerSecond(f.traffic.rps)} arriving`
          : `${count(f.traffic.inFlight)} request${f.traffic.inFlight === 1 ? '' : 's'} kept in flight`}
        ; expected figures with the step model&apos;s band.
        {status === 'running' ? ' Updating…' : ''}
      </p>
      <dl className={styles.metrics}>
        <SimMetric
          name="sim-throughput-tps"
          label="Output tokens/s per replica"
          band={f.throughputTps}
          format={formatTokensPerSecond}
        />
        <SimMetric
          name="sim-ttft-p50-s"
          label="Time to first token, p50"
          band={f.ttftP50S}
          format={formatSeconds}
        />
        <SimMetric
          name="sim-ttft-p99-s"
          label="Time to first token, p99"
          band={f.ttftP99S}
          format={formatSeconds}
        />
        <SimMetric
          name="sim-tpot-p50-ms"
          label="Time per output token, p50"
          band={f.tpotP50Ms}
          format={formatMilliseconds}
        />
        <SimMetric
          name="sim-tpot-p99-ms"
          label="Time per output token, p99"
          band={f.tpotP99Ms}
          format={formatMilliseconds}
        />
        <SimMetric
          name="sim-e2e-p99-s"
          label="Whole request, p99"
          band={f.e2eP99S}
          format={formatSeconds}
        />
        <SimMetric
          name="sim-goodput-rps"
          label="Goodput (requests/s meeting both targets)"
          band={f.goodputRps}
          format={formatRequestsPerSecond}
        />
        {sizing === undefined ? (
          <Plain
            name="replicas-expected"
            label="Replicas for the load"
            value={null}
            text="sizing…"
          />
        ) : sizing === null ? (
          <Plain
            name="replicas-expected"
            label="Replicas for the load"
            value={null}
            text="set a load (requests/s) to size"
          />
        ) : (
          <>
            <SimMetric
              name="replicas-expected"
              label={`Replicas for the load, targets at ${percentileLabel(sizing.pct)}`}
              band={sizing.replicas}
              format={count}
            />
            <SimMetric
              name="devices-needed-expected"
              label={`${deviceName} devices for the load`}
              band={sizing.devices}
              format={count}
            />
            {sizing.disagg === null ? null : (
              <>
                <Plain
                  name="prefill-devices"
                  label="Prefill pool (disaggregated)"
                  value={sizing.disagg.prefillDevices}
                  text={
                    sizing.disagg.prefillDevices === null
                      ? '—'
                      : `${count(sizing.disagg.prefillDevices)} devices`
                  }
                />
                <Plain
                  name="decode-devices"
                  label="Decode pool (disaggregated)"
                  value={sizing.disagg.decodeDevices}
                  text={
                    sizing.disagg.decodeDevices === null
                      ? '—'
                      : `${count(sizing.disagg.decodeDevices)} devices`
                  }
                />
              </>
            )}
          </>
        )}
      </dl>
      {sizing?.disagg ? (
        <p className={styles.cardNote}>
          Each prompt&apos;s KV cache moves from the prefill to the decode pool in{' '}
          {formatSeconds(sizing.disagg.kvTransferSeconds)} over {count(sizing.disagg.kvLinkGBs)}{' '}
          GB/s per device (one 400 Gb/s network port each); that time counts against the first-token
          target.
        </p>
      ) : null}
      {notes.length > 0 ? (
        <ul className={styles.warnings}>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
