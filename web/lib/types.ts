// types.ts — the public types of the stridelab package: what a session returns and what
// the worker protocol carries. No runtime code except small pure helpers in geometry.ts.

import type { LineCost, RunOptions, Step, StepOptions } from './step-types.js';
export type * from './step-types.js';

/** A Python exception that escaped a cell. */
export interface RunError {
  /** Python-visible type name: "ValueError", "numpy.exceptions.AxisError", "KeyboardInterrupt". */
  type: string;
  message: string;
  /** 1-based line in the cell of the innermost frame; 0 when unknown. */
  line: number;
  /** Full CPython-style traceback, ending with "type: message\n". */
  traceback: string;
}

/** What one `run(code)` produced. */
export interface RunResult {
  /** Everything the cell printed (complete even when it raised). */
  stdout: string;
  /** repr() of the cell's final expression, when it has one whose value is not None. */
  value?: string;
  error?: RunError;
  /**
   * Set when the engine had to be restarted (WorkerSession.interrupt, or an engine that
   * crashed), saying what happened and what was restored.
   */
  note?: string;
  /**
   * True when the engine was replaced by a fresh one during or before this run (a crash):
   * the session's variables were reset (a worker session replays its earlier cells).
   */
  restarted?: boolean;
  /** Figures shown by the cell (plt.show / the cell ending with figures open), in order ([] when none). */
  figures: Figure[];
  /** Bounded log of the array operations of this run, for the visualizers ([] when none). */
  ops: Op[];
  /**
   * After a worker session restarted its engine (interrupt(), or a crash) and replayed the
   * earlier cells: the variables whose values may differ from before, and why.
   */
  replay?: ReplayReport;
  /** `profile: true`: the cost of every line that ran, in line order. */
  lines?: LineCost[];
  /** `step`: the state after every statement, in execution order. */
  steps?: Step[];
  /** The recording stopped at a cap (the run itself completed). */
  stepsTruncated?: boolean;
}

/**
 * Nondeterminism a run used (unseeded random numbers, the clock, files) and what it bound:
 * what replaying the cell may not reproduce. Internal to the worker protocol (the run
 * response carries it next to the RunResult).
 */
export interface RunEffects {
  /** Drew numbers from a generator seeded from OS entropy (no np.random.seed). */
  random: boolean;
  /** Read the clock (time.time, time.perf_counter, ...). */
  clock: boolean;
  filesRead: string[];
  filesWritten: string[];
  /** Globals the run bound or rebound. */
  rebound: string[];
}

/** What a replay after an engine restart restored, and what it may not have restored faithfully. */
export interface ReplayReport {
  /** Cells replayed. */
  cells: number;
  /** Variables that may now differ from before the restart (sorted). */
  mayDiffer: string[];
  /** Why, one phrase per reason: "unseeded random numbers", "the clock", "file data.txt changed since". */
  reasons: string[];
}

/** A matplotlib figure produced by a run: ready-made SVG plus the data it was drawn from. */
export interface Figure {
  id: number;
  svg: string;
  /** The figure's structured description (axes, lines, ...) as parsed JSON. */
  data: unknown;
}

/** One operand or result of a logged operation. */
export interface OperandInfo {
  shape: number[];
  /** Byte strides. */
  strides: number[];
  dtype: string;
  /** The global the operand was read from / bound to, when known (null for scalars). */
  name: string | null;
  /** True for a Python or NumPy scalar (then shape and strides are []). */
  scalar: boolean;
}

/** One component of a subscript, as the indexing machinery saw it. */
export type IndexPart =
  | { kind: 'int'; value: number }
  | { kind: 'slice'; start: number | null; stop: number | null; step: number | null }
  | { kind: 'newaxis' }
  | { kind: 'ellipsis' }
  | { kind: 'array'; shape: number[]; dtype: string; values: number[] }
  | { kind: 'mask'; shape: number[]; count: number };

/**
 * One logged array operation (RunResult.ops), at most 200 per run: element-wise ufuncs with
 * an array operand (`a + b`, `np.sqrt(a)`), indexing (`a[0]`, `a[1:, ::2]`, `a[[0, 2]]`,
 * `a[a > 5]`, `a[0] = 5`) and reductions (`a.sum(axis=0)`, `np.mean(a)`). `line` is the cell
 * line of the statement; `error` is NumPy's message when the operation raised.
 */
export type Op =
  | { kind: 'ufunc'; name: string; line: number; operands: OperandInfo[]; result: OperandInfo | null; error: string | null }
  | {
      kind: 'index';
      /** 'getitem' for `a[...]`, 'setitem' for `a[...] = v`. */
      name: 'getitem' | 'setitem';
      line: number;
      /** True for `a[...] = v`. */
      assign: boolean;
      source: OperandInfo;
      indices: IndexPart[];
      result: OperandInfo | null;
      /**
       * True when the result is a copy (advanced indexing, or a single element, which NumPy
       * returns as a scalar: then `result.scalar` is true), false for a view.
       */
      copy: boolean;
      error: string | null;
      /** For advanced indexing: flat source position of each result element (bounded). */
      mapping?: number[];
    }
  | {
      kind: 'reduce';
      /** The reduction: sum, prod, mean, var, std, max, min, all, any, ptp, argmax, argmin, cumsum, cumprod. */
      name: string;
      line: number;
      /** [the reduced array]. */
      operands: OperandInfo[];
      /** The reduced axes (negative ones normalised), null for all axes / the flattened array. */
      axis: number[] | null;
      /** The result (scalar: true for a NumPy scalar), null when the reduction raised. */
      result: OperandInfo | null;
      error: string | null;
    };

/** A user-visible global of the session (modules and dunder names are omitted). */
export interface GlobalInfo {
  name: string;
  /** Python type name: "ndarray", "int", "function", ... */
  type: string;
  /** Short description (repr truncated to ~80 chars). */
  summary: string;
}

export interface ArrayFlags {
  c_contiguous: boolean;
  f_contiguous: boolean;
  owndata: boolean;
  writeable: boolean;
  aligned: boolean;
}

/**
 * One leaf field of a structured dtype (nested records flattened: "pos.x", offsets from the
 * start of the outer record). The bytes of a record that no field covers are padding.
 */
export interface FieldInfo {
  name: string;
  /** dtype.name of the field: "int32", "str96", "float64". */
  dtype: string;
  /** dtype.str: "<i4", ">f8", "<U3", "|S5". */
  dtypeStr: string;
  /** str(dtype) as NumPy prints it: "int32", ">i4", "<U3". */
  dtypeText: string;
  /** dtype.kind: "b" "i" "u" "f" "c" "S" "U" "V". */
  kind: string;
  /** Byte offset of the field in the record (what `dtype.fields[name][1]` reports). */
  offset: number;
  itemsize: number;
}

/** The array a view was taken from (NumPy's `a.base`, chains collapsed to the owner). */
export interface BaseInfo {
  bufferId: number;
  dtype: string;
  /** str(base.dtype) as NumPy prints it. */
  dtypeText: string;
  /** The base's itemsize: a field view's stride equals it (the record size). */
  itemsize: number;
  /** The base's record fields ([] when it is not structured). */
  fields: FieldInfo[];
  shape: number[];
  strides: number[];
  offset: number;
  /** The global bound to the base array, or null when no global holds it. */
  name: string | null;
}

/** Plain, structured-cloneable description of an ndarray's memory layout. */
export interface ArrayInfoData {
  /** NumPy's dtype.name: "float64", "int32", "bool", "str96", "void12", ... */
  dtype: string;
  /** Array-interface typestr (dtype.str): "<f8", "|u1", ">i4", "<U3", "|V12", ... */
  dtypeStr: string;
  /** str(dtype) as NumPy prints it: "float64", ">i4", "<U3", "[('a', 'u1'), ('b', '<i4')]". */
  dtypeText: string;
  /** dtype.kind: "b" "i" "u" "f" "c" "S" "U" "V". */
  kind: string;
  /** dtype.byteorder: "=" native, ">" big-endian (non-native here), "|" not applicable. */
  byteorder: string;
  /** Record dtype built with align=True (dtype.isalignedstruct). */
  alignedStruct: boolean;
  /** The record's leaf fields in NumPy's order ([] when the dtype is not structured). */
  fields: FieldInfo[];
  shape: number[];
  /** Byte strides (may be negative or zero). */
  strides: number[];
  /** Byte offset of element [0, 0, ...] from the start of the buffer. */
  offset: number;
  itemsize: number;
  nbytes: number;
  size: number;
  ndim: number;
  flags: ArrayFlags;
  /** Identifies the buffer: arrays with the same bufferId share memory. */
  bufferId: number;
  bufferSize: number;
  /** [lo, hi): the byte range of the buffer the elements touch ([offset, offset] when empty). */
  extent: [number, number];
  base: BaseInfo | null;
}

/** ArrayInfoData plus on-demand element offsets (computed from the geometry, no engine call). */
export interface ArrayInfo extends ArrayInfoData {
  /**
   * Byte offsets (from buffer start) of the first `maxCount` elements in C order
   * (default 65536). Bounded: cost is O(min(size, maxCount) * ndim).
   */
  elementOffsets(maxCount?: number): number[];
}

/** A URL as a string or a URL object (anything with `href`). */
export type UrlLike = string | { readonly href: string };

export interface SessionOptions {
  /**
   * Where the engine's .wasm lives. Default: `stridelab_engine.wasm` next to the module
   * (read from disk in Node, fetched relative to the module URL in the browser). A relative
   * URL resolves against the page in a browser, against the current directory in Node.
   */
  wasmUrl?: UrlLike;
  /** The .wasm bytes themselves (skips the lookup above). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /**
   * The default engine (`stridelab_engine.wasm`) already compiled: a `WebAssembly.Module`
   * (typed `object` so that these types need no DOM or Node lib), e.g. compiled by a page
   * while its worker started. Its second part (a split engine) is found as by default.
   */
  wasmModule?: object;
  /**
   * A split engine only (built with SL_WASM_SPLIT): where its second part,
   * `stridelab_engine.deferred.wasm`, lives. Default: next to `wasmUrl` (its name with
   * `.wasm` replaced by `.deferred.wasm`), else next to the module.
   */
  wasmDeferredUrl?: UrlLike;
  /** A split engine only: the bytes of its second part (with `wasmBinary`). */
  wasmDeferredBinary?: ArrayBuffer | Uint8Array;
  /**
   * The session's memory budget in bytes (default 1 GiB): arrays, strings, lists, dicts and
   * every other object of the session count. Exceeding it raises MemoryError in the cell
   * ("out of memory: this session's memory limit of 256 MiB is reached ...", or NumPy's
   * "Unable to allocate ..." for an array); the session stays usable.
   */
  memoryLimit?: number;
}

/** The synchronous session (Node, or inside a worker). */
export interface Session {
  /** Runs a cell; never throws for Python errors (they come back as `error`). */
  run(code: string, options?: RunOptions): RunResult;
  /** Layout of the ndarray bound to `name`, or null when there is none. */
  inspect(name: string): ArrayInfo | null;
  /**
   * A copy of bytes [start, start + length) of a live buffer, clamped at the buffer's end.
   * Throws when no buffer reachable from the globals has that id, RangeError on bad numbers.
   */
  readBytes(bufferId: number, start: number, length: number): Uint8Array;
  globals(): GlobalInfo[];
  /**
   * Puts a file in the engine's virtual file system (np.load / np.loadtxt / open see it).
   * The store belongs to the engine instance: sessions of one instance share it.
   */
  writeFile(path: string, data: Uint8Array | string): void;
  /** A file of the virtual file system (e.g. written by np.save); throws when missing. */
  readFile(path: string): Uint8Array;
  /** Sets the interrupt flag: the next loop check of a run raises KeyboardInterrupt. */
  requestInterrupt(): void;
  /** Byte address of the session's int32 interrupt flag in the engine's memory. */
  readonly interruptFlagAddress: number;
  /** The memory budget in bytes (SessionOptions.memoryLimit); settable. */
  memoryLimit: number;
  /** Bytes the session holds now (what the budget counts). */
  readonly memoryInUse: number;
  /** Frees the engine-side session. The object must not be used afterwards. */
  close(): void;
}

/** The same API, asynchronous, backed by a Web Worker. */
export interface WorkerSession {
  /**
   * Runs a cell. `timeoutMs` (default: the session's) stops it with a TimeoutError if it
   * runs longer; the session stays usable.
   */
  run(code: string, options?: RunOptions & { timeoutMs?: number }): Promise<RunResult>;
  inspect(name: string): Promise<ArrayInfo | null>;
  readBytes(bufferId: number, start: number, length: number): Promise<Uint8Array>;
  globals(): Promise<GlobalInfo[]>;
  /** Writes into the worker's file system; kept by the client and re-written after a restart. */
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  /** The engine's memory: its wasm high-water mark and the bytes the session holds now. */
  memory(): Promise<EngineMemory>;
  /**
   * Stops the running cell. Where SharedArrayBuffer is available (Node; a cross-origin
   * isolated page) it raises KeyboardInterrupt inside the program (its `finally` blocks run,
   * the globals it assigned stay) and resolves with undefined. Otherwise, or when the engine
   * does not respond within a moment, it terminates the worker, starts a fresh one and
   * replays the cells that had completed; the interrupted run resolves with a
   * KeyboardInterrupt error and a `note` saying so, and interrupt() resolves, once the
   * replay is done, with its report (which variables may differ: unseeded randomness, the
   * clock, files changed since). Undefined when nothing was running.
   */
  interrupt(): Promise<ReplayReport | undefined>;
  /** True while a run is in progress. */
  readonly busy: boolean;
  close(): void;
}

/**
 * The part of a Web Worker the worker session uses: a DOM `Worker` is one, and so is the
 * adapter over a Node worker thread. Handler fields are loosely typed so that both fit
 * without the DOM lib.
 */
export interface WorkerLike {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  onmessage: ((event: any) => void) | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  onerror: ((event: any) => void) | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  onmessageerror: ((event: any) => void) | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  postMessage(message: any, transfer: any[]): void;
  terminate(): void;
  /** Node worker threads: keep the process alive while requests are pending (optional). */
  ref?(): void;
  unref?(): void;
}

// ---- worker protocol: a discriminated union on `kind`, every request carries an id ----

export type WorkerRequest =
  | {
      id: number;
      kind: 'init';
      options: { wasmUrl?: string; wasmModule?: object; sampleData?: boolean; memoryLimit?: number; interruptBuffer?: SharedArrayBuffer };
    }
  | { id: number; kind: 'run'; code: string; filename?: string; timeoutMs?: number; profile?: boolean; step?: boolean | StepOptions }
  | { id: number; kind: 'inspect'; name: string }
  | { id: number; kind: 'readBytes'; bufferId: number; start: number; length: number }
  | { id: number; kind: 'globals' }
  | { id: number; kind: 'writeFile'; path: string; data: Uint8Array | string }
  | { id: number; kind: 'readFile'; path: string }
  | { id: number; kind: 'memory' };

/** What the engine's memory holds (WorkerSession.memory()). */
export interface EngineMemory {
  /** The wasm memory's size: its high-water mark (it grows and never shrinks; freed blocks are reused). */
  wasmBytes: number;
  /** Bytes the session's objects hold now (Session.memoryInUse, the budget's count). */
  inUse: number;
}

/** The successful result type for each request kind. */
export interface WorkerResultMap {
  init: null;
  run: RunResult;
  inspect: ArrayInfoData | null;
  readBytes: Uint8Array;
  globals: GlobalInfo[];
  writeFile: null;
  readFile: Uint8Array;
  memory: EngineMemory;
}

export type WorkerResponse =
  | { [K in keyof WorkerResultMap]: { id: number; kind: K; ok: true; result: WorkerResultMap[K]; effects?: RunEffects } }[keyof WorkerResultMap]
  | { id: number; kind: WorkerRequest['kind']; ok: false; error: { name: string; message: string } };
