// Index writing: a built page's sections, what is left out, and how fields weigh in the scores.
import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildIndex, excerpt } from '@site/src/plugins/search-index/build';
import { extractPage, selectorTest } from '@site/src/plugins/search-index/extract';
import searchIndexPlugin, {
  readBuiltPages,
  sourceVersion,
  writeSearchIndex,
} from '@site/src/plugins/search-index';
import type { LoadContext, PluginContentLoadedActions } from '@docusaurus/types';
import type { Element } from 'hast';
import type { PagesFile, Shard } from '@site/src/lib/search/query';
import { shardOf } from '@site/src/lib/search/tokens';

// Shaped like a built chapter: minified attributes, breadcrumbs, a hash link, maths, a table.
const CHAPTER = `<!doctype html><html><head><title>TPUs | Handbook</title>
<meta data-rh=true name=keywords content="TPU,systolic array,JetStream"></head><body>
<nav class=navbar>Navbar words</nav>
<article><nav class="theme-doc-breadcrumbs">Home crumb</nav>
<div class="theme-doc-markdown markdown"><header><h1>TPUs</h1></header>
<p>Google's <em>tensor</em> processing units.</p>
<h2 class=anchor id=the-mxu>The MXU<a href=#the-mxu class=hash-link>#</a></h2>
<p>A systolic array of multipliers.<span class=katex>katexword</span></p>
<table><tr><td>tableword</td></tr></table>
<figure>figureword</figure><details><summary>More</summary>detailsword</details>
<div data-component="link-list">linkword</div>
<h3 id=trillium>Trillium</h3><p>The sixth generation.</p>
<script>scriptword()</script><svg><text>svgword</text></svg>
</div><footer class="theme-doc-footer">footerword</footer></article></body></html>`;

const OTHER = `<html><head><meta name=keywords content="GPU"></head><body><article>
<div class=markdown><h1>GPUs</h1><p>Unlike a systolic array, a GPU has SMs.</p>
<h2 id=sms>Streaming multiprocessors</h2><p>Many of them, and the MXU is not here.</p></div>
</article></body></html>`;

describe('extractPage', () => {
  const page = extractPage(CHAPTER, '/hardware/tpus/');

  it('reads the title, the keywords and one section per h2/h3 with its anchor', () => {
    expect(page?.title).toBe('TPUs');
    expect(page?.keywords).toEqual(['TPU', 'systolic array', 'JetStream']);
    expect(page?.sections.map((s) => [s.heading, s.anchor])).toEqual([
      ['', ''],
      ['The MXU', 'the-mxu'],
      ['Trillium', 'trillium'],
    ]);
    expect(page?.sections[0]?.body).toBe("Google's tensor processing units.");
  });

  it('leaves out maths, figures, scripts, svg and page chrome', () => {
    const all = JSON.stringify(page);
    for (const word of ['katexword', 'figureword']) {
      expect(all).not.toContain(word);
    }
    for (const word of ['scriptword', 'svgword', 'footerword', 'Home crumb', 'Navbar', '#']) {
      expect(all).not.toContain(word);
    }
    expect(page?.sections[1]?.body).toBe('A systolic array of multipliers.');
  });

  it('reads tables, details and source lists into a field of their own, apart from the prose', () => {
    expect(page?.sections[1]?.tables).toBe('tableword More detailsword linkword');
    expect(page?.sections[0]?.tables).toBe('');
  });

  it('returns null for a page without an <article>', () => {
    expect(extractPage('<html><body><main>Search</main></body></html>', '/search/')).toBeNull();
  });

  it('understands the selectors it excludes by, and rejects others', () => {
    const el: Element = {
      type: 'element',
      tagName: 'div',
      properties: { dataComponent: 'x' },
      children: [],
    };
    expect(selectorTest('[data-component="x"]')(el)).toBe(true);
    expect(selectorTest('div')(el)).toBe(true);
    expect(() => selectorTest('div > p')).toThrow(/unsupported selector/);
  });
});

describe('buildIndex', () => {
  const pages = [extractPage(CHAPTER, '/hardware/tpus/'), extractPage(OTHER, '/hardware/gpus/')];
  const {
    pages: file,
    shards,
    texts,
  } = buildIndex(
    pages.filter((p) => p !== null),
    'v9',
  );
  const postings = (term: string) => (shards[shardOf(term)] as Shard)[term] ?? [];
  const scoreIn = (term: string, section: number) => {
    const list = postings(term);
    for (let i = 0; i < list.length; i += 2) if (list[i] === section) return list[i + 1] as number;
    return 0;
  };

  it('lists each page with a whole-page entry (title, keywords) before its sections', () => {
    expect(file.version).toBe('v9');
    expect(file.pages).toEqual([
      ['TPUs', '/hardware/tpus/', 0],
      ['GPUs', '/hardware/gpus/', 4],
    ]);
    // The whole-page entries carry no excerpt: the opening section after them has it.
    expect(file.sections.map(([, , , text]) => text)).toEqual([
      '',
      "Google's tensor processing units.",
      'A systolic array of multipliers.',
      'The sixth generation.',
      '',
      'Unlike a systolic array, a GPU has SMs.',
      'Many of them, and the MXU is not here.',
    ]);
    expect(file.sections.map(([page, heading, anchor]) => [page, heading, anchor])).toEqual([
      [0, '', ''],
      [0, '', ''],
      [0, 'The MXU', 'the-mxu'],
      [0, 'Trillium', 'trillium'],
      [1, '', ''],
      [1, '', ''],
      [1, 'Streaming multiprocessors', 'sms'],
    ]);
  });

  it('puts each term in the shard of its first two characters, sorted', () => {
    expect(postings('systol').length).toBeGreaterThan(0);
    for (const shard of shards) {
      const terms = Object.keys(shard);
      expect(terms).toEqual([...terms].sort());
      for (const term of terms) expect(shardOf(term)).toBe(shards.indexOf(shard));
    }
  });

  it('weighs a keyword above a heading, and a heading above the body', () => {
    // "systolic" (stem "systol") is a TPU keyword (entry 0), in the MXU body (2) and in the GPU body (5);
    // "mxu" is the MXU heading (2) and in the GPU body (6).
    expect(scoreIn('systol', 0)).toBeGreaterThan(scoreIn('mxu', 2));
    expect(scoreIn('mxu', 2)).toBeGreaterThan(scoreIn('mxu', 6));
    expect(scoreIn('systol', 2)).toBeGreaterThan(0);
    expect(scoreIn('katexword', 2)).toBe(0);
  });

  it('indexes table text, below a mention in prose', () => {
    // "tableword" is only in the MXU section's table; "multiplier" only in its prose.
    expect(scoreIn('tableword', 2)).toBeGreaterThan(0);
    expect(scoreIn('tableword', 2)).toBeLessThan(scoreIn('multipli', 2));
  });

  it('keeps each page’s section texts, for excerpts centred on the match', () => {
    expect(texts).toEqual([
      [
        "Google's tensor processing units.",
        'A systolic array of multipliers.',
        'The sixth generation.',
      ],
      ['Unlike a systolic array, a GPU has SMs.', 'Many of them, and the MXU is not here.'],
    ]);
  });

  it('gives the title its own weight in the whole-page entry', () => {
    expect(scoreIn('gpu', 4)).toBeGreaterThan(scoreIn('gpu', 5));
  });
});

describe('excerpt', () => {
  it('keeps short text and cuts long text at a word boundary with an ellipsis', () => {
    expect(excerpt('short text')).toBe('short text');
    const long = 'word '.repeat(50).trim();
    const cut = excerpt(long);
    expect(cut.length).toBeLessThanOrEqual(161);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

describe('writeSearchIndex', () => {
  it('reads the chapters of a build (not /search/) and writes the pages file and 32 shards', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'search-index-'));
    await mkdir(path.join(outDir, 'hardware', 'tpus'), { recursive: true });
    await mkdir(path.join(outDir, 'search'), { recursive: true });
    await writeFile(path.join(outDir, 'hardware', 'tpus', 'index.html'), CHAPTER);
    await writeFile(path.join(outDir, 'search', 'index.html'), CHAPTER);
    await writeFile(path.join(outDir, '404.html'), CHAPTER);
    expect((await readBuiltPages(outDir)).map((p) => p.url)).toEqual(['/hardware/tpus/']);

    await writeSearchIndex(outDir, 'v1');
    const written = await readdir(path.join(outDir, 'search'));
    expect(written).toContain('pages.v1.json');
    expect(written.filter((f) => /^t-\d+\.v1\.json$/.test(f))).toHaveLength(32);
    expect(written).toContain('x-0.v1.json');
    // Unversioned, so a tab opened before a redeploy can find the new index.
    expect(JSON.parse(await readFile(path.join(outDir, 'search', 'version.json'), 'utf8'))).toEqual(
      { version: 'v1' },
    );
    const pages = JSON.parse(
      await readFile(path.join(outDir, 'search', 'pages.v1.json'), 'utf8'),
    ) as PagesFile;
    expect(pages.pages).toEqual([['TPUs', '/hardware/tpus/', 0]]);
  });
});

describe('the plugin', () => {
  async function site(doc: string): Promise<string> {
    const siteDir = await mkdtemp(path.join(tmpdir(), 'search-site-'));
    await mkdir(path.join(siteDir, 'docs'), { recursive: true });
    await writeFile(path.join(siteDir, 'docs', 'a.mdx'), doc);
    return siteDir;
  }

  it('names the index after its sources: same sources, same name; a changed doc, a new one', async () => {
    const one = await sourceVersion(await site('# A'));
    expect(one).toMatch(/^[0-9a-f]{10}$/);
    expect(await sourceVersion(await site('# A'))).toBe(one);
    expect(await sourceVersion(await site('# B'))).not.toBe(one);
  });

  it('adds /search/ under the base URL and publishes the version the client builds names from', async () => {
    const siteDir = await site('# A');
    const plugin = await searchIndexPlugin({ siteDir, baseUrl: '/handbook/' } as LoadContext);
    const addRoute = vi.fn();
    const setGlobalData = vi.fn();
    await plugin.contentLoaded?.({
      content: undefined,
      actions: { addRoute, setGlobalData } as unknown as PluginContentLoadedActions,
    });
    expect(addRoute).toHaveBeenCalledWith({
      path: '/handbook/search/',
      component: '@site/src/components/SearchPage',
      exact: true,
    });
    expect(setGlobalData).toHaveBeenCalledWith({ version: await sourceVersion(siteDir) });
  });
});
