// Catalogue figures as fields, filters and footnoted sources: the public surface of src/lib/catalogue. The CSV writer (csv.ts) is imported on its own: it runs the whole comparison.
export * from './fields';
export * from './filter';
export * from './sources';
