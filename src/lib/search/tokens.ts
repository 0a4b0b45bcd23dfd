// The search tokeniser, shared by the indexer (build time) and the search box, so both sides cut and stem words alike.
import { stemmer } from 'stemmer';
import { NATIVE_ISE_WORDS, SPELLING_VARIANTS } from '../../data/search-synonyms';
import { words } from './files';

export { SHARD_COUNT, shardOf, words } from './files';

// Words too common to tell sections apart; leaving them out keeps the shards small.
const STOPWORDS = new Set(
  (
    'an and are as at be been but by can do does for from has have how if in into is it its ' +
    'no not of on or so than that the their them then there these they this to was were what ' +
    'when where which while who why will with you your'
  ).split(' '),
);

/** Plural to singular for words with digits ("H100s", "GPUs"), which the stemmer leaves alone. */
export function singular(word: string): string {
  if (word.length >= 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length >= 4 && word.endsWith('s') && !/(ss|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

// "-ise", "-isation", "-yse" and their forms: quantise → quantize, analysing → analyzing.
const ISE = /^([a-z]{2,})is(e|es|ed|ing|er|ers|ation|ations)$/;
const YSE = /^([a-z]{2,})ys(e|es|ed|ing|er|ers)$/;

/** A British spelling to the American one, so "quantisation" and "quantization" meet. */
export function american(word: string): string {
  const listed = SPELLING_VARIANTS.get(word);
  if (listed) return listed;
  const ise = ISE.exec(word);
  if (ise) {
    const [, stem = '', ending = ''] = ise;
    // "promised", "exercises", "rising" keep their "s": the base word is spelt -ise everywhere.
    return NATIVE_ISE_WORDS.has(`${stem}ise`) ? word : `${stem}iz${ending}`;
  }
  const yse = YSE.exec(word);
  if (yse) return `${yse[1]}yz${yse[2]}`;
  return word;
}

// A partial "-is…" ending on its way to "-ise", "-ised", "-ising" or "-isation".
const PARTIAL_ISE = /^([a-z]{2,})is(e|ed|i|in|ing|a|at|ati|atio|ation)?$/;

/** A word still being typed, spelt as the index spells it: "quantisat" → "quantizat". */
export function americanPrefix(word: string): string {
  const whole = american(word);
  if (whole !== word) return whole;
  const partial = PARTIAL_ISE.exec(word);
  if (!partial || NATIVE_ISE_WORDS.has(`${partial[1]}ise`)) return word;
  return `${partial[1]}iz${partial[2] ?? ''}`;
}

/**
 * One word's index term: American spelling, then Porter's stemmer for plain words ("batching" and
 * "batch" meet, so do "quantizing" and "quantization"); words with digits only lose a plural "s".
 */
export function termOf(word: string): string {
  // A rate keeps its "/s": "tokens/s" → "token/s".
  if (word.endsWith('/s')) return `${termOf(word.slice(0, -2))}/s`;
  if (/[0-9]/.test(word)) return singular(word);
  return stemmer(american(word));
}

/** The parts of a joined word that are words of their own: "4-bit" → ["bit"], "tb/s" → ["tb"]. */
function partsOf(word: string): string[] {
  if (!/[-/]/.test(word)) return [];
  return word.split(/[-/]/).filter((part) => part.length >= 2 && !/^\d/.test(part));
}

const keep = (word: string) => word.length >= 2 && !STOPWORDS.has(word);

/**
 * The index terms of a text, in order: folded, American, stemmed, at least two characters, no
 * stopwords. A joined word ("4-bit", "TB/s") also yields its word parts, so "bit" finds "4-bit";
 * a query keeps the joined word only (`forQuery`), so "4-bit" still means exactly that.
 */
export function tokenise(text: string, forQuery = false): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    if (!keep(word)) continue;
    terms.push(termOf(word));
    if (!forQuery) for (const part of partsOf(word)) if (keep(part)) terms.push(termOf(part));
  }
  return terms;
}
