// node-worker.ts — entry of the engine's Node worker thread (worker_threads), the Node
// counterpart of worker.ts: the same request handler (worker-handler.ts) behind the thread's
// parentPort, one request at a time in arrival order. Started by node-worker-client.ts.

import { parentPort } from 'node:worker_threads';
import { createRequestHandler } from './worker-handler.js';
import type { WorkerRequest } from './types.js';

const port = parentPort;
if (!port) throw new Error('stridelab: node-worker.js must run in a worker thread');
const handle = createRequestHandler();
let queue: Promise<void> = Promise.resolve();

port.on('message', (req: WorkerRequest) => {
  queue = queue.then(async () => {
    const { response, transfer } = await handle(req);
    port.postMessage(response, transfer);
  });
});
