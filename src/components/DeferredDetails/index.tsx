// A <details> whose server-rendered body React does not hydrate until the reader first opens it:
// a closed table alternative costs a phone nothing at load. (Issue 14: 1,378 of the 2,990
// elements on /hardware/gpus/ sat in closed <details> bodies, and React hydrated all of them.)
import { useState } from 'react';
import type { ReactNode } from 'react';

export type Props = {
  /** The toggle's text. */
  summary: ReactNode;
  /** Renders the body: on the server, and in the browser once opened or after the first load. */
  children: () => ReactNode;
  className?: string;
};

/** True only while Docusaurus hydrates the server's HTML on the first page load. */
function isHydrating(): boolean {
  if (typeof document === 'undefined') return false;
  return (
    document.getElementById('__docusaurus') !== null &&
    document.documentElement.dataset.hasHydrated !== 'true'
  );
}

export default function DeferredDetails({ summary, children, className }: Props): ReactNode {
  const [deferred, setDeferred] = useState(isHydrating);
  return (
    <details
      className={className}
      onToggle={(event) => {
        if (event.currentTarget.open) setDeferred(false);
      }}
    >
      <summary>{summary}</summary>
      {deferred ? (
        // React adopts the server's HTML for this div as it is and walks none of it.
        <div suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />
      ) : (
        <div>{children()}</div>
      )}
    </details>
  );
}
