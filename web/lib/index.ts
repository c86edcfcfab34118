// stridelab — NumPy you can see through. Public entry point of the npm package.
//
//   import { createSession } from 'stridelab';
//   const s = await createSession();
//   s.run('import numpy as np\na = np.arange(6)');
//   s.inspect('a');   // {dtype, shape, strides, offset, bufferId, ...}
//
// createSession() runs the engine on the calling thread (Node, workers); in a page use
// createWorkerSession(), which has the same API, asynchronous, in a Web Worker.

export { createSession } from './session.js';
export { createWorkerSession, type WorkerSessionOptions } from './worker-client.js';
export {
  elementOffsets,
  forEachElementOffset,
  unravelIndex,
  byteOffsetOf,
  offsetFormula,
  formatIndex,
  indexVariable,
  withElementOffsets,
} from './geometry.js';
export type * from './types.js';
export { StepTimeline } from './step-timeline.js';
export { formatLineCosts, formatBytes, lineCostNote, type LineNote, type LineKind } from './line-cost.js';
export {
  toIpynb,
  ipynbText,
  toPy,
  fromIpynb,
  namesUsed,
  unsupportedNames,
  type NotebookCell,
  type ImportedNotebook,
  type NamesUsed,
  type Unsupported,
} from './notebook.js';
export { encodeNpy, npyHeader, geneLengths, expressionCounts, librarySizes, sampleFile, SAMPLE_FILES } from './sample-data.js';
