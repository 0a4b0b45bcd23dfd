// Side-by-side figures for one CPU, one GPU and one TPU (or any catalogue ids), with sources.
import { KIND_LABELS } from '@site/src/data/kinds';
import { citedLink } from '@site/src/lib/catalogue';
import { ridgePoint } from '@site/src/lib/model';
import React, { useId } from 'react';
import { findDevice } from '@site/src/data/hardware';
import { prices, type PricePoint } from '@site/src/data/prices';
import type { CitedField, Device } from '@site/src/data/types';
import { formatGB, formatGBs, formatNumber, formatUsd } from '@site/src/lib/format';
import ScrollRegion from '../ScrollRegion';
import styles from './styles.module.css';

export type Props = {
  /** Catalogue ids, one column each; unknown ids are skipped. */
  ids?: string[];
  caption?: string;
};

export const DEFAULT_IDS: readonly string[] = ['epyc-9965', 'h100-sxm', 'tpu-v6e'];

interface Cell {
  text: string;
  source: { title: string; url: string } | null;
  /** Extra line under the value, e.g. the offer a price came from. */
  detail?: string;
}

interface RowSpec {
  label: string;
  cell: (device: Device) => Cell;
}

const num = formatNumber;

function cited(device: Device, field: CitedField): Cell['source'] {
  return citedLink(device, field);
}

function priceSource(point: PricePoint): Cell['source'] {
  return {
    title: `${point.source.title} (price read ${point.observed})`,
    url: point.source.url,
  };
}

/** The cheapest sourced price of one kind for a device, or null. */
function cheapest(
  deviceId: string,
  pick: (p: PricePoint) => number | null,
  kinds: readonly PricePoint['kind'][],
): { point: PricePoint; value: number } | null {
  let best: { point: PricePoint; value: number } | null = null;
  for (const point of prices) {
    if (point.deviceId !== deviceId || !kinds.includes(point.kind)) continue;
    const value = pick(point);
    if (value === null || !Number.isFinite(value)) continue;
    if (!best || value < best.value) best = { point, value };
  }
  return best;
}

const NO_FIGURE = 'no sourced figure';

const ROWS: readonly RowSpec[] = [
  {
    label: 'Kind',
    cell: (d) => ({ text: `${KIND_LABELS[d.kind]} (${d.vendor}, ${d.released})`, source: null }),
  },
  {
    label: 'Memory per chip',
    cell: (d) => ({
      text: `${formatGB(d.memoryGB)} ${d.memoryType}`,
      source: cited(d, 'memoryGB'),
    }),
  },
  {
    label: 'Memory bandwidth',
    cell: (d) => ({
      text: formatGBs(d.memoryBandwidthGBs),
      source: cited(d, 'memoryBandwidthGBs'),
    }),
  },
  {
    label: 'Dense BF16 peak',
    cell: (d) =>
      d.bf16Tflops === null
        ? { text: NO_FIGURE, source: null }
        : { text: `${num(d.bf16Tflops, 1)} TFLOPS`, source: cited(d, 'bf16Tflops') },
  },
  {
    label: 'Dense 8-bit peak',
    cell: (d) => {
      if (d.fp8Tflops !== null)
        return { text: `${num(d.fp8Tflops, 1)} TFLOPS FP8`, source: cited(d, 'fp8Tflops') };
      if (d.int8Tops !== null)
        return { text: `${num(d.int8Tops, 1)} TOPS INT8`, source: cited(d, 'int8Tops') };
      return { text: NO_FIGURE, source: null };
    },
  },
  {
    label: 'FLOPs per byte to reach the BF16 peak',
    // Peak FLOP/s divided by bytes/s: below this intensity a kernel is bandwidth-bound.
    cell: (d) =>
      d.bf16Tflops === null
        ? { text: '—', source: null }
        : {
            text: num(ridgePoint(d.bf16Tflops, d.memoryBandwidthGBs), 0),
            source: null,
            detail: 'BF16 peak ÷ bandwidth',
          },
  },
  {
    label: 'Power (TDP)',
    cell: (d) =>
      d.tdpW === null
        ? { text: NO_FIGURE, source: null }
        : { text: `${num(d.tdpW, 0)} W`, source: cited(d, 'tdpW') },
  },
  {
    label: 'Rent, lowest on-demand price found',
    cell: (d) => {
      const best = cheapest(d.id, (p) => p.usdPerDeviceHour, ['on-demand']);
      if (!best) return { text: 'no price recorded', source: null };
      return {
        text: `${formatUsd(best.value)} per chip-hour`,
        source: priceSource(best.point),
        detail: best.point.offer,
      };
    },
  },
  {
    label: 'Buy, lowest price found',
    cell: (d) => {
      const best = cheapest(d.id, (p) => p.usdPerDevice, ['purchase']);
      if (!best) return { text: 'no price recorded', source: null };
      return {
        text: `${formatUsd(best.value)} per chip`,
        source: priceSource(best.point),
        detail: best.point.offer,
      };
    },
  },
];

export default function KindComparison({
  ids = [...DEFAULT_IDS],
  caption = 'A CPU, a GPU and a TPU side by side (per chip or socket; compute peaks are dense)',
}: Props): React.JSX.Element {
  const captionId = useId();
  const shown = ids.map((id) => findDevice(id)).filter((d): d is Device => d !== undefined);

  if (shown.length === 0) {
    return <p className={styles.empty}>No catalogue devices match this comparison.</p>;
  }

  return (
    <ScrollRegion label={caption} className={styles.wrapper}>
      <table className={styles.table} aria-labelledby={captionId}>
        <caption id={captionId} className={styles.caption}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {shown.map((d) => (
              <th scope="col" key={d.id}>
                {d.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {shown.map((d) => {
                const cell = row.cell(d);
                return (
                  <td key={d.id} className={styles.cell}>
                    <span className={styles.value}>{cell.text}</span>
                    {cell.detail && <span className={styles.detail}>{cell.detail}</span>}
                    {cell.source && (
                      <a
                        className={styles.source}
                        href={cell.source.url}
                        title={cell.source.title}
                        aria-label={`Source for ${d.name}, ${row.label}: ${cell.source.title}`}
                      >
                        source
                      </a>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
