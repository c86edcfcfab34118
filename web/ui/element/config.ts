// config.ts — page-wide settings of the <stride-lab> elements: where the engine's worker and
// wasm are (defaults: next to the package's modules, which is right for npm bundlers and
// CDNs alike), and whether sessions mount the sample data. Set by defineStrideLab(tag, options)
// before the first element starts its engine; read when a session starts.

import type { UrlLike } from 'stridelab';

export interface StrideLabOptions {
  /** URL of the engine worker module (dist-lib/worker.js); relative URLs resolve against the page. */
  workerUrl?: UrlLike;
  /** URL of stridelab_engine.wasm; relative URLs resolve against the page. */
  wasmUrl?: UrlLike;
  /** Mount the sample files expr.npy and gene-lens.npy in every session (default true). */
  sampleData?: boolean;
}

export const config: StrideLabOptions = {};

export function configure(options: StrideLabOptions): void {
  Object.assign(config, options);
}
