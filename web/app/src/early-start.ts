// early-start.ts — the engine's worker session of a page whose <head> may have started the
// engine already (vite.config.ts, `stridelab-early-worker`: index.html and lesson.html): the
// head's worker becomes the session's first worker and the head's compiled module goes to it
// with the init request. Without them (the dev server, a head script that failed) the session
// starts its own worker, which loads the engine itself. Call startSession() once per page.

import type { WorkerLike, WorkerSession } from 'stridelab';
import { createWorkerSession } from 'stridelab/worker-client';

/** What the head script leaves on the window (see vite.config.ts). */
interface EarlyStart {
  __stridelabWorker?: WorkerLike;
  /** Set by the head script when the early worker reported an error before this ran. */
  __stridelabWorkerFailed?: boolean;
  /** The engine's compile (a WebAssembly.Module); rejected when the download or compile failed. */
  __stridelabEngine?: Promise<object>;
}
const g = globalThis as EarlyStart;

function takeEarlyWorker(): WorkerLike | undefined {
  const w = g.__stridelabWorker;
  delete g.__stridelabWorker;
  if (!w) return undefined;
  if (g.__stridelabWorkerFailed) {
    w.terminate(); // its error event is gone: the session would never hear of it
    return undefined;
  }
  w.onerror = null; // the session installs its own handlers
  return w;
}

export async function startSession(): Promise<WorkerSession> {
  const initialWorker = takeEarlyWorker();
  // the worker waits for the module anyway: a failed compile leaves it to load the engine
  const wasmModule = g.__stridelabEngine ? await g.__stridelabEngine.catch(() => undefined) : undefined;
  performance.mark('stridelab:init-posted');
  return createWorkerSession({ ...(initialWorker ? { initialWorker } : {}), ...(wasmModule ? { wasmModule } : {}) });
}
