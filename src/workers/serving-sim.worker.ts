// The serving simulation off the main thread: figures first for every device, then sizing, then the curve; a newer request abandons an older one.
import { CHART_CURVES } from '../lib/compare/chart-curves';
import {
  measuredCurvesFor,
  parseSimRequest,
  simulatedCurve,
  simulatedFigures,
  simulatedSizing,
  simulationInput,
} from '../lib/compare';
import type { SimRequest, SimResponse } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SimRequest>) => void) | null;
  postMessage(message: SimResponse): void;
}
const scope = self as unknown as WorkerScope;

let latest: SimRequest | null = null;
let running = false;
const post = (m: SimResponse) => scope.postMessage(m);

/** Let newer messages in between units of work. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function work(): Promise<void> {
  running = true;
  while (latest !== null) {
    const request = latest;
    const started = performance.now();
    const stale = () => latest !== request;
    // The message is a boundary: parsed once here, trusted below.
    const checked = parseSimRequest(request);
    if (!checked.ok) {
      post({ id: request.id, stage: 'invalid', errors: checked.errors });
      latest = latest === request ? null : latest;
      continue;
    }
    const { scenario, ignored } = checked.value;
    if (ignored.length > 0) {
      // Reported, then simulated with the defaults in their place (as /compare/ does).
      const errors = ignored.map((i) => `${i.param}=${i.value} ignored: ${i.reason}`);
      post({ id: request.id, stage: 'invalid', errors });
    }
    const inputs = scenario.devices.map((device) => ({
      device,
      input: simulationInput(scenario, device),
    }));
    // Figures for every device first, sent together so the page renders them once.
    const figures: SimResponse[] = [];
    for (const { device, input } of inputs) {
      if (stale()) break;
      figures.push(
        input.ok
          ? {
              id: request.id,
              deviceId: device.id,
              stage: 'figures',
              figures: simulatedFigures(input.value),
            }
          : {
              id: request.id,
              deviceId: device.id,
              stage: 'error',
              errors: input.errors.map((e) => e.message),
            },
      );
      await pause();
    }
    if (!stale()) post({ id: request.id, stage: 'batch', messages: figures });
    for (const stage of ['sizing', 'curve'] as const) {
      for (const { device, input } of inputs) {
        if (stale() || !input.ok) continue;
        if (stage === 'sizing') {
          post({
            id: request.id,
            deviceId: device.id,
            stage,
            sizing: simulatedSizing(scenario, input.value),
          });
        } else {
          post({
            id: request.id,
            deviceId: device.id,
            stage,
            curve: simulatedCurve(input.value),
            measured: measuredCurvesFor(scenario, device, CHART_CURVES),
          });
        }
        await pause();
      }
    }
    if (!stale()) {
      post({ id: request.id, stage: 'done', milliseconds: performance.now() - started });
      latest = null;
    }
  }
  running = false;
}

scope.onmessage = (event) => {
  latest = event.data;
  if (!running) void work();
};
