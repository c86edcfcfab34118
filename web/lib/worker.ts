// worker.ts — entry point of the engine's module Web Worker. Requests are handled one at a
// time in arrival order (a run blocks the worker until it finishes; see WorkerSession
// .interrupt for how a runaway cell is stopped).

import { createRequestHandler } from './worker-handler.js';
import type { WorkerRequest, WorkerResponse } from './types.js';

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createRequestHandler();
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (e) => {
  const req = e.data;
  queue = queue.then(async () => {
    const { response, transfer } = await handle(req);
    scope.postMessage(response, transfer);
  });
};
