// Rent-versus-own arithmetic: the public surface of src/lib/cost.
export * from './break-even';
