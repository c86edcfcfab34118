// worker-client.ts — createWorkerSession(): the Session API, asynchronous, with the engine
// in a module Web Worker so that a long cell never freezes the page.
//
// Interrupt: a worker busy in wasm cannot read messages. Where SharedArrayBuffer exists
// (Node; a cross-origin isolated page) the client shares an int32 flag with the worker and
// the engine polls it (cpp/core/interrupt_poll.hpp): interrupt() sets it and the program
// gets KeyboardInterrupt where it is, and a run's timeoutMs gives TimeoutError the same way.
// Otherwise, or when the engine does not answer within kInterruptGraceMs (a long native
// kernel), interrupt() terminates the worker, starts a fresh one, re-writes the files given
// to writeFile and replays the cells that had completed (in order) to restore the globals.
// The interrupted run then resolves at once (the page never waits for the restart) with a
// KeyboardInterrupt (or TimeoutError) error whose `note` says what happened.
//
// Crash: if the engine inside the worker crashed (the run's result says `restarted`: the
// worker moved to a fresh engine, see session.ts) or the worker itself died during a run,
// the client restores the session the same way and the run's note says so.
//
// Replay honesty: each history entry keeps what its run reported (RunResult.effects); after
// a restart the note, and `replay`, name the variables that may differ (replay-report.ts).

import { resolveAssetUrl } from './asset-url.js';
import { withElementOffsets } from './geometry.js';
import { isNode, nodeWorkerFactory } from './node-worker-client.js';
import { describeReplay, replayReport, type ReplayEntry } from './replay-report.js';
import { OWN_WASM_WORKER } from './worker-name.js';
import type {
  ArrayInfo,
  EngineMemory,
  GlobalInfo,
  ReplayReport,
  RunEffects,
  RunOptions,
  RunResult,
  WorkerRequest,
  WorkerResponse,
  WorkerResultMap,
  UrlLike,
  WorkerLike,
  WorkerSession,
} from './types.js';

export interface WorkerSessionOptions {
  /**
   * Makes the worker (default: this package's worker.js as a module Web Worker; in Node a
   * worker_threads thread running node-worker.js). A DOM `Worker` fits.
   */
  createWorker?: () => WorkerLike;
  /**
   * URL of the engine worker module (the package's `stridelab/worker`, dist-lib/worker.js),
   * when a bundler did not keep it next to this module. Relative URLs resolve against the page.
   */
  workerUrl?: UrlLike;
  /**
   * URL of stridelab_engine.wasm, if not next to the worker module. Relative URLs resolve
   * against the page (document.baseURI).
   */
  wasmUrl?: UrlLike;
  /**
   * Mount the sample files `expr.npy` and `gene-lens.npy` (generated in the worker the first
   * time a program opens them). Default true.
   */
  sampleData?: boolean;
  /** The session's memory budget in bytes (SessionOptions.memoryLimit; default 1 GiB). */
  memoryLimit?: number;
  /** Default time limit of each run in milliseconds (TimeoutError); none by default. */
  timeoutMs?: number;
  /**
   * A worker of this package's worker script that is already running (a page's head can
   * start it before the page's own code has loaded, so that the engine downloads and
   * compiles meanwhile: issue 16, time to interactive). Used for the first engine only;
   * a restart (interrupt, crash) makes its own worker as usual. Ignored with wasmUrl.
   */
  initialWorker?: WorkerLike;
  /**
   * The default engine already compiled (a `WebAssembly.Module` of stridelab_engine.wasm):
   * sent to the worker with its init request (and again to a restarted worker), which then
   * only instantiates it. Ignored with wasmUrl.
   */
  wasmModule?: object;
}

/** How long interrupt() / a time limit waits for the engine to stop before restarting it. */
const kInterruptGraceMs = 1500;

/** The flag shared with the worker, when this environment can share memory with it. */
function sharedFlag(): Int32Array | null {
  if (typeof SharedArrayBuffer !== 'function' || typeof Atomics !== 'object') return null;
  const g = globalThis as { crossOriginIsolated?: boolean };
  if (!isNode() && g.crossOriginIsolated !== true) return null;
  return new Int32Array(new SharedArrayBuffer(4));
}

type Kind = WorkerRequest['kind'];
type RequestBody<K extends Kind> = Omit<Extract<WorkerRequest, { kind: K }>, 'id'>;

interface Pending {
  kind: Kind;
  resolve: (v: unknown, effects?: RunEffects) => void;
  reject: (e: unknown) => void;
}

interface HistoryEntry extends ReplayEntry {
  filename?: string;
}

/**
 * False only for an http(s) URL of another origin than the page's. Other schemes count as
 * same-origin: blob:/data: workers are allowed, and webpack compiles import.meta.url to a
 * build-time file: URL that says nothing about where the code runs.
 */
function sameOrigin(url: URL): boolean {
  const here = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (here === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) return true;
  return url.origin === here;
}

/**
 * A module worker running `url`. A browser refuses `new Worker(url)` for a script of another
 * origin (a CDN), so then the worker is a same-origin blob whose only line imports the real
 * module (CDNs send CORS headers); inside it, import.meta.url is still the CDN URL, so the
 * wasm is found next to it.
 */
function moduleWorker(url: URL, ownWasm: boolean): Worker {
  // the name tells worker.ts not to start loading the default engine (OWN_WASM_WORKER)
  const options: WorkerOptions = ownWasm ? { type: 'module', name: OWN_WASM_WORKER } : { type: 'module' };
  if (sameOrigin(url)) return new Worker(url, options);
  const blob = new Blob([`import ${JSON.stringify(url.href)};\n`], { type: 'text/javascript' });
  const blobUrl = URL.createObjectURL(blob);
  const worker = new Worker(blobUrl, options);
  setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000); // the worker has fetched it by then
  return worker;
}

function defaultWorker(options: WorkerSessionOptions): WorkerLike {
  const ownWasm = options.wasmUrl !== undefined;
  if (options.workerUrl !== undefined) return moduleWorker(resolveAssetUrl(options.workerUrl), ownWasm);
  // This module came from another origin (a CDN): so did its worker. The name is built at run
  // time so that bundlers, which rewrite the literal pattern below, leave this path alone.
  const self = new URL(import.meta.url);
  if (!sameOrigin(self)) return moduleWorker(new URL(['.', 'worker.js'].join('/'), self), ownWasm);
  // The literal pattern that Vite, webpack and Parcel recognise and bundle as a worker.
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
}

/** Results made by the client itself (not runs that completed in the engine). */
const clientResults = new WeakSet<RunResult>();

function cellsPhrase(n: number): string {
  return n === 0 ? '' : n === 1 ? ' and the cell run before was replayed to restore the variables.' : ` and the ${n} cells run before were replayed to restore the variables.`;
}

function interruptedResult(report: ReplayReport, timeoutMs?: number): RunResult {
  const message = timeoutMs === undefined ? '' : `the run exceeded its time limit (${timeoutMs} ms)`;
  const type = timeoutMs === undefined ? 'KeyboardInterrupt' : 'TimeoutError';
  const result: RunResult = {
    stdout: '',
    figures: [],
    ops: [],
    error: {
      type,
      message,
      line: 0,
      traceback: `Traceback (most recent call last):\n${type}${message ? `: ${message}` : ''}\n`,
    },
    note: `Stopped: the engine was restarted${report.cells ? cellsPhrase(report.cells) : '.'}${describeReplay(report)}`,
    replay: report,
  };
  clientResults.add(result);
  return result;
}

function crashedResult(message: string, report: ReplayReport): RunResult {
  const text = `the stridelab engine crashed while running this cell (${message})`;
  const result: RunResult = {
    stdout: '',
    error: { type: 'SystemError', message: text, line: 0, traceback: `Traceback (most recent call last):\nSystemError: ${text}\n` },
    note: `The engine crashed and was restarted${report.cells ? cellsPhrase(report.cells) : '.'}${describeReplay(report)}`,
    restarted: true,
    replay: report,
    figures: [],
    ops: [],
  };
  clientResults.add(result);
  return result;
}

class WorkerClient implements WorkerSession {
  #options: WorkerSessionOptions;
  #worker!: WorkerLike;
  #nextId = 1;
  #pending = new Map<number, Pending>();
  #history: HistoryEntry[] = [];
  /** Files written through writeFile, re-written into a restarted worker (last write wins). */
  #files = new Map<string, Uint8Array>();
  /** path -> seq of its last write (writeFile, or a cell that wrote it): replay honesty. */
  #fileWrites = new Map<string, number>();
  #seq = 0;
  #running = 0;
  #closed = false;
  #started = false;
  #flag = sharedFlag();
  /** Called when a run ends (interrupt() waits for the interrupted one). */
  #idle: (() => void)[] = [];
  /** The report of the last restart (interrupt or crash), for callers that want it. */
  lastReplay: ReplayReport | null = null;

  constructor(options: WorkerSessionOptions) {
    this.#options = options;
  }

  /**
   * Starts a worker and posts its init request at once (synchronously), so that anything
   * posted after this call is queued behind the engine load. Resolves once it is loaded.
   */
  start(): Promise<void> {
    const early = this.#options.wasmUrl === undefined ? this.#options.initialWorker : undefined;
    if (this.#options.initialWorker) {
      if (!early) this.#options.initialWorker.terminate(); // it loads the default engine: not wanted
      this.#options = { ...this.#options, initialWorker: undefined }; // the first start only
    }
    const worker = early ?? (this.#options.createWorker ? this.#options.createWorker() : defaultWorker(this.#options));
    this.#worker = worker;
    worker.onmessage = (e: { data: WorkerResponse }) => this.#receive(e.data);
    worker.onerror = (e: { message?: string; preventDefault?: () => void }) => {
      e.preventDefault?.();
      const message = e.message || 'could not load the worker script';
      if (this.#started && this.#running > 0) this.#workerDied(message);
      else this.#failAll(new Error(`stridelab worker failed: ${message}`));
    };
    worker.onmessageerror = () => this.#failAll(new Error('stridelab worker: a message could not be decoded'));
    const options: { wasmUrl?: string; wasmModule?: object; sampleData?: boolean; memoryLimit?: number; interruptBuffer?: SharedArrayBuffer } = {};
    if (this.#flag) options.interruptBuffer = this.#flag.buffer as SharedArrayBuffer;
    // made absolute here: inside the worker, a relative URL would resolve against the worker
    if (this.#options.wasmUrl) options.wasmUrl = resolveAssetUrl(this.#options.wasmUrl).href;
    else if (this.#options.wasmModule) options.wasmModule = this.#options.wasmModule; // structured-cloned, not recompiled
    if (this.#options.sampleData === false) options.sampleData = false;
    if (this.#options.memoryLimit !== undefined) options.memoryLimit = this.#options.memoryLimit;
    return this.#request<'init'>({ kind: 'init', options }).then(() => {
      if (this.#worker === worker) this.#started = true;
    });
  }

  #receive(msg: WorkerResponse): void {
    const p = this.#pending.get(msg.id);
    if (!p) return; // answer to a request of a terminated worker
    this.#pending.delete(msg.id);
    if (this.#pending.size === 0) this.#worker.unref?.(); // idle: let Node exit
    if (msg.ok) p.resolve(msg.result, msg.effects);
    else {
      const err = new Error(msg.error.message);
      err.name = msg.error.name;
      p.reject(err);
    }
  }

  #failAll(err: Error): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(err);
  }

  #request<K extends Kind>(body: RequestBody<K>, transfer: Transferable[] = [], effects?: (e: RunEffects | undefined) => void): Promise<WorkerResultMap[K]> {
    if (this.#closed) return Promise.reject(new Error('stridelab: this session has been closed'));
    const id = this.#nextId++;
    return new Promise<WorkerResultMap[K]>((resolve, reject) => {
      const done = (v: unknown, e?: RunEffects) => {
        effects?.(e);
        resolve(v as WorkerResultMap[K]);
      };
      if (this.#pending.size === 0) this.#worker.ref?.();
      this.#pending.set(id, { kind: body.kind, resolve: done, reject });
      this.#worker.postMessage({ ...body, id } as WorkerRequest, transfer);
    });
  }

  get busy(): boolean {
    return this.#running > 0;
  }

  #report(): ReplayReport {
    const report = replayReport(this.#history, this.#fileWrites);
    this.lastReplay = report;
    return report;
  }

  /** Posts the files and the history into the (fresh) worker, in order. */
  #replay(): Promise<unknown> {
    const files = [...this.#files].map(([path, data]) => this.#request<'writeFile'>({ kind: 'writeFile', path, data }));
    const replays = this.#history.map((h) =>
      this.#request<'run'>({ kind: 'run', code: h.code, ...(h.filename ? { filename: h.filename } : {}) }),
    );
    return Promise.all([...files, ...replays]);
  }

  /** Terminates the worker, starts a fresh one and replays; pending runs get `result`. */
  #restartWorker(resultFor: () => RunResult): Promise<unknown> {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    this.#worker.terminate();
    this.#started = false;
    for (const p of pending) {
      if (p.kind === 'run') p.resolve(resultFor());
      else p.reject(new Error('stridelab: request cancelled by the engine restart'));
    }
    // Post init, the files and the replays synchronously: the worker handles requests in
    // order, so any request made after this returns queues behind them.
    const ready = this.start();
    return Promise.all([ready, this.#replay()]);
  }

  #workerDied(message: string): void {
    const report = this.#report();
    void this.#restartWorker(() => crashedResult(`the worker died: ${message}`, report)).catch(() => undefined);
  }

  async run(code: string, options: RunOptions & { timeoutMs?: number } = {}): Promise<RunResult> {
    this.#running++;
    const timeoutMs = options.timeoutMs ?? this.#options.timeoutMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const seq = ++this.#seq;
      let effects: RunEffects | undefined;
      const limited = timeoutMs !== undefined && timeoutMs > 0;
      const reply = this.#request<'run'>(
        { kind: 'run', code, ...(options.filename ? { filename: options.filename } : {}), ...(limited ? { timeoutMs } : {}),
          ...(options.profile ? { profile: true } : {}),
          ...(options.step ? { step: options.step } : {}),
        },
        [],
        (e) => {
          effects = e;
        },
      );
      if (limited) {
        // the engine raises TimeoutError itself when it polls the flag; without a shared flag,
        // or when it does not answer, the worker is restarted
        timer = setTimeout(() => {
          const report = this.#report();
          void this.#restartWorker(() => interruptedResult(report, timeoutMs)).catch(() => undefined);
        }, timeoutMs + (this.#flag ? kInterruptGraceMs : 0));
      }
      const result = await reply;
      if (clientResults.has(result)) return result; // interrupted, or the worker died
      if (result.restarted) {
        // the engine crashed inside the worker and the worker moved to a fresh one: restore
        // the variables by replaying, and say so (the crashed cell is not replayed)
        const report = this.#report();
        await this.#replay();
        result.note = `The engine crashed and was restarted${cellsPhrase(report.cells) || '.'}${describeReplay(report)}`;
        result.replay = report;
        return result;
      }
      const entry: HistoryEntry = { code, seq, ...(effects ? { effects } : {}) };
      if (options.filename) entry.filename = options.filename;
      this.#history.push(entry);
      for (const f of effects?.filesWritten ?? []) this.#fileWrites.set(f, seq);
      return result;
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      this.#running--;
      for (const wake of this.#idle.splice(0)) wake(); // the interrupted run has ended
    }
  }

  async inspect(name: string): Promise<ArrayInfo | null> {
    const data = await this.#request<'inspect'>({ kind: 'inspect', name });
    return data ? withElementOffsets(data) : null;
  }

  readBytes(bufferId: number, start: number, length: number): Promise<Uint8Array> {
    return this.#request<'readBytes'>({ kind: 'readBytes', bufferId, start, length });
  }

  globals(): Promise<GlobalInfo[]> {
    return this.#request<'globals'>({ kind: 'globals' });
  }

  async writeFile(path: string, data: Uint8Array | string): Promise<void> {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data); // our own copy
    this.#files.set(path, bytes);
    this.#fileWrites.set(path.replace(/^\.\//, ''), ++this.#seq);
    await this.#request<'writeFile'>({ kind: 'writeFile', path, data: bytes });
  }

  readFile(path: string): Promise<Uint8Array> {
    return this.#request<'readFile'>({ kind: 'readFile', path });
  }

  memory(): Promise<EngineMemory> {
    return this.#request<'memory'>({ kind: 'memory' });
  }

  async interrupt(): Promise<ReplayReport | undefined> {
    if (this.#closed || this.#running === 0) return undefined;
    const flag = this.#flag;
    if (flag) {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0); // ends a time.sleep()
      const stopped = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), kInterruptGraceMs);
        this.#idle.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (stopped || this.#closed || this.#running === 0) return undefined;
    }
    const report = this.#report();
    await this.#restartWorker(() => interruptedResult(report));
    return report;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#worker.terminate();
    this.#failAll(new Error('stridelab: this session has been closed'));
  }
}

/**
 * Starts the engine in a module Web Worker (in Node: a worker_threads thread) and resolves
 * once it is ready.
 */
export async function createWorkerSession(options: WorkerSessionOptions = {}): Promise<WorkerSession> {
  if (!options.createWorker && isNode()) options = { ...options, createWorker: await nodeWorkerFactory() };
  const client = new WorkerClient(options);
  await client.start();
  return client;
}
