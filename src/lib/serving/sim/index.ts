// The serving simulation's public surface: one replica under continuous batching, its sizing and its validation.
export * from './types';
export * from './engine';
export * from './input';
export * from './metrics';
export * from './replica';
export * from './sizing';
export * from './validation';
export * from './band';
