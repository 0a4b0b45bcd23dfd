// Markdown twins: a built page's article as Markdown, components included as the HTML they rendered, chrome and MDX left out.
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pageToMarkdown, twinPath } from '@site/src/plugins/markdown-twins/convert';
import { wantsTwin, writeTwins } from '@site/src/plugins/markdown-twins';

// Shaped like a built chapter: breadcrumbs, the twin's own row, a hash link, KaTeX, a table of
// devices with source links, a highlighted code block with its copy button, a chart's spans.
const PAGE = `<!doctype html><html><head><title>GPUs | Handbook</title></head><body>
<nav class=navbar>Navbar</nav><article>
<nav class="theme-doc-breadcrumbs">Home crumb</nav>
<div data-component="markdown-twin"><button>Copy page as Markdown</button><a href="/hardware/gpus/index.md">View as Markdown</a></div>
<div class="theme-doc-markdown markdown"><header><h1>GPUs</h1></header>
<p>Decode reads <span class="katex"><span class="katex-mathml"><math><semantics><mrow></mrow><annotation encoding="application/x-tex">2 \\times 70</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">2×70</span></span> GB; see <a href="/hardware/tpus/">TPUs</a> and <a href="#memory">below</a>.</p>
<h2 id=memory>Memory<a href=#memory class=hash-link>#</a></h2>
<div role=region aria-label="Devices"><table><caption>Devices</caption><thead><tr><th>Device<th>Memory<th>Source</thead>
<tbody><tr><td>NVIDIA H100 SXM<td>80 GB<td><a href="https://www.nvidia.com/en-us/data-center/h100/">NVIDIA</a></tbody></table></div>
<ol><li><span>HBM3</span><span>3,350 GB/s</span></li></ol>
<div class="theme-code-block"><div><div>query.promql</div><button>Copy</button><span role=status></span></div>
<div role=region><pre><code class="language-promql"><span class="token function">sum</span>(up)
<span class="code-line--highlighted">rate(x[5m])</span></code></pre></div></div>
</div><footer class="theme-doc-footer">Edit this page</footer></article></body></html>`;

describe('pageToMarkdown', () => {
  const twin = pageToMarkdown(PAGE, '/hardware/gpus/', 'https://example.org');
  const md = twin?.markdown ?? '';

  it('starts with the title and ends with the page address', () => {
    expect(twin?.title).toBe('GPUs');
    expect(md.startsWith('# GPUs\n')).toBe(true);
    expect(md.trim().endsWith('Source: https://example.org/hardware/gpus/')).toBe(true);
  });

  it('renders a table as a GFM table with its figures and source links', () => {
    expect(md).toContain('| Device');
    expect(md).toMatch(
      /\| NVIDIA H100 SXM +\| 80 GB +\| \[NVIDIA\]\(https:\/\/www\.nvidia\.com\/en-us\/data-center\/h100\/\) \|/,
    );
  });

  it('keeps maths as TeX, code as a fenced block, and makes site links absolute', () => {
    expect(md).toContain('$2 \\times 70$');
    expect(md).toContain('```promql\nsum(up)\nrate(x[5m])\n```');
    expect(md).toContain('[TPUs](https://example.org/hardware/tpus/)');
    expect(md).toContain('[below](https://example.org/hardware/gpus/#memory)');
  });

  it('leaves out page chrome, buttons and the twin’s own row; separates a chart’s spans', () => {
    for (const text of [
      'Home crumb',
      'Copy',
      'View as Markdown',
      'Edit this page',
      'Navbar',
      '2×70',
    ]) {
      expect(md).not.toContain(text);
    }
    expect(md).toContain('HBM3 · 3,350 GB/s');
    expect(md).not.toMatch(/^(import|export) /m);
  });

  it('returns null without an <article>', () => {
    expect(pageToMarkdown('<html><body><main>x</main></body></html>', '/x/', '')).toBeNull();
  });
});

describe('writeTwins', () => {
  it('writes index.md beside each page’s index.html, except search and 404', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'twins-'));
    await mkdir(path.join(outDir, 'hardware', 'gpus'), { recursive: true });
    await writeFile(path.join(outDir, 'hardware', 'gpus', 'index.html'), PAGE);
    await writeFile(path.join(outDir, 'index.html'), PAGE);
    const result = await writeTwins(
      outDir,
      ['/', '/hardware/gpus/', '/search/', '/404.html'],
      '/',
      'https://example.org',
    );
    expect(result.written).toEqual(['/', '/hardware/gpus/']);
    expect(await readFile(path.join(outDir, 'hardware', 'gpus', 'index.md'), 'utf8')).toMatch(
      /^# GPUs/,
    );
    expect(wantsTwin('/base/search/', '/base/')).toBe(false);
    expect(twinPath('/hardware/gpus/')).toBe('/hardware/gpus/index.md');
    expect(twinPath('/')).toBe('/index.md');
  });
});
