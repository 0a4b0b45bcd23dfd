// Loads the search files on demand and keeps them: the pages file once (on focus), each shard once, a page's text for centred excerpts; follows a redeploy under an open tab.
import {
  CURRENT_VERSION_FILE,
  pageTextFileName,
  pagesFileName,
  shardFileName,
  shardOf,
  type PageTextFile,
  type PagesFile,
  type Result,
  type Shard,
  type WordTest,
} from './files';
import type * as EngineModule from './query';

// The engine (stemmer, synonyms, ranking) is a chunk of its own, fetched when search is first
// used, beside the pages file: a page that is only read never loads it.
type Engine = typeof EngineModule;
let engineModule: Engine | null = null;
let enginePending: Promise<Engine> | null = null;
function loadEngine(): Promise<Engine> {
  enginePending ??= import('./query').then(
    (engine) => (engineModule = engine),
    (error: unknown) => {
      enginePending = null;
      throw error;
    },
  );
  return enginePending;
}

export type SearchLoader = {
  /** Starts fetching the pages file and the engine, so they are on their way while the reader types. */
  prepare(): void;
  /**
   * Which words of a text answer `query` (word forms and synonyms included), for <mark>; null
   * until the engine has loaded, which it has whenever results exist.
   */
  wordTest(query: string): WordTest | null;
  /** The ranked results for a query, loading whatever shards it needs. */
  search(query: string, limit?: number): Promise<Result[]>;
  /**
   * The same results with excerpts centred on the first matching word, for the first `count`
   * (the others, and any whose page text fails to load, keep the section's opening words).
   */
  excerpts(query: string, results: Result[], count?: number): Promise<Result[]>;
  /**
   * True once the index this page was built with is gone and a newer one answers (the site was
   * deployed again while the tab was open): results then open with a full page load.
   */
  readonly stale: boolean;
};

type FetchJson = (url: string, fresh?: boolean) => Promise<unknown>;

const fetchJson: FetchJson = async (url, fresh = false) => {
  // The reader is waiting for these: ahead of any route prefetch still in flight.
  const response = await fetch(url, { priority: 'high', cache: fresh ? 'no-cache' : 'default' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
};

/** How many results get an excerpt centred on the match by default (one page text each). */
export const CENTRED_EXCERPTS = 3;

/** A loader reading `<siteRoot>search/…` (siteRoot ends in '/', base URL included). */
export function createLoader(
  siteRoot: string,
  builtVersion: string,
  get = fetchJson,
): SearchLoader {
  let version = builtVersion;
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

  // After a failure: if the site now serves another index version, switch to it (once per
  // version) and say whether the caller should try again.
  let checking: Promise<boolean> | null = null;
  const followRedeploy = (): Promise<boolean> => {
    checking ??= get(siteRoot + CURRENT_VERSION_FILE, true)
      .then((answer) => {
        const current = (answer as { version?: unknown } | null)?.version;
        if (typeof current !== 'string' || !/^[\w-]{1,40}$/.test(current) || current === version)
          return false;
        version = current;
        cache.clear();
        return true;
      })
      .catch(() => false)
      .finally(() => (checking = null));
    return checking;
  };

  const run = async (text: string, limit?: number): Promise<Result[]> => {
    const { lookups, parseQuery, search } = await loadEngine();
    const query = parseQuery(text);
    const words = lookups(query);
    // The pages file and the shards load side by side: shard names need no list.
    const shardIds = [...new Set(words.map(shardOf))];
    const [index, ...shards] = await Promise.all([
      load<PagesFile>(pagesFileName(version)),
      ...shardIds.map((id) => load<Shard>(shardFileName(id, version))),
    ]);
    const byId = new Map(shardIds.map((id, i) => [id, shards[i] as Shard]));
    return search(query, index, (word) => byId.get(shardOf(word)) ?? {}, limit);
  };

  return {
    get stale() {
      return version !== builtVersion;
    },
    prepare: () => {
      void loadEngine().catch(() => undefined);
      void load(pagesFileName(version)).catch(() => undefined);
    },
    wordTest: (text) => engineModule?.wordTest(text) ?? null,
    async search(text, limit) {
      try {
        return await run(text, limit);
      } catch (error) {
        if (await followRedeploy()) return run(text, limit);
        throw error;
      }
    },
    async excerpts(text, results, count = CENTRED_EXCERPTS) {
      const { centredExcerpt, wordTest } = await loadEngine();
      const test = wordTest(text);
      const index = await load<PagesFile>(pagesFileName(version)).catch(() => null);
      if (!index || !test) return results;
      return Promise.all(
        results.map(async (result, i) => {
          if (i >= count) return result;
          const whole = index.pages[result.page]?.[2];
          if (whole === undefined) return result;
          const texts = await load<PageTextFile>(pageTextFileName(result.page, version)).catch(
            () => null,
          );
          const body = texts?.[result.section - whole - 1];
          return body ? { ...result, excerpt: centredExcerpt(body, test) } : result;
        }),
      );
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
