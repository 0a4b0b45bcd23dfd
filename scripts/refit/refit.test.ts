// Regenerates the calibration's generated constants and held-out predictions from the data
// (src/lib/calibration/constants.ts and loo.ts, below their GENERATED BELOW line), the serving
// validation's held-out fits and the capacity chart's measured curves. Run with
// `npm run refit` after changing a measurement or a catalogue figure a measurement uses.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import {
  bandsFrom,
  CALIBRATION_POINTS,
  constantsSource,
  crossValidate,
  fitCalibration,
  HOLDOUTS,
  roundParams,
  supportFrom,
  wideningFrom,
} from '@site/src/lib/calibration/refit';

import { servingCurves } from '@site/src/data/serving-curves';
import { fitWithout, sourcesInCalibration } from '@site/src/lib/serving/sim/held-out-fit';
import { chartCurvesOf } from '@site/src/lib/compare/simulation';

const DIR = path.resolve(__dirname, '../../src/lib/calibration');
const MARK = '/** GENERATED BELOW */\n';

function rewrite(file: string, body: string): void {
  const p = path.isAbsolute(file) ? file : path.join(DIR, file);
  const text = readFileSync(p, 'utf8');
  const at = text.indexOf(MARK);
  if (at < 0) throw new Error(`${file} has no "${MARK.trim()}" line`);
  writeFileSync(p, text.slice(0, at + MARK.length) + body + '\n');
}

it('writes the refitted constants and held-out predictions', () => {
  const held = new Map(HOLDOUTS.map((h) => [h, crossValidate(CALIBRATION_POINTS, h)]));
  const refit = roundParams(fitCalibration(CALIBRATION_POINTS));
  rewrite(
    'constants.ts',
    constantsSource(
      refit,
      bandsFrom(held.get('source') ?? []),
      wideningFrom(held.get('class') ?? []),
      supportFrom(CALIBRATION_POINTS),
    ),
  );
  const tables = Object.fromEntries(
    HOLDOUTS.map((h) => [
      h,
      Object.fromEntries(
        (held.get(h) ?? []).map((l) => [
          l.point.measurement.id,
          Number(l.predicted.toPrecision(5)),
        ]),
      ),
    ]),
  );
  rewrite(
    'loo.ts',
    `export const HELD_OUT_PREDICTIONS: Readonly<Record<Holdout, Readonly<Record<string, number>>>> = ${JSON.stringify(tables, null, 2)};`,
  );
  const serving = Object.fromEntries(
    sourcesInCalibration(servingCurves).map((id) => [id, fitWithout(id)]),
  );
  rewrite(
    path.resolve(__dirname, '../../src/lib/serving/sim/held-out-params.ts'),
    `export const SERVING_HELD_OUT_PARAMS: Readonly<Record<string, CalibrationParams>> = ${JSON.stringify(serving, null, 2)};`,
  );
  rewrite(
    path.resolve(__dirname, '../../src/lib/compare/chart-curves.ts'),
    `export const CHART_CURVES: readonly ChartCurveData[] = ${JSON.stringify(chartCurvesOf(servingCurves), null, 2)};`,
  );
});
