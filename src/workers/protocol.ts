// Messages between the page and the serving-simulation worker.
import type {
  MeasuredChartCurve,
  SimulatedCurvePoint,
  SimulatedFigures,
  SimulatedSizing,
} from '../lib/compare/simulation';

/** Page → worker: simulate the comparison this /compare/ query string describes. */
export interface SimRequest {
  id: number;
  query: string;
}

/** Worker → page: one stage of one device, or why that device cannot be simulated. */
export type SimResponse =
  | { id: number; deviceId: string; stage: 'figures'; figures: SimulatedFigures }
  | { id: number; deviceId: string; stage: 'sizing'; sizing: SimulatedSizing | null }
  | {
      id: number;
      deviceId: string;
      stage: 'curve';
      curve: SimulatedCurvePoint[];
      measured: MeasuredChartCurve[];
    }
  | { id: number; deviceId: string; stage: 'error'; errors: string[] }
  | { id: number; stage: 'done'; milliseconds: number }
  /** Several device messages delivered together (the figures of every device). */
  | { id: number; stage: 'batch'; messages: SimResponse[] }
  /** The query itself is not valid (a chapter embed with a bad prop): nothing was simulated. */
  | { id: number; stage: 'invalid'; errors: string[] };
