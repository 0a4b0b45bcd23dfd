// What the /compare/ widget shows: its state, URL codec and per-device results. Public surface of src/lib/compare.
export * from './state';
export * from './url';
export * from './devices';
export * from './simulation';
