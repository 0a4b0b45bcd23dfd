// Search over the chunked offline index: the file formats, query parsing with synonyms, scoring, grouping by page, and matching words for <mark>.
import { americanPrefix, tokenise } from './tokens';
import {
  MAX_QUERY_CHARS,
  MAX_QUERY_WORDS,
  matchRanges,
  words,
  type PagesFile,
  type Result,
  type Shard,
  type WordTest,
} from './files';
import { SYNONYM_GROUPS } from '../../data/search-synonyms';
import { compareText } from '../format/text-order';

/** One way to satisfy a query word: every term in one section, the single term maybe as a prefix. */
export type Alternative = {
  terms: string[];
  /** The one term is a word still being typed: terms it starts (or nearly is) count too. */
  prefix: boolean;
  /** 1 for what the reader typed; less for a synonym. */
  weight: number;
};

/** A query: every group must match (AND); within a group, any alternative (OR). */
export type Query = {
  groups: Alternative[][];
  /** The terms as typed, for the title bonus. */
  typed: string[];
};

// A synonym counts a little less than the word typed, so a page using the reader's word wins a tie.
const SYNONYM_WEIGHT = 0.8;

// Synonym phrases as term lists, keyed by their first term; longest first.
let synonymIndex: Map<string, { terms: string[]; group: string[][] }[]> | null = null;

function synonyms(): Map<string, { terms: string[]; group: string[][] }[]> {
  if (synonymIndex) return synonymIndex;
  const index = new Map<string, { terms: string[]; group: string[][] }[]>();
  for (const names of SYNONYM_GROUPS) {
    const group = names.map((name) => tokenise(name, true)).filter((terms) => terms.length > 0);
    for (const terms of group) {
      const first = terms[0] as string;
      const list = index.get(first) ?? [];
      list.push({ terms, group });
      list.sort((a, b) => b.terms.length - a.terms.length);
      index.set(first, list);
    }
  }
  synonymIndex = index;
  return index;
}

const sameTerms = (a: string[], b: string[]) =>
  a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * Parses a query as the indexer cut the text, into groups of alternatives: "VRAM per GPU" →
 * [vram | hbm | gpu+memori | …], [per], [gpu (typed: also as a prefix)]. The last word is also
 * a prefix while it is being typed (no space after it). Long queries are cut.
 */
export function parseQuery(text: string): Query {
  const query = text.slice(0, MAX_QUERY_CHARS);
  const typedWords = words(query).slice(0, MAX_QUERY_WORDS);
  const typing = typedWords.length > 0 && /[\p{L}\p{N}]$/u.test(query);
  // Each kept word becomes one term; the last word may be a stopword being typed ("the" → "thermal").
  const slots: { term: string; raw: string }[] = [];
  typedWords.forEach((raw, i) => {
    const last = i === typedWords.length - 1;
    const [term] = tokenise(raw, true);
    if (term) slots.push({ term, raw });
    else if (last && typing && raw.length >= 2) slots.push({ term: '', raw });
  });

  const groups: Alternative[][] = [];
  const seen = new Set<string>();
  const lastSlot = slots.length - 1;
  for (let i = 0; i < slots.length;) {
    const isLast = i === lastSlot && typing;
    const slot = slots[i] as { term: string; raw: string };
    const phrase = synonyms()
      .get(slot.term)
      ?.find((s) =>
        sameTerms(
          s.terms,
          slots.slice(i, i + s.terms.length).map((x) => x.term),
        ),
      );
    const group: Alternative[] = [];
    if (phrase) {
      for (const terms of phrase.group) {
        const own = sameTerms(terms, phrase.terms);
        group.push({ terms, prefix: false, weight: own ? 1 : SYNONYM_WEIGHT });
      }
    } else if (slot.term && !isLast) {
      group.push({ terms: [slot.term], prefix: false, weight: 1 });
    }
    const span = phrase ? phrase.terms.length : 1;
    // The word being typed also matches as a prefix, from its stem and from its raw letters.
    if (isLast && span === 1) {
      const raw = americanPrefix(slot.raw);
      const stems = [...new Set([slot.term, raw].filter((t) => t.length >= 2))];
      for (const stem of stems) group.push({ terms: [stem], prefix: true, weight: 1 });
    }
    i += span;
    const key = JSON.stringify(group);
    if (group.length && !seen.has(key)) {
      seen.add(key);
      groups.push(group);
    }
  }
  return { groups, typed: slots.map((slot) => slot.term).filter(Boolean) };
}

/** Every term and prefix a query looks up, for loading the shards it needs. */
export function lookups(query: Query): string[] {
  return [...new Set(query.groups.flat().flatMap((alt) => alt.terms))];
}

// A prefix match counts for less than the whole word, so "gpu" ranks GPU pages above "gpudirect".
const PREFIX_DISCOUNT = 0.6;
// A stem shorter than the word being typed by at most this many letters still matches: while
// "quantiza" is typed, the index term "quantiz" (from "quantization") is what it is on its way to.
const STEM_SLACK = 4;
// Besides its best section, a page earns this share of its other sections' scores: a chapter
// that returns to a term section after section is about it; a page that mentions it once is not.
const SPREAD_SHARE = 0.3;
// Added when the query is a page's whole title.
const TITLE_BONUS = 20;

/** Whether an index term answers a word being typed: it starts with it, or it is the word's stem so far. */
export function prefixMatches(term: string, typed: string): boolean {
  if (term.startsWith(typed)) return true;
  return term.length >= 4 && typed.startsWith(term) && typed.length - term.length <= STEM_SLACK;
}

/** Section → score for one term: exact postings, or for a prefix every term it starts. */
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
    if (Object.hasOwn(shard, word)) add(shard[word] as number[], 1);
    return scores;
  }
  for (const [term, postings] of Object.entries(shard)) {
    if (prefixMatches(term, word)) add(postings, term === word ? 1 : PREFIX_DISCOUNT);
  }
  return scores;
}

/** Section → score for one alternative: a phrase needs all its terms in the section. */
function alternativeScores(alt: Alternative, shardFor: (word: string) => Shard) {
  const perTerm = alt.terms.map((term) => sectionScores(shardFor(term), term, alt.prefix));
  const [first, ...rest] = perTerm;
  const scores = new Map<number, number>();
  if (!first) return scores;
  for (const [section, score] of first) {
    let total = score;
    let all = true;
    for (const other of rest) {
      const s = other.get(section);
      if (s === undefined) all = false;
      else total += s;
    }
    if (all) scores.set(section, (total / alt.terms.length) * alt.weight);
  }
  return scores;
}

/** Section → score for a group: its best alternative in each section. */
function groupScores(group: Alternative[], shardFor: (word: string) => Shard) {
  const scores = new Map<number, number>();
  for (const alt of group) {
    for (const [section, score] of alternativeScores(alt, shardFor)) {
      if (score > (scores.get(section) ?? 0)) scores.set(section, score);
    }
  }
  return scores;
}

/**
 * Ranks pages for a query: every group must occur in the page (AND); a page scores, per group,
 * its best section plus a share of the rest; the result points at the section matching the
 * most groups, then scoring highest. `shardFor(word)` returns the shard holding the word's terms.
 */
export function search(
  query: Query,
  index: PagesFile,
  shardFor: (word: string) => Shard,
  limit = Infinity,
): Result[] {
  const wordScores = query.groups.map((group) => groupScores(group, shardFor));
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

  const queryText = query.typed.join(' ');
  const results: Result[] = [];
  for (const [page, hit] of hits) {
    if (hit.words.some((word) => word.best === 0)) continue;
    const [title, url, whole] = index.pages[page] as PagesFile['pages'][number];
    let score = hit.words.reduce((sum, w) => sum + w.best + SPREAD_SHARE * (w.total - w.best), 0);
    if (tokenise(title, true).join(' ') === queryText) score += TITLE_BONUS;
    const best = bestSection(hit.sections, whole);
    // The whole-page entry is shown as the page's opening section, which follows it.
    const section = best === whole && index.sections[whole + 1] ? whole + 1 : best;
    const [, heading, anchor, excerpt] = index.sections[section] as PagesFile['sections'][number];
    results.push({ title, url, heading, anchor, excerpt, score, page, section });
  }
  // Ties (rare) fall back to the url, so the order never depends on the shards' term order.
  return results.sort((a, b) => b.score - a.score || compareText(a.url, b.url)).slice(0, limit);
}

/**
 * The section matching the most query groups, then with the highest summed score; the
 * whole-page entry only when no section of the page matched.
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

/**
 * The test for words to mark for a query: a word matches when one of its terms is a query term,
 * a one-word synonym of one, or (for the word being typed) starts with it. Multi-word synonyms
 * are not marked: "time to first token" would light up every "token".
 */
export function wordTest(query: string | Query): WordTest | null {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of parsed.groups.flat()) {
    if (alt.prefix) prefixes.push(alt.terms[0] as string);
    else if (alt.terms.length === 1) exact.add(alt.terms[0] as string);
  }
  if (!exact.size && !prefixes.length) return null;
  return (word) =>
    tokenise(word).some(
      (term) => exact.has(term) || prefixes.some((prefix) => prefixMatches(term, prefix)),
    );
}

/** How long an excerpt is, in characters. */
export const EXCERPT_CHARS = 160;

/**
 * An excerpt of `text` centred on its first matching word, cut at word boundaries with "…" where
 * text was left out; the opening of the text when nothing matches.
 */
export function centredExcerpt(text: string, test: WordTest | null, limit = EXCERPT_CHARS): string {
  const [first] = matchRanges(text, test);
  if (text.length <= limit) return text;
  const middle = first ? Math.floor((first[0] + first[1]) / 2) : 0;
  let start = Math.max(0, Math.min(middle - Math.floor(limit / 2), text.length - limit));
  let end = start + limit;
  // Move both ends back to a space, keeping the match inside.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && (!first || space < first[0])) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && (!first || space >= first[1])) end = space;
  }
  const body = text.slice(start, end).replace(/[\s,;:(-]+$/, '');
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

// The engine's callers also reach the file formats and link helpers through it.
export * from './files';
