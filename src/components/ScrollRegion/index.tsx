// A labelled region that scrolls sideways when a wide table or chart does not fit the column.
import type { ReactNode } from 'react';
import styles from './styles.module.css';

export type Props = {
  /** Accessible name of the region (usually the table's caption). */
  label: string;
  children: ReactNode;
  className?: string;
};

/** Focusable so keyboard users can scroll it; positioned so hidden text inside cannot widen the page. */
export default function ScrollRegion({ label, children, className }: Props): ReactNode {
  return (
    <div
      className={className ? `${styles.region} ${className}` : styles.region}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
