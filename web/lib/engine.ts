// engine.ts — loads the wasm engine (stridelab_engine.mjs/.wasm, built from cpp/bindings)
// in Node and in browsers/workers, and declares the raw embind API that session.ts wraps.
//
// Emscripten 3.1.6's ES6 output is built for web/worker only: it must not look for the
// .wasm itself (in Node it would trip over __dirname, in a module worker it has no script
// directory). So we always hand it the instance through Module.instantiateWasm: in Node
// from the file next to this module, in the browser by fetching a URL relative to it
// (bundlers such as Vite see `new URL('./stridelab_engine.wasm', import.meta.url)` and emit
// the file).

import { resolveAssetUrl } from './asset-url.js';
import createEngine from './stridelab_engine.mjs';
import type { RawRunResult } from './run-result.js';
import type { ArrayInfoData, GlobalInfo, SessionOptions } from './types.js';

/** The embind class `Session` of cpp/bindings/engine_bindings.cpp. */
export interface RawSession {
  run(code: string, filename: string): RawRunResult;
  globals(): GlobalInfo[];
  inspect(name: string): ArrayInfoData | null;
  elementOffsets(name: string, maxCount: number): Float64Array | null;
  readBytes(bufferId: number, start: number, length: number): Uint8Array | null;
  writeFile(path: string, data: Uint8Array): void;
  readFile(path: string): Uint8Array | null;
  interruptFlagAddress(): number;
  requestInterrupt(): void;
  clearInterrupt(): void;
  delete(): void;
}

export interface RawEngine {
  Session: new () => RawSession;
  HEAP32?: Int32Array;
  /** Routes np.load/np.save to a host file system (the CLI: Node's synchronous fs). */
  setFileHost(read: (path: string) => Uint8Array | null, write: (path: string, data: Uint8Array) => boolean): void;
}

const isNode =
  typeof process === 'object' &&
  process !== null &&
  typeof process.versions === 'object' &&
  typeof process.versions.node === 'string' &&
  typeof (globalThis as { window?: unknown }).window === 'undefined';

function defaultWasmUrl(): URL {
  return new URL('./stridelab_engine.wasm', import.meta.url);
}

async function wasmBytesInNode(url: URL): Promise<Uint8Array> {
  // Kept out of the static import graph so that browser bundles never see node:fs.
  const fsModule = 'node:fs/promises';
  const fs = (await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule)) as typeof import('node:fs/promises');
  return fs.readFile(url);
}

async function instantiate(
  options: SessionOptions,
  imports: WebAssembly.Imports,
): Promise<WebAssembly.WebAssemblyInstantiatedSource> {
  if (options.wasmBinary) {
    const bytes = options.wasmBinary instanceof Uint8Array ? options.wasmBinary : new Uint8Array(options.wasmBinary);
    return WebAssembly.instantiate(bytes as BufferSource, imports);
  }
  const url = options.wasmUrl ? resolveAssetUrl(options.wasmUrl) : defaultWasmUrl();
  if (isNode && url.protocol === 'file:') {
    return WebAssembly.instantiate((await wasmBytesInNode(url)) as BufferSource, imports);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`stridelab: could not load the engine from ${url}: HTTP ${response.status}`);
  if (typeof WebAssembly.instantiateStreaming === 'function') {
    try {
      return await WebAssembly.instantiateStreaming(response.clone(), imports);
    } catch {
      // wrong MIME type (some static hosts): fall back to bytes
    }
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

/** Instantiates a fresh engine module. */
export async function loadEngine(options: SessionOptions = {}): Promise<RawEngine> {
  let fail: (e: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  const moduleArg = {
    print: (text: string) => console.log(text),
    printErr: (text: string) => console.warn(text),
    instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
      instantiate(options, imports).then(
        (r) => receive(r.instance, r.module),
        (e) => fail(e),
      );
      return {}; // asynchronous instantiation
    },
  };
  const engine = await Promise.race([createEngine(moduleArg), failed]);
  return engine as RawEngine;
}

let shared: Promise<RawEngine> | null = null;

/**
 * The engine module shared by sessions created with default options (one wasm instance
 * per JS realm; each session has its own interpreter state). Custom wasm locations get
 * their own instance.
 */
export function getEngine(options: SessionOptions = {}): Promise<RawEngine> {
  if (options.wasmBinary || options.wasmUrl) return loadEngine(options);
  if (!shared) {
    shared = loadEngine(options);
    shared.catch(() => {
      shared = null; // let a later call retry
    });
  }
  return shared;
}
