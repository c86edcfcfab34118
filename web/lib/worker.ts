// worker.ts — entry point of the engine's module Web Worker. Requests are handled one at a
// time in arrival order (a run blocks the worker until it finishes; see WorkerSession
// .interrupt for how a runaway cell is stopped).

import { mark, precompileEngine } from './engine.js';
import { createRequestHandler } from './worker-handler.js';
import type { WorkerRequest, WorkerResponse } from './types.js';
import { OWN_WASM_WORKER } from './worker-name.js';

interface WorkerScope {
  name?: string;
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
mark('worker-script'); // the worker's module graph has been fetched and evaluated
// First thing: the engine downloads and compiles while the init request is still on its way
// (a session that asks for another wasmUrl loads that one instead).
if (scope.name !== OWN_WASM_WORKER) precompileEngine();
const handle = createRequestHandler();
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (e) => {
  const req = e.data;
  queue = queue.then(async () => {
    const { response, transfer } = await handle(req);
    scope.postMessage(response, transfer);
  });
};
