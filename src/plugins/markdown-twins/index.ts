// Local plugin: after the build, writes a Markdown twin (index.md) beside every page's index.html, rendered from the built article.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { pageToMarkdown, twinPath } from './convert';

/** Routes that get no twin: the search page and the 404 page are not in the sitemap either. */
export function wantsTwin(route: string, baseUrl: string): boolean {
  const local = `/${route.slice(baseUrl.length)}`;
  return local !== '/search/' && local !== '/404.html' && !local.startsWith('/404');
}

/** Writes the twins of the given routes (base URL included); returns how many were written. */
export async function writeTwins(
  outDir: string,
  routes: string[],
  baseUrl: string,
  siteUrl: string,
): Promise<{ written: string[]; skipped: string[] }> {
  const written: string[] = [];
  const skipped: string[] = [];
  for (const route of [...new Set(routes)].sort()) {
    if (!wantsTwin(route, baseUrl)) continue;
    const local = `/${route.slice(baseUrl.length)}`;
    const html = await readFile(path.join(outDir, local, 'index.html'), 'utf8').catch(() => null);
    const twin = html === null ? null : pageToMarkdown(html, route, siteUrl);
    if (!twin) {
      skipped.push(route);
      continue;
    }
    await writeFile(path.join(outDir, twinPath(local)), twin.markdown, 'utf8');
    written.push(route);
  }
  return { written, skipped };
}

export default function markdownTwinsPlugin(context: LoadContext): Plugin {
  return {
    name: 'markdown-twins',
    async postBuild({ outDir, routesPaths }) {
      const siteUrl = context.siteConfig.url.replace(/\/$/, '');
      const { written, skipped } = await writeTwins(outDir, routesPaths, context.baseUrl, siteUrl);
      console.log(
        `[markdown-twins] ${written.length} Markdown twins` +
          (skipped.length ? `; no <article> in ${skipped.join(', ')}` : ''),
      );
    },
  };
}
