// Test double for @docusaurus/Link: a plain anchor whose internal targets get the base URL.
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import useBaseUrl from './use-base-url';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { to?: string };

export default function Link({ to, href, children, ...rest }: Props): ReactNode {
  const target = useBaseUrl(to ?? href ?? '');
  return (
    <a href={target} {...rest}>
      {children}
    </a>
  );
}
