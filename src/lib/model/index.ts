// Model arithmetic (bytes, FLOPs, KV cache, peaks), the ideal estimate and its bounds: the public surface of src/lib/model.
export * from './math';
export * from './estimate';
export * from './parallelism';
export * from './roofline';
export * from './edge-fit';
export * from './experts';
