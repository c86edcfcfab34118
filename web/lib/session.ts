// session.ts — the synchronous Session (Node, or inside the engine's worker): wraps the raw
// embind session, turns its nulls into errors/values as documented in types.ts, and gives
// ArrayInfo its elementOffsets().

import { getEngine, type RawEngine, type RawSession } from './engine.js';
import { withElementOffsets } from './geometry.js';
import { toRunResult } from './run-result.js';
import type { ArrayInfo, GlobalInfo, RunResult, Session, SessionOptions } from './types.js';

class EngineSession implements Session {
  #raw: RawSession | null;

  constructor(raw: RawSession) {
    this.#raw = raw;
  }

  get #session(): RawSession {
    if (!this.#raw) throw new Error('stridelab: this session has been closed');
    return this.#raw;
  }

  run(code: string, options: { filename?: string } = {}): RunResult {
    if (typeof code !== 'string') throw new TypeError('stridelab: run(code) expects a string');
    return toRunResult(this.#session.run(code, options.filename ?? '<cell>'));
  }

  inspect(name: string): ArrayInfo | null {
    const data = this.#session.inspect(String(name));
    return data ? withElementOffsets(data) : null;
  }

  readBytes(bufferId: number, start: number, length: number): Uint8Array {
    const bytes = this.#session.readBytes(bufferId, start, length);
    if (!bytes) throw new Error(`stridelab: no live buffer with id ${bufferId}`);
    return bytes;
  }

  globals(): GlobalInfo[] {
    return this.#session.globals();
  }

  writeFile(path: string, data: Uint8Array | string): void {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    this.#session.writeFile(path, bytes);
  }

  readFile(path: string): Uint8Array {
    const bytes = this.#session.readFile(path);
    if (!bytes) throw new Error(`stridelab: no such file: ${path}`);
    return bytes;
  }

  requestInterrupt(): void {
    this.#session.requestInterrupt();
  }

  get interruptFlagAddress(): number {
    return this.#session.interruptFlagAddress();
  }

  close(): void {
    if (this.#raw) {
      this.#raw.delete();
      this.#raw = null;
    }
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
  const engine = await getEngine(options);
  return { session: new EngineSession(new engine.Session()), engine };
}
