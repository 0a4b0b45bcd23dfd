// Renders a built page's article as Markdown: components arrive as the HTML they rendered, so a HardwareTable becomes a GFM table with its figures and links.
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { mathToMarkdown } from 'mdast-util-math';
import type { Element, ElementContent, Nodes, Root } from 'hast';

/** Where a page's Markdown twin lives: `index.md` beside its `index.html`. */
export function twinPath(route: string): string {
  return `${route.endsWith('/') ? route : `${route}/`}index.md`;
}

function classes(el: Element): string[] {
  const value = el.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

// Page chrome and interactive parts with nothing to read: dropped with their text.
const DROPPED_TAGS = new Set(['script', 'style', 'svg', 'noscript', 'button', 'input', 'select']);
const DROPPED_CLASSES = [
  'hash-link',
  'theme-doc-breadcrumbs',
  'theme-doc-toc-mobile',
  'theme-doc-footer',
  'pagination-nav',
  'theme-doc-version-badge',
];
const DROPPED_COMPONENTS = new Set(['markdown-twin']);

function isDropped(el: Element): boolean {
  if (DROPPED_TAGS.has(el.tagName)) return true;
  if (el.properties.hidden !== undefined && el.properties.hidden !== false) return true;
  if (DROPPED_COMPONENTS.has(String(el.properties.dataComponent ?? ''))) return true;
  // The ScrollRegion's role and the visually hidden status lines are for screen readers only.
  if (el.properties.role === 'status') return true;
  return classes(el).some((c) => DROPPED_CLASSES.includes(c));
}

function findAll(node: Nodes, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  if (node.type === 'element' && test(node)) out.push(node);
  if (node.type === 'element' || node.type === 'root')
    for (const child of node.children) findAll(child, test, out);
  return out;
}

function texOf(katex: Element): string {
  const annotation = findAll(
    katex,
    (el) => el.tagName === 'annotation' && el.properties.encoding === 'application/x-tex',
  )[0];
  const text = annotation?.children[0];
  return text?.type === 'text' ? text.value.trim() : '';
}

/** Absolute address for a site-relative link, so a pasted twin still points somewhere. */
function absolute(href: string, siteUrl: string, pageUrl: string): string {
  if (href.startsWith('#')) return `${siteUrl}${pageUrl}${href}`;
  if (href.startsWith('/') && !href.startsWith('//')) return `${siteUrl}${href}`;
  return href;
}

/**
 * Prepares the article for conversion: drops chrome, turns KaTeX into its TeX source (as
 * `x-math` and `x-math-block` elements the handlers below know) and makes links absolute.
 */
function clean(node: Element | Root, siteUrl: string, pageUrl: string): void {
  const kept: ElementContent[] = [];
  for (const child of node.children as ElementContent[]) {
    if (child.type === 'comment') continue;
    if (child.type !== 'element') {
      kept.push(child);
      continue;
    }
    if (isDropped(child)) continue;
    const cls = classes(child);
    if (cls.includes('katex-display') || cls.includes('katex')) {
      const tex = texOf(child);
      if (tex) {
        const tagName = cls.includes('katex-display') ? 'x-math-block' : 'x-math';
        kept.push({ type: 'element', tagName, properties: { tex }, children: [] });
      }
      continue;
    }
    for (const attribute of ['href', 'src'] as const) {
      const value = child.properties[attribute];
      if (typeof value === 'string')
        child.properties[attribute] = absolute(value, siteUrl, pageUrl);
    }
    clean(child, siteUrl, pageUrl);
    // Charts lay out a label and a value as adjacent spans; in text they would run together.
    const previous = kept.at(-1);
    if (
      previous?.type === 'element' &&
      SEPARATED.has(previous.tagName) &&
      SEPARATED.has(child.tagName)
    )
      kept.push({ type: 'text', value: ' · ' });
    kept.push(child);
  }
  node.children = kept;
}

// Adjacent siblings of these tags, with no text between, get a separator.
const SEPARATED = new Set(['span', 'div']);

export type Twin = { title: string; markdown: string };

/**
 * The Markdown twin of one built page, or null when it has no <article>. `siteUrl` has no
 * trailing slash; `pageUrl` is the route ('/hardware/gpus/').
 */
export function pageToMarkdown(html: string, pageUrl: string, siteUrl: string): Twin | null {
  const root = fromHtml(html);
  const article = findAll(root, (el) => el.tagName === 'article')[0];
  if (!article) return null;
  clean(article, siteUrl, pageUrl);
  const h1 = findAll(article, (el) => el.tagName === 'h1')[0];
  const title = h1 ? plain(h1) : '';
  const mdast = toMdast(article, {
    handlers: {
      'x-math': (_state, el) => ({ type: 'inlineMath', value: String(el.properties.tex) }),
      'x-math-block': (_state, el) => ({ type: 'math', value: String(el.properties.tex) }),
    },
  });
  const body = toMarkdown(mdast, {
    extensions: [gfmTableToMarkdown(), mathToMarkdown()],
    bullet: '-',
    emphasis: '_',
    fences: true,
    resourceLink: true,
    rule: '-',
  }).trim();
  const markdown = `${body}\n\n---\n\nSource: ${siteUrl}${pageUrl}\n`;
  return { title, markdown };
}

function plain(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(plain).join('');
  return '';
}
