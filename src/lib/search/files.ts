// The search files and what the page needs without the engine: file names, caps, shards, word cutting, result links and marking by a word test.
// Kept apart from the engine (tokens.ts, query.ts: stemmer, synonyms, ranking), which the loader imports only when search is used.

// A number joined to a word ("4-bit", "70-billion"), a rate ("tok/s", "TB/s"), a decimal
// ("3.35"), or a run of letters and digits ("h100", "fp8", "mi300x"). Anything else separates words.
const WORD = /\d+(?:\.\d+)?-[a-z]+|[a-z]+\/s(?![a-z0-9])|\d+\.\d+|[a-z0-9]+/g;

/** Lower case, accents removed: "Gaudí" and "gaudi" are one word. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The raw words of a text, folded but not filtered: the query parser needs to see them all. */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** How many shards the term index is split into; a term's shard depends only on its first two characters. */
export const SHARD_COUNT = 32;

/**
 * The shard holding every term that starts with `prefix` (two characters or more). Hashing the
 * first two characters spreads the terms evenly, and every shard exists, so the client can ask
 * for it straight away without a list of shards.
 */
export function shardOf(prefix: string): number {
  const a = prefix.charCodeAt(0);
  const b = prefix.charCodeAt(1);
  // Knuth's multiplicative hash; the top bits are the well-mixed ones.
  const mixed = ((a * 31 + b) * 2654435761) % 2 ** 32;
  return Math.floor((mixed / 2 ** 32) * SHARD_COUNT);
}

/** `search/pages.<version>.json`: what a result shows. Sections are numbered across the site. */
export type PagesFile = {
  /** The index version that wrote this file (the same as in its name). */
  version: string;
  /**
   * [title, url, whole] per page; urls are site paths without the base URL; `whole` is the
   * section entry holding the page's title and keywords (no text of its own: a result for it
   * shows the next entry, the page's opening section).
   */
  pages: [title: string, url: string, whole: number][];
  /** [page index, heading ('' for the page top), anchor ('' for the page top), excerpt]. */
  sections: [page: number, heading: string, anchor: string, excerpt: string][];
};

/** `search/t-<shard>.<version>.json`: term → [section, score × 10, section, score × 10, …]. */
export type Shard = Record<string, number[]>;

/** `search/x-<page>.<version>.json`: the body text of each section of one page, in order. */
export type PageTextFile = string[];

/** The search-index plugin's global data: the version in the index's file names. */
export type SearchGlobalData = { version: string };

/** File names; `version` is the build's index version, so a new index never meets an old cache. */
export const pagesFileName = (version: string): string => `search/pages.${version}.json`;
export const shardFileName = (shard: number, version: string): string =>
  `search/t-${shard}.${version}.json`;
export const pageTextFileName = (page: number, version: string): string =>
  `search/x-${page}.${version}.json`;
/** Not versioned and not cached for long: names the version now deployed, for a tab opened before. */
export const CURRENT_VERSION_FILE = 'search/version.json';

/** Longest query read, in characters, and most words: beyond these a query is cut. */
export const MAX_QUERY_CHARS = 100;
export const MAX_QUERY_WORDS = 8;

export type Result = {
  title: string;
  url: string;
  /** The best section's heading; '' when it is the page top. */
  heading: string;
  anchor: string;
  excerpt: string;
  score: number;
  /** Page and section numbers in the index, for loading the section's text. */
  page: number;
  section: number;
};

/** At most this many words go into a result link's `_highlight`, each at most this long. */
export const MAX_HIGHLIGHT_WORDS = 5;
export const MAX_HIGHLIGHT_CHARS = 32;

/** The words a result link asks the target page to mark: the query's, capped in count and length. */
export function highlightWords(query: string): string[] {
  return [
    ...new Set(
      words(query.slice(0, MAX_QUERY_CHARS)).filter(
        (w) => w.length >= 2 && w.length <= MAX_HIGHLIGHT_CHARS,
      ),
    ),
  ].slice(0, MAX_HIGHLIGHT_WORDS);
}

/** The link a result opens: its section's anchor, with the words to highlight there. */
export function resultHref(result: Pick<Result, 'url' | 'anchor'>, query: string): string {
  const highlight = highlightWords(query)
    .map((w) => `_highlight=${encodeURIComponent(w)}`)
    .join('&');
  const search = highlight ? `?${highlight}` : '';
  return `${result.url}${search}${result.anchor ? `#${result.anchor}` : ''}`;
}

/** Decides whether a word of a text answers a query: by its terms, synonyms included. */
export type WordTest = (word: string) => boolean;

export type Segment = { text: string; match: boolean };

// A word as it appears in a page: letters and digits, joined by '.', '-' or '/' ("4-bit", "TB/s").
const TEXT_WORD = /[\p{L}\p{N}]+(?:[./-][\p{L}\p{N}]+)*/gu;

/** Where the matching words of a text are: [start, end) pairs in order. */
export function matchRanges(text: string, test: WordTest | null): [number, number][] {
  if (!test) return [];
  const ranges: [number, number][] = [];
  for (const found of text.matchAll(TEXT_WORD)) {
    if (test(found[0])) ranges.push([found.index, found.index + found[0].length]);
  }
  return ranges;
}

/**
 * Cuts a text into plain and matching pieces, for <mark>: the caller builds elements from
 * them, so text from the index or the query is never read as HTML.
 */
export function splitMatches(text: string, test: WordTest | null): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, test)) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}
