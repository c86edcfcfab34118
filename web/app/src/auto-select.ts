// auto-select.ts — which array the inspector shows after a run: the array the cell just
// assigned (its last top-level assignment whose name is now an ndarray), unless the user
// pinned one by picking it in Variables. Without the cell's code, the arrays that are new or
// whose geometry changed since the previous run stand in for "assigned". Pure (no DOM): the
// playground (main.ts) and the lesson page use it, tests/js/auto-select.test.ts checks it.
import type { ArrayInfo } from 'stridelab';

/** The names a cell assigns at top level, in order: `a = ...`, `a, b = ...`, `a += ...`, `for i in`. */
export function assignedNames(code: string): string[] {
  const out: string[] = [];
  for (const line of code.split('\n')) {
    if (/^\s/.test(line)) continue; // inside a block: function bodies do not assign globals
    const loop = /^for\s+([A-Za-z_][\w\s,]*?)\s+in\s/.exec(line);
    if (loop) {
      out.push(...loop[1].split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    // targets of a chained assignment `a = b = expr`: every `name =` prefix (not ==, <=, ...)
    const m = /^((?:\s*[A-Za-z_]\w*\s*(?:,\s*[A-Za-z_]\w*\s*)*(?:[-+*/%&|^@]|\/\/|\*\*|<<|>>)?=(?!=))+)/.exec(line);
    if (!m) continue;
    for (const part of m[1].split(/(?:[-+*/%&|^@]|\/\/|\*\*|<<|>>)?=/)) {
      for (const name of part.split(',')) if (name.trim()) out.push(name.trim());
    }
  }
  return out;
}

/** What identifies an array's geometry: a re-assignment changes it, an in-place write does not. */
export function signature(a: ArrayInfo): string {
  return `${a.bufferId}|${a.offset}|${a.dtypeStr}|${a.shape.join(',')}|${a.strides.join(',')}`;
}

export interface PickInput {
  /** The cell just run (null: unknown, e.g. a replay or a tab switch). */
  code: string | null;
  /** Array globals after the run, in the session's order, with their signatures. */
  arrays: Map<string, string>;
  /** Signatures before the run (empty on the first run). */
  before: Map<string, string>;
  current: string | null;
  pinned: boolean;
}

export function pickArray({ code, arrays, before, current, pinned }: PickInput): string | null {
  if (pinned && current !== null && arrays.has(current)) return current;
  if (code !== null) {
    const assigned = assignedNames(code).filter((n) => arrays.has(n));
    if (assigned.length) return assigned[assigned.length - 1];
  }
  const changed = [...arrays].filter(([name, sig]) => before.get(name) !== sig).map(([name]) => name);
  if (changed.length) return changed[changed.length - 1];
  if (current !== null && arrays.has(current)) return current;
  const names = [...arrays.keys()];
  return names.length ? names[names.length - 1] : null;
}
