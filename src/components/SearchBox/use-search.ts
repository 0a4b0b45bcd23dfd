// React glue for the search loader: the ranked results of a query, newest query wins.
import { useEffect, useState } from 'react';
import type { Result } from '@site/src/lib/search';
import type { SearchLoader } from '@site/src/lib/search';

export type SearchState = {
  /** The query the results belong to (they lag the typed query while shards load). */
  query: string;
  results: Result[];
  status: 'idle' | 'loading' | 'done' | 'error';
};

const IDLE: SearchState = { query: '', results: [], status: 'idle' };

export function useSearchResults(
  loader: SearchLoader | null,
  query: string,
  limit?: number,
): SearchState {
  const [state, setState] = useState<SearchState>(IDLE);
  const wanted = query.trim();
  useEffect(() => {
    if (!loader || !wanted) return;
    let current = true;
    loader.search(wanted, limit).then(
      (results) => {
        if (!current) return;
        setState({ query: wanted, results, status: 'done' });
        // Then, when the top results' page texts arrive, excerpts centred on the match.
        loader.excerpts(wanted, results).then(
          (centred) => current && setState({ query: wanted, results: centred, status: 'done' }),
          () => undefined,
        );
      },
      () => current && setState({ query: wanted, results: [], status: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [loader, wanted, limit]);
  if (!wanted) return IDLE;
  // Until the new query's results arrive, the previous ones stay on screen.
  return state.query === wanted ? state : { ...state, status: 'loading' };
}
