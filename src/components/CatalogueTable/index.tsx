// The whole hardware catalogue as a sortable, filterable table with every source linked.
import { useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import ErrorBoundary from '../ErrorBoundary';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { devices as catalogueDevices } from '../../data/hardware';
import type { Device } from '../../data/types';
import { catalogueCsv } from '../../lib/catalogue/csv';
import { formatNumber } from '../../lib/format';
import { downloadCsv } from '../CsvDownload';
import { citationFor } from '../../lib/catalogue';
import {
  filterDevices,
  filterFromQuery,
  filtersNothing,
  type DeviceFilter,
} from '../../lib/catalogue';
import DeviceFilterFields from '../DeviceFilterFields';
import { COLUMNS, nextSort, sortCatalogue, type Column, type SortState } from './columns';
import ScrollTable, { Missing } from '../ScrollTable';
import StaticHtml from '../StaticHtml';
import { useCatalogueDetailsUrl, withNotes } from '../useCatalogueDetails';
import table from '../../css/table.module.css';
import styles from './styles.module.css';

export type Props = {
  /** Devices to list; defaults to the catalogue (tests pass their own). */
  devices?: readonly Device[];
  caption?: string;
};

function SourceMark({ device, column }: { device: Device; column: Column }): ReactNode {
  const citation = column.cite ? citationFor(device, column.cite) : null;
  if (!citation) return null;
  return (
    <sup className={styles.mark}>
      <a
        href={citation.source.url}
        aria-label={`Source ${citation.number}: ${citation.source.title}`}
      >
        {citation.number}
      </a>
    </sup>
  );
}

function Cell({ device, column }: { device: Device; column: Column }): ReactNode {
  const value = column.value(device);
  if (column.key === 'name') {
    return (
      <th scope="row" className={styles.device}>
        {device.name}
        <span className={styles.meta}>
          {device.id} · {device.memoryType} · sold as {device.memoryLabel}
        </span>
      </th>
    );
  }
  if (value === null) {
    return (
      <td className={table.number}>
        <Missing />
      </td>
    );
  }
  if (!column.numeric) return <td>{value}</td>;
  return (
    <td className={table.number}>
      {column.key === 'scaleUp' && device.scaleUp ? (
        <span className={styles.meta}>{device.scaleUp.name}</span>
      ) : null}
      {column.key === 'released'
        ? String(value)
        : formatNumber(typeof value === 'number' ? value : null)}
      <SourceMark device={device} column={column} />
      {column.cite && device.preliminary.includes(column.cite) ? (
        <span className={styles.meta}>preliminary</span>
      ) : null}
      {column.cite && column.cite in device.derived ? (
        <span className={styles.meta}>derived</span>
      ) : null}
    </td>
  );
}

function CatalogueTableInner({
  devices = catalogueDevices,
  caption = 'Every device in the catalogue',
}: Props): ReactNode {
  const id = `ct${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [sort, setSort] = useState<SortState>(null);
  // A link may ask for a filter (?kind=gpu), read through the router. The server and the
  // hydrating render see no query (useIsBrowser is false until hydration ends), so the served rows
  // match; the filter applies in the render right after.
  const { search: query } = useLocation();
  const search = useIsBrowser() ? query : '';
  const linked = useMemo(() => filterFromQuery(search, devices), [search, devices]);
  const [chosen, setFilter] = useState<DeviceFilter | null>(null);
  const filter = chosen ?? linked;

  const pristine = sort === null && filtersNothing(filter);
  const detailsUrl = useCatalogueDetailsUrl();
  const rows = useMemo(
    () => sortCatalogue(filterDevices(devices, filter), sort),
    [devices, filter, sort],
  );

  const body = rows.map((device) => (
    <tr key={device.id} data-catalogue-device={device.id}>
      {COLUMNS.map((c) => (
        <Cell key={c.key} device={device} column={c} />
      ))}
      <td className={styles.sources}>
        {/* Folded: each figure's superscript already opens its source, and the open lists were
            a quarter of the table's elements, all laid out on load (issue 14). */}
        <details>
          <summary>
            {device.sources.length} source{device.sources.length === 1 ? '' : 's'}
            <span className="visually-hidden"> for {device.name}</span>
          </summary>
          <ol>
            {device.sources.map((s) => (
              <li key={s.id}>
                <a href={s.url}>{s.title}</a> <span className={styles.meta}>read {s.accessed}</span>
              </li>
            ))}
          </ol>
        </details>
      </td>
    </tr>
  ));

  return (
    <div className={styles.catalogue} data-component="catalogue-table">
      <div className={styles.filters}>
        <DeviceFilterFields
          idPrefix={id}
          textLabel="Filter by text"
          filter={filter}
          onChange={setFilter}
          devices={devices}
          fieldClassName={styles.field}
        />
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() =>
            withNotes(detailsUrl, rows, (full) =>
              downloadCsv('llm-hardware-catalogue.csv', catalogueCsv(full)),
            )
          }
        >
          Download these {rows.length} as CSV
        </button>
      </div>
      <p className={styles.count} aria-live="polite">
        Showing {rows.length} of {devices.length} devices
        {sort
          ? `, sorted by ${COLUMNS.find((c) => c.key === sort.column)?.label ?? ''} (${sort.direction})`
          : ''}
        .
      </p>
      <ScrollTable label={caption}>
        <caption id={`${id}-caption`}>
          {caption}. Dense peaks per chip or socket; GB = 10<sup>9</sup> bytes; — means the device
          lacks the feature or no source gives the figure. Superscripts link each figure&apos;s
          source; the last column lists all sources.
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort?.column === c.key ? sort.direction : undefined}
                className={c.numeric ? table.numberHead : undefined}
              >
                <button
                  type="button"
                  className={styles.sortButton}
                  onClick={() => setSort(nextSort(sort, c.key))}
                >
                  {c.label}
                  {c.unit ? <span className={styles.unit}> ({c.unit})</span> : null}
                  <span className={styles.sortIcon} aria-hidden="true">
                    {sort?.column === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">Sources</th>
          </tr>
        </thead>
        {/* The rows are adopted from the server's HTML until the reader sorts or filters (or a
            link asks for a filter); then React renders a body of its own. */}
        {pristine ? (
          <StaticHtml as="tbody" key="as-served">
            {body}
          </StaticHtml>
        ) : (
          <tbody key="changed">{body}</tbody>
        )}
      </ScrollTable>
      {rows.length === 0 ? <p>No device matches these filters.</p> : null}
    </div>
  );
}

/** The catalogue table, inside an error boundary so a failure leaves the rest of the page readable. */
export default function CatalogueTable(props: Props): ReactNode {
  return (
    <ErrorBoundary name="The catalogue table">
      <CatalogueTableInner {...props} />
    </ErrorBoundary>
  );
}
