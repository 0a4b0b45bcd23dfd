// Table of model loading times: weight size (from the model presets) ÷ the bandwidth of each storage tier.
import { useId } from 'react';
import type { ReactNode } from 'react';
import { modelPresets } from '@site/src/data/models';
import type { ModelPreset } from '@site/src/data/models';
import { weightFormat, type WeightPrecision } from '@site/src/data/precisions';
import { STORAGE_TIERS, type StorageTier } from '@site/src/data/storage-tiers';
import { formatGB, formatGBs, formatLoadSeconds } from '@site/src/lib/format';
import { modelWeightGB, transferSeconds } from '@site/src/lib/model';
import ScrollRegion from '../ScrollRegion';
import styles from './styles.module.css';

export type Props = {
  /** Model preset ids, in row order. Unknown ids are skipped. */
  modelIds?: readonly string[];
  /** Weight format; bits per weight come from the precision table (scales included). */
  precision?: WeightPrecision;
  /** Storage tier ids, in column order. Default: every tier. */
  tierIds?: readonly string[];
  caption?: string;
};

const DEFAULT_MODELS = [
  'llama-3.1-8b',
  'qwen3-32b',
  'llama-3.1-70b',
  'llama-3.1-405b',
  'deepseek-v3',
];

function pick<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  return ids.flatMap((id) => items.filter((item) => item.id === id));
}

export default function ColdStartTable({
  modelIds = DEFAULT_MODELS,
  precision = 'bf16',
  tierIds,
  caption,
}: Props): ReactNode {
  const noteId = useId();
  const models: ModelPreset[] = pick(modelPresets, modelIds);
  const tiers: StorageTier[] = tierIds ? pick(STORAGE_TIERS, tierIds) : [...STORAGE_TIERS];
  const label = weightFormat(precision).label;
  const title =
    caption ??
    `Time to read ${label} weights once, by model and storage tier (weights ÷ bandwidth)`;

  return (
    <div className={styles.wrapper} data-component="cold-start-table">
      <ScrollRegion label={title}>
        <table className={styles.table} aria-describedby={noteId}>
          <caption className={styles.caption}>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">{label} weights</th>
              {tiers.map((tier) => (
                <th scope="col" key={tier.id}>
                  {tier.name}
                  <span className={styles.rate}>{formatGBs(tier.GBs)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {models.map((model) => {
              const gigabytes = modelWeightGB(model, precision);
              return (
                <tr key={model.id}>
                  <th scope="row">
                    <a href={model.source.url}>{model.name}</a>
                  </th>
                  <td>{formatGB(gigabytes)}</td>
                  {tiers.map((tier) => (
                    <td key={tier.id} data-tier={tier.id}>
                      {formatLoadSeconds(transferSeconds(gigabytes, tier.GBs))}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p id={noteId} className={styles.note}>
        Each cell is the weight size divided by the tier&apos;s bandwidth: parameters ×{' '}
        {weightFormat(precision).bitsPerWeight} bits ÷ 8 gives bytes (GB = 10^9 bytes), and bytes ÷
        GB/s gives seconds. These are lower bounds for reading the weights once; they leave out
        container pull, engine start-up, CUDA graph capture and compilation.
      </p>
      <details className={styles.sources}>
        <summary>Where the bandwidths come from</summary>
        <ul>
          {tiers.map((tier) => (
            <li key={tier.id}>
              <strong>{tier.name}</strong>: {tier.note}{' '}
              <a href={tier.source.url}>{tier.source.title}</a> (read {tier.source.accessed}).
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
