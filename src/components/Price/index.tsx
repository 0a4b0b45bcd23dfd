// Inline price from src/data/prices.ts, so prose quotes a price without typing it a second time.
import React from 'react';
import { prices as allPrices, type PricePoint } from '@site/src/data/prices';
import { formatUsd } from '@site/src/lib/format';

export type Props = {
  /** Id of an entry in src/data/prices.ts. */
  id: string;
  /** 'offer' = the whole offer's price; 'perDevice' = offer ÷ devices. Default 'offer'. */
  show?: 'offer' | 'perDevice';
  /** Multiply the shown value (e.g. 730 hours in a month). Default 1. */
  times?: number;
  /** Price list to read from; defaults to src/data/prices.ts (tests pass fixtures). */
  priceList?: readonly PricePoint[];
};

/** The number a <Price> shows, or null when the id is unknown. */
export function priceValue(
  list: readonly PricePoint[],
  id: string,
  show: 'offer' | 'perDevice' = 'offer',
  times = 1,
): number | null {
  const p = list.find((x) => x.id === id);
  if (!p) return null;
  const base = show === 'offer' ? p.offerUsd : (p.usdPerDeviceHour ?? p.usdPerDevice);
  return base === null ? null : base * times;
}

export default function Price({
  id,
  show = 'offer',
  times = 1,
  priceList = allPrices,
}: Props): React.ReactElement {
  const p = priceList.find((x) => x.id === id);
  const value = priceValue(priceList, id, show, times);
  if (!p || value === null) return <span>[unknown price “{id}”]</span>;
  return (
    <a href={p.source.url} title={`${p.offer}; read ${p.observed}`}>
      {formatUsd(value)}
    </a>
  );
}
