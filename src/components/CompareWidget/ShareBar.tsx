// Copy a link to this comparison and download it (or the catalogue) as CSV.
import Link from '@docusaurus/Link';
import { useState, type ReactNode } from 'react';
import styles from './styles.module.css';

export type Props = {
  idPrefix: string;
  /** Builds the absolute link when asked (reads the router's history, so only in handlers). */
  makeLink: () => string;
  onDownloadComparison: () => void;
  onDownloadCatalogue: () => void;
  /** Link to the full comparison page, for embedded copies. */
  fullHref?: string;
};

export default function ShareBar({
  idPrefix,
  makeLink,
  onDownloadComparison,
  onDownloadCatalogue,
  fullHref,
}: Props): ReactNode {
  const [message, setMessage] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);

  const copy = async (): Promise<void> => {
    const link = makeLink();
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setFallback(null);
      setMessage('Link copied.');
    } catch {
      // Clipboard blocked (permissions, insecure context): show the link to copy by hand.
      setFallback(link);
      setMessage('Copy the link below.');
    }
  };

  return (
    <div className={styles.share}>
      <div className={styles.shareButtons}>
        <button
          type="button"
          className="button button--sm button--primary"
          onClick={() => void copy()}
        >
          Copy link
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={onDownloadComparison}
        >
          Download comparison (CSV)
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={onDownloadCatalogue}
        >
          Download catalogue (CSV)
        </button>
        {fullHref ? (
          <Link className={styles.fullLink} to={fullHref}>
            Open in the full comparison
          </Link>
        ) : null}
        <span role="status" className={styles.shareStatus}>
          {message}
        </span>
      </div>
      {fallback !== null ? (
        <div className={styles.field}>
          <label htmlFor={`${idPrefix}-link`}>Link to this comparison</label>
          <input
            id={`${idPrefix}-link`}
            type="text"
            readOnly
            value={fallback}
            onFocus={(e) => e.target.select()}
          />
        </div>
      ) : null}
    </div>
  );
}
