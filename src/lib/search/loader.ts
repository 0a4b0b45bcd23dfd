// Loads the search files on demand and keeps them: the pages file once (on focus), each shard once.
import {
  lookups,
  pagesFileName,
  parseQuery,
  search,
  shardFileName,
  type PagesFile,
  type Result,
  type Shard,
} from './query';
import { shardOf } from './tokens';

export type SearchLoader = {
  /** Starts fetching the pages file, so it is on its way while the reader types. */
  prepare(): void;
  /** The ranked results for a query, loading whatever shards it needs. */
  search(query: string, limit?: number): Promise<Result[]>;
};

type FetchJson = (url: string) => Promise<unknown>;

const fetchJson: FetchJson = async (url) => {
  // The reader is waiting for these: ahead of any route prefetch still in flight.
  const response = await fetch(url, { priority: 'high' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
};

/** A loader reading `<siteRoot>search/…` (siteRoot ends in '/', base URL included). */
export function createLoader(siteRoot: string, version: string, get = fetchJson): SearchLoader {
  const cache = new Map<string, Promise<unknown>>();
  const load = <T>(name: string): Promise<T> => {
    let pending = cache.get(name);
    if (!pending) {
      pending = get(siteRoot + name);
      // A failed request is forgotten, so the next keystroke tries again.
      pending.catch(() => cache.delete(name));
      cache.set(name, pending);
    }
    return pending as Promise<T>;
  };
  const pages = () => load<PagesFile>(pagesFileName(version));
  return {
    prepare: () => void pages().catch(() => undefined),
    async search(text, limit) {
      const query = parseQuery(text);
      const words = lookups(query);
      // The pages file and the shards load side by side: shard names need no list.
      const shardIds = [...new Set(words.map(shardOf))];
      const [index, ...shards] = await Promise.all([
        pages(),
        ...shardIds.map((id) => load<Shard>(shardFileName(id, version))),
      ]);
      const byId = new Map(shardIds.map((id, i) => [id, shards[i] as Shard]));
      return search(query, index, (word) => byId.get(shardOf(word)) ?? {}, limit);
    },
  };
}

// One loader per site root and version, shared by the search box and the search page.
const loaders = new Map<string, SearchLoader>();

export function sharedLoader(siteRoot: string, version: string): SearchLoader {
  const key = `${siteRoot} ${version}`;
  let loader = loaders.get(key);
  if (!loader) {
    loader = createLoader(siteRoot, version);
    loaders.set(key, loader);
  }
  return loader;
}
