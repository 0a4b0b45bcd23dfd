// The code block: code arrives highlighted from the build (src/plugins/code-highlight), so this adds only the frame, the title and a copy button.
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import clsx from 'clsx';
import type { Props } from '@theme/CodeBlock';
import ScrollRegion from '@site/src/components/ScrollRegion';
import styles from './styles.module.css';

export default function CodeBlock({ children, className, title, language }: Props): ReactNode {
  const lang = language ?? /language-([\w-]+)/.exec(className ?? '')?.[1];
  const pre = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = () => {
    // The text as shown: the build removed magic comments and kept every line break.
    const text = pre.current?.textContent ?? '';
    // Without a secure context there is no clipboard: the promise rejects instead of throwing.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(() => setCopied('done'))
      .catch(() => setCopied('failed'))
      .finally(() => window.setTimeout(() => setCopied('idle'), 2000));
  };
  const name = typeof title === 'string' ? title : `Code sample${lang ? ` (${lang})` : ''}`;
  return (
    <div className={clsx(styles.block, 'theme-code-block')}>
      <div className={styles.bar}>
        {title ? <div className={styles.title}>{title}</div> : null}
        <button type="button" className={styles.copy} onClick={copy}>
          {copied === 'done' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy'}
        </button>
        <span role="status" className={styles.visuallyHidden}>
          {copied === 'done' ? 'Code copied.' : copied === 'failed' ? 'Could not copy.' : ''}
        </span>
      </div>
      <ScrollRegion label={name}>
        <pre ref={pre} className={styles.pre}>
          <code className={lang ? `language-${lang}` : undefined}>{children}</code>
        </pre>
      </ScrollRegion>
    </div>
  );
}
