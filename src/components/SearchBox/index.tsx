// The navbar search: an ARIA 1.2 combobox over the offline index, with Ctrl/Cmd+K and a plain form without JavaScript.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import clsx from 'clsx';
import { MAX_QUERY_CHARS, resultHref, type Result } from '@site/src/lib/search';
import type { SearchLoader, WordTest } from '@site/src/lib/search';
import Highlighted from './Highlighted';
import { useSearchResults } from './use-search';
import styles from './styles.module.css';

export type Props = {
  /** null until the page can search (never during server rendering). */
  loader: SearchLoader | null;
  /** The search page's address, base URL included: the form's action without JavaScript. */
  searchPageUrl: string;
  /** Opens a site path (without the base URL) through the router. */
  navigate: (path: string) => void;
  limit?: number;
};

// The last option opens the search page with every result.
type Option = { key: string; result?: Result };

const keyOf = (result: Result) => `${result.url}#${result.anchor}`;

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    Boolean(
      target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'),
    )
  );
}

export default function SearchBox({
  loader,
  searchPageUrl,
  navigate,
  limit = 8,
}: Props): ReactNode {
  const id = useId();
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const { results, status } = useSearchResults(loader, query, limit);

  // Ctrl/Cmd+K from anywhere, and "/" when not typing elsewhere, focus the box.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (!modK && !(slash && !isEditable(event.target))) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const trimmed = query.trim();
  const options: Option[] = results.length
    ? [...results.map((result) => ({ key: keyOf(result), result })), { key: 'all' }]
    : [];
  const expanded = open && trimmed !== '' && options.length > 0;
  const active = options.findIndex((option) => option.key === activeKey);
  const optionId = (i: number) => `${id}-option-${i}`;
  // The engine that decides which words match is loaded with the first results.
  const test = loader?.wordTest(query) ?? null;

  const openSearchPage = () => navigate(`/search/?q=${encodeURIComponent(trimmed)}`);
  const choose = (option: Option | undefined) => {
    setOpen(false);
    setActiveKey(null);
    if (option?.result) navigate(resultHref(option.result, trimmed));
    else openSearchPage();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!trimmed) return;
    if (expanded && active >= 0) return choose(options[active]);
    // Enter without a chosen option opens the best result for exactly what is typed now.
    if (!loader) return openSearchPage();
    loader
      .search(trimmed, 1)
      .then(
        ([best]) => choose(best ? { key: keyOf(best), result: best } : undefined),
        openSearchPage,
      );
  };

  const move = (step: number) => {
    if (!options.length) return;
    const next = active < 0 ? (step > 0 ? 0 : options.length - 1) : active + step;
    setActiveKey(options[(next + options.length) % options.length]?.key ?? null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (expanded || !open) move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      // First Escape closes the list, the second clears the box (the combobox pattern); the
      // browser would clear a search field on the first.
      event.preventDefault();
      if (expanded) setOpen(false);
      else setQuery('');
      setActiveKey(null);
    }
  };

  // Screen readers hear the count; everyone sees "no results" and failures.
  let message = '';
  let visible = false;
  if (trimmed && open && status === 'error') [message, visible] = ['Search failed to load.', true];
  else if (trimmed && open && status === 'done') {
    visible = results.length === 0;
    message = visible ? `No results for “${trimmed}”.` : `${results.length} results.`;
  }

  return (
    <div className={clsx('navbar__search', styles.search)}>
      <form role="search" aria-label="Site" action={searchPageUrl} method="get" onSubmit={onSubmit}>
        <input
          ref={input}
          className={clsx('navbar__search-input', styles.input)}
          type="search"
          name="q"
          placeholder="Search"
          aria-label="Search the handbook"
          title="Search the handbook (Ctrl+K)"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_CHARS}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActiveKey(null);
          }}
          onFocus={() => {
            loader?.prepare();
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label="Search results"
          className={styles.list}
          hidden={!expanded}
        >
          {options.map((option, i) => (
            // Options are chosen with the arrow keys on the input (aria-activedescendant), or the mouse.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={option.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              tabIndex={-1}
              className={clsx(styles.option, i === active && styles.active)}
              // Keep the focus in the box, so the click is not lost to its blur.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActiveKey(option.key)}
              onClick={() => choose(option)}
            >
              {option.result ? (
                <ResultLines result={option.result} test={test} />
              ) : (
                <span className={styles.where}>See all results for “{trimmed}” › Search page</span>
              )}
            </li>
          ))}
        </ul>
        <p role="status" className={visible ? styles.status : styles.visuallyHidden}>
          {message}
        </p>
      </form>
    </div>
  );
}

/** "Page title › Heading" and the section's opening words, the query's words marked. */
export function ResultLines({
  result,
  test,
}: {
  result: Result;
  test: WordTest | null;
}): ReactNode {
  return (
    <>
      <span className={styles.where}>
        {result.title} › <Highlighted text={result.heading || 'Introduction'} test={test} />
      </span>
      {result.excerpt && (
        <span className={styles.excerpt}>
          <Highlighted text={result.excerpt} test={test} />
        </span>
      )}
    </>
  );
}
