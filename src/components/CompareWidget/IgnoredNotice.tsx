// Tells the reader which link parameters were ignored and why; values are shown as text, truncated.
import type { ReactNode } from 'react';
import type { IgnoredParam } from '../../lib/compare';
import styles from './styles.module.css';

export type Props = {
  ignored: readonly IgnoredParam[];
  onDismiss: () => void;
};

export default function IgnoredNotice({ ignored, onDismiss }: Props): ReactNode {
  return (
    <div
      className={`alert alert--warning ${styles.notice}`}
      role="status"
      data-testid="ignored-notice"
    >
      <p>
        Some settings in this link were ignored, and defaults used instead (parameter: value,
        reason):
      </p>
      <ul>
        {ignored.map((item, i) => (
          <li key={i}>
            <code>{item.param}</code>
            {item.value === '' ? null : (
              <>
                : <code>{item.value}</code>
              </>
            )}{' '}
            ({item.reason})
          </li>
        ))}
      </ul>
      <button type="button" className="button button--sm button--secondary" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
