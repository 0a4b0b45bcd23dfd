// The search tokeniser, shared by the indexer (build time) and the search box, so both sides cut words alike.

// Words too common to tell sections apart; leaving them out keeps the shards small.
const STOPWORDS = new Set(
  (
    'an and are as at be been but by can do does for from has have how if in into is it its ' +
    'no not of on or so than that the their them then there these they this to was were what ' +
    'when where which while who why will with you your'
  ).split(' '),
);

// A number joined to a word ("4-bit", "70-billion"), a decimal ("3.35"), or a run of letters and
// digits ("h100", "fp8", "mi300x"). Anything else separates words.
const WORD = /\d+(?:\.\d+)?-[a-z]+|\d+\.\d+|[a-z0-9]+/g;

/** Lower case, accents removed: "Gaudí" and "gaudi" are one word. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Plural to singular, enough for "GPUs", "H100s", "memories"; both sides apply it, so it need only be consistent. */
export function singular(word: string): string {
  if (word.length >= 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length >= 4 && word.endsWith('s') && !/(ss|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The raw words of a text, folded but not filtered: the query parser needs to see them all. */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** The index terms of a text, in order: folded, singular, at least two characters, no stopwords. */
export function tokenise(text: string): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    terms.push(singular(word));
  }
  return terms;
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
