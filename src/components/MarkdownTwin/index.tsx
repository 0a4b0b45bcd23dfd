// Announces a page's Markdown twin in the head, and offers it: a link to the .md and a "Copy page as Markdown" button.
import { useState } from 'react';
import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export type Props = {
  /** The page's permalink, base URL included, ending in '/'. */
  permalink: string;
};

/** The twin's address for a permalink: `index.md` beside the page's `index.html`. */
export function twinHref(permalink: string): string {
  return `${permalink.endsWith('/') ? permalink : `${permalink}/`}index.md`;
}

type Status = 'idle' | 'copied' | 'failed';

async function copyFrom(href: string): Promise<void> {
  const text = fetch(href).then((response) => {
    if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
    return response.text();
  });
  // Safari keeps the click's permission only for a write started in the click: hand it the
  // pending text. Elsewhere, write once the text is here.
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
    return;
  }
  await navigator.clipboard.writeText(await text);
}

export default function MarkdownTwin({ permalink }: Props): ReactNode {
  const href = twinHref(permalink);
  const [status, setStatus] = useState<Status>('idle');
  const copy = () => {
    Promise.resolve()
      .then(() => copyFrom(href))
      .then(
        () => setStatus('copied'),
        () => setStatus('failed'),
      );
  };
  return (
    <div className={styles.row} data-component="markdown-twin">
      <Head>
        <link rel="alternate" type="text/markdown" href={href} />
      </Head>
      <button type="button" className={styles.button} onClick={copy}>
        {status === 'copied' ? 'Copied as Markdown' : 'Copy page as Markdown'}
      </button>
      {/* A plain link ("pathname://": not a route): it works before hydration and without a clipboard. */}
      <Link to={`pathname://${href}`} className={styles.link} target="_self">
        View as Markdown
      </Link>
      <span role="status" className={styles.status}>
        {status === 'failed' ? 'Could not copy: open “View as Markdown” instead.' : ''}
      </span>
    </div>
  );
}
