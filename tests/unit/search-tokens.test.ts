// The tokeniser both sides of search share: what counts as a word, and which shard holds it.
import { SHARD_COUNT, shardOf, singular, tokenise, words } from '@site/src/lib/search/tokens';

describe('tokenise', () => {
  it('lower-cases and keeps device names, formats and number-words whole', () => {
    expect(tokenise('The H100 SXM runs FP8; MI300X has 4-bit weights at 3.35 TB/s')).toEqual([
      'h100',
      'sxm',
      'run',
      'fp8',
      'mi300x',
      '4-bit',
      'weight',
      '3.35',
      'tb',
    ]);
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
