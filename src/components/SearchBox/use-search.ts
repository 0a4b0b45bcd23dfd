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

// Centred excerpts need the top results' page texts: fetched only once the reader pauses, so
// each keystroke does not pull texts for results about to be replaced.
export const EXCERPT_DELAY_MS = 250;

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
    let timer: ReturnType<typeof setTimeout> | undefined;
    loader.search(wanted, limit).then(
      (results) => {
        if (!current) return;
        setState({ query: wanted, results, status: 'done' });
        // Then, once the query has rested, excerpts centred on the match.
        timer = setTimeout(() => {
          loader.excerpts(wanted, results).then(
            (centred) => current && setState({ query: wanted, results: centred, status: 'done' }),
            () => undefined,
          );
        }, EXCERPT_DELAY_MS);
      },
      () => current && setState({ query: wanted, results: [], status: 'error' }),
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [loader, wanted, limit]);
  if (!wanted) return IDLE;
  // Until the new query's results arrive, the previous ones stay on screen.
  return state.query === wanted ? state : { ...state, status: 'loading' };
}
