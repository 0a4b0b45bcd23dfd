// Numbers, units and text order as readers see them: the public surface of src/lib/format.
export * from './units';
export * from './text-order';
