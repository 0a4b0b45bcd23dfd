// Server-rendered HTML that React adopts as it is on the first page load instead of hydrating it.
// Hydration walks every element once and then commits the whole tree in one uninterruptible step;
// on /compare/ the catalogue's 47 rows were about half of that tree (issue 14). Content without
// state or event handlers (tables of figures, external source links) needs none of it.
import { useState, type ReactNode, type Ref } from 'react';

/** True only while Docusaurus hydrates the server's HTML on the first page load. */
export function isHydrating(): boolean {
  if (typeof document === 'undefined') return false;
  return (
    document.getElementById('__docusaurus') !== null &&
    document.documentElement.dataset.hasHydrated !== 'true'
  );
}

type Tag = 'div' | 'figure' | 'tbody';

/**
 * The element as the server wrote it: React keeps the existing children of an element whose inner
 * HTML it is told to set, and compares nothing in production; the empty string is never written.
 */
export function ServedHtml({
  as: Element = 'div',
  className,
  ref,
  island,
}: {
  as?: Tag;
  className?: string;
  /** For src/components/Island, which replaces the element's content later. */
  ref?: Ref<HTMLDivElement>;
  /** For src/components/Island: its state, as `data-island`. */
  island?: string;
}) {
  return (
    <Element
      // The ref is only ever given with the default 'div'.
      ref={ref as Ref<never>}
      className={className}
      data-island={island}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: '' }}
    />
  );
}

/**
 * Renders `children` on the server and on client-side navigations; during the first hydration it
 * keeps the server's HTML for them, unwalked. Only for content that never changes and has no
 * handlers: links in it work as plain links.
 */
export default function StaticHtml({
  as: Element = 'div',
  className,
  children,
}: {
  as?: Tag;
  className?: string;
  children: ReactNode;
}): ReactNode {
  const [adopt] = useState(isHydrating);
  if (adopt) return <ServedHtml as={Element} className={className} />;
  return <Element className={className}>{children}</Element>;
}
