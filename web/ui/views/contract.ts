// contract.ts — the run-result fields the inspector consumes (figures and the array-op log).
// They now live in the package (web/lib/types.ts: RunResult.figures / RunResult.ops); this
// file re-exports them under the names the views use, plus the per-kind op types. Types only:
// no runtime code.

import type { Op, RunResult } from 'stridelab';

export type { Figure, IndexPart, Op, OperandInfo } from 'stridelab';

export type UfuncOp = Extract<Op, { kind: 'ufunc' }>;
export type IndexOp = Extract<Op, { kind: 'index' }>;
export type ReduceOp = Extract<Op, { kind: 'reduce' }>;

/** Kept for callers written against the local contract: RunResult now carries figures and ops. */
export type RunResultWithOps = RunResult;
