// Local plugin: fenced code is highlighted at build time (rehype.ts) and coloured by a generated stylesheet; no highlighter reaches the browser.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { themes } from 'prism-react-renderer';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { replaceLibFile } from '../replace-module';
import { themeCss } from './theme-css';

export { default as rehypeHighlightCode } from './rehype';

/**
 * The colour themes, chosen for contrast: every token colour of vsLight on its white and of
 * dracula on its #282A36 background passes WCAG AA (4.5:1); the theme's default github theme
 * does not (#36acaa on #f6f8fa is 2.6:1).
 */
export const LIGHT_THEME = themes.vsLight;
export const DARK_THEME = themes.dracula;

export default function codeHighlightPlugin(context: LoadContext): Plugin {
  // Written when the plugin loads, before the client modules are bundled.
  const dir = path.join(context.generatedFilesDir, 'code-highlight');
  const css = path.join(dir, 'prism-theme.css');
  mkdirSync(dir, { recursive: true });
  writeFileSync(css, themeCss(LIGHT_THEME, DARK_THEME));
  return {
    name: 'code-highlight',
    getClientModules: () => [css],
    configureWebpack() {
      const original = path.join(
        path.dirname(require.resolve('@docusaurus/theme-classic/package.json')),
        'lib',
        'prism-include-languages.js',
      );
      if (!existsSync(original)) {
        throw new Error(
          `code-highlight: ${original} is gone; @docusaurus/theme-classic changed how it loads ` +
            'Prism languages, so check that no highlighter reaches the browser and update this plugin.',
        );
      }
      // The classic theme registers a client module that loads prism-react-renderer on every
      // page to add languages to it; the code arrives highlighted, so it becomes an empty module.
      return replaceLibFile(
        '@docusaurus/theme-classic',
        'prism-include-languages.js',
        path.join(__dirname, 'empty.js'),
      );
    },
  };
}
