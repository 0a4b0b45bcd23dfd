// Search over the chunked offline index: the file formats, query parsing, scoring and grouping by page.
import { singular, tokenise, words } from './tokens';
import { compareText } from '../format/text-order';

/** `search/pages.<version>.json`: what a result shows. Sections are numbered across the site. */
export type PagesFile = {
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

/** The search-index plugin's global data: the version in the index's file names. */
export type SearchGlobalData = { version: string };

/** File names; `version` is the build's index version, so a new index never meets an old cache. */
export const pagesFileName = (version: string): string => `search/pages.${version}.json`;
export const shardFileName = (shard: number, version: string): string =>
  `search/t-${shard}.${version}.json`;

export type Query = {
  /** Whole words: each must match a term exactly. */
  terms: string[];
  /** The word still being typed, matched as a prefix; null once the query ends in a space. */
  prefix: string | null;
};

/** Parses a query as the indexer cut the text: "H100 memo" → terms ['h100'], prefix 'memo'. */
export function parseQuery(query: string): Query {
  const typed = words(query);
  const typing = typed.length > 0 && /[a-z0-9]$/i.test(query);
  const last = typing ? typed.pop() : undefined;
  const terms = [...new Set(tokenise(typed.join(' ')))];
  // A partial word may be a stopword on its way to something longer ("the" → "thermal").
  const prefix = last && last.length >= 2 ? singular(last) : null;
  if (prefix && terms.includes(prefix)) return { terms, prefix: null };
  return { terms, prefix };
}

/** Every term and prefix a query looks up, for loading the shards it needs. */
export function lookups(query: Query): string[] {
  return query.prefix ? [...query.terms, query.prefix] : query.terms;
}

// A prefix match counts for less than the whole word, so "gpu" ranks GPU pages above "gpudirect".
const PREFIX_DISCOUNT = 0.6;
// Besides its best section, a page earns this share of its other sections' scores: a chapter
// that returns to a term section after section is about it; a page that mentions it once is not.
const SPREAD_SHARE = 0.3;
// Added when the query is a page's whole title.
const TITLE_BONUS = 20;

/** Section → score for one word: exact postings, or for a prefix every term it starts. */
export function sectionScores(shard: Shard, word: string, isPrefix: boolean): Map<number, number> {
  const scores = new Map<number, number>();
  const add = (postings: number[], factor: number) => {
    for (let i = 0; i + 1 < postings.length; i += 2) {
      const section = postings[i] as number;
      const score = ((postings[i + 1] as number) / 10) * factor;
      // Several terms sharing a prefix ("gpu", "gpudirect") do not add up: the best one counts.
      if (score > (scores.get(section) ?? 0)) scores.set(section, score);
    }
  };
  if (!isPrefix) {
    // The word is reader input: `constructor` must not find Object's own property.
    add(Object.hasOwn(shard, word) ? (shard[word] ?? []) : [], 1);
    return scores;
  }
  for (const [term, postings] of Object.entries(shard)) {
    if (term.startsWith(word)) add(postings, term === word ? 1 : PREFIX_DISCOUNT);
  }
  return scores;
}

export type Result = {
  title: string;
  url: string;
  /** The best section's heading; '' when it is the page top. */
  heading: string;
  anchor: string;
  excerpt: string;
  score: number;
};

/**
 * Ranks pages for a query: every word must occur in the page (AND); a page scores, per word, its
 * best section plus a share of the rest; the result points at the section matching the most
 * words, then scoring highest. `shardFor(word)` returns the shard holding the word's terms.
 */
export function search(
  query: Query,
  index: PagesFile,
  shardFor: (word: string) => Shard,
  limit = Infinity,
): Result[] {
  const wordScores = [
    ...query.terms.map((term) => sectionScores(shardFor(term), term, false)),
    ...(query.prefix ? [sectionScores(shardFor(query.prefix), query.prefix, true)] : []),
  ];
  if (wordScores.length === 0) return [];

  type PageHit = { words: { best: number; total: number }[]; sections: Map<number, number[]> };
  const hits = new Map<number, PageHit>();
  wordScores.forEach((scores, w) => {
    for (const [section, score] of scores) {
      const page = index.sections[section]?.[0];
      if (page === undefined) continue;
      let hit = hits.get(page);
      if (!hit) {
        hit = { words: wordScores.map(() => ({ best: 0, total: 0 })), sections: new Map() };
        hits.set(page, hit);
      }
      const word = hit.words[w] as { best: number; total: number };
      word.best = Math.max(word.best, score);
      word.total += score;
      const perWord = hit.sections.get(section) ?? wordScores.map(() => 0);
      perWord[w] = score;
      hit.sections.set(section, perWord);
    }
  });

  const queryText = tokenise(lookups(query).join(' ')).join(' ');
  const results: Result[] = [];
  for (const [page, hit] of hits) {
    if (hit.words.some((word) => word.best === 0)) continue;
    const [title, url, whole] = index.pages[page] as PagesFile['pages'][number];
    let score = hit.words.reduce((sum, w) => sum + w.best + SPREAD_SHARE * (w.total - w.best), 0);
    if (tokenise(title).join(' ') === queryText) score += TITLE_BONUS;
    const best = bestSection(hit.sections, whole);
    // The whole-page entry is shown as the page's opening section, which follows it.
    const shown = index.sections[best === whole ? whole + 1 : best] ?? index.sections[best];
    const [, heading, anchor, excerpt] = shown as PagesFile['sections'][number];
    results.push({ title, url, heading, anchor, excerpt, score });
  }
  // Ties (rare) fall back to the url, so the order never depends on the shards' term order.
  return results.sort((a, b) => b.score - a.score || compareText(a.url, b.url)).slice(0, limit);
}

/**
 * The section matching the most query words, then with the highest summed score; the whole-page
 * entry only when no section of the page matched.
 */
function bestSection(sections: Map<number, number[]>, whole: number): number {
  let best = whole;
  let bestKey: [number, number] = [-1, -1];
  for (const [section, perWord] of sections) {
    if (section === whole) continue;
    const key: [number, number] = [
      perWord.filter((s) => s > 0).length,
      perWord.reduce((a, b) => a + b, 0),
    ];
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) {
      best = section;
      bestKey = key;
    }
  }
  return best;
}

/** The link a result opens: its section's anchor, with the words to highlight there. */
export function resultHref(result: Pick<Result, 'url' | 'anchor'>, query: string): string {
  const highlight = words(query)
    .filter((w) => w.length >= 2)
    .map((w) => `_highlight=${encodeURIComponent(w)}`)
    .join('&');
  const search = highlight ? `?${highlight}` : '';
  return `${result.url}${search}${result.anchor ? `#${result.anchor}` : ''}`;
}

export type Segment = { text: string; match: boolean };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Each result line asks for the same query's pattern: keep the last one.
let lastPattern: { key: string; pattern: RegExp | null } = { key: '', pattern: null };

/** A regular expression for words that start with any of `words` (case-insensitive), or null. */
export function matcher(words: string[]): RegExp | null {
  const alternatives = [...new Set(words.filter(Boolean).map((w) => w.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const key = alternatives.join('|');
  if (key !== lastPattern.key) {
    const pattern = key ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${key})`, 'giu') : null;
    lastPattern = { key, pattern };
  }
  return lastPattern.pattern;
}

/**
 * Cuts a text into plain and matching pieces, for <mark>: the caller builds elements from
 * them, so text from the index or the query is never read as HTML.
 */
export function splitMatches(text: string, words: string[]): Segment[] {
  const pattern = matcher(words);
  if (!pattern) return text ? [{ text, match: false }] : [];
  const segments: Segment[] = [];
  let at = 0;
  for (const found of text.matchAll(pattern)) {
    const start = found.index;
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: found[0], match: true });
    at = start + found[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}
