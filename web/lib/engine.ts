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
import {
  compileDeferred,
  deferredSource,
  isBrowserMainThread,
  isSplitEngine,
  isSplitNotice,
  prepareSyncRead,
  splitLoader,
  withSplitImports,
  type DeferredSource,
} from './engine-deferred.js';
import createEngine from './stridelab_engine.mjs';
import type { RawRunResult } from './run-result.js';
import type { ArrayInfoData, GlobalInfo, SessionOptions } from './types.js';

/** The embind class `Session` of cpp/bindings/engine_bindings.cpp. */
export interface RawSession {
  run(code: string, filename: string): RawRunResult;
  runWith(code: string, filename: string, options: { profile?: boolean; step?: unknown }): RawRunResult;
  setMemoryLimit(bytes: number): void;
  memoryLimit(): number;
  memoryInUse(): number;
  globals(): GlobalInfo[];
  inspect(name: string): ArrayInfoData | null;
  elementOffsets(name: string, maxCount: number): Float64Array | null;
  readBytes(bufferId: number, start: number, length: number): Uint8Array | null;
  writeFile(path: string, data: Uint8Array): void;
  readFile(path: string): Uint8Array | null;
  interruptFlagAddress(): number;
  requestInterrupt(): void;
  clearInterrupt(): void;
  /**
   * Streams the output of later runs to sink(fd, text) (fd 1 stdout, 2 stderr; return false
   * when the reader is gone: the program gets BrokenPipeError). mode: 0 block-buffered,
   * 1 line-buffered, 2 unbuffered. The sink must not throw. null: collect into RunResult.
   */
  setOutputSink(sink: ((fd: number, text: string) => boolean) | null, mode: number): void;
  /** sys.argv for later runs. */
  setArgv(argv: string[]): void;
  delete(): void;
}

export interface RawEngine {
  /** `new Session()` or `new Session(memoryLimitBytes)` (0: the default, 1 GiB). */
  Session: new (memoryLimit?: number) => RawSession;
  /** Test hook: executes a wasm `unreachable` (a trap), to exercise engine replacement. */
  debugTrap?: () => void;
  HEAP32?: Int32Array;
  /** Routes np.load/np.save to a host file system (the CLI: Node's synchronous fs). */
  setFileHost(read: FileRead, write: FileWrite): void;
  /**
   * A host whose interrupt flag is not in the engine's memory (a SharedArrayBuffer in a
   * worker thread): the engine calls poll() every few thousand checks; 1 raises
   * KeyboardInterrupt, 2 TimeoutError. Must not throw. null removes it.
   */
  setInterruptPoll(poll: (() => number) | null): void;
  /** time.sleep() blocks in sleep(seconds) (e.g. Atomics.wait on the interrupt flag). */
  setSleepHost(sleep: ((seconds: number) => void) | null): void;
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

async function fetchEngine(url: URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`stridelab: could not load the engine from ${url}: HTTP ${response.status}`);
  return response;
}

/**
 * A performance mark `stridelab:<name>` (start-up breakdown: scripts/measure-tti.mjs reads
 * the worker's marks); nothing where the User Timing API is missing.
 */
export function mark(name: string): void {
  const p = (globalThis as { performance?: { mark?: (n: string) => unknown } }).performance;
  if (typeof p?.mark === 'function') p.mark(`stridelab:${name}`);
}

// The default engine compiled ahead of the first session (precompileEngine): the worker starts
// it when its script runs, before its init request arrives (a browser forwards the messages
// posted to a starting worker only when the page's main thread is free, and the page is busy
// loading its editor then).
let early: Promise<WebAssembly.Module> | null = null;

/**
 * Starts downloading and compiling the engine from its default location (a browser or worker;
 * nothing in Node, nothing twice). A session without wasmUrl/wasmBinary then instantiates this
 * module; if the early load fails, the session loads the engine itself and reports that error.
 */
export function precompileEngine(): void {
  if (early || isNode || typeof fetch !== 'function') return;
  mark('wasm-fetch');
  early = fetchEngine(defaultWasmUrl()).then(async (response) => {
    mark('wasm-response');
    if (typeof WebAssembly.compileStreaming === 'function') {
      try {
        const module = await WebAssembly.compileStreaming(response.clone());
        mark('wasm-compiled');
        return module;
      } catch {
        // wrong MIME type (some static hosts): fall back to bytes
      }
    }
    const module = await WebAssembly.compile(await response.arrayBuffer());
    mark('wasm-compiled');
    return module;
  });
  early.catch(() => {});
}

async function instantiate(
  options: SessionOptions,
  imports: WebAssembly.Imports,
): Promise<WebAssembly.WebAssemblyInstantiatedSource> {
  if (options.wasmBinary) {
    const bytes = options.wasmBinary instanceof Uint8Array ? options.wasmBinary : new Uint8Array(options.wasmBinary);
    return WebAssembly.instantiate(bytes as BufferSource, imports);
  }
  if (options.wasmModule) {
    const module = options.wasmModule as WebAssembly.Module;
    const instance = await WebAssembly.instantiate(module, imports);
    mark('wasm-instantiated');
    return { module, instance };
  }
  if (early && !options.wasmUrl) {
    const module = await early.catch(() => null);
    if (module) {
      const instance = await WebAssembly.instantiate(module, imports);
      mark('wasm-instantiated');
      return { module, instance };
    }
  }
  const url = options.wasmUrl ? resolveAssetUrl(options.wasmUrl) : defaultWasmUrl();
  if (isNode && url.protocol === 'file:') {
    return WebAssembly.instantiate((await wasmBytesInNode(url)) as BufferSource, imports);
  }
  const response = await fetchEngine(url);
  if (typeof WebAssembly.instantiateStreaming === 'function') {
    try {
      return await WebAssembly.instantiateStreaming(response.clone(), imports);
    } catch {
      // wrong MIME type (some static hosts): fall back to bytes
    }
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

// ---- engine health --------------------------------------------------------------------
// A wasm engine that trapped (or had a JS exception such as a stack overflow unwind through
// it) may hold corrupted state: it is marked dead and never called again. Its replacement is
// instantiated synchronously from the already compiled module (so a synchronous Session can
// recover inside the failing call), gets the same file host, and becomes the shared engine.

interface EngineRecord {
  module?: WebAssembly.Module;
  /** the second half of a split engine (engine-deferred.ts) */
  deferred?: DeferredSource;
  fileHost?: [FileRead, FileWrite];
  interruptPoll?: (() => number) | null;
  sleepHost?: ((seconds: number) => void) | null;
  dead: boolean;
  replacement?: RawEngine;
}
/**
 * A host read: the bytes, null when the file does not exist, or a Node error code the engine
 * raises as CPython would ('ENOENT': FileNotFoundError, 'EISDIR': IsADirectoryError,
 * 'EACCES': PermissionError, 'EFBIG': OSError, ...); see host-files.ts.
 */
export type FileRead = (path: string) => Uint8Array | null | string;
/** A host write: true, or false / a Node error code ('EACCES', 'ENOENT', 'EISDIR', ...). */
export type FileWrite = (path: string, data: Uint8Array) => boolean | string;
const records = new WeakMap<RawEngine, EngineRecord>();

function track(engine: RawEngine, module: WebAssembly.Module | undefined, deferred?: DeferredSource): RawEngine {
  const rec: EngineRecord = { module, deferred, dead: false };
  records.set(engine, rec);
  // remember the file host so that a replacement engine gets it too
  const install = engine.setFileHost.bind(engine);
  engine.setFileHost = (read, write) => {
    rec.fileHost = [read, write];
    install(read, write);
  };
  if (typeof engine.setInterruptPoll === 'function') {
    const installPoll = engine.setInterruptPoll.bind(engine);
    engine.setInterruptPoll = (poll) => {
      rec.interruptPoll = poll;
      installPoll(poll);
    };
    const installSleep = engine.setSleepHost.bind(engine);
    engine.setSleepHost = (sleep) => {
      rec.sleepHost = sleep;
      installSleep(sleep);
    };
  }
  return engine;
}

export function isEngineDead(engine: RawEngine): boolean {
  return records.get(engine)?.dead === true;
}

/**
 * The engine's wasm memory in bytes (its high-water mark: wasm memory grows and never
 * shrinks; freed blocks are reused by the allocator). Follows a dead engine to its
 * replacement. The bench's memory column (scripts/bench/run.mjs) and the `memory` worker
 * request read it.
 */
export function engineMemoryBytes(engine: RawEngine): number {
  const rec = records.get(engine);
  if (rec?.dead && rec.replacement) return engineMemoryBytes(rec.replacement);
  return engine.HEAP32?.buffer.byteLength ?? 0;
}

export function markEngineDead(engine: RawEngine): void {
  const rec = records.get(engine);
  if (rec) rec.dead = true;
  else records.set(engine, { dead: true });
}

/**
 * The live engine that replaces a dead one (created once, synchronously, and shared by every
 * session of the dead engine). Throws when it cannot be created.
 */
export function replacementEngine(engine: RawEngine): RawEngine {
  let rec = records.get(engine);
  if (!rec) {
    rec = { dead: true };
    records.set(engine, rec);
  }
  if (rec.replacement) {
    // a chain of failures: follow it to the newest live engine
    return isEngineDead(rec.replacement) ? replacementEngine(rec.replacement) : rec.replacement;
  }
  if (!rec.module) throw new Error('stridelab: the engine crashed and cannot be restarted (its compiled module is unknown)');
  const module = rec.module;
  const moduleArg: Record<string, unknown> = {
    print: (text: string) => console.log(text),
    printErr,
    ...(rec.deferred ? { loadSplitModule: splitLoader(rec.deferred) } : {}),
    instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
      const instance = new WebAssembly.Instance(module, withSplitImports(imports));
      receive(instance, module);
      return instance.exports;
    },
  };
  // With a synchronous instantiateWasm the Emscripten runtime is ready when the factory
  // returns: moduleArg itself is the Module object.
  const ready = createEngine(moduleArg) as Promise<unknown>;
  ready.catch(() => {});
  const fresh = moduleArg as unknown as RawEngine;
  if (typeof fresh.Session !== 'function') throw new Error('stridelab: the engine crashed and could not be restarted');
  track(fresh, module, rec.deferred);
  if (rec.fileHost) fresh.setFileHost(...rec.fileHost);
  if (rec.interruptPoll) fresh.setInterruptPoll(rec.interruptPoll);
  if (rec.sleepHost) fresh.setSleepHost(rec.sleepHost);
  rec.replacement = fresh;
  if (sharedEngine === engine) {
    sharedEngine = fresh;
    shared = Promise.resolve(fresh);
  }
  return fresh;
}

function printErr(text: string): void {
  if (!isSplitNotice(text)) console.warn(text);
}

/** Instantiates a fresh engine module. */
export async function loadEngine(options: SessionOptions = {}): Promise<RawEngine> {
  let fail: (e: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  let compiled: WebAssembly.Module | undefined;
  let deferred: DeferredSource | undefined;
  const moduleArg = {
    print: (text: string) => console.log(text),
    printErr,
    // a split engine: the glue calls this on the first call into the deferred half
    loadSplitModule(file: string, imports: WebAssembly.Imports, name: string) {
      if (!deferred) throw new Error('stridelab: internal error: deferred engine half requested before instantiation');
      return splitLoader(deferred)(file, imports, name);
    },
    instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
      instantiate(options, withSplitImports(imports))
        .then(async (r) => {
          if (isSplitEngine(r.module)) {
            deferred = deferredSource(options);
            await prepareSyncRead();
            // a window cannot compile synchronously: it waits for the second half now;
            // elsewhere it compiles in the background while the first cells run, started
            // in a later task, once the session that waits for this engine has been made
            // and answered (the download and compile then do not compete with that: issue
            // 16, time to interactive); a cell that needs it sooner loads it synchronously
            if (isBrowserMainThread()) await compileDeferred(deferred);
            else {
              const src = deferred;
              setTimeout(() => compileDeferred(src).catch(() => {}), 0); // a synchronous load later reports the error
            }
          }
          return r;
        })
        .then(
          (r) => {
            compiled = r.module;
            receive(r.instance, r.module);
          },
          (e) => fail(e),
        );
      return {}; // asynchronous instantiation
    },
  };
  const engine = await Promise.race([createEngine(moduleArg), failed]);
  mark('engine-ready');
  return track(engine as RawEngine, compiled, deferred);
}

let shared: Promise<RawEngine> | null = null;
let sharedEngine: RawEngine | null = null;

/**
 * The engine module shared by sessions created with default options (one wasm instance
 * per JS realm; each session has its own interpreter state). Custom wasm locations get
 * their own instance.
 */
export function getEngine(options: SessionOptions = {}): Promise<RawEngine> {
  if (options.wasmBinary || options.wasmUrl) return loadEngine(options);
  if (!shared) {
    shared = loadEngine(options);
    shared.then(
      (e) => {
        sharedEngine = e;
      },
      () => {
        shared = null; // let a later call retry
      },
    );
  }
  return shared.then((e) => (isEngineDead(e) ? replacementEngine(e) : e));
}
