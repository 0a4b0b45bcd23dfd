// Local plugin: keeps Prism out of the bundle. The theme registers a client module that loads
// prism-react-renderer on every page to add languages to it; the handbook's code block
// (src/theme/CodeBlock) does not highlight, so that module becomes an empty one.
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { replaceLibFile } from '../replace-module';

export default function noPrismPlugin(): Plugin {
  return {
    name: 'no-prism',
    configureWebpack() {
      return replaceLibFile(
        '@docusaurus/theme-classic',
        'prism-include-languages.js',
        path.join(__dirname, 'empty.js'),
      );
    },
  };
}
