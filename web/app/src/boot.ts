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
// any restarted worker: Stop restarts without recompiling); see early-start.ts, which the
// lesson page uses too. The dev server, or a head script that failed, leaves nothing: the
// session then starts its own worker, which loads the engine itself.

import type { WorkerSession } from 'stridelab';
import { startSession } from './early-start';

/** performance.now() when the engine load started (the status line reports the time since). */
export const started = performance.now();
export const sessionPromise: Promise<WorkerSession> = startSession();
