// A table of sourced, dated prices from src/data/prices.ts: the per-device division, read dates and caveats.
import React from 'react';
import { prices as allPrices, type PriceKind, type PricePoint } from '@site/src/data/prices';
import { formatNumber, formatUsd } from '@site/src/lib/format';
import { monthsApart } from '@site/src/lib/cost';
import { monthYear } from '../Price';
import ScrollTable, { NumberHeading } from '../ScrollTable';
import table from '../../css/table.module.css';
import styles from './styles.module.css';

export type Props = {
  /** What the table shows, read out as its caption. */
  caption: string;
  /** Show exactly these prices, in this order (unknown ids are skipped). */
  ids?: readonly string[];
  /** Show only these pricing kinds. */
  kinds?: readonly PriceKind[];
  /** Show only prices for these catalogue device ids. */
  deviceIds?: readonly string[];
  /** Price list to read from; defaults to src/data/prices.ts (tests pass fixtures). */
  priceList?: readonly PricePoint[];
};

const KIND_LABEL: Record<PriceKind, string> = {
  'on-demand': 'On-demand',
  list: 'List price only (not sold on demand)',
  spot: 'Spot',
  'reserved-1y': '1-year commitment',
  'reserved-3y': '3-year commitment',
  purchase: 'Purchase',
};

/** Months between the earliest and latest read dates of the rows (0 for one date or none). */
export function dateSpanMonths(rows: readonly PricePoint[]): number {
  if (rows.length < 2) return 0;
  const dates = rows.map((p) => p.observed).sort();
  return monthsApart(dates[0] as string, dates[dates.length - 1] as string);
}

/** Tables whose prices were read further apart than this say so under the table. */
export const LIKE_FOR_LIKE_MONTHS = 3;

/** Picks the rows to show: by ids (in that order) or by filters (in list order). */
export function selectPrices(
  list: readonly PricePoint[],
  ids?: readonly string[],
  kinds?: readonly PriceKind[],
  deviceIds?: readonly string[],
): PricePoint[] {
  const base = ids
    ? ids.map((id) => list.find((p) => p.id === id)).filter((p): p is PricePoint => p !== undefined)
    : [...list];
  return base.filter(
    (p) => (!kinds || kinds.includes(p.kind)) && (!deviceIds || deviceIds.includes(p.deviceId)),
  );
}

export default function PriceTable({
  caption,
  ids,
  kinds,
  deviceIds,
  priceList = allPrices,
}: Props): React.ReactElement {
  const rows = selectPrices(priceList, ids, kinds, deviceIds);
  const span = dateSpanMonths(rows);
  const dates = rows.map((p) => p.observed).sort();
  const anyThirdParty = rows.some((p) => p.sourceKind === 'third-party');
  return (
    <figure className={table.figure}>
      <ScrollTable label={caption} caption={caption}>
        <thead>
          <tr>
            <th scope="col">Offer</th>
            <th scope="col">Pricing</th>
            <NumberHeading>Offer price</NumberHeading>
            <NumberHeading>Devices</NumberHeading>
            <NumberHeading>Per device</NumberHeading>
            <th scope="col">Read</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => {
            const rent = p.kind !== 'purchase';
            const per = rent ? p.usdPerDeviceHour : p.usdPerDevice;
            return (
              <tr key={p.id}>
                <th scope="row" className={styles.offer}>
                  <a
                    href={p.source.url}
                    title={`${p.source.title} (accessed ${p.source.accessed})`}
                  >
                    {p.offer}
                  </a>
                  {p.sourceKind === 'third-party' ? (
                    <span className={styles.via}> (via a third party)</span>
                  ) : null}
                  {p.caveat ? <span className={styles.caveat}>{p.caveat}</span> : null}
                </th>
                <td>{KIND_LABEL[p.kind]}</td>
                <td className={table.number}>
                  {formatUsd(p.offerUsd)}
                  <span className={styles.unit}>{rent ? ' /h' : ''}</span>
                </td>
                <td className={table.number}>÷ {formatNumber(p.devicesInOffer, 0)}</td>
                <td className={table.number}>
                  {formatUsd(per)}
                  <span className={styles.unit}>{rent ? ' /device-h' : ' /device'}</span>
                </td>
                <td>
                  <time dateTime={p.observed}>{monthYear(p.observed)}</time>
                  <span className={styles.iso}> ({p.observed})</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      <figcaption className={styles.note}>
        Each offer links to the page its price was read from; per-device figures are the offer price
        divided by the devices in it. Cloud prices change often and vary by region, so treat these
        as dated examples, not quotes.
        {anyThirdParty
          ? ' Prices marked “via a third party” were read in a dated copy of the vendor’s price list, not on the vendor’s page.'
          : null}
        {span > LIKE_FOR_LIKE_MONTHS ? (
          <strong className={styles.span}>
            {' '}
            These prices were read between {monthYear(dates[0] as string)} and{' '}
            {monthYear(dates[dates.length - 1] as string)}: compare rows of similar dates.
          </strong>
        ) : null}
      </figcaption>
    </figure>
  );
}
