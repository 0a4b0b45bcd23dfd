// Swizzled navbar search: wires the site's search box to the router, the base URL and the offline index.
import type { ReactNode } from 'react';
import { useHistory } from '@docusaurus/router';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import SearchBox from '@site/src/components/SearchBox';
import { useSearchLoader } from '@site/src/components/SearchBox/loader-hook';

export default function SearchBar(): ReactNode {
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
