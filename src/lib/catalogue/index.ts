// Catalogue figures as fields, filters, footnoted sources and CSV: the public surface of src/lib/catalogue.
export * from './fields';
export * from './filter';
export * from './sources';
export * from './csv';
