// Validation at the boundary and the allowed input ranges: the public surface of src/lib/input.
export * from './limits';
export * from './parsed';
export * from './validate';
