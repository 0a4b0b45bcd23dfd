// Which quantized models fit in a device's memory: weights + KV cache + OS headroom, computed from presets.
import React from 'react';
import { modelPresets, type ModelPreset } from '@site/src/data/models';
import {
  KV_BYTES_PER_ELEMENT,
  weightFormat,
  type KvPrecision,
  type WeightPrecision,
} from '@site/src/data/precisions';
import { computeFits } from '@site/src/lib/model';
import { formatGB, formatNumber } from '@site/src/lib/format';
import ScrollTable, { NumberHeading } from '../ScrollTable';
import table from '../../css/table.module.css';
import styles from './styles.module.css';

export type Props = {
  /** What the table shows, read out as its caption. */
  caption: string;
  /** Model preset ids (src/data/models.ts), in row order; unknown ids are skipped. */
  modelIds: readonly string[];
  /** Device memory sizes to test, GB. */
  memoriesGB: readonly number[];
  /** GB held back for the operating system and other apps, one entry per memory size. */
  reserveGB: readonly number[];
  /** Context length held in the KV cache, tokens. Default 4,096. */
  contextTokens?: number;
  /** Weight format. Default GGUF Q4_0 (4.5 bits per weight: one FP16 scale per 32 weights). */
  weightPrecision?: WeightPrecision;
  /** KV-cache element format. Default 'bf16'. */
  kvPrecision?: KvPrecision;
  /** Presets to look ids up in; defaults to src/data/models.ts (tests pass fixtures). */
  models?: readonly ModelPreset[];
};

export default function EdgeFit({
  caption,
  modelIds,
  memoriesGB,
  reserveGB,
  contextTokens = 4096,
  weightPrecision = 'q4_0',
  kvPrecision = 'bf16',
  models = modelPresets,
}: Props): React.ReactElement {
  const fits = computeFits(
    models,
    modelIds,
    memoriesGB,
    reserveGB,
    contextTokens,
    weightPrecision,
    kvPrecision,
  );
  const format = weightFormat(weightPrecision);
  const bits = format.bitsPerWeight;
  return (
    <figure className={table.figure}>
      <ScrollTable label={caption} caption={caption}>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <NumberHeading>Weights ({formatNumber(bits, 2)} bits)</NumberHeading>
            <NumberHeading>KV cache ({formatNumber(contextTokens, 0)} tokens)</NumberHeading>
            <NumberHeading>Total</NumberHeading>
            {memoriesGB.map((mem, i) => (
              <th scope="col" key={mem} className={table.number}>
                {formatNumber(mem, 0)} GB device
                <span className={styles.meta}>
                  {formatNumber(reserveGB[i] ?? 0, 0)} GB held back
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {fits.map((f) => (
            <tr key={f.model.id}>
              <th scope="row">
                <a href={f.model.source.url}>{f.model.name}</a>
                <span className={styles.meta}>
                  {formatNumber(f.model.totalParamsB, 2)}B parameters
                </span>
              </th>
              <td className={table.number}>{formatGB(f.weightsGB)}</td>
              <td className={table.number}>{formatGB(f.kvGB)}</td>
              <td className={table.number}>{formatGB(f.totalGB)}</td>
              {f.spareGB.map((spare, i) => (
                <td key={memoriesGB[i]} className={table.number}>
                  {spare >= 0
                    ? `Fits, ${formatGB(spare)} spare`
                    : `No, short by ${formatGB(-spare)}`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <figcaption className={styles.note}>
        Weights = parameters × {formatNumber(bits, 2)} bits ÷ 8 ({format.label}: {format.derivation}
        ) KV cache = 2 × layers × KV heads × head size × {KV_BYTES_PER_ELEMENT[kvPrecision]} bytes
        per token × {formatNumber(contextTokens, 0)} tokens, for one conversation. GB = 10⁹ bytes.
        Runtime buffers and activations need a little more than this.
      </figcaption>
    </figure>
  );
}
