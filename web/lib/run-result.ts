// run-result.ts — turns the embind run result into the public RunResult: parses the figure
// data (a JSON string per figure) and the operation log (`opsJson`, one JSON array), so that
// RunResult is plain, structured-cloneable data. Tolerant of engines that do not produce
// figures or ops yet (absent -> [] ) and of malformed JSON (kept out of the result, never
// thrown: a visualizer bug must not hide a cell's output).

import type { Figure, Op, RunError, RunResult } from './types.js';

/** What the embind `Session.run` returns (cpp/bindings/js_convert.cpp). */
export interface RawRunResult {
  stdout: string;
  value?: string;
  error?: RunError;
  figures?: { id: number; svg: string; data?: string }[];
  opsJson?: string;
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
  const result: RunResult = { stdout: raw.stdout ?? '' };
  if (raw.value !== undefined) result.value = raw.value;
  if (raw.error) result.error = raw.error;
  const figures: Figure[] = [];
  if (Array.isArray(raw.figures)) {
    for (const f of raw.figures) {
      figures.push({ id: Number(f.id), svg: String(f.svg ?? ''), data: parseJson(f.data, null) });
    }
  }
  result.figures = figures;
  const ops = parseJson(raw.opsJson, []);
  result.ops = Array.isArray(ops) ? (ops as Op[]) : [];
  return result;
}
