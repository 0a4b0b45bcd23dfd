// Inside each TPU generation: systolic-array size and count, SparseCores, torus, and ridge points computed from the catalogue.
import type { ReactNode } from 'react';
import { devices as allDevices } from '../../data/hardware';
import { TPU_CORES, type TpuCores } from '../../data/tpu-cores';
import type { Device } from '../../data/types';
import { formatNumber, formatPercent } from '../../lib/format';
import { deviceRidge, mxuFill } from '../../lib/model';
import ScrollTable, { Missing } from '../ScrollTable';
import table from '../../css/table.module.css';

export type Props = {
  caption: string;
  /** A matrix dimension to test against each array size (e.g. a head dimension of 128). */
  probeDimension?: number;
  cores?: readonly TpuCores[];
  devices?: readonly Device[];
};

export default function MxuTable({
  caption,
  probeDimension = 128,
  cores = TPU_CORES,
  devices = allDevices,
}: Props): ReactNode {
  const rows = cores.flatMap((c) => {
    const device = devices.find((d) => d.id === c.deviceId);
    return device ? [{ c, device }] : [];
  });
  return (
    <figure className={table.figure}>
      <ScrollTable label={caption}>
        <caption>
          {caption}. Peaks and bandwidth come from the hardware catalogue; the ridge point is the
          peak divided by HBM bandwidth, the batch at which BF16 decode stops waiting on memory.
          &ldquo;Fill&rdquo; is the share of the array busy when one side of a matrix is{' '}
          {probeDimension} long.
        </caption>
        <thead>
          <tr>
            <th scope="col">Generation</th>
            <th scope="col">TensorCores × MXUs</th>
            <th scope="col">MXU size</th>
            <th scope="col">SparseCores</th>
            <th scope="col">Torus, largest slice</th>
            <th scope="col">BF16 ridge (FLOP/byte)</th>
            <th scope="col">Fastest 8-bit ridge (FLOP/byte)</th>
            <th scope="col">Fill at {probeDimension}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ c, device }) => {
            const bf16 = deviceRidge(device, device.bf16Tflops);
            // The faster of the two 8-bit paths: v5p and v6e run FP8 at the BF16 rate but INT8 at twice it.
            const eightBit = [device.fp8Tflops, device.int8Tops].filter(
              (p): p is number => p !== null,
            );
            const lowPeak = eightBit.length > 0 ? Math.max(...eightBit) : null;
            const low = deviceRidge(device, lowPeak);
            return (
              <tr key={c.deviceId} data-device={c.deviceId}>
                <th scope="row" className={table.device}>
                  {c.generation}
                  <span className={table.meta}>{c.chipsPerHost} chips per host</span>
                </th>
                <td className={table.number}>
                  {c.tensorCoresPerChip} × {c.mxusPerTensorCore ?? <Missing text="not published" />}
                </td>
                <td className={table.number}>
                  {c.mxuDimension === null ? (
                    <Missing text="not published" />
                  ) : (
                    `${c.mxuDimension} × ${c.mxuDimension}`
                  )}
                </td>
                <td className={table.number}>
                  {c.sparseCoresPerChip === null ? (
                    <Missing text="not published" />
                  ) : (
                    c.sparseCoresPerChip
                  )}
                </td>
                <td>
                  {c.torus}, {c.largestSlice}
                </td>
                <td className={table.number}>
                  {bf16 === null ? <Missing text="not published" /> : formatNumber(bf16, 0)}
                </td>
                <td className={table.number}>
                  {low === null ? <Missing text="not published" /> : formatNumber(low, 0)}
                </td>
                <td className={table.number}>
                  {c.mxuDimension === null ? (
                    <Missing text="not published" />
                  ) : (
                    formatPercent(mxuFill(probeDimension, c.mxuDimension))
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      <details className={table.notes}>
        <summary>Notes and sources for these {rows.length} generations</summary>
        <ul>
          {rows.map(({ c }) => (
            <li key={c.deviceId}>
              <strong>{c.generation}.</strong> {c.notes}{' '}
              {c.sources.map((s, i) => (
                <span key={s.id}>
                  {i > 0 ? '; ' : ''}
                  <a href={s.url}>{s.title}</a> (read {s.accessed})
                </span>
              ))}
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
