// Swizzled navbar search: wires the site's search box to the router, the base URL and the offline index.
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useHistory } from '@docusaurus/router';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import ErrorBoundary from '@site/src/components/ErrorBoundary';
import SearchBox from '@site/src/components/SearchBox';
import { useSearchLoader } from '@site/src/components/SearchBox/loader-hook';

function NavbarSearch(): ReactNode {
  const history = useHistory();
  const { withBaseUrl } = useBaseUrlUtils();
  const loader = useSearchLoader();
  return (
    <SearchBox
      loader={loader}
      searchPageUrl={withBaseUrl('/search/')}
      navigate={(path) => {
        // After a redeploy under this tab the router knows only the old pages: load the new site.
        if (loader.stale) window.location.assign(withBaseUrl(path));
        else history.push(withBaseUrl(path));
      }}
    />
  );
}

// The navbar sits outside Docusaurus's per-page error boundary: a search crash there would take
// every page down, so it falls back to a plain link to the search page.
export default function SearchBar(): ReactNode {
  return (
    <ErrorBoundary name="Search" fallback={<Link to="/search/">Search</Link>}>
      <NavbarSearch />
    </ErrorBoundary>
  );
}
