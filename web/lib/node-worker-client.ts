// node-worker-client.ts — createWorkerSession() in Node: the engine in a worker_threads
// thread (node-worker.js), behind the same WorkerClient as in browsers (worker-client.ts), so
// the API, the run queue and interrupt() (terminate, restart, replay) are the same. This file
// adapts a worker_threads Worker to the small Web Worker surface the client uses.
//
// node:worker_threads is imported through a computed specifier at run time, so browser
// bundles of the package never try to resolve it.

import type { WorkerLike } from './types.js';

/** True in Node (not in a browser, a Web Worker or Deno's browser-like globals). */
export function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string' && typeof (globalThis as { Worker?: unknown }).Worker !== 'function';
}

interface NodeWorker {
  on(event: 'message', f: (data: unknown) => void): void;
  on(event: 'error', f: (e: Error) => void): void;
  on(event: 'messageerror', f: (e: unknown) => void): void;
  postMessage(message: unknown, transfer?: readonly unknown[]): void;
  terminate(): Promise<number>;
  unref(): void;
  ref(): void;
}

/** Resolves to a synchronous factory of worker threads running node-worker.js. */
export async function nodeWorkerFactory(): Promise<() => WorkerLike> {
  const specifier = ['node', 'worker_threads'].join(':');
  const { Worker } = (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as {
    Worker: new (url: URL, options: { execArgv: string[] }) => NodeWorker;
  };
  const entry = new URL(['.', 'node-worker.js'].join('/'), import.meta.url);
  // the thread inherits the process's flags; `--input-type` (node -e) is refused for a file
  const execArgv = ((globalThis as { process?: { execArgv?: string[] } }).process?.execArgv ?? []).filter((a) => !a.startsWith('--input-type'));
  return () => adapt(new Worker(entry, { execArgv }));
}

function adapt(w: NodeWorker): WorkerLike {
  const adapter: WorkerLike = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage: (message, transfer) => w.postMessage(message, transfer ?? []),
    terminate: () => void w.terminate(),
    ref: () => w.ref(),
    unref: () => w.unref(),
  };
  w.on('message', (data) => adapter.onmessage?.({ data }));
  w.on('error', (e) => adapter.onerror?.({ message: e.message }));
  w.on('messageerror', () => adapter.onmessageerror?.({}));
  return adapter;
}
