// Build-time highlighting: fence meta, magic comments, token spans in the compiled tree, and the two-mode stylesheet.
import type { Element, Root } from 'hast';
import rehypeHighlightCode, {
  HIGHLIGHTED_LINE_CLASS,
  highlightCode,
  magicComments,
  parseMeta,
} from '@site/src/plugins/code-highlight/rehype';
import {
  MIN_CONTRAST,
  contrast,
  parseColour,
  readable,
  themeCss,
} from '@site/src/plugins/code-highlight/theme-css';
import { DARK_THEME, LIGHT_THEME } from '@site/src/plugins/code-highlight';

/** A compiled fence as MDX hands it to rehype: <pre><code class="language-x" metastring>. */
function fence(code: string, language: string, metastring = ''): Root {
  const properties: Element['properties'] = { className: [`language-${language}`] };
  if (metastring) properties.metastring = metastring;
  return {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'pre',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'code',
            properties,
            children: [{ type: 'text', value: code }],
          },
        ],
      },
    ],
  };
}

function codeOf(tree: Root): Element {
  return (tree.children[0] as Element).children[0] as Element;
}

function text(node: Element | Root): string {
  return node.children
    .map((child) =>
      child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '',
    )
    .join('');
}

function spans(node: Element, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    out.push(child);
    spans(child, out);
  }
  return out;
}

describe('parseMeta', () => {
  it('reads a title in either quotes and line ranges', () => {
    expect(parseMeta('title="alerts.yaml" {1,3-4}')).toEqual({
      title: 'alerts.yaml',
      lines: new Set([1, 3, 4]),
    });
    expect(parseMeta("title='a b'").title).toBe('a b');
    expect(parseMeta('')).toEqual({ lines: new Set() });
  });
});

describe('magicComments', () => {
  it('removes highlight comments and marks the lines they point at', () => {
    const source = [
      'a',
      '# highlight-next-line',
      'b',
      '// highlight-start',
      'c',
      'd',
      '// highlight-end',
      'e',
    ].join('\n');
    expect(magicComments(source)).toEqual({ code: 'a\nb\nc\nd\ne', lines: new Set([2, 3, 4]) });
  });
});

describe('rehypeHighlightCode', () => {
  it('turns PromQL into token spans with Prism classes, keeping the text exactly', () => {
    const source = 'sum(rate(vllm:generation_tokens_total[1m]))\n# a comment';
    const tree = fence(source, 'promql');
    rehypeHighlightCode()(tree);
    const code = codeOf(tree);
    expect(text(code)).toBe(source);
    const classes = spans(code).map((s) => (s.properties.className as string[]).join(' '));
    expect(classes).toContain('token function');
    expect(classes).toContain('token comment');
  });

  it('moves the title to the code element and wraps marked lines', () => {
    const tree = fence('one\ntwo\nthree\n', 'bash', 'title="run.sh" {2}');
    rehypeHighlightCode()(tree);
    const code = codeOf(tree);
    expect(code.properties.title).toBe('run.sh');
    expect(code.properties.metastring).toBeUndefined();
    // The fence's final newline is dropped; line 2 is wrapped.
    expect(text(code)).toBe('one\ntwo\nthree');
    const marked = spans(code).filter((s) =>
      (s.properties.className as string[] | undefined)?.includes(HIGHLIGHTED_LINE_CLASS),
    );
    expect(marked.map(text)).toEqual(['two']);
  });

  it('keeps a language Prism does not know as text, and a one-line block a block', () => {
    // MDX renders a <code> whose children are all one-line strings as inline code.
    const nodes = highlightCode('just words', 'nosuchlanguage', new Set());
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ type: 'element', tagName: 'span' });
  });

  it('leaves inline code alone', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'code',
          properties: {},
          children: [{ type: 'text', value: 'x' }],
        },
      ],
    };
    rehypeHighlightCode()(tree);
    expect((tree.children[0] as Element).children).toEqual([{ type: 'text', value: 'x' }]);
  });
});

describe('themeCss', () => {
  it('colours tokens for the light mode and, under data-theme=dark, for the dark one', () => {
    const css = themeCss(LIGHT_THEME, DARK_THEME);
    expect(css).toMatch(/^\.theme-code-block \.token\.comment[^{]*\{color:rgb\(0, 128, 0\)/m);
    expect(css).toMatch(/\[data-theme='dark'\] \.theme-code-block \.token\.comment[^{]*\{color:/);
    expect(css).toContain('--code-plain-background:#282A36');
    // Types only the light theme styles (vsLight's numbers) fall back to the dark plain colour.
    expect(css).toContain("[data-theme='dark'] .theme-code-block .token{color:#F8F8F2");
  });
});

describe('readable', () => {
  it('darkens a light-mode colour below 4.5:1 just enough, and keeps one that passes', () => {
    // vsLight's attr-name red, rgb(255, 0, 0), is 4.0:1 on white.
    const fixed = readable('rgb(255, 0, 0)', '#ffffff');
    expect(contrast(parseColour(fixed)!, [255, 255, 255])).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(parseColour(fixed)![0]).toBeGreaterThan(200);
    expect(readable('rgb(0, 128, 0)', '#f5f6f7')).toBe('rgb(0, 128, 0)');
  });

  it('lightens a dark-mode colour: dracula comments, 3.0:1 on #282A36', () => {
    const fixed = readable('rgb(98, 114, 164)', '#282A36');
    expect(contrast(parseColour(fixed)!, parseColour('#282A36')!)).toBeGreaterThanOrEqual(
      MIN_CONTRAST,
    );
  });

  it('gives every token of both generated themes at least 4.5:1', () => {
    const css = themeCss(LIGHT_THEME, DARK_THEME);
    for (const line of css.split('\n')) {
      const colour = /\{color:([^;}]+)/.exec(line)?.[1];
      if (!colour) continue;
      const background = line.startsWith('[data-theme') ? '#282A36' : '#f5f6f7';
      expect(contrast(parseColour(colour)!, parseColour(background)!), line).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });
});
