// Scale-up and host links per direction for catalogue devices, optionally with the tensor-parallel all-reduce time per decode step.
import { citationFor } from '../../lib/catalogue';
import type { ReactNode } from 'react';
import { devices as allDevices } from '../../data/hardware';
import { findModel } from '../../data/models';
import type { Device, DeviceKind } from '../../data/types';
import { formatNumber } from '../../lib/format';
import { perDirectionGBs, tensorParallelTraffic } from '../../lib/model';
import { Missing, TableFigure } from '../ScrollTable';
import table from '../../css/table.module.css';

export type AllReduceCase = {
  /** Model preset id; its hidden size and layer count set the payload. */
  modelId: string;
  /** Sequences decoded together (one token each per step). */
  sequences: number;
  /** Tensor-parallel degree. */
  n: number;
};

export type Props = {
  caption: string;
  kinds?: readonly DeviceKind[];
  ids?: readonly string[];
  /** Adds the bandwidth-only all-reduce time per decode step over each link. */
  allReduce?: AllReduceCase;
  devices?: readonly Device[];
};

type HostLinkValue = { name: string; GBsPerDirection: number };

/** The host link if the catalogue has a usable one (the field is new; older records lack it). */
export function hostLinkOf(device: Device): HostLinkValue | null {
  const link = (device as { hostLink?: HostLinkValue | null }).hostLink;
  if (!link || !(link.GBsPerDirection > 0)) return null;
  return link;
}

function sourceFor(device: Device, field: 'scaleUp' | 'hostLink'): ReactNode {
  const citation = citationFor(device, field);
  if (!citation) return null;
  // The accessible name starts with the visible number (WCAG 2.5.3, label in name).
  return (
    <sup>
      <a
        href={citation.source.url}
        aria-label={`${citation.number}: source: ${citation.source.title}`}
      >
        {citation.number}
      </a>
    </sup>
  );
}

function milliseconds(seconds: number): string {
  return formatNumber(seconds * 1e3, seconds * 1e3 < 1 ? 3 : 2);
}

export default function LinkTable({
  caption,
  kinds,
  ids,
  allReduce,
  devices = allDevices,
}: Props): ReactNode {
  const pool = ids
    ? ids.flatMap((id) => devices.filter((d) => d.id === id))
    : devices.filter((d) => !kinds || kinds.includes(d.kind));
  const rows = pool.filter((d) => d.scaleUp !== null || hostLinkOf(d) !== null);
  const model = allReduce ? findModel(allReduce.modelId) : undefined;
  const traffic =
    allReduce && model?.hiddenSize
      ? (GBsPerDirection: number) =>
          tensorParallelTraffic({
            hiddenSize: model.hiddenSize as number,
            layers: model.layers,
            sequences: allReduce.sequences,
            n: allReduce.n,
            GBsPerDirection,
          }).secondsPerStep
      : null;
  if (allReduce && !traffic) {
    return (
      <p role="alert">
        The all-reduce case names model &ldquo;{allReduce.modelId}&rdquo;, which is not a preset
        with a hidden size.
      </p>
    );
  }
  return (
    <TableFigure label={caption}>
      <caption>
        {caption}. GB/s per direction unless marked; scale-up figures in the catalogue count both
        directions, so one direction is half. On a torus (TPU ICI) the per-chip figure adds up every
        port; a collective along one axis uses only that axis's links.
        {allReduce && model
          ? ` All-reduce: ${model.name}, ${allReduce.sequences} sequences, tensor parallel over ${allReduce.n} devices, BF16 activations, bandwidth term only.`
          : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Device</th>
          <th scope="col">Scale-up link</th>
          <th scope="col">Both directions</th>
          <th scope="col">Per direction</th>
          <th scope="col">Host link (per direction)</th>
          <th scope="col">Scale-up ÷ host</th>
          {traffic ? (
            <>
              <th scope="col">All-reduce per step, scale-up (ms)</th>
              <th scope="col">All-reduce per step, host link (ms)</th>
            </>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => {
          const host = hostLinkOf(d);
          const upPerDirection = d.scaleUp ? perDirectionGBs(d.scaleUp.GBs) : null;
          return (
            <tr key={d.id} data-device={d.id}>
              <th scope="row" className={table.device}>
                {d.name}
              </th>
              <td>{d.scaleUp ? d.scaleUp.name : 'none'}</td>
              <td className={table.number}>
                {d.scaleUp ? (
                  <>
                    {formatNumber(d.scaleUp.GBs)}
                    {sourceFor(d, 'scaleUp')}
                  </>
                ) : (
                  <Missing />
                )}
              </td>
              <td className={table.number}>
                {upPerDirection === null ? <Missing /> : formatNumber(upPerDirection)}
              </td>
              <td>
                {host ? (
                  <>
                    <span className={table.meta}>{host.name}</span>
                    <span className={table.number}>{formatNumber(host.GBsPerDirection)}</span>
                    {sourceFor(d, 'hostLink')}
                  </>
                ) : (
                  <Missing />
                )}
              </td>
              <td className={table.number}>
                {upPerDirection !== null && host ? (
                  `×${formatNumber(upPerDirection / host.GBsPerDirection, 1)}`
                ) : (
                  <Missing />
                )}
              </td>
              {traffic ? (
                <>
                  <td className={table.number}>
                    {upPerDirection === null ? <Missing /> : milliseconds(traffic(upPerDirection))}
                  </td>
                  <td className={table.number}>
                    {host ? milliseconds(traffic(host.GBsPerDirection)) : <Missing />}
                  </td>
                </>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </TableFigure>
  );
}
