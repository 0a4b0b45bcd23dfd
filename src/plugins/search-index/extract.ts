// Reads one built page into what search needs: title, keywords and the article's sections split at h2/h3.
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';

export type Section = {
  /** The h2/h3 text; '' for the part before the first heading. */
  heading: string;
  /** The heading's id; '' for the part before the first heading. */
  anchor: string;
  body: string;
  /**
   * Text of the section's tables, collapsed details and source lists: indexed with a lower
   * weight than prose, since a device row or a source title names things the section is not about.
   */
  tables: string;
};

export type PageText = {
  /** Site path without the base URL, e.g. '/hardware/gpus/'. */
  url: string;
  title: string;
  keywords: string[];
  sections: Section[];
};

/**
 * Left out of the text: maths (KaTeX writes each formula three times), charts and the widgets
 * repeat figures the prose names and flood the index with device names; the page chrome inside
 * <article> is not content. Tables, collapsed details and source lists are read apart
 * (`isSecondary`), into a field of their own with a low weight.
 */
export const EXCLUDED = [
  '.katex',
  'figure',
  '[data-component="compare-widget"]',
  '[data-component="catalogue-table"]',
  '[data-component="markdown-twin"]',
  '.theme-doc-breadcrumbs',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  '.hash-link',
  'script',
  'style',
  'svg',
  'noscript',
  'button',
];

type Test = (element: Element) => boolean;

function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** A test for one simple selector: `tag`, `.class` or `[attr="value"]` (all this list needs). */
export function selectorTest(selector: string): Test {
  if (selector.startsWith('.')) return (el) => classes(el).includes(selector.slice(1));
  const attribute = /^\[([\w-]+)="([^"]*)"\]$/.exec(selector);
  if (attribute) {
    const [, name = '', value] = attribute;
    // hast stores data-component as dataComponent.
    const property = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    return (el) => String(el.properties[property] ?? '') === value;
  }
  if (/^[a-z][a-z0-9]*$/.test(selector)) return (el) => el.tagName === selector;
  throw new Error(`search-index: unsupported selector ${selector}`);
}

const excludedTests = EXCLUDED.map(selectorTest);
// Tables, details and source lists (except inside an excluded part, such as the catalogue
// widget) go to the low-weight field.
const secondaryTests = ['table', 'details', '[data-component="link-list"]'].map(selectorTest);
const isSecondary: Test = (el) => secondaryTests.some((test) => test(el));
const isExcluded: Test = (el) => excludedTests.some((test) => test(el));

// Text inside these joins its neighbours; any other element boundary separates words.
const INLINE = new Set(
  'a abbr b bdi cite code data dfn em i kbd mark q s samp small span strong sub sup time u var'.split(
    ' ',
  ),
);

function findElement(node: Nodes, test: Test): Element | undefined {
  if (node.type === 'element' && test(node)) return node;
  if (node.type !== 'root' && node.type !== 'element') return undefined;
  for (const child of node.children) {
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/**
 * Calls `emit` with each piece of visible text under `node`, in order, with a space at block
 * boundaries. `claim` may take an element for itself (returning true), and its text is skipped.
 */
function walk(node: Nodes, emit: (text: string) => void, claim?: (el: Element) => boolean): void {
  if (node.type === 'text') emit(node.value);
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element' && (isExcluded(node) || claim?.(node))) return;
  const block = node.type === 'element' && !INLINE.has(node.tagName);
  if (block) emit(' ');
  for (const child of node.children) walk(child, emit, claim);
  if (block) emit(' ');
}

function clean(text: string): string {
  return text.replace(/[\u200b\s]+/g, ' ').trim();
}

/** The visible text of a node, minus excluded parts. */
export function textOf(node: Nodes): string {
  const out: string[] = [];
  walk(node, (text) => out.push(text));
  return clean(out.join(''));
}

/** Splits an article at its h2/h3 headings (those with an id, so a result can link to them). */
function splitSections(article: Element): { title: string; sections: Section[] } {
  let title = '';
  const sections: Section[] = [{ heading: '', anchor: '', body: '', tables: '' }];
  const parts: string[][] = [[]];
  const tables: string[][] = [[]];
  walk(
    article,
    (text) => parts[parts.length - 1]?.push(text),
    (el) => {
      if (el.tagName === 'h1') {
        title ||= textOf(el);
        return true;
      }
      if (isSecondary(el)) {
        tables[tables.length - 1]?.push(textOf(el));
        return true;
      }
      const id = el.properties.id;
      if ((el.tagName !== 'h2' && el.tagName !== 'h3') || typeof id !== 'string' || !id)
        return false;
      sections.push({ heading: textOf(el), anchor: id, body: '', tables: '' });
      parts.push([]);
      tables.push([]);
      return true;
    },
  );
  sections.forEach((section, i) => {
    section.body = clean(parts[i]?.join('') ?? '');
    section.tables = clean(tables[i]?.join(' ') ?? '');
  });
  // The opening part stays even when empty: the title and keywords belong to it.
  return { title, sections };
}

function metaContent(root: Root, name: string): string {
  const meta = findElement(root, (el) => el.tagName === 'meta' && el.properties.name === name);
  return String(meta?.properties.content ?? '');
}

/** The search text of one built page, or null when it has no <article> (not a chapter). */
export function extractPage(html: string, url: string): PageText | null {
  const root = fromHtml(html);
  const article = findElement(root, (el) => el.tagName === 'article');
  if (!article) return null;
  const { title, sections } = splitSections(article);
  const documentTitle = textOf(findElement(root, (el) => el.tagName === 'title') ?? root);
  const keywords = metaContent(root, 'keywords')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  return { url, title: title || documentTitle.split(' | ')[0] || url, keywords, sections };
}
