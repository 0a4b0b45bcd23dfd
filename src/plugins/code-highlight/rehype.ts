// Rehype plugin: highlights fenced code at build time with prism-react-renderer's Prism, so pages carry token spans and no highlighter.
import { createRequire } from 'node:module';
import { Prism, normalizeTokens } from 'prism-react-renderer';
import type { Element, ElementContent, Nodes, Root } from 'hast';

// Grammars prism-react-renderer does not bundle but the handbook's examples use. Prism's
// language files register themselves on a global Prism, as the theme's own loader does it.
const EXTRA_LANGUAGES = ['bash', 'promql', 'ini', 'docker', 'toml'] as const;
let languagesLoaded = false;

function loadLanguages(): void {
  if (languagesLoaded) return;
  const require = createRequire(import.meta.url);
  const scope = globalThis as { Prism?: unknown };
  const previous = scope.Prism;
  scope.Prism = Prism;
  try {
    for (const language of EXTRA_LANGUAGES) require(`prismjs/components/prism-${language}`);
  } finally {
    scope.Prism = previous;
  }
  languagesLoaded = true;
}

/** What a fence's meta string says: `title="…"` and line ranges such as `{1,3-5}`. */
export type FenceMeta = { title?: string; lines: Set<number> };

/** Reads `title="x"` and `{1,3-5}` (1-based lines) from a fence's meta string. */
export function parseMeta(meta: string): FenceMeta {
  const title = /title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta);
  const lines = new Set<number>();
  const ranges = /\{([\d,\s-]+)\}/.exec(meta)?.[1] ?? '';
  for (const part of ranges.split(',')) {
    const [from, to] = part.trim().split('-').map(Number);
    if (!from) continue;
    for (let line = from; line <= (to || from); line++) lines.add(line);
  }
  const text = title ? (title[1] ?? title[2] ?? title[3]) : undefined;
  return text ? { title: text, lines } : { lines };
}

// Comments that mark lines instead of numbers: they are removed from the shown code.
const MAGIC = /^\s*(?:\/\/|#|--|<!--)\s*highlight-(next-line|start|end)\s*(?:-->)?\s*$/;

/** Drops the magic comments, returning the code and the (1-based) lines they marked. */
export function magicComments(code: string): { code: string; lines: Set<number> } {
  const kept: string[] = [];
  const lines = new Set<number>();
  let next = false;
  let inRange = false;
  for (const line of code.split('\n')) {
    const magic = MAGIC.exec(line)?.[1];
    if (magic === 'next-line') next = true;
    else if (magic === 'start') inRange = true;
    else if (magic === 'end') inRange = false;
    else {
      kept.push(line);
      if (next || inRange) lines.add(kept.length);
      next = false;
    }
  }
  return { code: kept.join('\n'), lines };
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root')
    return node.children.map((child) => textOf(child)).join('');
  return '';
}

/** The class that marks a highlighted line (styled in the code block's CSS). */
export const HIGHLIGHTED_LINE_CLASS = 'code-line--highlighted';

/**
 * Token spans for `code` in `language`: one span per token with Prism's classes ("token
 * keyword"), lines separated by newline text, a highlighted line wrapped in its own span.
 * A language Prism does not know comes back as plain text, still in lines.
 */
export function highlightCode(
  code: string,
  language: string,
  marked: Set<number>,
): ElementContent[] {
  loadLanguages();
  const grammar = Object.hasOwn(Prism.languages, language) ? Prism.languages[language] : undefined;
  const lines = grammar
    ? normalizeTokens(Prism.tokenize(code, grammar))
    : code.split('\n').map((content) => [{ types: ['plain'], content }]);
  const out: ElementContent[] = [];
  lines.forEach((tokens, i) => {
    const children: ElementContent[] = tokens
      .filter((token) => token.content !== '')
      .map((token) => {
        const types = token.types.filter((type) => type !== 'plain');
        return types.length
          ? {
              type: 'element',
              tagName: 'span',
              properties: { className: ['token', ...types] },
              children: [{ type: 'text', value: token.content }],
            }
          : { type: 'text', value: token.content };
      });
    if (i > 0) out.push({ type: 'text', value: '\n' });
    if (marked.has(i + 1)) {
      out.push({
        type: 'element',
        tagName: 'span',
        properties: { className: [HIGHLIGHTED_LINE_CLASS] },
        children,
      });
    } else out.push(...children);
  });
  // MDX renders a <code> whose children are all one-line text as inline code: keep it a block.
  if (!out.some((node) => node.type === 'element')) {
    return [{ type: 'element', tagName: 'span', properties: {}, children: out }];
  }
  return out;
}

function languageOf(code: Element): string | undefined {
  const classes = code.properties.className;
  const list = Array.isArray(classes) ? classes.map(String) : [];
  return list.find((c) => c.startsWith('language-'))?.slice('language-'.length);
}

/** Turns every `<pre><code>` of a compiled page into highlighted spans, keeping title and line marks. */
export default function rehypeHighlightCode() {
  return (tree: Root): void => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const code =
          child.tagName === 'pre'
            ? child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code')
            : undefined;
        if (!code) {
          visit(child);
          continue;
        }
        const meta = parseMeta(String(code.properties.metastring ?? ''));
        const source = textOf(code).replace(/\n$/, '');
        const magic = magicComments(source);
        const lines = new Set([...meta.lines, ...magic.lines]);
        const language = languageOf(code) ?? 'text';
        code.children = highlightCode(magic.code, language, lines);
        delete code.properties.metastring;
        if (meta.title) code.properties.title = meta.title;
      }
    };
    visit(tree);
  };
}
