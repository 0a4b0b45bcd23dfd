// The serving-capacity model against measured saturated throughput, one row per benchmark cell.
import type { ReactNode } from 'react';
import { SATURATION_MEASUREMENTS } from '@site/src/data/saturation-measurements';
import { findDevice } from '@site/src/data/hardware';
import { weightFormat } from '@site/src/data/precisions';
import { capacityCheck } from '@site/src/lib/serving';
import { formatNumber, formatTokensPerSecond } from '@site/src/lib/format';
import ScrollRegion from '../ScrollRegion';
import table from '../../css/table.module.css';

export type Props = { caption: string };

const ratio = (v: number | null): string => (v === null ? '—' : `${formatNumber(v, 2)}×`);

export default function CapacityCheckTable({ caption }: Props): ReactNode {
  const rows = capacityCheck(SATURATION_MEASUREMENTS);
  const source = SATURATION_MEASUREMENTS[0]?.source;
  return (
    <figure className={table.figure}>
      <ScrollRegion label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Replica</th>
              <th scope="col">Prompt / output tokens</th>
              <th scope="col">Requests that fit</th>
              <th scope="col">Measured, per device</th>
              <th scope="col">Ideal ceiling</th>
              <th scope="col">Expected</th>
              <th scope="col">Measured ÷ ideal</th>
              <th scope="col">Measured ÷ expected</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const m = r.measurement;
              const name = findDevice(m.deviceId)?.name ?? m.deviceId;
              return (
                <tr key={m.id} data-check={m.id}>
                  <th scope="row">
                    {m.n > 1 ? `${m.n} × ` : ''}
                    {name}, {weightFormat(m.weightPrecision).label}
                  </th>
                  <td className={table.number}>
                    {formatNumber(m.isl, 0)} / {formatNumber(m.osl, 0)}
                  </td>
                  <td className={table.number}>{formatNumber(r.maxConcurrency, 0)}</td>
                  <td className={table.number}>{formatTokensPerSecond(r.measuredPerDevice)}</td>
                  <td className={table.number}>{formatTokensPerSecond(r.idealPerDevice)}</td>
                  <td className={table.number}>
                    {r.expectedPerDevice === null
                      ? '—'
                      : formatTokensPerSecond(r.expectedPerDevice)}
                  </td>
                  <td className={table.number}>{ratio(r.measuredOverIdeal)}</td>
                  <td className={table.number}>{ratio(r.measuredOverExpected)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {source ? (
        <figcaption className={table.notes}>
          Measured: <a href={source.url}>{source.title}</a> (read {source.accessed}), total output
          tokens per second divided by the devices in the replica. The model: no latency target, as
          many requests as fit with 5% of memory held back, FP8 KV cache (the source does not state
          it; with a BF16 cache the measured 128/2,048 figures would exceed the ideal ceiling, which
          a real run cannot).
        </figcaption>
      ) : null}
    </figure>
  );
}
