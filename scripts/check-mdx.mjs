// Quick syntax check for MDX chapters (front matter + MDX compile), without a full site build.
// Usage: node scripts/check-mdx.mjs docs/hardware/cpus.mdx [more files...]
import { readFile } from 'node:fs/promises';
import { compile } from '@mdx-js/mdx';
import matter from 'gray-matter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkDirective from 'remark-directive';

const files = process.argv.slice(2);
let failed = 0;
for (const file of files) {
  const raw = await readFile(file, 'utf8');
  try {
    const { data, content } = matter(raw);
    const problems = [];
    for (const key of ['title', 'description', 'keywords', 'sidebar_position']) {
      if (data[key] === undefined) problems.push(`front matter lacks ${key}`);
    }
    if (
      typeof data.description === 'string' &&
      (data.description.length < 50 || data.description.length > 160)
    ) {
      problems.push(`description is ${data.description.length} characters (want 50-160)`);
    }
    await compile(content, { remarkPlugins: [remarkGfm, remarkMath, remarkDirective] });
    const words = content
      .replace(/^import .*$/gm, '')
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter((w) => /[a-z]/i.test(w)).length;
    console.log(
      `${problems.length ? 'WARN' : 'ok  '} ${file}: ~${words} words${problems.length ? ' — ' + problems.join('; ') : ''}`,
    );
  } catch (error) {
    failed++;
    console.log(`FAIL ${file}: ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);
