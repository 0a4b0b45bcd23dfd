// A data table in a labelled region that scrolls sideways when the table is wider than the column.
import type { ReactNode } from 'react';
import ScrollRegion from '../ScrollRegion';
import table from '../../css/table.module.css';

export type Props = {
  /** Accessible name of the scrolling region (usually the table's caption). */
  label: string;
  /** The table's caption, head and body. */
  children: ReactNode;
};

/** The table inside a scroll region; use it where the surrounding figure is the caller's own. */
export default function ScrollTable({ label, children }: Props): ReactNode {
  return (
    <ScrollRegion label={label}>
      <table>{children}</table>
    </ScrollRegion>
  );
}

/** A table standing as a figure of its own, in the frame every data table on the site shares. */
export function TableFigure({ label, children }: Props): ReactNode {
  return (
    <figure className={table.figure}>
      <ScrollTable label={label}>{children}</ScrollTable>
    </figure>
  );
}
