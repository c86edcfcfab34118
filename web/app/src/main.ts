// main.ts — the playground's entry. Its only static imports are the start of the engine
// (boot.ts: the worker session) and the page's styles (kept here so that they stay <link>s
// in the built HTML); the page itself (playground.ts: notebook, CodeMirror, views) is
// fetched after the worker has been started, so the engine loads while the page's code does.
// Both modules are used through an export: the package declares its modules free of side
// effects (package.json "sideEffects"), so a bare `import './x'` would be dropped by the build.

import { sessionPromise } from './boot';
import './style.css';
import './status-line.css';

sessionPromise.catch(() => undefined); // playground.ts reports a failed load
const { pageReady } = await import('./playground');
await pageReady;
