// boot.ts — the playground's first code: creates the engine's worker session before the
// page's own modules (notebook, CodeMirror, inspector, views) are fetched, so that the worker
// script, the wasm download and its compilation overlap them (issue 16: time to interactive).
// Only the small worker client is imported here; main.ts loads the rest after this ran.
//
// The built page starts earlier still: a classic script in index.html's head (written by the
// `stridelab-early-worker` plugin of vite.config.ts) runs while the HTML is parsed and
// (1) starts downloading and compiling the engine (WebAssembly.compileStreaming on the page:
// the compile runs on V8's background threads) and (2) starts the engine's worker, named so
// that it does not load the engine itself. The two overlap; here the worker becomes the
// session's first worker and the compiled module goes to it with the init request (and to
// any restarted worker: Stop restarts without recompiling). The dev server, or a head
// script that failed, leaves nothing: the session then starts its own worker, which loads
// the engine itself.

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

async function start(): Promise<WorkerSession> {
  const initialWorker = takeEarlyWorker();
  // the worker waits for the module anyway: a failed compile leaves it to load the engine
  const wasmModule = g.__stridelabEngine ? await g.__stridelabEngine.catch(() => undefined) : undefined;
  performance.mark('stridelab:init-posted');
  return createWorkerSession({ ...(initialWorker ? { initialWorker } : {}), ...(wasmModule ? { wasmModule } : {}) });
}

/** performance.now() when the engine load started (the status line reports the time since). */
export const started = performance.now();
export const sessionPromise: Promise<WorkerSession> = start();
