// run-result.ts — turns the embind run result into the public RunResult: parses the figure
// data (a JSON string per figure) and the operation log (`opsJson`, one JSON array), so that
// RunResult is plain, structured-cloneable data; `figures` and `ops` are always arrays.
// Tolerant of engines that do not produce figures or ops (absent -> []) and of malformed
// JSON (kept out of the result, never thrown: a visualizer bug must not hide a cell's output).

import type { Figure, LineCost, Op, RunEffects, RunError, RunResult, Step } from './types.js';

/** What the embind `Session.run` returns (cpp/bindings/js_convert.cpp). */
export interface RawRunResult {
  stdout: string;
  value?: string;
  error?: RunError;
  figures?: { id: number; svg: string; data?: string }[];
  opsJson?: string;
  effects?: RunEffects;
  /** An uncaught SystemExit: python3's exit status, and the text it prints (a non-int code). */
  exitCode?: number;
  exitMessage?: string;
  /** run with profile: the per-line cost (cpp/modules/line_profile.hpp), a JSON array */
  linesJson?: string;
  /** run with step: the snapshots (cpp/bindings/step_recorder.hpp) */
  steps?: Step[];
  stepsTruncated?: boolean;
}

// The effects of a run (what a replay may not reproduce) travel beside the RunResult, not in
// it: the public result stays plain data; the worker handler sends them to the client.
const effectsOf = new WeakMap<RunResult, RunEffects>();
export function runEffects(result: RunResult): RunEffects | undefined {
  return effectsOf.get(result);
}

function parseJson(text: string | undefined, fallback: unknown): unknown {
  if (typeof text !== 'string' || text === '') return fallback;
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}

export function toRunResult(raw: RawRunResult): RunResult {
  const figures: Figure[] = [];
  if (Array.isArray(raw.figures)) {
    for (const f of raw.figures) {
      figures.push({ id: Number(f.id), svg: String(f.svg ?? ''), data: parseJson(f.data, null) });
    }
  }
  const ops = parseJson(raw.opsJson, []);
  // keys in a fixed order: stdout, value?, error?, figures, ops (both always present)
  const result: RunResult = {
    stdout: raw.stdout ?? '',
    ...(raw.value !== undefined ? { value: raw.value } : {}),
    ...(raw.error ? { error: raw.error } : {}),
    figures,
    ops: Array.isArray(ops) ? (ops as Op[]) : [],
  };
  if (raw.linesJson !== undefined) {
    const lines = parseJson(raw.linesJson, []);
    result.lines = Array.isArray(lines) ? (lines as LineCost[]) : [];
  }
  if (Array.isArray(raw.steps)) {
    result.steps = raw.steps;
    result.stepsTruncated = Boolean(raw.stepsTruncated);
  }
  if (raw.effects) {
    const e = raw.effects;
    effectsOf.set(result, {
      random: Boolean(e.random),
      clock: Boolean(e.clock),
      filesRead: [...(e.filesRead ?? [])],
      filesWritten: [...(e.filesWritten ?? [])],
      rebound: [...(e.rebound ?? [])],
    });
  }
  return result;
}
