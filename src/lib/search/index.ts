// Offline search: tokeniser, query and ranking, and the on-demand loader. Public surface of src/lib/search.
export * from './tokens';
export * from './query';
export * from './loader';
