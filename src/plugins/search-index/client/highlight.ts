// Client module: after a search result opens a page (?_highlight=word), marks the words in the article.
import type { ClientModule } from '@docusaurus/types';
import {
  MAX_HIGHLIGHT_CHARS,
  MAX_HIGHLIGHT_WORDS,
  matchRanges,
  type WordTest,
} from '../../../lib/search';

// Text under these is code-like, hidden or drawn: marking it would break layout or meaning.
const SKIP = 'script, style, svg, .katex, input, textarea, select, details, mark, button';
const MARKED = 'data-search-highlight';

/** Removes the marks a previous highlight added, restoring the text nodes. */
export function clearHighlights(root: ParentNode): void {
  for (const mark of Array.from(root.querySelectorAll(`mark[${MARKED}]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    parent.replaceChild(document.createTextNode(mark.textContent ?? ''), mark);
    parent.normalize();
  }
}

/**
 * Wraps each word of `root`'s text that passes `test` in <mark> (built by the search engine's
 * wordTest: word forms and one-word synonyms too, "quantizing" marks "quantisation"); returns how many.
 */
export function highlightWords(root: Element, test: WordTest | null): number {
  if (!test) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let count = 0;
  for (const text of texts) {
    const value = text.data;
    const found = matchRanges(value, test);
    if (!found.length) continue;
    const pieces = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of found) {
      pieces.append(value.slice(at, start));
      const mark = document.createElement('mark');
      mark.setAttribute(MARKED, '');
      mark.textContent = value.slice(start, end);
      pieces.append(mark);
      at = end;
      count++;
    }
    pieces.append(value.slice(at));
    text.replaceWith(pieces);
  }
  return count;
}

/** The words a result link asks to highlight: the `_highlight` parameters, capped in count and length. */
export function highlightParams(search: string): string[] {
  return new URLSearchParams(search.slice(0, 1000))
    .getAll('_highlight')
    .filter((word) => word && word.length <= MAX_HIGHLIGHT_CHARS)
    .slice(0, MAX_HIGHLIGHT_WORDS);
}

export const onRouteDidUpdate: ClientModule['onRouteDidUpdate'] = ({ location }) => {
  const words = highlightParams(location.search);
  // The engine (stemmer, synonyms) is fetched only when a result link asks for marks.
  const test = words.length
    ? import('../../../lib/search/query').then((engine) => engine.wordTest(words.join(' ')))
    : Promise.resolve(null);
  void test.then((wordTest) =>
    // After React has committed (and hydrated) the new page, so the marks are not overwritten.
    window.requestAnimationFrame(() => {
      const article = document.querySelector('article .markdown');
      if (!article) return;
      clearHighlights(article);
      if (wordTest) highlightWords(article, wordTest);
    }),
  );
};
