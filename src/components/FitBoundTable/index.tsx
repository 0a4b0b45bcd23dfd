// Memory fit and decode bandwidth bound for one model on a few device groups, for each KV-cache format.
import type { ReactNode } from 'react';
import { findDevice } from '../../data/hardware';
import { findModel } from '../../data/models';
import { weightFormat, type KvPrecision, type WeightPrecision } from '../../data/precisions';
import { formatNumber } from '../../lib/format';
import { fitAndBound } from '../../lib/model';
import { Missing, TableFigure } from '../ScrollTable';
import table from '../../css/table.module.css';

export type Props = {
  caption: string;
  modelId: string;
  weights: WeightPrecision;
  kv: readonly KvPrecision[];
  contextTokens: number;
  /** Device groups: a catalogue id and how many of them share the model (tensor parallel). */
  groups: readonly { deviceId: string; n: number }[];
  reserveShare?: number;
};

const KV_LABEL: Readonly<Record<KvPrecision, string>> = { bf16: 'BF16', fp8: 'FP8', int8: 'INT8' };

export default function FitBoundTable({
  caption,
  modelId,
  weights,
  kv,
  contextTokens,
  groups,
  reserveShare = 0.1,
}: Props): ReactNode {
  const model = findModel(modelId);
  const unknown = groups.filter((g) => !findDevice(g.deviceId)).map((g) => g.deviceId);
  if (!model || unknown.length > 0 || !(contextTokens > 0)) {
    return (
      <p role="alert">
        This table cannot be drawn: {model ? '' : `unknown model "${modelId}". `}
        {unknown.length ? `Unknown devices: ${unknown.join(', ')}. ` : ''}
        {contextTokens > 0 ? '' : 'The context length must be positive.'}
      </p>
    );
  }
  return (
    <TableFigure label={caption}>
      <caption>
        {caption}. {model.name}, weights in {weightFormat(weights).label},{' '}
        {formatNumber(contextTokens)}
        -token sequences, {formatNumber(reserveShare * 100)}% of memory held back. Speeds are upper
        bounds: bandwidth divided by the bytes each decode step must read.
      </caption>
      <thead>
        <tr>
          <th scope="col">Devices</th>
          <th scope="col">KV cache</th>
          <th scope="col">Weights (GB)</th>
          <th scope="col">KV per sequence (GB)</th>
          <th scope="col">Sequences that fit</th>
          <th scope="col">One sequence (tokens/s)</th>
          <th scope="col">All fitting sequences (tokens/s)</th>
        </tr>
      </thead>
      <tbody>
        {groups.flatMap((g) => {
          const device = findDevice(g.deviceId);
          if (!device) return [];
          return kv.map((k) => {
            const r = fitAndBound({
              device,
              n: g.n,
              model,
              weights,
              kv: k,
              contextTokens,
              reserveShare,
            });
            return (
              <tr
                key={`${g.deviceId}-${g.n}-${k}`}
                data-device={g.deviceId}
                data-n={g.n}
                data-kv={k}
              >
                <th scope="row" className={table.device}>
                  {g.n} × {device.name}
                  <span className={table.meta}>
                    {formatNumber(g.n * device.memoryGB)} GB,{' '}
                    {formatNumber(g.n * device.memoryBandwidthGBs)} GB/s
                  </span>
                </th>
                <td>{KV_LABEL[k]}</td>
                <td className={table.number}>{formatNumber(r.weightsGB, 1)}</td>
                <td className={table.number}>{formatNumber(r.kvGBPerSequence, 2)}</td>
                <td className={table.number}>{formatNumber(r.sequences)}</td>
                <td className={table.number}>
                  {r.singleSequenceTokensPerSecond === null ? (
                    <Missing text="does not fit" />
                  ) : (
                    formatNumber(r.singleSequenceTokensPerSecond, 0)
                  )}
                </td>
                <td className={table.number}>
                  {r.fullBatchTokensPerSecond === null ? (
                    <Missing text="does not fit" />
                  ) : (
                    formatNumber(r.fullBatchTokensPerSecond, 0)
                  )}
                </td>
              </tr>
            );
          });
        })}
      </tbody>
    </TableFigure>
  );
}
