// Log-log roofline chart: attainable TFLOPS against arithmetic intensity for catalogue devices.
import { citationFor } from '@site/src/lib/catalogue';
import React, { useId } from 'react';
import clsx from 'clsx';
import { devices as catalogueDevices } from '@site/src/data/hardware';
import type { CitedField, Device, Source } from '@site/src/data/types';
import {
  attainableTflops,
  decades,
  decodeIntensity,
  formatFigure,
  formatValue,
  logScale,
  selectPoints,
  tickLabel,
  type RooflinePoint,
  type RooflinePrecision,
} from '../../lib/model';
import { DeferredTable } from '../DeferredDetails';
import ScrollRegion from '../ScrollRegion';
import chart from '../../css/chart.module.css';
import styles from './styles.module.css';

export interface Props {
  /** Catalogue device ids to plot, in legend order. Unknown ids are skipped and listed. */
  ids: string[];
  /** Which dense peak to use for the flat part of each roof. Defaults to BF16. */
  precision?: RooflinePrecision;
  /** Batch sizes whose decode intensity is drawn as a vertical guide. Defaults to 1 and 64. */
  batches?: number[];
  /** Devices to look ids up in; defaults to the hardware catalogue (tests pass fixtures). */
  catalogue?: readonly Device[];
}

const WIDTH = 640;
const HEIGHT = 380;
const MARGIN = { top: 28, right: 20, bottom: 52, left: 68 };
const DASHES = ['', '7 4', '2 3', '10 3 2 3', '14 5'];
const SERIES = [chart.series1, chart.series2, chart.series3, chart.series4];
const PRECISION_LABEL: Record<RooflinePrecision, string> = {
  bf16: 'BF16',
  fp8: 'FP8',
};

function sourceFor(device: Device, field: CitedField): Source | undefined {
  return citationFor(device, field)?.source;
}

function Cited({
  device,
  field,
  children,
}: {
  device: Device;
  field: CitedField;
  children: React.ReactNode;
}) {
  const source = sourceFor(device, field);
  if (!source) return <>{children}</>;
  return (
    <a href={source.url} title={`${source.title} (read ${source.accessed})`}>
      {children}
    </a>
  );
}

function Marker({ index, x, y }: { index: number; x: number; y: number }) {
  const shape = index % 5;
  const r = 5;
  if (shape === 1) return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} />;
  if (shape === 2)
    return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} />;
  if (shape === 3)
    return (
      <polygon points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`} />
    );
  if (shape === 4)
    return <polygon points={`${x},${y + r + 1} ${x + r + 1},${y - r} ${x - r - 1},${y - r}`} />;
  return <circle cx={x} cy={y} r={r} />;
}

function describe(points: RooflinePoint[], precision: RooflinePrecision): string {
  const parts = points.map(
    (p) =>
      `${p.device.name}: ${formatFigure(p.peakTflops)} TFLOPS over ${formatFigure(p.bandwidthGBs)} GB/s, ridge at ${formatValue(p.ridgeFlopsPerByte)} FLOP/byte`,
  );
  return (
    `Each roof rises with memory bandwidth until it meets the dense ${PRECISION_LABEL[precision]} peak at the ridge point. ` +
    parts.join('; ') +
    '.'
  );
}

export default function RooflineChart({
  ids,
  precision = 'bf16',
  batches = [1, 64],
  catalogue = catalogueDevices,
}: Props): React.ReactElement {
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const descId = `${baseId}-desc`;
  const label = PRECISION_LABEL[precision];
  const { points, unknown, noPeak } = selectPoints(ids, catalogue, precision);

  const skipped =
    unknown.length + noPeak.length > 0 ? (
      <p className={styles.note}>
        {noPeak.length > 0 &&
          `Not plotted (no sourced dense ${label} peak in the catalogue): ${noPeak.map((d) => d.name).join(', ')}. `}
        {unknown.length > 0 && `Not in the catalogue: ${unknown.join(', ')}.`}
      </p>
    ) : null;

  if (points.length === 0) {
    return (
      <figure className={chart.figure}>
        <p className={styles.note}>No devices with a sourced {label} peak to plot.</p>
        {skipped}
      </figure>
    );
  }

  const guides = batches
    .filter((b) => Number.isFinite(b) && b > 0)
    .map((b) => ({ batch: b, intensity: decodeIntensity(b, precision) }));
  const ridges = points.map((p) => p.ridgeFlopsPerByte);
  const x = decades(
    Math.min(...ridges.map((r) => r / 8), ...guides.map((g) => g.intensity / 2)),
    Math.max(...ridges.map((r) => r * 8), ...guides.map((g) => g.intensity * 2)),
  );
  const xMin = 10 ** x.lo;
  const xMax = 10 ** x.hi;
  const y = decades(
    Math.min(...points.map((p) => attainableTflops(xMin, p.peakTflops, p.bandwidthGBs))),
    Math.max(...points.map((p) => p.peakTflops)),
  );

  const left = MARGIN.left;
  const right = WIDTH - MARGIN.right;
  const top = MARGIN.top;
  const bottom = HEIGHT - MARGIN.bottom;
  const px = (v: number) => logScale(v, x.lo, x.hi, left, right);
  const py = (v: number) => logScale(v, y.lo, y.hi, bottom, top);
  const xTicks = Array.from({ length: x.hi - x.lo + 1 }, (_, i) => x.lo + i);
  const yTicks = Array.from({ length: y.hi - y.lo + 1 }, (_, i) => y.lo + i);
  const title = `Roofline: attainable dense ${label} TFLOPS against arithmetic intensity (log-log)`;

  return (
    <figure className={chart.figure}>
      {/* Below 600 px the plot scrolls inside its region instead of shrinking its text under 11 px. */}
      <ScrollRegion label={`${title} (scrolls sideways on narrow screens)`}>
        <svg
          className={clsx(chart.chart, chart.legible)}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{describe(points, precision)}</desc>

          <g className={chart.grid} aria-hidden="true">
            {xTicks.map((e) => (
              <line key={`gx${e}`} x1={px(10 ** e)} x2={px(10 ** e)} y1={top} y2={bottom} />
            ))}
            {yTicks.map((e) => (
              <line key={`gy${e}`} x1={left} x2={right} y1={py(10 ** e)} y2={py(10 ** e)} />
            ))}
          </g>

          <g className={chart.axis} aria-hidden="true">
            <line x1={left} x2={right} y1={bottom} y2={bottom} />
            <line x1={left} x2={left} y1={top} y2={bottom} />
            {xTicks.map((e) => (
              <text key={`tx${e}`} x={px(10 ** e)} y={bottom + 18} textAnchor="middle">
                {tickLabel(e)}
              </text>
            ))}
            {yTicks.map((e) => (
              <text key={`ty${e}`} x={left - 8} y={py(10 ** e) + 4} textAnchor="end">
                {tickLabel(e)}
              </text>
            ))}
            <text x={(left + right) / 2} y={HEIGHT - 10} textAnchor="middle">
              Arithmetic intensity (FLOP per byte of memory traffic)
            </text>
            <text
              x={16}
              y={(top + bottom) / 2}
              textAnchor="middle"
              transform={`rotate(-90 16 ${(top + bottom) / 2})`}
            >
              Attainable {label} TFLOPS
            </text>
          </g>

          <g className={styles.guides} aria-hidden="true">
            {guides.map((g) => (
              <g key={`g${g.batch}`}>
                <line x1={px(g.intensity)} x2={px(g.intensity)} y1={top} y2={bottom} />
                <text x={px(g.intensity) + 4} y={top - 8}>
                  decode, batch {formatValue(g.batch)}
                </text>
              </g>
            ))}
          </g>

          {points.map((p, i) => {
            const ridgeX = px(p.ridgeFlopsPerByte);
            const ridgeY = py(p.peakTflops);
            const d = `M ${px(xMin)} ${py(attainableTflops(xMin, p.peakTflops, p.bandwidthGBs))} L ${ridgeX} ${ridgeY} L ${px(xMax)} ${ridgeY}`;
            return (
              <g
                key={p.device.id}
                className={clsx(chart.series, SERIES[i % SERIES.length])}
                aria-hidden="true"
              >
                <path d={d} strokeDasharray={DASHES[i % DASHES.length]} />
                <g className={chart.marker}>
                  <Marker index={i} x={ridgeX} y={ridgeY} />
                </g>
              </g>
            );
          })}
        </svg>
      </ScrollRegion>

      <figcaption className={styles.caption}>
        <ul className={styles.legend}>
          {points.map((p, i) => (
            <li key={p.device.id} className={clsx(SERIES[i % SERIES.length])}>
              <svg
                className={styles.swatch}
                viewBox="0 0 36 14"
                aria-hidden="true"
                focusable="false"
              >
                <line x1="2" x2="34" y1="7" y2="7" strokeDasharray={DASHES[i % DASHES.length]} />
                <g className={chart.marker}>
                  <Marker index={i} x={18} y={7} />
                </g>
              </svg>
              <span className={styles.legendText}>
                {p.device.name}: ridge at {formatValue(p.ridgeFlopsPerByte)} FLOP/byte
              </span>
            </li>
          ))}
        </ul>
        Dense {label} peaks (no sparsity) and memory bandwidth from the hardware catalogue. Vertical
        guides mark decode intensity with {precision === 'fp8' ? 'one-byte' : 'two-byte'} weights,
        ignoring KV-cache traffic.
      </figcaption>
      {skipped}

      <DeferredTable
        className={styles.details}
        summary="Data table for this chart"
        caption={<>Ridge point = peak TFLOPS × 1000 ÷ bandwidth GB/s (FLOP per byte)</>}
        captionClassName={styles.tableCaption}
        headings={[
          'Device',
          <>Dense {label} peak (TFLOPS)</>,
          'Memory bandwidth (GB/s)',
          'Ridge point (FLOP/byte)',
        ]}
      >
        {() => (
          <>
            {points.map((p) => (
              <tr key={p.device.id}>
                <th scope="row">{p.device.name}</th>
                <td>
                  <Cited device={p.device} field={precision === 'fp8' ? 'fp8Tflops' : 'bf16Tflops'}>
                    {formatFigure(p.peakTflops)}
                  </Cited>
                </td>
                <td>
                  <Cited device={p.device} field="memoryBandwidthGBs">
                    {formatFigure(p.bandwidthGBs)}
                  </Cited>
                </td>
                <td>{formatValue(p.ridgeFlopsPerByte)}</td>
              </tr>
            ))}
          </>
        )}
      </DeferredTable>
    </figure>
  );
}
