// worker-name.ts — the name a worker client gives the engine's worker when the session brings
// its own wasm (wasmUrl): worker.ts then does not start loading the default engine ahead of
// the init request (engine.ts precompileEngine). Only workers the client constructs from a
// URL get it; the bundler-visible `new Worker(new URL('./worker.js', import.meta.url))` must
// keep static options, so a bundled worker with a custom wasmUrl still preloads the default.
export const OWN_WASM_WORKER = 'stridelab:own-wasm';
