// Compact chapter embed: what a load does to latency on one device (the serving simulation, run in a Web Worker).
import { useId, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { EngineFamily } from '../../data/measurement-types';
import type { KvPrecision, WeightPrecision } from '../../data/precisions';
import SimulatedServing from '../CompareWidget/SimulatedServing';
import { useServingSimulation } from '../CompareWidget/useServingSimulation';
import styles from './styles.module.css';

/**
 * Props, as a chapter writes them. `deviceId`, `modelId`, `weights` and `kv` are checked at build
 * time by remark-check-ids (an unknown id fails the build); numbers are checked by the simulation,
 * which shows a visible message for a bad one.
 *
 * ```mdx
 * <ServingSimulation deviceId="h100-sxm" modelId="llama-3.1-70b" weights="fp8" kv="fp8" n={2}
 *   promptTokens={5000} outputTokens={500} rps={1} tpotMs={60} />
 * ```
 */
export type Props = {
  /** Catalogue device id, e.g. 'h100-sxm'. */
  deviceId: string;
  /** Model preset id, e.g. 'llama-3.1-70b'. */
  modelId: string;
  /** Weight format (default bf16) and KV-cache format (default bf16). */
  weights?: WeightPrecision;
  kv?: KvPrecision;
  /** Devices in one tensor-parallel replica (default 1). */
  n?: number;
  /** Engine family (default: the usual one for the device). */
  engine?: EngineFamily;
  promptTokens: number;
  outputTokens: number;
  /** Requests per second arriving (Poisson); without it, `inFlight` requests are kept in flight. */
  rps?: number;
  /** Requests in flight when there is no rate (default 1). */
  inFlight?: number;
  /** Latency targets for goodput and sizing, and the percentile they hold at (default 99). */
  tpotMs?: number;
  ttftMs?: number;
  pct?: 50 | 90 | 95 | 99;
  /** Prompt tokens of each request already in the prefix cache (they skip prefill). */
  prefixTokens?: number;
  /** Speculative decoding: draft tokens per step and their acceptance rate (0-1). */
  specTokens?: number;
  acceptRate?: number;
  /** Separate prefill and decode pools (KV moved between them). */
  disagg?: boolean;
};

/** The /compare/ query string these props describe: the worker and the link both read it. */
export function queryFor(p: Props): string {
  const parts: [string, string | number | undefined][] = [
    ['devices', p.deviceId],
    ['model', p.modelId],
    ['weights', p.weights],
    ['kv', p.kv],
    ['engine', p.engine],
    ['n', p.n],
    ['ctx', p.promptTokens + p.outputTokens],
    ['prompt', p.promptTokens],
    ['batch', p.inFlight],
    ['rps', p.rps],
    ['tpot', p.tpotMs],
    ['ttft', p.ttftMs],
    ['pct', p.pct],
    ['prefix', p.prefixTokens],
    ['spec', p.specTokens],
    ['accept', p.acceptRate],
    ['disagg', p.disagg === true ? 1 : undefined],
  ];
  return parts
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
}

export default function ServingSimulation(props: Props): ReactNode {
  const query = queryFor(props);
  const state = useServingSimulation(query);
  const device = state.status === 'idle' ? undefined : state.byDevice.get(props.deviceId);
  const load =
    props.rps !== undefined
      ? `${props.rps} requests/s`
      : `${props.inFlight ?? 1} request${(props.inFlight ?? 1) === 1 ? '' : 's'} in flight`;
  const headingId = useId();
  // Each embed names its own setting, so two on one page are told apart (and their landmarks too).
  const setting = [
    `on ${props.n !== undefined && props.n > 1 ? `${props.n} × ` : ''}${props.deviceId}`,
    props.prefixTokens !== undefined ? `with ${props.prefixTokens} prompt tokens cached` : '',
    props.specTokens !== undefined
      ? `with ${props.specTokens} draft tokens per step accepted at ${props.acceptRate ?? 'the default rate'}`
      : '',
    props.disagg === true ? 'with separate prefill and decode pools' : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
  return (
    <aside className={styles.embed} aria-labelledby={headingId} data-component="serving-simulation">
      <p className={styles.heading} id={headingId}>
        What {load} of {props.promptTokens} in / {props.outputTokens} out does to latency {setting}
      </p>
      {state.status !== 'idle' && state.invalid.length > 0 ? (
        <ul className={styles.problems} role="alert">
          {state.invalid.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <SimulatedServing deviceName={props.deviceId} status={state.status} device={device} />
      <p className={styles.more}>
        <Link to={`/compare/?${query}`}>Change the load, targets or device in the comparison</Link>
      </p>
    </aside>
  );
}
