// notebook.ts — taking cells to Jupyter and back: export to an nbformat 4.5 notebook
// (.ipynb: code, stdout, results, figures as SVG, errors; stridelab's version in the
// metadata; `%matplotlib inline` first when a cell made plots) or to a Python script (.py,
// cells as `# %%` blocks, IPython magics commented out so that python3 runs it), and import
// of an .ipynb (its code cells; markdown and raw cells are counted, not kept).
//
// `namesUsed` finds the modules a cell imports and the `np.` names it uses, so that a host
// can ask the engine which of them stridelab lacks (`unsupportedNames`) and say which cell
// needs what. Pure functions except unsupportedNames (one run in the given session).
//
// Deliberately not here: file dialogs and downloads (web/app), running cells.

import type { RunResult } from './types.js';

export interface NotebookCell {
  code: string;
  /** The cell's last run, when it ran (its outputs go into the .ipynb). */
  result?: RunResult | null;
  /** The cell's prompt number (In [n]), when it ran. */
  executionCount?: number | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** "a\nb\n" -> ["a\n", "b\n"] (nbformat's multiline strings). */
function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function hasMagic(code: string, name: string): boolean {
  return new RegExp(`^\\s*%${name}\\b`, 'm').test(code);
}

/** The notebook (nbformat 4, minor 5) as a JSON-ready object. */
export function toIpynb(cells: readonly NotebookCell[], options: { version?: string; title?: string } = {}): Record<string, Json> {
  const plots = cells.some((c) => (c.result?.figures?.length ?? 0) > 0);
  const out: Json[] = cells.map((c, i) => {
    let code = c.code.replace(/\s+$/, '');
    if (plots && i === 0 && !cells.some((x) => hasMagic(x.code, 'matplotlib'))) code = `%matplotlib inline\n${code}`;
    const outputs: Json[] = [];
    const r = c.result;
    const count = c.executionCount ?? null;
    if (r) {
      if (r.stdout) outputs.push({ output_type: 'stream', name: 'stdout', text: lines(r.stdout) });
      for (const f of r.figures ?? [])
        outputs.push({ output_type: 'display_data', data: { 'image/svg+xml': lines(f.svg), 'text/plain': ['<Figure>'] }, metadata: {} });
      if (r.error) {
        outputs.push({
          output_type: 'error',
          ename: r.error.type.split('.').pop() ?? r.error.type,
          evalue: r.error.message,
          traceback: r.error.traceback.replace(/\n$/, '').split('\n'),
        });
      } else if (r.value !== undefined) {
        outputs.push({ output_type: 'execute_result', execution_count: count, data: { 'text/plain': lines(r.value) }, metadata: {} });
      }
    }
    return {
      cell_type: 'code',
      id: `stridelab-${i + 1}`,
      metadata: {},
      execution_count: r ? count : null,
      source: lines(code),
      outputs: r ? outputs : [],
    };
  });
  return {
    cells: out,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python', file_extension: '.py', mimetype: 'text/x-python', pygments_lexer: 'ipython3' },
      stridelab: { version: options.version ?? 'unknown' },
      ...(options.title ? { title: options.title } : {}),
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

/** The .ipynb file text (one-space indent, like Jupyter; ends with a newline). */
export function ipynbText(cells: readonly NotebookCell[], options: { version?: string; title?: string } = {}): string {
  return `${JSON.stringify(toIpynb(cells, options), null, 1)}\n`;
}

/** A Python script: `# %%` cells (Jupytext's percent format), magics as comments. */
export function toPy(cells: readonly NotebookCell[], options: { version?: string } = {}): string {
  const head = `# Exported from stridelab${options.version ? ` ${options.version}` : ''}: run with python3 (NumPy).\n`;
  const body = cells.map((c) => {
    const code = c.code
      .replace(/\s+$/, '')
      .split('\n')
      .map((l) => (/^\s*[%!]/.test(l) ? l.replace(/^(\s*)/, '$1# ') : l))
      .join('\n');
    return `# %%\n${code}\n`;
  });
  return [head, ...body].join('\n');
}

export interface ImportedNotebook {
  /** The code cells' sources, in order. */
  cells: string[];
  /** Markdown and raw cells, which stridelab does not show. */
  skipped: number;
}

/** Reads an .ipynb (nbformat 4; 3 is read too: its worksheets' code cells). Throws on non-notebooks. */
export function fromIpynb(text: string): ImportedNotebook {
  let nb: { cells?: unknown; worksheets?: { cells?: unknown }[]; nbformat?: unknown };
  try {
    nb = JSON.parse(text);
  } catch (e) {
    throw new Error(`not a notebook: ${(e as Error).message}`);
  }
  const raw = Array.isArray(nb?.cells)
    ? nb.cells
    : Array.isArray(nb?.worksheets)
      ? nb.worksheets.flatMap((w) => (Array.isArray(w?.cells) ? w.cells : []))
      : null;
  if (!raw) throw new Error('not a notebook: no "cells"');
  const cells: string[] = [];
  let skipped = 0;
  for (const c of raw as { cell_type?: string; source?: unknown; input?: unknown }[]) {
    if (c?.cell_type !== 'code') {
      skipped++;
      continue;
    }
    const src = c.source ?? c.input ?? '';
    cells.push(Array.isArray(src) ? src.join('') : String(src));
  }
  return { cells, skipped };
}

export interface NamesUsed {
  /** Modules imported: "numpy", "scipy.signal", "pandas". */
  modules: string[];
  /** `np.` attribute paths used: "np.linalg.norm", "np.einsum". */
  numpy: string[];
}

/** What a cell imports and which `np.` names it uses (a lexical scan; comments and strings skipped). */
export function namesUsed(code: string): NamesUsed {
  const clean = code
    .replace(/("""|''')[\s\S]*?\1/g, '""')
    .replace(/(["'])(?:\\.|(?!\1)[^\\\n])*\1/g, '""')
    .replace(/#.*$/gm, '');
  const modules = new Set<string>();
  for (const m of clean.matchAll(/^\s*import\s+([^\n]+)/gm))
    for (const part of m[1].split(',')) {
      const name = part.trim().split(/\s+/)[0];
      if (/^[A-Za-z_][\w.]*$/.test(name)) modules.add(name);
    }
  for (const m of clean.matchAll(/^\s*from\s+([A-Za-z_][\w.]*)\s+import\b/gm)) modules.add(m[1]);
  const numpy = new Set<string>();
  for (const m of clean.matchAll(/(?<![\w.])np((?:\.[A-Za-z_]\w*)+)/g)) numpy.add(`np${m[1]}`);
  return { modules: [...modules], numpy: [...numpy] };
}

/** A name stridelab lacks, and the (0-based) cells that use it. */
export interface Unsupported {
  name: string;
  cells: number[];
}

/**
 * Asks the engine which of the cells' modules and `np.` names it lacks (one run in `session`,
 * leaving no variables behind). Works with a Session or a WorkerSession.
 */
export async function unsupportedNames(
  session: { run(code: string): RunResult | Promise<RunResult> },
  cells: readonly string[],
): Promise<Unsupported[]> {
  const where = new Map<string, number[]>();
  cells.forEach((code, i) => {
    const used = namesUsed(code);
    for (const n of [...used.modules, ...used.numpy]) {
      const list = where.get(n) ?? [];
      if (!list.includes(i)) list.push(i);
      where.set(n, list);
    }
  });
  if (!where.size) return [];
  const names = [...where.keys()];
  const probe = `def __stridelab_probe(names):
    missing = []
    for n in names:
        try:
            if n.startswith('np.'):
                import numpy
                o = numpy
                for part in n.split('.')[1:]:
                    o = getattr(o, part)
            else:
                exec('import ' + n, {})
        except Exception:
            missing.append(n)
    return missing
print('\\n'.join(__stridelab_probe(${JSON.stringify(names)})))
del __stridelab_probe
`;
  const r = await session.run(probe);
  if (r.error) return [];
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((name) => ({ name, cells: where.get(name) ?? [] }));
}
