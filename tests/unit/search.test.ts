// Query parsing, scoring and ranking over a small hand-made index, highlighting pieces and the loader.
import {
  MAX_QUERY_WORDS,
  centredExcerpt,
  highlightWords,
  lookups,
  parseQuery,
  resultHref,
  search,
  splitMatches,
  wordTest,
  type PagesFile,
  type Shard,
} from '@site/src/lib/search/query';
import { createLoader } from '@site/src/lib/search/loader';
import { shardOf } from '@site/src/lib/search/tokens';

// Two pages: entries 0 and 3 are the whole-page entries (title and keywords).
const INDEX: PagesFile = {
  version: 'v1',
  pages: [
    ['GPUs', '/hardware/gpus/', 0],
    ['Cost management', '/cost/', 3],
  ],
  sections: [
    [0, '', '', ''],
    [0, '', '', 'GPU intro'],
    [0, 'Scale-up links: NVLink', 'nvlink', 'Links between GPUs'],
    [1, '', '', ''],
    [1, '', '', 'Cost intro'],
    [1, 'Eight H100s', 'eight-h100s', 'A worked example'],
  ],
};

// Scores are stored × 10.
const POSTINGS: Shard = {
  h100: [0, 200, 1, 30, 2, 20, 3, 100, 5, 80],
  h200: [0, 100],
  nvlink: [0, 100, 2, 60, 5, 10],
  gpu: [0, 80, 1, 10, 2, 10],
  gpudirect: [2, 300],
  cost: [3, 150, 4, 20, 5, 10],
  manag: [3, 80],
  hbm: [1, 50],
  memori: [4, 20],
};
const shardFor = () => POSTINGS;
const run = (q: string) => search(parseQuery(q), INDEX, shardFor);

describe('parseQuery', () => {
  const exact = (...terms: string[]) => ({ terms, prefix: false, weight: 1 });
  const prefix = (term: string) => ({ terms: [term], prefix: true, weight: 1 });

  it('treats the last word as a prefix while it is typed, from its stem and its letters', () => {
    expect(parseQuery('H100 memo').groups).toEqual([[exact('h100')], [prefix('memo')]]);
    // "memory" stems to "memori": both are looked up, so results stay while the word completes.
    expect(parseQuery('H100 memory').groups).toEqual([
      [exact('h100')],
      [prefix('memori'), prefix('memory')],
    ]);
    expect(parseQuery('H100 memory ').groups).toEqual([[exact('h100')], [exact('memori')]]);
  });

  it('cuts words as the indexer does, and keeps a stopword being typed as a prefix', () => {
    expect(parseQuery('GPUs and the').groups).toEqual([[exact('gpu')], [prefix('the')]]);
    expect(parseQuery('  ').groups).toEqual([]);
    expect(parseQuery('x').groups).toEqual([]);
  });

  it('expands a word or phrase of the synonym table into its group, the typed one weighing most', () => {
    const ttft = parseQuery('TTFT ').groups;
    expect(ttft).toHaveLength(1);
    expect(ttft[0]).toEqual([
      exact('ttft'),
      { terms: ['time', 'first', 'token'], prefix: false, weight: 0.8 },
    ]);
    // The phrase finds the abbreviation: one group, not three words.
    expect(parseQuery('time to first token ').groups[0]?.map((a) => a.terms.join('+'))).toEqual([
      'ttft',
      'time+first+token',
    ]);
    const vram = lookups(parseQuery('VRAM'));
    expect(vram).toEqual(expect.arrayContaining(['vram', 'hbm', 'gpu', 'memori']));
    expect(lookups(parseQuery('prompt processing '))).toContain('prefil');
    expect(lookups(parseQuery('tok/s '))).toContain('throughput');
  });

  it('caps the query: at most 8 words, each looked up once', () => {
    const long = Array.from({ length: 20 }, (_, i) => `word${i}`).join(' ');
    expect(parseQuery(`${long} `).groups).toHaveLength(MAX_QUERY_WORDS);
    expect(parseQuery('gpu gpu gpu ').groups).toHaveLength(1);
  });
});

describe('search', () => {
  it('ranks the page whose keywords and sections hold the term first', () => {
    // GPUs: best 20 + 0.3 × (3 + 2) = 21.5; Cost: best 10 + 0.3 × 8 = 12.4.
    const results = run('H100 ');
    expect(results.map((r) => [r.url, Number(r.score.toFixed(2))])).toEqual([
      ['/hardware/gpus/', 21.5],
      ['/cost/', 12.4],
    ]);
  });

  it('points at the best real section, not the whole-page entry', () => {
    expect(run('nvlink ')[0]).toMatchObject({
      heading: 'Scale-up links: NVLink',
      anchor: 'nvlink',
    });
    // Only the whole-page entry matches "h200": the result opens the page top.
    expect(run('h200 ')[0]).toMatchObject({
      url: '/hardware/gpus/',
      heading: '',
      anchor: '',
      excerpt: 'GPU intro',
    });
  });

  it('requires every word (AND) and prefers the section matching the most words', () => {
    const results = run('nvlink h100 ');
    expect(results.map((r) => r.url)).toEqual(['/hardware/gpus/', '/cost/']);
    expect(run('management nvlink ')).toHaveLength(1);
    expect(run('management h200 ')).toEqual([]);
    expect(results[1]).toMatchObject({ anchor: 'eight-h100s' });
  });

  it('matches a partial last word by prefix, whole words before a longer one', () => {
    // "gpu" exactly in entry 0 (8); "gpudirect" in entry 2 (30 × 0.6 = 18) is the best section.
    const [gpus] = run('gpu');
    expect(gpus).toMatchObject({ url: '/hardware/gpus/', anchor: 'nvlink' });
    expect(run('h1').map((r) => r.url)).toEqual(['/hardware/gpus/', '/cost/']);
    expect(run('zz')).toEqual([]);
  });

  it('adds a bonus when the query is a page title', () => {
    const plain = search(
      parseQuery('cost '),
      { ...INDEX, pages: [INDEX.pages[0]!, ['Other', '/cost/', 3]] },
      shardFor,
    );
    const titled = run('cost management ');
    expect(titled[0]!.score - plain[0]!.score).toBeGreaterThanOrEqual(20);
  });

  it('limits the number of results', () => {
    expect(search(parseQuery('h100 '), INDEX, shardFor, 1)).toHaveLength(1);
  });

  it('finds a page through a synonym, scored a little below the word itself', () => {
    // "VRAM" is in no page; "hbm" (entry 1, 5.0) and "gpu memory" are its synonyms.
    const [gpus] = run('VRAM ');
    expect(gpus).toMatchObject({ url: '/hardware/gpus/', section: 1 });
    // 5.0 × 0.8 = 4.0, plus the spread of "gpu memori" (needs both words in one section: none).
    expect(gpus!.score).toBeCloseTo(4, 5);
  });

  it('matches a word form by its stem: "managing" finds "management"', () => {
    expect(run('managing ').map((r) => r.url)).toEqual(['/cost/']);
  });
});

describe('resultHref', () => {
  it('links the section with the words to highlight, before the anchor', () => {
    expect(resultHref({ url: '/hardware/gpus/', anchor: 'nvlink' }, 'NVLink H100')).toBe(
      '/hardware/gpus/?_highlight=nvlink&_highlight=h100#nvlink',
    );
    expect(resultHref({ url: '/', anchor: '' }, 'a')).toBe('/');
  });

  it('caps the words it passes on: five at most, none longer than 32 characters', () => {
    const many = 'one two three four five six seven';
    expect(highlightWords(many)).toEqual(['one', 'two', 'three', 'four', 'five']);
    expect(highlightWords(`${'x'.repeat(33)} ok`)).toEqual(['ok']);
  });
});

describe('splitMatches', () => {
  it('marks whole words whose terms answer the query: forms, spellings and one-word synonyms', () => {
    const test = wordTest('quantizing HBM ');
    expect(
      splitMatches('Quantisation shrinks GPU memory (VRAM); unquantized stays.', test),
    ).toEqual([
      { text: 'Quantisation', match: true },
      { text: ' shrinks GPU memory (', match: false },
      { text: 'VRAM', match: true },
      { text: '); unquantized stays.', match: false },
    ]);
  });

  it('marks words that start with the word being typed', () => {
    expect(splitMatches('NVLink links GPUs', wordTest('gp'))).toEqual([
      { text: 'NVLink links ', match: false },
      { text: 'GPUs', match: true },
    ]);
  });

  it('treats text as text, never as patterns or markup', () => {
    expect(splitMatches('a <bb>(x)</bb>', wordTest('bb '))).toEqual([
      { text: 'a <', match: false },
      { text: 'bb', match: true },
      { text: '>(x)</', match: false },
      { text: 'bb', match: true },
      { text: '>', match: false },
    ]);
    expect(splitMatches('plain', null)).toEqual([{ text: 'plain', match: false }]);
    expect(wordTest('  ')).toBeNull();
  });
});

describe('centredExcerpt', () => {
  const text =
    'Opening words that say little about the matter at hand and go on for a while. ' +
    'Then the section explains that weights quantised to four bits read a quarter of the bytes, ' +
    'and it closes with more words about other things entirely.';

  it('centres on the first matching word, cut at spaces, with an ellipsis each side', () => {
    const cut = centredExcerpt(text, wordTest('quantization '), 80);
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toContain('quantised');
    // 80 characters of text at most, plus the two ellipses.
    expect(cut.length).toBeLessThanOrEqual(82);
    const at = cut.indexOf('quantised');
    expect(Math.abs(at - (cut.length - at - 'quantised'.length))).toBeLessThan(30);
  });

  it('falls back to the opening, and keeps short text whole', () => {
    expect(centredExcerpt(text, wordTest('zzz '), 40)).toMatch(/^Opening words.*…$/);
    expect(centredExcerpt('short', wordTest('short '))).toBe('short');
  });
});

describe('createLoader', () => {
  const files = (version: string): Record<string, unknown> => {
    const byName: Record<string, unknown> = { [`/base/search/pages.${version}.json`]: INDEX };
    for (let i = 0; i < 32; i++) byName[`/base/search/t-${i}.${version}.json`] = {};
    byName[`/base/search/t-${shardOf('h1')}.${version}.json`] = POSTINGS;
    return byName;
  };

  it('asks for the pages file and the one shard a word needs side by side, each once', async () => {
    const asked: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const loader = createLoader('/base/', 'v1', async (url) => {
      asked.push(url);
      await gate;
      return files('v1')[url];
    });
    const pending = loader.search('h100');
    // Both requests are out before either answers: no list of shards to read first (the engine
    // module loads first, once).
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    expect(asked).toEqual([
      '/base/search/pages.v1.json',
      `/base/search/t-${shardOf('h1')}.v1.json`,
    ]);
    release();
    expect((await pending).map((r) => r.url)).toEqual(['/hardware/gpus/', '/cost/']);
    await loader.search('h10');
    loader.prepare();
    expect(asked).toHaveLength(2);
  });

  it('follows a redeploy: a missing index makes it read version.json and use the new version', async () => {
    const asked: string[] = [];
    const loader = createLoader('/base/', 'old', async (url) => {
      asked.push(url);
      if (url === '/base/search/version.json') return { version: 'new' };
      const file = files('new')[url];
      if (!file) throw new Error(`${url}: HTTP 404`);
      return file;
    });
    expect(loader.stale).toBe(false);
    expect((await loader.search('h100')).map((r) => r.url)).toEqual(['/hardware/gpus/', '/cost/']);
    expect(loader.stale).toBe(true);
    expect(asked).toContain('/base/search/version.json');
    expect(asked.at(-1)).toMatch(/\.new\.json$/);
  });

  it('does not loop when the version is unchanged: the error stands', async () => {
    const loader = createLoader('/base/', 'v1', async (url) => {
      if (url.endsWith('version.json')) return { version: 'v1' };
      throw new Error('offline');
    });
    await expect(loader.search('h100')).rejects.toThrow('offline');
    expect(loader.stale).toBe(false);
  });

  it('centres the top results’ excerpts on the match, from their page texts', async () => {
    const byName = files('v1');
    byName['/base/search/x-1.v1.json'] = [
      'Cost intro',
      'A worked example that runs on for quite a while, and then for a while longer, with words ' +
        'that say little, before it names the H100 and goes on ' +
        'after it for long enough that an excerpt has to leave words out on both of its sides.',
    ];
    const loader = createLoader('/base/', 'v1', async (url) => {
      if (!(url in byName)) throw new Error(`${url}: HTTP 404`);
      return byName[url];
    });
    const results = await loader.search('h100 ');
    const centred = await loader.excerpts('h100 ', results);
    // The GPU page has no text file: its excerpt stays as it was.
    expect(centred[0]!.excerpt).toBe(results[0]!.excerpt);
    expect(centred[1]!.excerpt).toMatch(/^….*H100.*…$/);
  });

  it('forgets a failed request, so the next search tries again', async () => {
    let fail = true;
    const loader = createLoader('/base/', 'v1', async (url) => {
      if (fail) throw new Error('offline');
      return files('v1')[url];
    });
    await expect(loader.search('h100')).rejects.toThrow('offline');
    fail = false;
    expect(await loader.search('h100')).toHaveLength(2);
  });
});
