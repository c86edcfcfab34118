// session.ts — the synchronous Session (Node, or inside the engine's worker): wraps the raw
// embind session, turns its nulls into errors/values as documented in types.ts, and gives
// ArrayInfo its elementOffsets().
//
// Engine failure: the engine catches every C++ exception, but a wasm trap or a JS exception
// unwinding through wasm (a stack overflow) can still escape a call, and the engine may then
// be corrupted. The session marks it dead (engine.ts), moves to a fresh engine (created
// synchronously, shared with the other sessions of the dead one, which move on their next
// call), re-writes the files given to writeFile, and says so: the failing run resolves with
// a SystemError and a `note`, and `restarted: true`; the session's variables are gone.

import { getEngine, isEngineDead, markEngineDead, replacementEngine, type RawEngine, type RawSession } from './engine.js';
import { withElementOffsets } from './geometry.js';
import { toRunResult } from './run-result.js';
import type { ArrayInfo, GlobalInfo, RunOptions, RunResult, Session, SessionOptions } from './types.js';

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  const wasmException = (WebAssembly as unknown as { Exception?: new (...a: never[]) => unknown }).Exception;
  if (typeof wasmException === 'function' && e instanceof wasmException) return 'an uncaught WebAssembly exception';
  return String(e);
}

function crashResult(e: unknown, revived: boolean): RunResult {
  const message = `the stridelab engine crashed while running this cell (${describe(e)})`;
  return {
    stdout: '',
    error: { type: 'SystemError', message, line: 0, traceback: `Traceback (most recent call last):\nSystemError: ${message}\n` },
    note: revived
      ? "The engine crashed and was replaced by a fresh one: this session's variables are gone. Run the earlier cells again."
      : 'The engine crashed and could not be restarted: create a new session.',
    restarted: true,
    figures: [],
    ops: [],
  };
}

class EngineSession implements Session {
  #engine: RawEngine;
  #raw: RawSession | null;
  #memoryLimit: number;
  /** Files given to writeFile, re-written into a replacement engine (last write wins). */
  #files = new Map<string, Uint8Array>();
  /** Set when the engine was replaced since the last run: the next result says so. */
  #revivedNote: string | null = null;
  #closed = false;

  constructor(engine: RawEngine, options: SessionOptions) {
    this.#engine = engine;
    this.#memoryLimit = options.memoryLimit ?? 0;
    this.#raw = new engine.Session(this.#memoryLimit);
  }

  /** The raw session, moved to a live engine first if this one died. */
  get #session(): RawSession {
    if (this.#closed) throw new Error('stridelab: this session has been closed');
    if (!this.#raw || isEngineDead(this.#engine)) this.#revive();
    return this.#raw as RawSession;
  }

  #revive(): void {
    const engine = replacementEngine(this.#engine);
    this.#engine = engine;
    this.#raw = null; // the dead engine's session is never touched again (not even delete())
    this.#raw = new engine.Session(this.#memoryLimit);
    for (const [path, data] of this.#files) this.#raw.writeFile(path, data);
    this.#revivedNote =
      "The engine had crashed (in this or another session) and was replaced by a fresh one: this session's variables are gone.";
  }

  /** Runs `call` on the raw session; a throw means the engine failed: it is marked dead. */
  #guard<T>(call: (raw: RawSession) => T): T {
    const raw = this.#session;
    try {
      return call(raw);
    } catch (e) {
      // the bindings' own argument checks (bad ids, lengths) are RangeErrors too; a stack
      // overflow is the one RangeError that means the engine failed
      if (e instanceof RangeError && !/call stack/i.test(String(e.message))) throw e;
      markEngineDead(this.#engine);
      throw e;
    }
  }

  run(code: string, options: RunOptions = {}): RunResult {
    if (typeof code !== 'string') throw new TypeError('stridelab: run(code) expects a string');
    let raw: RawSession;
    try {
      raw = this.#session;
    } catch (e) {
      if (this.#closed) throw e;
      return crashResult(e, false);
    }
    try {
      const filename = options.filename ?? '<cell>';
      const extra = options.profile || options.step;
      const result = toRunResult(
        extra
          ? raw.runWith(code, filename, {
              ...(options.profile ? { profile: true } : {}),
              ...(options.step ? { step: options.step === true ? {} : { ...options.step } } : {}),
            })
          : raw.run(code, filename),
      );
      if (this.#revivedNote) {
        result.note = this.#revivedNote;
        result.restarted = true;
        this.#revivedNote = null;
      }
      return result;
    } catch (e) {
      markEngineDead(this.#engine);
      let revived = false;
      try {
        this.#revive();
        this.#revivedNote = null;
        revived = true;
      } catch {
        this.#raw = null;
      }
      return crashResult(e, revived);
    }
  }

  inspect(name: string): ArrayInfo | null {
    const data = this.#guard((s) => s.inspect(String(name)));
    return data ? withElementOffsets(data) : null;
  }

  readBytes(bufferId: number, start: number, length: number): Uint8Array {
    const bytes = this.#guard((s) => s.readBytes(bufferId, start, length));
    if (!bytes) throw new Error(`stridelab: no live buffer with id ${bufferId}`);
    return bytes;
  }

  globals(): GlobalInfo[] {
    return this.#guard((s) => s.globals());
  }

  writeFile(path: string, data: Uint8Array | string): void {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
    this.#files.set(path, bytes);
    this.#guard((s) => s.writeFile(path, bytes));
  }

  readFile(path: string): Uint8Array {
    const bytes = this.#guard((s) => s.readFile(path));
    if (!bytes) throw new Error(`stridelab: no such file: ${path}`);
    return bytes;
  }

  requestInterrupt(): void {
    this.#guard((s) => s.requestInterrupt());
  }

  get interruptFlagAddress(): number {
    return this.#guard((s) => s.interruptFlagAddress());
  }

  get memoryLimit(): number {
    return this.#guard((s) => s.memoryLimit());
  }

  set memoryLimit(bytes: number) {
    this.#memoryLimit = bytes;
    this.#guard((s) => s.setMemoryLimit(bytes));
  }

  get memoryInUse(): number {
    return this.#guard((s) => s.memoryInUse());
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#raw && !isEngineDead(this.#engine)) this.#raw.delete();
    this.#raw = null;
  }
}

/** Creates a session with fresh globals. Loads the engine on first use. */
export async function createSession(options: SessionOptions = {}): Promise<Session> {
  return (await createSessionWithEngine(options)).session;
}

/**
 * A session plus the engine module it runs in (internal: the worker installs the engine's
 * file host, which is per module, not per session).
 */
export async function createSessionWithEngine(options: SessionOptions = {}): Promise<{ session: Session; engine: RawEngine }> {
  if (options.memoryLimit !== undefined && !(Number.isFinite(options.memoryLimit) && options.memoryLimit >= 0))
    throw new RangeError('stridelab: memoryLimit must be a non-negative number of bytes');
  const engine = await getEngine(options);
  return { session: new EngineSession(engine, options), engine };
}
