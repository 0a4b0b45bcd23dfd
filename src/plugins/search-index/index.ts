// Local plugin: writes the chunked offline search index after the build, adds /search/ and the highlight module.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import {
  CURRENT_VERSION_FILE,
  pageTextFileName,
  pagesFileName,
  shardFileName,
  type SearchGlobalData,
} from '../../lib/search';
import { buildIndex } from './build';
import { extractPage, type PageText } from './extract';

/** Every file under dir (relative paths, sorted), skipping dot-folders and node_modules. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(dir, rel)));
    else files.push(rel);
  }
  return files.sort();
}

/**
 * The index version: a hash of what the pages are built from (docs, components, config,
 * dependencies). It must be known before the pages are bundled, which is before the index
 * exists, so it cannot hash the index itself; equal sources give equal names, so caches survive
 * rebuilds, and any change of source gives new names.
 */
export async function sourceVersion(siteDir: string): Promise<string> {
  const hash = createHash('sha256');
  const sources = [
    ...(await listFiles(siteDir, 'docs')),
    ...(await listFiles(siteDir, 'src')),
    'docusaurus.config.ts',
    'sidebars.ts',
    'package-lock.json',
  ];
  for (const file of sources) {
    hash.update(file);
    hash.update(await readFile(path.join(siteDir, file)).catch(() => ''));
  }
  return hash.digest('hex').slice(0, 10);
}

/** Reads every built chapter (an index.html with an <article>), except the search page itself. */
export async function readBuiltPages(outDir: string): Promise<PageText[]> {
  const pages: PageText[] = [];
  for (const file of await listFiles(outDir)) {
    if (path.basename(file) !== 'index.html') continue;
    const dir = path.dirname(file).split(path.sep).join('/');
    const url = dir === '.' ? '/' : `/${dir}/`;
    if (url === '/search/') continue;
    const page = extractPage(await readFile(path.join(outDir, file), 'utf8'), url);
    if (page) pages.push(page);
  }
  return pages;
}

export type IndexSizes = { pages: number; shards: number[]; texts: number[] };

/**
 * Writes search/pages.<version>.json, the term shards, each page's section texts, and
 * search/version.json (unversioned: a tab opened before a redeploy reads it to find the new
 * index); returns the files' sizes in bytes.
 */
export async function writeSearchIndex(outDir: string, version: string): Promise<IndexSizes> {
  const { pages, shards, texts } = buildIndex(await readBuiltPages(outDir), version);
  await mkdir(path.join(outDir, 'search'), { recursive: true });
  const write = async (name: string, content: unknown) => {
    const json = JSON.stringify(content);
    await writeFile(path.join(outDir, name), json, 'utf8');
    return json.length;
  };
  const sizes: IndexSizes = {
    pages: await write(pagesFileName(version), pages),
    shards: [],
    texts: [],
  };
  for (const [i, shard] of shards.entries())
    sizes.shards.push(await write(shardFileName(i, version), shard));
  for (const [i, text] of texts.entries())
    sizes.texts.push(await write(pageTextFileName(i, version), text));
  await write(CURRENT_VERSION_FILE, { version });
  return sizes;
}

export default async function searchIndexPlugin(context: LoadContext): Promise<Plugin> {
  const version = await sourceVersion(context.siteDir);
  return {
    name: 'search-index',
    async contentLoaded({ actions }) {
      actions.setGlobalData({ version } satisfies SearchGlobalData);
      actions.addRoute({
        path: `${context.baseUrl}search/`,
        component: '@site/src/components/SearchPage',
        exact: true,
      });
    },
    getClientModules: () => [path.join(__dirname, 'client', 'highlight.ts')],
    async postBuild({ outDir }) {
      const { pages, shards, texts } = await writeSearchIndex(outDir, version);
      console.log(
        `[search-index] ${pages} B of pages, ${shards.length} shards up to ${Math.max(...shards)} B, ` +
          `${texts.length} page texts up to ${Math.max(...texts)} B`,
      );
    },
  };
}
