// boot.ts — the playground's first code: creates the engine's worker session before the
// page's own modules (notebook, CodeMirror, inspector, views) are fetched, so that the worker
// script, the wasm download and its compilation overlap them (issue 16: time to interactive).
// Only the small worker client is imported here; main.ts loads the rest after this ran.
//
// The built page starts the worker even earlier: a classic script in index.html's head
// (written by the `stridelab-early-worker` plugin of vite.config.ts) creates it while the
// HTML is parsed, before this module and its imports are fetched; the worker compiles the
// engine as its script runs. That worker becomes the session's first worker here. The dev
// server (and a head script that failed) leaves no early worker: the session starts its own.

import type { WorkerLike, WorkerSession } from 'stridelab';
import { createWorkerSession } from 'stridelab/worker-client';

/** What the head script leaves on the window (see vite.config.ts). */
interface EarlyWorker {
  __stridelabWorker?: WorkerLike;
  /** Set by the head script when the early worker reported an error before this ran. */
  __stridelabWorkerFailed?: boolean;
}

function takeEarlyWorker(): WorkerLike | undefined {
  const g = globalThis as EarlyWorker;
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

/** performance.now() when the engine load started (the status line reports the time since). */
export const started = performance.now();
const initialWorker = takeEarlyWorker();
export const sessionPromise: Promise<WorkerSession> = createWorkerSession(initialWorker ? { initialWorker } : {});
