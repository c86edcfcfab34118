// engine-deferred.ts — the second half of a split engine (CMake SL_WASM_SPLIT, issue 16;
// scripts/split-engine.mjs). The start-up module holds every function a page needs for its
// first cell; the rest is in stridelab_engine.deferred.wasm. The start-up module imports a
// placeholder for each deferred function; the Emscripten glue calls
// Module.loadSplitModule(file, imports, name) synchronously on the first call of one, then
// continues through the table, which the deferred module's instantiation has filled.
//
// Synchronous loading is possible in Node (fs) and in a worker (synchronous XHR, synchronous
// compile). On a browser's main thread neither is allowed for a multi-MB module, so there
// the deferred module is compiled before the engine is handed out. Everywhere else the
// deferred module is fetched and compiled in the background as soon as the engine runs,
// so the synchronous path is only taken when a cell needs it earlier.
//
// Not split (the default build): the start-up module has no placeholder imports and
// nothing here runs.

import { deferredWasmUrl } from './engine-deferred-url.js';
import { resolveAssetUrl, urlText } from './asset-url.js';
import type { SessionOptions } from './types.js';

/** Where the deferred half comes from: bytes given by the caller, or a URL. */
export type DeferredSource = { bytes: Uint8Array } | { url: URL };

/**
 * The import module of the start-up half's placeholders. scripts/split-engine.mjs names it
 * `p` (wasm-split --placeholder-namespace): one import per deferred function that the table
 * can reach (~7700), so the 3.1.6 glue's `placeholder` would cost ~77 kB of the start-up
 * module. withSplitImports() hands the glue's placeholder proxy over under this name.
 */
export const PLACEHOLDER_MODULE = 'p';

/** True when `module` is the start-up half of a split engine. */
export function isSplitEngine(module: WebAssembly.Module): boolean {
  return WebAssembly.Module.imports(module).some((i) => i.module === PLACEHOLDER_MODULE);
}

/** The glue's imports plus its placeholder proxy under PLACEHOLDER_MODULE (harmless for an unsplit engine). */
export function withSplitImports(imports: WebAssembly.Imports): WebAssembly.Imports {
  const proxy = (imports as Record<string, WebAssembly.ModuleImports | undefined>).placeholder;
  return proxy ? { ...imports, [PLACEHOLDER_MODULE]: proxy } : imports;
}

/**
 * The deferred half for these options: `wasmDeferredBinary`, else `wasmDeferredUrl`, else
 * the `wasmUrl` with `.wasm` replaced by `.deferred.wasm`, else the file next to this module.
 */
export function deferredSource(options: SessionOptions): DeferredSource {
  if (options.wasmDeferredBinary) {
    const b = options.wasmDeferredBinary;
    return { bytes: b instanceof Uint8Array ? b : new Uint8Array(b) };
  }
  if (options.wasmDeferredUrl) return { url: resolveAssetUrl(options.wasmDeferredUrl) };
  if (options.wasmUrl) {
    const u = resolveAssetUrl(urlText(options.wasmUrl));
    u.pathname = u.pathname.replace(/\.wasm$/, '') + '.deferred.wasm';
    return { url: u };
  }
  const u = deferredWasmUrl();
  if (!u) throw new Error('stridelab: this engine is split but the package has no stridelab_engine.deferred.wasm');
  return { url: u };
}

const isNode =
  typeof process === 'object' && process !== null && typeof process.versions?.node === 'string' &&
  typeof (globalThis as { window?: unknown }).window === 'undefined';

/** A browser window (not a worker, not Node): synchronous compilation is not allowed. */
export function isBrowserMainThread(): boolean {
  const g = globalThis as { window?: unknown; document?: unknown };
  return !isNode && typeof g.window !== 'undefined' && typeof g.document !== 'undefined';
}

type ReadFileSync = (path: URL) => Uint8Array;
let readFileSync: ReadFileSync | null = null;

/** Node: loads node:fs once (asynchronously) so that the deferred file can be read synchronously later. */
export async function prepareSyncRead(): Promise<void> {
  if (!isNode || readFileSync) return;
  const fsModule = 'node:fs';
  const fs = (await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule)) as { readFileSync: ReadFileSync };
  readFileSync = fs.readFileSync;
}

function key(src: DeferredSource): unknown {
  return 'url' in src ? src.url.href : src.bytes;
}
// compiled deferred modules, by URL (or by the caller's byte array): replacement engines and
// other sessions of the same page reuse them
const compiled = new Map<unknown, WebAssembly.Module>();
const pending = new Map<unknown, Promise<WebAssembly.Module>>();

async function fetchBytes(url: URL): Promise<Uint8Array> {
  if (isNode && url.protocol === 'file:') {
    await prepareSyncRead();
    return readFileSync!(url);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`stridelab: could not load the engine's second part from ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Compiles the deferred half in the background (once); resolves when it is ready. */
export function compileDeferred(src: DeferredSource): Promise<WebAssembly.Module> {
  const k = key(src);
  const done = compiled.get(k);
  if (done) return Promise.resolve(done);
  let p = pending.get(k);
  if (!p) {
    p = ('bytes' in src ? Promise.resolve(src.bytes) : fetchBytes(src.url))
      .then((bytes) => WebAssembly.compile(bytes as BufferSource))
      .then((m) => {
        if (!compiled.has(k)) compiled.set(k, m);
        return compiled.get(k)!;
      });
    pending.set(k, p);
    p.catch(() => pending.delete(k)); // a later synchronous load retries and reports the error
  }
  return p;
}

function readSync(url: URL): Uint8Array {
  if (isNode && url.protocol === 'file:') {
    if (!readFileSync) throw new Error('stridelab: internal error: node:fs not prepared');
    return readFileSync(url);
  }
  // a worker: synchronous XHR is allowed and can return an ArrayBuffer
  const xhr = new XMLHttpRequest();
  xhr.open('GET', url.href, false);
  xhr.responseType = 'arraybuffer';
  xhr.send();
  if (xhr.status !== 200 && !(xhr.status === 0 && xhr.response)) {
    throw new Error(`stridelab: could not load the engine's second part from ${url}: HTTP ${xhr.status}`);
  }
  return new Uint8Array(xhr.response as ArrayBuffer);
}

/** The compiled deferred half, now: from the background compile if it finished, else loaded synchronously. */
export function deferredModuleSync(src: DeferredSource): WebAssembly.Module {
  const k = key(src);
  let m = compiled.get(k);
  if (!m) {
    const bytes = 'bytes' in src ? src.bytes : readSync(src.url);
    m = new WebAssembly.Module(bytes as BufferSource);
    compiled.set(k, m);
  }
  return m;
}

/**
 * Module.loadSplitModule for the Emscripten glue: instantiates the deferred half against
 * the start-up instance's exports (its table receives the deferred functions).
 */
export function splitLoader(src: DeferredSource) {
  return (_file: string, imports: WebAssembly.Imports, _name: string): [WebAssembly.Instance, WebAssembly.Module] => {
    const m = deferredModuleSync(src);
    return [new WebAssembly.Instance(m, imports), m];
  };
}

/** The two lines the 3.1.6 glue prints around a deferred load (not program output). */
export function isSplitNotice(text: string): boolean {
  return text.startsWith('placeholder function called: ') || text === 'instantiated deferred module, continuing';
}
