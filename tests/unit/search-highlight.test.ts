// Highlighting on the page a result opens: which text gets <mark>, and that it can be undone.
import {
  clearHighlights,
  highlightParams,
  highlightWords,
} from '@site/src/plugins/search-index/client/highlight';
import { wordTest } from '@site/src/lib/search/query';

function article(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('highlight on the target page', () => {
  it('reads every _highlight word from the query string', () => {
    expect(highlightParams('?_highlight=systolic&_highlight=array&x=1')).toEqual([
      'systolic',
      'array',
    ]);
    expect(highlightParams('')).toEqual([]);
  });

  it('caps the words it reads: five, none longer than 32 characters', () => {
    const many = Array.from({ length: 9 }, (_, i) => `_highlight=w${i}`).join('&');
    expect(highlightParams(`?${many}`)).toEqual(['w0', 'w1', 'w2', 'w3', 'w4']);
    expect(highlightParams(`?_highlight=${'x'.repeat(33)}&_highlight=ok`)).toEqual(['ok']);
  });

  it('marks word forms, British spellings and one-word synonyms, as search matched them', () => {
    const root = article('<p>Quantised weights; the quantisation of HBM and VRAM.</p>');
    expect(highlightWords(root, wordTest(['quantizing', 'vram'].join(' ')))).toBe(4);
    expect(Array.from(root.querySelectorAll('mark'), (m) => m.textContent)).toEqual([
      'Quantised',
      'quantisation',
      'HBM',
      'VRAM',
    ]);
  });

  it('marks whole words in text, and skips maths, code-like widgets, inputs, svg and details', () => {
    const root = article(
      '<p>A Systolic array; nonsystolic.</p><span class="katex">systolic</span>' +
        '<svg><text>systolic</text></svg><input value="systolic"><details>systolic</details>' +
        '<script>var systolic</script>',
    );
    expect(highlightWords(root, wordTest(['systolic'].join(' ')))).toBe(1);
    expect(root.querySelector('p')?.innerHTML).toBe(
      'A <mark data-search-highlight="">Systolic</mark> array; nonsystolic.',
    );
  });

  it('treats words as text, not as patterns or markup', () => {
    const root = article('<p>aa+bb and &lt;bb&gt;</p>');
    expect(highlightWords(root, wordTest(['aa+', '<bb>'].join(' ')))).toBe(3);
    expect(root.querySelectorAll('bb')).toHaveLength(0);
  });

  it('removes its marks again, restoring the text', () => {
    const root = article('<p>HBM bandwidth and more bandwidth</p>');
    highlightWords(root, wordTest(['bandwidth'].join(' ')));
    expect(root.querySelectorAll('mark')).toHaveLength(2);
    clearHighlights(root);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    expect(root.querySelector('p')?.childNodes).toHaveLength(1);
    expect(root.textContent).toBe('HBM bandwidth and more bandwidth');
  });
});
