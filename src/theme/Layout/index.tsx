// Thin wrapper: gives the search plugin's results page the <main> landmark every other page has.
import type { ComponentProps, ReactNode } from 'react';
import Layout from '@theme-original/Layout';
import { useLocation } from '@docusaurus/router';

type Props = ComponentProps<typeof Layout>;

export default function LayoutWrapper(props: Props): ReactNode {
  const { pathname } = useLocation();
  if (!pathname.startsWith('/search')) return <Layout {...props} />;
  return (
    <Layout {...props}>
      <main>{props.children}</main>
    </Layout>
  );
}
