// boot.ts — the playground's first code: creates the engine's worker session before the
// page's own modules (notebook, CodeMirror, inspector, views) are fetched, so that the worker
// script, the wasm download and its compilation overlap them (issue 16: time to interactive).
// Only the small worker client is imported here; main.ts loads the rest after this ran.

import type { WorkerSession } from 'stridelab';
import { createWorkerSession } from 'stridelab/worker-client';

/** performance.now() when the engine load started (the status line reports the time since). */
export const started = performance.now();
export const sessionPromise: Promise<WorkerSession> = createWorkerSession();
