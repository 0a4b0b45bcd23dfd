// Inline price from src/data/prices.ts with the month it was read, so prose never quotes an undated price.
import React from 'react';
import { prices as allPrices, type PricePoint } from '@site/src/data/prices';
import { formatUsd } from '@site/src/lib/format';
import styles from './styles.module.css';

export type Props = {
  /** Id of an entry in src/data/prices.ts. */
  id: string;
  /** 'offer' = the whole offer's price; 'perDevice' = offer ÷ devices. Default 'offer'. */
  show?: 'offer' | 'perDevice';
  /** Multiply the shown value (e.g. 730 hours in a month). Default 1. */
  times?: number;
  /** Print the month the price was read after it. Default true; turn off only when the sentence dates it. */
  showDate?: boolean;
  /** Price list to read from; defaults to src/data/prices.ts (tests pass fixtures). */
  priceList?: readonly PricePoint[];
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'Nov 2026' from '2026-11-09', without time zones; the ISO text itself if it does not parse. */
export function monthYear(iso: string): string {
  const [year, month] = iso.split('-').map(Number);
  const name = month !== undefined ? MONTHS[month - 1] : undefined;
  return year && name ? `${name} ${year}` : iso;
}

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
  if (base === null || !Number.isFinite(times)) return null;
  return base * times;
}

export default function Price({
  id,
  show = 'offer',
  times = 1,
  showDate = true,
  priceList = allPrices,
}: Props): React.ReactElement {
  const p = priceList.find((x) => x.id === id);
  const value = priceValue(priceList, id, show, times);
  if (!p || value === null) return <span>[unknown price “{id}”]</span>;
  const via = p.sourceKind === 'third-party' ? ' (third-party copy of the price list)' : '';
  const caveat = p.caveat ? ` ${p.caveat}` : '';
  return (
    <span className={styles.price}>
      <a href={p.source.url} title={`${p.offer}; read ${p.observed}${via}.${caveat}`}>
        {formatUsd(value)}
      </a>
      {showDate ? (
        <span className={styles.date}>
          {' '}
          (<time dateTime={p.observed}>{monthYear(p.observed)}</time>)
        </span>
      ) : null}
    </span>
  );
}
