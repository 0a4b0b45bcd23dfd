// Offline search as pages use it: the file formats, result links, marking, and the on-demand loader. Public surface of src/lib/search.
// The engine (tokens.ts: stemming and spelling; query.ts: synonyms and ranking) is imported by
// path where it is needed (the index builder, tests) and loaded by the loader on demand, so it
// stays out of every page's main bundle.
export * from './files';
export * from './loader';
