// A currency sign must not open inline maths: "$55 … $6" would render the prose between as a formula.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';

type Node = { type: string; value?: string; children?: Node[] };

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return mdxFiles(full);
    return full.endsWith('.mdx') ? [full] : [];
  });
}

/** Inline formulas in a page, as written. */
async function inlineMath(file: string): Promise<string[]> {
  const found: string[] = [];
  const collect = () => (tree: Node) => {
    const walk = (node: Node): void => {
      if (node.type === 'inlineMath' && node.value !== undefined) found.push(node.value);
      node.children?.forEach(walk);
    };
    walk(tree);
  };
  const source = readFileSync(file, 'utf8').replace(/^---[\s\S]*?---/, '');
  await compile({ value: source, path: file }, { remarkPlugins: [remarkMath, collect] });
  return found;
}

/** Prose that reads like a sentence or holds a link is not a formula. */
const looksLikeProse = (tex: string): boolean =>
  /\]\(|https?:|\b(per|the|and|for|with)\b [a-z]/i.test(tex) && !/\\text\{/.test(tex);

describe('inline maths in the chapters', () => {
  const files = mdxFiles(path.resolve(__dirname, '../../docs'));
  it.each(files.map((f) => [path.relative(process.cwd(), f), f]))(
    '%s has no prose as maths',
    async (_, file) => {
      const prose = (await inlineMath(file)).filter(looksLikeProse);
      expect(prose, 'escape currency as \\$ in MDX').toEqual([]);
    },
  );

  it('flags the mistake it guards against', async () => {
    const tmp = path.join(__dirname, 'fixtures-currency.tmp.mdx');
    const { writeFileSync, rmSync } = await import('node:fs');
    writeFileSync(tmp, 'It costs $55.04 per hour, or $6.88 per GPU-hour.\n');
    try {
      expect((await inlineMath(tmp)).filter(looksLikeProse)).toHaveLength(1);
    } finally {
      rmSync(tmp);
    }
  });
});
