// Query parsing, scoring and ranking over a small hand-made index, highlighting pieces and the loader.
import {
  parseQuery,
  resultHref,
  search,
  splitMatches,
  type PagesFile,
  type Shard,
} from '@site/src/lib/search/query';
import { createLoader } from '@site/src/lib/search/loader';
import { shardOf } from '@site/src/lib/search/tokens';

// Two pages: entries 0 and 3 are the whole-page entries (title and keywords).
const INDEX: PagesFile = {
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
  management: [3, 80],
};
const shardFor = () => POSTINGS;
const run = (q: string) => search(parseQuery(q), INDEX, shardFor);

describe('parseQuery', () => {
  it('treats the last word as a prefix while it is being typed', () => {
    expect(parseQuery('H100 memo')).toEqual({ terms: ['h100'], prefix: 'memo' });
    expect(parseQuery('H100 memory ')).toEqual({ terms: ['h100', 'memory'], prefix: null });
  });

  it('cuts words as the indexer does, and keeps a stopword being typed as a prefix', () => {
    expect(parseQuery('GPUs and the')).toEqual({ terms: ['gpu'], prefix: 'the' });
    expect(parseQuery('  ')).toEqual({ terms: [], prefix: null });
    expect(parseQuery('x')).toEqual({ terms: [], prefix: null });
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
});

describe('resultHref', () => {
  it('links the section with the words to highlight, before the anchor', () => {
    expect(resultHref({ url: '/hardware/gpus/', anchor: 'nvlink' }, 'NVLink H100')).toBe(
      '/hardware/gpus/?_highlight=nvlink&_highlight=h100#nvlink',
    );
    expect(resultHref({ url: '/', anchor: '' }, 'a')).toBe('/');
  });
});

describe('splitMatches', () => {
  it('cuts text into plain and matching pieces at word starts, case-insensitively', () => {
    expect(splitMatches('NVLink links GPUs; unlinked', ['link', 'gpu'])).toEqual([
      { text: 'NVLink ', match: false },
      { text: 'link', match: true },
      { text: 's ', match: false },
      { text: 'GPU', match: true },
      { text: 's; unlinked', match: false },
    ]);
  });

  it('treats words as text, never as patterns or markup', () => {
    expect(splitMatches('a <b>(x)</b>', ['(x)', '<b>'])).toEqual([
      { text: 'a ', match: false },
      { text: '<b>', match: true },
      { text: '(x)', match: true },
      { text: '</b>', match: false },
    ]);
    expect(splitMatches('plain', [])).toEqual([{ text: 'plain', match: false }]);
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
    await Promise.resolve();
    // Both requests are out before either answers: no list of shards to read first.
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
