// A data table in a labelled region that scrolls sideways when the table is wider than the column.
import type { ReactNode } from 'react';
import ScrollRegion from '../ScrollRegion';
import table from '../../css/table.module.css';

export type Props = {
  /** Accessible name of the scrolling region (usually the table's caption). */
  label: string;
  /** The table's caption, when it is the label itself; otherwise give a caption in the children. */
  caption?: ReactNode;
  /** The table's head and body (and caption, when not given above). */
  children: ReactNode;
  /** A class for the table element itself. */
  className?: string;
};

/** The table inside a scroll region; use it where the surrounding figure is the caller's own. */
export default function ScrollTable({ label, caption, children, className }: Props): ReactNode {
  return (
    <ScrollRegion label={label}>
      <table className={className}>
        {caption === undefined ? null : <caption>{caption}</caption>}
        {children}
      </table>
    </ScrollRegion>
  );
}

/** A table standing as a figure of its own, in the frame every data table on the site shares. */
export function TableFigure({ label, caption, children }: Props): ReactNode {
  return (
    <figure className={table.figure}>
      <ScrollTable label={label} caption={caption}>
        {children}
      </ScrollTable>
    </figure>
  );
}

/** A column heading over right-aligned figures. */
export function NumberHeading({ children }: { children: ReactNode }): ReactNode {
  return (
    <th scope="col" className={table.number}>
      {children}
    </th>
  );
}

/** A dash for a figure that is not there, read out to screen readers as the reason. */
export function Missing({ text = 'not available' }: { text?: string }): ReactNode {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{text}</span>
    </>
  );
}
