// The estimator's public surface, re-exported from the modules that hold each concern.
export * from '../data/precisions';
export * from './limits';
export * from './validate';
export * from './model-math';
export * from './estimate';
export * from './resolve';
