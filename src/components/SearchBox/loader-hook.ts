// The shared search loader for this site: its base URL and the index version the plugin baked in.
import { useMemo } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { SearchGlobalData } from '@site/src/lib/search';
import { sharedLoader, type SearchLoader } from '@site/src/lib/search';

export function useSearchLoader(): SearchLoader {
  const { version } = usePluginData('search-index') as SearchGlobalData;
  const siteRoot = useBaseUrl('/');
  return useMemo(() => sharedLoader(siteRoot, version), [siteRoot, version]);
}
