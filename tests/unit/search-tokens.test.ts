// The tokeniser both sides of search share: what counts as a word, and which shard holds it.
import {
  SHARD_COUNT,
  american,
  americanPrefix,
  shardOf,
  singular,
  termOf,
  tokenise,
  words,
} from '@site/src/lib/search/tokens';

describe('tokenise', () => {
  it('lower-cases and keeps device names, formats, number-words and rates whole', () => {
    expect(tokenise('The H100 SXM runs FP8; MI300X has 4-bit weights at 3.35 TB/s')).toEqual([
      'h100',
      'sxm',
      'run',
      'fp8',
      'mi300x',
      '4-bit',
      'bit',
      'weight',
      '3.35',
      'tb/s',
      'tb',
    ]);
  });

  it('indexes the word parts of a joined word, but a query keeps the joined word only', () => {
    // "bit" finds "4-bit" in a page; a query for "4-bit" still means exactly that.
    expect(tokenise('4-bit weights')).toEqual(['4-bit', 'bit', 'weight']);
    expect(tokenise('4-bit', true)).toEqual(['4-bit']);
    expect(tokenise('40 tokens/s', true)).toEqual(['40', 'token/s']);
    expect(tokenise('40 tok/s')).toEqual(['40', 'tok/s', 'tok']);
  });

  it('stems word forms together (Porter), on both sides', () => {
    expect(['quantizing', 'quantization', 'quantized'].map(termOf)).toEqual([
      'quantiz',
      'quantiz',
      'quantiz',
    ]);
    expect(termOf('batching')).toBe(termOf('batch'));
    expect(termOf('serving')).toBe(termOf('serve'));
    expect(tokenise('memories')).toEqual(tokenise('memory'));
  });

  it('spells British forms the American way before stemming', () => {
    expect(termOf('quantisation')).toBe(termOf('quantization'));
    expect(termOf('optimised')).toBe(termOf('optimized'));
    expect(termOf('analysing')).toBe(termOf('analyzing'));
    expect(termOf('catalogue')).toBe(termOf('catalog'));
    expect(termOf('modelling')).toBe(termOf('modeling'));
    // Words spelt -ise everywhere keep it.
    expect(['promised', 'exercises', 'noise', 'otherwise'].map(american)).toEqual([
      'promised',
      'exercises',
      'noise',
      'otherwise',
    ]);
    // A word being typed: "quantisa" is on its way to "quantization".
    expect(americanPrefix('quantisa')).toBe('quantiza');
    expect(americanPrefix('promis')).toBe('promis');
  });

  it('drops stopwords and one-character words', () => {
    expect(tokenise('a GPU is the answer for a 7 B model')).toEqual(['gpu', 'answer', 'model']);
  });

  it('folds accents and treats punctuation as a separator', () => {
    expect(tokenise('Gaudí, llama.cpp (vLLM)')).toEqual(['gaudi', 'llama', 'cpp', 'vllm']);
  });

  it('makes plurals singular the same way for text and query', () => {
    expect(
      ['GPUs', 'H100s', 'memories', 'class', 'bus', 'axis'].map((w) => singular(w.toLowerCase())),
    ).toEqual(['gpu', 'h100', 'memory', 'class', 'bus', 'axis']);
    expect(tokenise('GPUs')).toEqual(tokenise('GPU'));
    expect(tokenise('H100s')).toEqual(['h100']);
  });

  it('words() keeps every word, stopwords included, for the query parser', () => {
    expect(words('the TPU')).toEqual(['the', 'tpu']);
  });
});

describe('shardOf', () => {
  it('depends only on the first two characters, so a prefix finds its terms in one shard', () => {
    expect(shardOf('systolic')).toBe(shardOf('sy'));
    expect(shardOf('h100')).toBe(shardOf('h1'));
  });

  it('spreads terms over every shard', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const used = new Set<number>();
    for (const a of letters) for (const b of letters) used.add(shardOf(a + b));
    expect(used.size).toBe(SHARD_COUNT);
    expect(Math.min(...used)).toBe(0);
    expect(Math.max(...used)).toBe(SHARD_COUNT - 1);
  });
});
