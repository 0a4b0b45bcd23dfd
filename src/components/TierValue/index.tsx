// Inline storage-tier bandwidth (host RAM over PCIe, NVMe, network) so prose quotes it from its one home.
import type { ReactElement } from 'react';
import { findStorageTier, type StorageTier } from '@site/src/data/storage-tiers';
import { formatGBs } from '@site/src/lib/format';

export type Props = {
  /** Storage tier id from src/data/storage-tiers.ts (checked at build time). */
  id: string;
  /** Tier list to look in; defaults to the data module (tests pass fixtures). */
  tiers?: readonly StorageTier[];
};

export default function TierValue({ id, tiers }: Props): ReactElement {
  const tier = tiers ? tiers.find((t) => t.id === id) : findStorageTier(id);
  if (!tier) return <span>[no storage tier “{id}”]</span>;
  const { source } = tier;
  return (
    <a href={source.url} title={`${tier.name}: ${source.title} (read ${source.accessed})`}>
      {formatGBs(tier.GBs)}
    </a>
  );
}
