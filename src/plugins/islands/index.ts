// Local plugin for src/components/Island: heavy components the server renders in place and the
// browser fetches, as a chunk of their own, only when the reader nears them. Browser builds get
// `null` for each server-only module (the one handing the component to the server), so no page
// chunk carries the component's code.
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

const components = path.resolve(__dirname, '..', '..', 'components');

/** The server-only modules, as imported (no extension): each re-exports one component. */
export const SERVER_ONLY = [path.join(components, 'CompareWidget', 'server-widget')];

export default function islandsPlugin(): Plugin {
  return {
    name: 'islands',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const absent = path.join(__dirname, 'absent.ts');
      return { resolve: { alias: Object.fromEntries(SERVER_ONLY.map((file) => [file, absent])) } };
    },
  };
}
