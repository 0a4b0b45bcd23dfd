// The catalogue's dated change list (what moved since the previous release), read from the data module.
import type { ReactNode } from 'react';
import type { CatalogueChange } from '../../data/types';
import { formatNumber } from '../../lib/format';
import ScrollTable from '../ScrollTable';
import StaticHtml from '../StaticHtml';
import { useCatalogueDetails } from '../useCatalogueDetails';
import table from '../../css/table.module.css';
import styles from './styles.module.css';

export type Props = {
  /** Changes to list; defaults to the catalogue's (tests pass their own). */
  changes?: readonly CatalogueChange[];
};

function show(value: CatalogueChange['from']): string {
  if (value === null) return '—';
  return typeof value === 'number' ? formatNumber(value) : value;
}

/**
 * Added devices first as one line, then one row per moved figure, inside a native <details>. The
 * browser's catalogue chunk leaves the list out: after a client-side navigation it is fetched.
 */
export default function CatalogueChanges({ changes: given }: Props): ReactNode {
  const details = useCatalogueDetails(given === undefined);
  const changes = given ?? details.details?.changes;
  if (changes === undefined) {
    return (
      <StaticHtml as="div" className={styles.changes}>
        <p role="status">
          {details.status === 'failed'
            ? 'The change list could not be loaded; it is in /hardware.json under changes.'
            : 'Loading the change list…'}
        </p>
      </StaticHtml>
    );
  }
  const added = changes.filter((c) => c.field === 'added');
  const moved = changes.filter((c) => c.field !== 'added');
  const dates = [...new Set(changes.map((c) => c.date))].join(', ');
  return (
    <StaticHtml as="div" className={styles.changes}>
      <p>
        Release of {dates}: {added.length} devices added ({added.map((c) => c.id).join(', ')}) and{' '}
        {moved.length} figures changed. The same list is in <code>/hardware.json</code> under{' '}
        <code>changes</code>.
      </p>
      <details>
        <summary>Every changed figure, with its old and new value</summary>
        <figure className={table.figure}>
          <ScrollTable label="Changed figures in this release">
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">Field</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {moved.map((c) => (
                <tr key={`${c.id}-${c.field}`}>
                  <th scope="row">{c.id}</th>
                  <td>{c.field}</td>
                  <td className={table.number}>{show(c.from)}</td>
                  <td className={table.number}>{show(c.to)}</td>
                  <td className={styles.reason}>{c.reason}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </figure>
      </details>
    </StaticHtml>
  );
}
