// The block that closes a chapter: a labelled landmark holding its list of additional resources.
import { Children, cloneElement, isValidElement } from 'react';
import type { ReactElement, ReactNode } from 'react';
import styles from './styles.module.css';

export type Props = {
  /** A heading (for example `## Additional resources`) followed by a Markdown list of links. */
  children: ReactNode;
  /** Accessible name used when the children carry no heading. */
  label?: string;
};

type ElementProps = { id?: unknown; href?: unknown; children?: ReactNode };

export function isExternalHref(href: unknown): href is string {
  return typeof href === 'string' && /^https?:\/\//i.test(href);
}

/** The id of the first heading-like child (MDX headings arrive with an id), if any. */
function findHeadingId(children: ReactNode): string | undefined {
  let found: string | undefined;
  Children.forEach(children, (child) => {
    if (found || !isValidElement<ElementProps>(child)) return;
    if (typeof child.props.id === 'string' && child.props.id.length > 0) found = child.props.id;
  });
  return found;
}

/** Rewrites external links anywhere in the tree so they open safely and say so. */
function markExternalLinks(node: ReactNode): ReactNode {
  return Children.map(node, (child) => {
    if (!isValidElement<ElementProps>(child)) return child;
    const element = child as ReactElement<ElementProps & Record<string, unknown>>;
    if (isExternalHref(element.props.href)) {
      return cloneElement(
        element,
        { target: '_blank', rel: 'noopener noreferrer' },
        element.props.children,
        <span className={styles.externalMark} aria-hidden="true">
          {' ↗'}
        </span>,
        <span className="visually-hidden"> (external link, opens in a new tab)</span>,
      );
    }
    if (element.props.children === undefined) return element;
    return cloneElement(element, undefined, markExternalLinks(element.props.children));
  });
}

export default function LinkList({ children, label = 'Additional resources' }: Props): ReactNode {
  const headingId = findHeadingId(children);
  return (
    <aside
      className={styles.linkList}
      aria-labelledby={headingId}
      aria-label={headingId ? undefined : label}
      data-component="link-list"
    >
      {markExternalLinks(children)}
    </aside>
  );
}
