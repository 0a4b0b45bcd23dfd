// Serving capacity, sizing and its checks against measured throughput: the public surface of src/lib/serving.
export * from './capacity';
export * from './device';
export * from './expected';
export * from './check';
