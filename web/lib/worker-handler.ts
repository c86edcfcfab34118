// worker-handler.ts — serves WorkerRequests with a synchronous Session. Transport-free (no
// `self`, no postMessage) so it runs and is tested in Node too; worker.ts wires it to the
// worker's message port.
//
// Files: the handler installs the engine's file host so that np.load of a sample file
// (`expr.npy`, `gene-lens.npy`, see sample-data.ts) generates it on first use — nothing is
// generated for sessions that never open one — and np.save lands in the session's in-memory
// store. Files written by the client (writeFile) go straight into that store and shadow the
// samples.

import { isSampleFile, sampleFile, type SampleFileName } from './sample-data.js';
import { runEffects } from './run-result.js';
import { createSessionWithEngine } from './session.js';
import { engineMemoryBytes, mark, type RawEngine } from './engine.js';
import type { Session, WorkerRequest, WorkerResponse } from './types.js';

export interface HandledResponse {
  response: WorkerResponse;
  /** ArrayBuffers to transfer instead of copy. */
  transfer: ArrayBuffer[];
}

export function createRequestHandler(): (req: WorkerRequest) => Promise<HandledResponse> {
  let session: Promise<Session> | null = null;
  let rawEngine: RawEngine | null = null;
  const samples = new Map<string, Uint8Array>();

  // The client's interrupt flag (a SharedArrayBuffer: this engine's memory is not shared, so
  // the engine polls it) and the running cell's deadline (timeoutMs).
  let flag: Int32Array | null = null;
  let deadline = Infinity;
  const start = (
    options: { wasmUrl?: string; wasmModule?: object; sampleData?: boolean; memoryLimit?: number; interruptBuffer?: SharedArrayBuffer } = {},
  ): Promise<Session> =>
    createSessionWithEngine({
      ...(options.wasmUrl ? { wasmUrl: options.wasmUrl } : {}),
      ...(options.wasmModule && !options.wasmUrl ? { wasmModule: options.wasmModule } : {}),
      ...(options.memoryLimit !== undefined ? { memoryLimit: options.memoryLimit } : {}),
    }).then(({ session: s, engine }) => {
      mark('session-ready');
      rawEngine = engine;
      if (options.interruptBuffer && typeof engine.setInterruptPoll === 'function') {
        const f = new Int32Array(options.interruptBuffer);
        flag = f;
        // 1: KeyboardInterrupt, 2: TimeoutError (cpp/core/interrupt_poll.hpp)
        engine.setInterruptPoll(() => (Atomics.exchange(f, 0, 0) !== 0 ? 1 : Date.now() > deadline ? 2 : 0));
        // time.sleep() waits on the flag, so that interrupt() ends it at once
        engine.setSleepHost((seconds) => {
          const ms = Math.min(seconds * 1000, deadline - Date.now());
          if (ms > 0) Atomics.wait(f, 0, 0, ms);
        });
      }
      if (options.sampleData !== false) {
        engine.setFileHost(
          (path) => {
            if (!isSampleFile(path)) return null;
            const name = path.replace(/^\.\//, '');
            let bytes = samples.get(name);
            if (!bytes) {
              bytes = sampleFile(name as SampleFileName);
              samples.set(name, bytes);
            }
            return bytes;
          },
          (path, data) => {
            s.writeFile(path, data); // into the in-memory store
            return true;
          },
        );
      }
      return s;
    });
  const getSession = (): Promise<Session> => {
    if (!session) session = start();
    return session;
  };

  return async (req) => {
    try {
      switch (req.kind) {
        case 'init': {
          mark('init-received');
          if (!session) session = start(req.options);
          await session;
          return { response: { id: req.id, kind: 'init', ok: true, result: null }, transfer: [] };
        }
        case 'run': {
          const s = await getSession();
          if (flag) Atomics.store(flag, 0, 0); // an interrupt meant for an earlier cell
          deadline = req.timeoutMs !== undefined && req.timeoutMs > 0 ? Date.now() + req.timeoutMs : Infinity;
          let result;
          try {
            result = s.run(req.code, {
              ...(req.filename ? { filename: req.filename } : {}),
              ...(req.profile ? { profile: true } : {}),
              ...(req.step ? { step: req.step } : {}),
            });
          } finally {
            deadline = Infinity;
          }
          const effects = runEffects(result);
          return { response: { id: req.id, kind: 'run', ok: true, result, ...(effects ? { effects } : {}) }, transfer: [] };
        }
        case 'inspect': {
          const s = await getSession();
          const info = s.inspect(req.name);
          // plain data only: functions do not survive structured clone
          const result = info ? { ...info } : null;
          if (result) delete (result as { elementOffsets?: unknown }).elementOffsets;
          return { response: { id: req.id, kind: 'inspect', ok: true, result }, transfer: [] };
        }
        case 'readBytes': {
          const s = await getSession();
          const result = s.readBytes(req.bufferId, req.start, req.length);
          return { response: { id: req.id, kind: 'readBytes', ok: true, result }, transfer: [result.buffer as ArrayBuffer] };
        }
        case 'globals': {
          const s = await getSession();
          return { response: { id: req.id, kind: 'globals', ok: true, result: s.globals() }, transfer: [] };
        }
        case 'writeFile': {
          const s = await getSession();
          s.writeFile(req.path, req.data);
          return { response: { id: req.id, kind: 'writeFile', ok: true, result: null }, transfer: [] };
        }
        case 'readFile': {
          const s = await getSession();
          const result = s.readFile(req.path);
          return { response: { id: req.id, kind: 'readFile', ok: true, result }, transfer: [result.buffer as ArrayBuffer] };
        }
        case 'memory': {
          const s = await getSession();
          const result = { wasmBytes: rawEngine ? engineMemoryBytes(rawEngine) : 0, inUse: s.memoryInUse };
          return { response: { id: req.id, kind: 'memory', ok: true, result }, transfer: [] };
        }
        default: {
          const bad = req as { id?: number; kind?: string };
          throw new Error(`stridelab worker: unknown request kind ${JSON.stringify(bad.kind)}`);
        }
      }
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      return {
        response: { id: req.id, kind: req.kind, ok: false, error: { name: err.name, message: err.message } },
        transfer: [],
      };
    }
  };
}
