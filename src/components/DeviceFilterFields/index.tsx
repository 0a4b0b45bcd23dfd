// The text, kind and vendor filter controls used by the device picker and the catalogue table.
import { useMemo, type ReactNode } from 'react';
import type { Device } from '../../data/types';
import { KIND_LABELS, kindsOf, vendorsOf, type DeviceFilter } from '../../lib/catalogue';

export type Props = {
  /** Prefix for the controls' ids (must be unique on the page). */
  idPrefix: string;
  /** Label of the free-text box. */
  textLabel: string;
  filter: DeviceFilter;
  onChange: (filter: DeviceFilter) => void;
  /** The devices being filtered: the kind and vendor menus list what occurs among them. */
  devices: readonly Device[];
  /** Class for each label-and-control wrapper, so each form keeps its own layout. */
  fieldClassName?: string;
};

export default function DeviceFilterFields({
  idPrefix,
  textLabel,
  filter,
  onChange,
  devices,
  fieldClassName,
}: Props): ReactNode {
  const kinds = useMemo(() => kindsOf(devices), [devices]);
  const vendors = useMemo(() => vendorsOf(devices), [devices]);
  return (
    <>
      <div className={fieldClassName}>
        <label htmlFor={`${idPrefix}-text`}>{textLabel}</label>
        <input
          id={`${idPrefix}-text`}
          type="search"
          autoComplete="off"
          value={filter.text}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
      </div>
      {kinds.length > 1 ? (
        <div className={fieldClassName}>
          <label htmlFor={`${idPrefix}-kind`}>Kind</label>
          <select
            id={`${idPrefix}-kind`}
            value={filter.kind}
            onChange={(e) => onChange({ ...filter, kind: e.target.value })}
          >
            <option value="">All kinds</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className={fieldClassName}>
        <label htmlFor={`${idPrefix}-vendor`}>Vendor</label>
        <select
          id={`${idPrefix}-vendor`}
          value={filter.vendor}
          onChange={(e) => onChange({ ...filter, vendor: e.target.value })}
        >
          <option value="">All vendors</option>
          {vendors.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
