// Replaces the theme's code block with a plain one: no syntax highlighting, no copy button.
// The handbook has one short code sample (PromQL, which Prism has no grammar for anyway), while the
// theme's block brings prism-react-renderer into every page's main bundle. Measured on a 4x slower
// phone (issue 14), evaluating Prism's grammars took about 35 ms of each page load, and the theme
// re-mounts every block after hydration. The sample stays readable, scrollable and selectable.
import type { ReactNode } from 'react';
import clsx from 'clsx';
import type { Props } from '@theme/CodeBlock';
import ScrollRegion from '@site/src/components/ScrollRegion';
import styles from './styles.module.css';

export default function CodeBlock({ children, className, title, language }: Props): ReactNode {
  const lang = language ?? /language-([\w-]+)/.exec(className ?? '')?.[1];
  return (
    <div className={clsx(styles.block, 'theme-code-block')}>
      {title ? <div className={styles.title}>{title}</div> : null}
      <ScrollRegion
        label={typeof title === 'string' ? title : `Code sample${lang ? ` (${lang})` : ''}`}
      >
        <pre className={styles.pre}>
          <code className={lang ? `language-${lang}` : undefined}>{children}</code>
        </pre>
      </ScrollRegion>
    </div>
  );
}
