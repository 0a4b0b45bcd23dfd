// Local plugin: stops the build, naming each change, when a framework internal this site depends on is not as expected.
import type { Plugin } from '@docusaurus/types';
import { assertFramework } from './checks';

export default function frameworkGuardsPlugin(): Plugin {
  // At start-up, before any bundling: an upgrade that moved a file fails in seconds, not after a
  // build that silently lost prefetching or the deferred mobile menu.
  assertFramework();
  return { name: 'framework-guards' };
}
