// broadcast-view.ts — the Broadcast tab: the last ufunc of a run with two or more array
// operands, explained. Operand shapes are right-aligned in a table (one column per aligned
// axis, counted from the right as NumPy matches them); a missing axis or a size-1 axis is drawn
// stretched to the result size with its effective stride 0; the result shape closes the table.
// On an error (op.error set) the conflicting axis is highlighted next to NumPy's message.
// Below, for a successful op, each operand is drawn as a grid of the result's last two axes:
// solid cells are the operand's own elements, faded ones the re-reads that stride 0 produces.
//
// It shows one op (the inspector picks it from RunResult.ops); it has no element values (the
// op log carries layouts, not data) and draws at most 8×12 cells per operand grid.

import { h, tuple } from '../dom';
import type { UfuncOp } from './contract';
import { idxText, setChildren } from './common';
import { broadcastSource, broadcastTable, describeConflict, type BroadcastCell, type BroadcastTable } from './layout';

const MAX_ROWS = 8;
const MAX_COLS = 12;

const SYMBOLS: Record<string, string> = {
  add: '+', subtract: '−', multiply: '×', true_divide: '/', divide: '/', floor_divide: '//', power: '**',
  remainder: '%', mod: '%', greater: '>', less: '<', equal: '==', not_equal: '!=', greater_equal: '>=',
  less_equal: '<=', logical_and: 'and', bitwise_and: '&', bitwise_or: '|', bitwise_xor: '^', matmul: '@',
};

export class BroadcastView {
  #root: HTMLElement;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.show(null);
  }

  /** Shows `op` (null: an explanation of what will appear here). `runLabel` says which run it came from. */
  show(op: UfuncOp | null, runLabel = ''): void {
    if (!op) {
      this.#root.replaceChildren(h('p', { class: 'vw-empty', text: 'Run a cell that combines arrays of different shapes, e.g. a + np.arange(4) or a[:, None] * b, to see how broadcasting lines them up.' }));
      return;
    }
    const t = broadcastTable(op.operands);
    const sym = SYMBOLS[op.name];
    const names = t.rows.map((r) => `${r.label} ${r.operand.scalar ? '(scalar)' : tuple(r.operand.shape)}`);
    const expr = sym && names.length === 2 ? `${names[0]} ${sym} ${names[1]}` : `np.${op.name}(${names.join(', ')})`;
    const resultShape = op.result ? tuple(op.result.shape) : t.conflicts.length ? '✗' : tuple(t.result as number[]);
    setChildren(this.#root,
      h('div', { class: 'vw-title' },
        h('code', { class: 'vw-name', text: `np.${op.name}` }),
        ` line ${op.line}${runLabel ? ` · ${runLabel}` : ''}`),
      h('p', { class: 'bv-expr' }, h('code', { text: expr }), ` → ${resultShape}`),
      op.error ? this.#error(op.error, t) : null,
      this.#table(t, op),
      op.error || t.conflicts.length ? null : this.#grids(t),
      h('p', { class: 'vw-note', text: 'Shapes are matched from the last axis. A missing axis counts as size 1; a size-1 axis is stretched to the other size by reading it with stride 0 — no data is copied.' }),
    );
  }

  #error(message: string, t: BroadcastTable): HTMLElement {
    return h('div', { class: 'bv-error', role: 'alert' },
      // a shape conflict is NumPy's ValueError; other failures (dtypes, ...) show their message as-is
      h('pre', { class: 'bv-message', text: t.conflicts.length && !/^\w*Error:/.test(message) ? `ValueError: ${message}` : message }),
      ...t.conflicts.map((c) => h('p', { class: 'bv-conflict', text: `✗ ${describeConflict(t, c)}` })));
  }

  #table(t: BroadcastTable, op: UfuncOp): HTMLElement {
    const table = h('table', { class: 'bv-table', 'data-kind': 'broadcast-table' });
    const head = h('tr', {}, h('th', { scope: 'col', text: 'operand' }), h('th', { scope: 'col', text: 'dtype' }));
    for (let c = 0; c < t.ndim; c++) {
      head.append(h('th', { scope: 'col', class: t.conflicts.includes(c) ? 'conflict' : '', text: `axis ${c - t.ndim}` }));
    }
    table.append(h('thead', {}, head));
    const body = h('tbody');
    for (const row of t.rows) {
      const tr = h('tr', {}, h('th', { scope: 'row', class: 'bv-op' }, h('code', { text: row.label }), row.operand.scalar ? ' (scalar)' : ` ${tuple(row.operand.shape)}`),
        h('td', { class: 'bv-dtype', text: row.operand.dtype }));
      row.cells.forEach((cell, c) => tr.append(this.#cell(cell, t.result[c], t.conflicts.includes(c))));
      body.append(tr);
    }
    const res = h('tr', { class: 'bv-result' },
      h('th', { scope: 'row' }, 'result ', h('code', { text: op.result ? tuple(op.result.shape) : '' })),
      h('td', { class: 'bv-dtype', text: op.result?.dtype ?? '' }));
    for (const n of t.result) res.append(h('td', { class: 'bv-size' + (n === null ? ' conflict' : '') }, n === null ? '✗' : String(n)));
    body.append(res);
    table.append(body);
    if (t.ndim === 0) table.append(h('caption', { text: 'all operands are 0-d: nothing to align' }));
    return h('div', { class: 'bv-scroll' }, table);
  }

  #cell(cell: BroadcastCell, target: number | null, conflictColumn: boolean): HTMLElement {
    const to = target === null ? '?' : String(target);
    switch (cell.kind) {
      case 'same':
        return h('td', { class: 'bv-size same' + (conflictColumn ? ' col-conflict' : '') },
          h('span', { class: 'bv-n', text: String(cell.size) }), h('span', { class: 'bv-stride', text: `stride ${cell.stride}` }));
      case 'stretch':
        return h('td', { class: 'bv-size stretch', title: `size 1 stretched to ${to}: every step re-reads the same element` },
          h('span', { class: 'bv-n' }, '1 ', h('span', { class: 'bv-arrow', text: `⟶ ${to}` })), h('span', { class: 'bv-stride', text: 'stride 0' }));
      case 'missing':
        return h('td', { class: 'bv-size missing', title: `axis absent: treated as size 1, stretched to ${to}` },
          h('span', { class: 'bv-n' }, '(1) ', h('span', { class: 'bv-arrow', text: `⟶ ${to}` })), h('span', { class: 'bv-stride', text: 'stride 0 (added)' }));
      case 'conflict':
        return h('td', { class: 'bv-size conflict', title: 'this size matches neither the other size nor 1' },
          h('span', { class: 'bv-n', text: String(cell.size) }), h('span', { class: 'bv-stride', text: 'conflict' }));
    }
  }

  /** Each operand over the result's last two axes: own elements solid, stride-0 re-reads faded. */
  #grids(t: BroadcastTable): HTMLElement | null {
    const shape = t.result as number[];
    if (shape.some((n) => n === 0)) return null;
    const nd = shape.length;
    const rows = nd >= 2 ? shape[nd - 2] : 1;
    const cols = nd >= 1 ? shape[nd - 1] : 1;
    const shownRows = Math.min(rows, MAX_ROWS);
    const shownCols = Math.min(cols, MAX_COLS);
    const wrap = h('div', { class: 'bv-grids' });
    for (const row of t.rows) {
      const grid = h('div', { class: 'bv-grid', role: 'img', 'aria-label': `${row.label} broadcast to ${tuple(shape)}` });
      grid.style.gridTemplateColumns = `repeat(${shownCols}, 2.3rem)`;
      for (let r = 0; r < shownRows; r++) {
        for (let c = 0; c < shownCols; c++) {
          const index = nd >= 2 ? [...new Array<number>(nd - 2).fill(0), r, c] : nd === 1 ? [c] : [];
          const src = broadcastSource(row, index);
          grid.append(h('span', { class: 'bv-gcell' + (src.real ? ' real' : ' copy'), title: `result${idxText(index)} reads ${row.label}${idxText(src.index)}` },
            row.operand.scalar || src.index.length === 0 ? 's' : src.index.join(',')));
        }
      }
      wrap.append(h('figure', { class: 'bv-fig' }, h('figcaption', {}, h('code', { text: row.label }), ` ${row.operand.scalar ? 'scalar' : tuple(row.operand.shape)} as ${tuple(shape)}`), grid));
    }
    // whole sentences only: each part is said when it applies, never a dangling "...;"
    const parts: string[] = [];
    if (nd > 2) parts.push(`Shown: the last two axes at leading index ${idxText(new Array<number>(nd - 2).fill(0))}`);
    if (rows > shownRows || cols > shownCols) parts.push(`${nd > 2 ? 'only' : 'Shown: only'} the first ${shownRows}×${shownCols} cells`);
    const note = parts.length ? h('p', { class: 'vw-note', text: `${parts.join(', ')}.` }) : null;
    return h('div', { class: 'vw-section' },
      h('h3', { text: 'What each operand contributes' }),
      h('p', { class: 'vw-legend' }, h('span', { class: 'bv-gcell real legend', text: '0,1' }), ' own element · ', h('span', { class: 'bv-gcell copy legend', text: '0,1' }), ' same element re-read (stride 0) · labels: the operand index read'),
      wrap, note);
  }
}
