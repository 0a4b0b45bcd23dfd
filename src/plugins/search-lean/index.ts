// Local theme: the easyops offline search, with its index slimmed after it is written (issue 14).
import type { LoadContext, Plugin, PluginModule } from '@docusaurus/types';
import type { PluginOptions } from '@easyops-cn/docusaurus-search-local';
import { slimSearchIndexes } from './slim';

// The package's types describe its options only, so its CommonJS exports are typed here.
type SearchLocal = {
  default: (context: LoadContext, options: PluginOptions) => Plugin;
  validateOptions: NonNullable<PluginModule['validateOptions']>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const searchLocal = require('@easyops-cn/docusaurus-search-local') as SearchLocal;

export default function searchLean(context: LoadContext, options: unknown): Plugin {
  // Docusaurus has validated the options with the package's own validateOptions (below).
  const plugin = searchLocal.default(context, options as PluginOptions);
  const writeIndex = plugin.postBuild;
  return {
    ...plugin,
    async postBuild(props) {
      await writeIndex?.call(plugin, props);
      for (const [file, before, after] of await slimSearchIndexes(props.outDir)) {
        console.log(`[search-lean] ${file}: ${before} → ${after} bytes`);
      }
    },
  };
}

searchLean.validateOptions = searchLocal.validateOptions;
