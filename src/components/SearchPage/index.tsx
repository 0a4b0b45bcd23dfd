// The /search/ page: every result for ?q=, as links; the route is added by the search-index plugin.
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { PageMetadata } from '@docusaurus/theme-common';
import Layout from '@theme/Layout';
import { MAX_QUERY_CHARS, resultHref } from '@site/src/lib/search';
import { ResultLines } from '../SearchBox';
import { useSearchLoader } from '../SearchBox/loader-hook';
import { useSearchResults } from '../SearchBox/use-search';
import styles from './styles.module.css';

export default function SearchPage(): ReactNode {
  // The query is read only after hydration: the server rendered the page without one.
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const query = isBrowser
    ? (new URLSearchParams(location.search).get('q') ?? '').trim().slice(0, MAX_QUERY_CHARS)
    : '';
  const loader = useSearchLoader();

  const { results, status } = useSearchResults(isBrowser ? loader : null, query);
  // The engine that decides which words match is loaded with the first results.
  const test = loader.wordTest(query);
  const title = query ? `Search results for “${query}”` : 'Search the handbook';
  return (
    <Layout>
      <PageMetadata
        title={title}
        description="Search every chapter of the handbook: hardware, deployment environments and operations."
        keywords={['search', 'LLM inference hardware', 'handbook']}
      />
      <main className="container margin-vert--lg">
        <article className={styles.page}>
          <h1>{title}</h1>
          <QueryForm key={query} query={query} />
          <noscript>
            <p>
              Search needs JavaScript; the sidebar lists every chapter, starting from the{' '}
              <Link to="/">home page</Link>.
            </p>
          </noscript>
          <p role="status" className={styles.count}>
            {query && status === 'done' && `${results.length} pages match.`}
            {query && status === 'loading' && 'Searching…'}
            {query && status === 'error' && 'The search index could not be loaded.'}
          </p>
          <ol className={styles.results}>
            {results.map((result) => (
              <li key={`${result.url}#${result.anchor}`}>
                {/* After a redeploy under this tab, a full load (a plain link: "_top") brings the new site. */}
                <Link
                  to={resultHref(result, query)}
                  className={styles.result}
                  target={loader.stale ? '_top' : undefined}
                >
                  <ResultLines result={result} test={test} />
                </Link>
              </li>
            ))}
          </ol>
        </article>
      </main>
    </Layout>
  );
}

/** The page's own search field; a new query goes into the address, so back and forward work. */
function QueryForm({ query }: { query: string }): ReactNode {
  const history = useHistory();
  const [text, setText] = useState(query);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    history.push({ search: `?q=${encodeURIComponent(text.trim())}` });
  };
  return (
    <form
      role="search"
      aria-label="Search page"
      method="get"
      onSubmit={onSubmit}
      className={styles.form}
    >
      <label htmlFor="search-page-query">Search for</label>
      <input
        id="search-page-query"
        type="search"
        name="q"
        value={text}
        maxLength={MAX_QUERY_CHARS}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button--primary">
        Search
      </button>
    </form>
  );
}
