// replay-report.ts — replay honesty. When a worker session restarts its engine (Stop, or a
// crash) it restores the variables by replaying the cells that had run. A cell that drew
// unseeded random numbers, read the clock, or read a file that changed since it ran gives
// other values the second time: this module works out which variables may differ, from the
// effects the engine reported for each run (RunResult.effects) and the cells' text.
//
// Taint, in cell order: a nondeterministic cell taints the globals it bound and the ones it
// visibly mutates (`x[...] = `, `x += `, `x.method(`); a later cell that mentions a tainted
// name taints what it binds and mutates in turn. Deliberately an over-approximation of
// "computed from", never an under-approximation for the values a cell binds.

import type { ReplayReport, RunEffects } from './types.js';

export interface ReplayEntry {
  code: string;
  effects?: RunEffects;
  /** When the cell ran, on the client's clock of file writes (see fileWrites). */
  seq: number;
}

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/g;

function identifiers(code: string): Set<string> {
  // strings and comments out, so that 'x' in a message does not count as a use of x
  const text = code.replace(/#[^\n]*/g, ' ').replace(/("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')/g, ' ');
  return new Set(text.match(IDENT) ?? []);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mutated(code: string, names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const n of names) {
    const re = new RegExp(
      `(^|[^.\\w])${escapeRe(n)}\\s*((\\[[^\\]\\n]*\\]\\s*)?(\\*\\*|//|<<|>>|[-+*/%&|^@])?=(?!=)|\\.\\w+\\s*\\()`,
      'm',
    );
    if (re.test(code)) out.push(n);
  }
  return out;
}

/**
 * @param history the replayed cells, in order
 * @param fileWrites path -> seq of the last write by the client (writeFile) or by a cell
 */
export function replayReport(history: ReplayEntry[], fileWrites: Map<string, number>): ReplayReport {
  const known = new Set<string>();
  for (const h of history) for (const n of h.effects?.rebound ?? []) known.add(n);
  const tainted = new Set<string>();
  const reasons: string[] = [];
  const reason = (r: string) => {
    if (!reasons.includes(r)) reasons.push(r);
  };
  for (const h of history) {
    const own: string[] = [];
    const e = h.effects;
    if (e?.random) own.push('unseeded random numbers');
    if (e?.clock) own.push('the clock');
    for (const f of e?.filesRead ?? []) {
      const written = fileWrites.get(f);
      if (written !== undefined && written > h.seq) own.push(`file ${f} changed since`);
    }
    const ids = identifiers(h.code);
    const readsTainted = [...ids].some((n) => tainted.has(n));
    if (own.length === 0 && !readsTainted) continue;
    own.forEach(reason);
    for (const n of e?.rebound ?? []) tainted.add(n);
    for (const n of mutated(h.code, [...ids].filter((n) => known.has(n)))) tainted.add(n);
  }
  return { cells: history.length, mayDiffer: [...tainted].sort(), reasons };
}

/** One sentence for a note: "" when nothing may differ. */
export function describeReplay(r: ReplayReport): string {
  if (r.mayDiffer.length === 0) return '';
  const names = r.mayDiffer.length > 12 ? [...r.mayDiffer.slice(0, 12), '…'] : r.mayDiffer;
  return ` These variables may differ from before, because the replayed cells used ${r.reasons.join(', ')}: ${names.join(', ')}.`;
}
