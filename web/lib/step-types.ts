// step-types.ts — the data of a profiled or stepped run (`run(code, {profile, step})`), as
// the engine returns it (cpp/modules/line_profile.hpp, cpp/bindings/step_recorder.hpp).
// Plain, structured-cloneable data: it crosses the worker boundary unchanged.

import type { ArrayInfoData } from './types.js';

/** Options of one run beyond the code. */
export interface RunOptions {
  /** Name shown in tracebacks (default "<cell>"). */
  filename?: string;
  /** Add `lines`: the per-line cost of the run. */
  profile?: boolean;
  /** Add `steps`: a snapshot after every statement (true = the default caps). */
  step?: boolean | StepOptions;
}

export interface StepOptions {
  /** New buffer bytes kept per step (default 1 MiB); a larger buffer is `tooLarge` there. */
  maxBytes?: number;
  /** Steps recorded at most (default 1000); later ones are dropped (`stepsTruncated`). */
  maxSteps?: number;
  /** Buffer bytes kept over the whole recording (default 64 MiB). */
  maxTotalBytes?: number;
}

/** The cost of one line of the cell (`profile: true`). Lines that did not run are absent. */
export interface LineCost {
  line: number;
  /** Executions of the statements starting on this line. */
  hits: number;
  /** Bytes of array buffers the line allocated that were still alive when its statement ended. */
  allocated: number;
  /** Buffers the line allocated and freed again before its statement ended. */
  temporaries: number;
  temporaryBytes: number;
  /** Arrays the line assigned that view an older buffer. */
  views: number;
  /** Arrays the line assigned whose buffer the line allocated. */
  copies: number;
  /** Wall time, exclusive of the cell lines it called. */
  ms: number;
}

/** A variable visible at a step. */
export interface StepVar {
  name: string;
  type: string;
  /** repr(), cut at 80 characters. */
  summary: string;
  /** A local of the function the step is in (else a global). */
  local: boolean;
  /** Layout, when the variable is an ndarray. */
  array?: ArrayInfoData;
}

/** A buffer of an array variable at a step. */
export interface StepBuffer {
  id: number;
  size: number;
  /** The whole buffer, when its content changed since an earlier step stored it. */
  bytes?: Uint8Array;
  /** Too large for the per-step cap: its bytes at this step were not kept. */
  tooLarge?: boolean;
}

/** The state after one statement. */
export interface Step {
  /** 1-based line of the statement in the cell. */
  line: number;
  /** Python call depth (0 at module level): Step Over skips deeper steps. */
  depth: number;
  /** "<module>", or the function's qualified name. */
  function: string;
  /** The statement raised (the exception propagates from here). */
  raised: boolean;
  /** Length of the run's stdout at this step. */
  stdoutLength: number;
  vars: StepVar[];
  buffers: StepBuffer[];
  /** Buffers that appeared at this step. */
  created: number[];
}
