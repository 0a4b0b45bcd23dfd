// Shared by the local plugins that swap one file of a Docusaurus package for their own.
import path from 'node:path';

/** Bundler alias replacing `lib/<file>` of a Docusaurus package with `replacement`. */
export function replaceLibFile(
  pkg: '@docusaurus/core' | '@docusaurus/theme-classic',
  file: string,
  replacement: string,
): { resolve: { alias: Record<string, string> } } {
  const original = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'lib', file);
  return { resolve: { alias: { [original]: replacement } } };
}
