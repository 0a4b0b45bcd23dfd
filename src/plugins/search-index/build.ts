// Turns the pages' text into the search files: a pages file for display and term shards with BM25-like scores.
import type { PageTextFile, PagesFile, Shard } from '../../lib/search';
import { SHARD_COUNT, shardOf } from '../../lib/search';
import { EXCERPT_CHARS } from '../../lib/search/query';
import { tokenise } from '../../lib/search/tokens';
import type { PageText } from './extract';

/**
 * How much one occurrence counts, by where it is: keywords weigh most, then title, headings, body;
 * table cells least, since a device row names many things the section is not about.
 */
export const FIELD_WEIGHTS = { keywords: 10, title: 8, heading: 4, body: 1, tables: 0.4 } as const;
type Field = keyof typeof FIELD_WEIGHTS;

// BM25's usual constants: k1 saturates repeats, b normalises for body length.
const K1 = 1.2;
const B = 0.75;

/** The pages file, the term shards, and each page's section texts (for centred excerpts). */
export type IndexFiles = { pages: PagesFile; shards: Shard[]; texts: PageTextFile[] };

/** The first ~160 characters of a text, cut at a word boundary. */
export function excerpt(text: string, limit = EXCERPT_CHARS): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > limit / 2 ? space : limit).replace(/[\s,;:.(-]+$/, '')}…`;
}

function counts(terms: string[]): Map<string, number> {
  const tally = new Map<string, number>();
  for (const term of terms) tally.set(term, (tally.get(term) ?? 0) + 1);
  return tally;
}

type Entry = { fields: Partial<Record<Field, Map<string, number>>>; bodyLength: number };

/**
 * The entries to score, one per section, after one for the page as a whole (its title and
 * keywords): keeping those apart lets a result point at the section that matched, not the top.
 */
function entriesOf(page: PageText): Entry[] {
  const whole: Entry = {
    fields: {
      title: counts(tokenise(page.title)),
      keywords: counts(tokenise(page.keywords.join(' , '))),
    },
    bodyLength: 0,
  };
  const sections = page.sections.map((section): Entry => {
    const body = tokenise(section.body);
    return {
      fields: {
        heading: counts(tokenise(section.heading)),
        body: counts(body),
        tables: counts(tokenise(section.tables)),
      },
      bodyLength: body.length,
    };
  });
  return [whole, ...sections];
}

/**
 * Scores every term of every section: idf × Σ field weight × saturated count, where the body's
 * count is normalised by its length (BM25). The fields saturate separately, so one keyword
 * still outweighs many mentions in the body.
 */
export function buildIndex(pageTexts: PageText[], version = ''): IndexFiles {
  const pages: PagesFile = { version, pages: [], sections: [] };
  const entries: Entry[] = [];
  const texts: PageTextFile[] = pageTexts.map((page) => page.sections.map((s) => s.body));
  pageTexts.forEach((page, p) => {
    // The whole-page entry has no text of its own: a result for it shows the opening section,
    // which always follows it.
    pages.pages.push([page.title, page.url, pages.sections.length]);
    pages.sections.push([p, '', '', '']);
    for (const section of page.sections) {
      pages.sections.push([p, section.heading, section.anchor, excerpt(section.body)]);
    }
    entries.push(...entriesOf(page));
  });

  const sectionsWith = new Map<string, number>();
  for (const entry of entries) {
    const terms = new Set(Object.values(entry.fields).flatMap((tally) => [...tally.keys()]));
    for (const term of terms) sectionsWith.set(term, (sectionsWith.get(term) ?? 0) + 1);
  }
  const bodies = entries.filter((e) => e.fields.body);
  const averageBody = bodies.reduce((sum, e) => sum + e.bodyLength, 0) / (bodies.length || 1);

  const postings = new Map<string, number[]>();
  entries.forEach((entry, section) => {
    const scores = new Map<string, number>();
    for (const [field, tally] of Object.entries(entry.fields) as [Field, Map<string, number>][]) {
      const norm = field === 'body' ? 1 - B + (B * entry.bodyLength) / (averageBody || 1) : 1;
      for (const [term, count] of tally) {
        const saturated = (count * (K1 + 1)) / (count + K1 * norm);
        scores.set(term, (scores.get(term) ?? 0) + FIELD_WEIGHTS[field] * saturated);
      }
    }
    for (const [term, weighted] of scores) {
      const n = sectionsWith.get(term) ?? 1;
      const idf = Math.log(1 + (entries.length - n + 0.5) / (n + 0.5));
      // One decimal, stored as an integer; never 0, or the section would vanish.
      const score = Math.max(1, Math.round(idf * weighted * 10));
      const list = postings.get(term) ?? [];
      list.push(section, score);
      postings.set(term, list);
    }
  });

  const shards: Shard[] = Array.from({ length: SHARD_COUNT }, () => ({}));
  for (const term of [...postings.keys()].sort()) {
    (shards[shardOf(term)] as Shard)[term] = postings.get(term) as number[];
  }
  return { pages, shards, texts };
}
