// index-view.ts — the Indexing tab: the last index operation of a run (a[1:, ::2],
// a[[0, 2]], a[a > 5], ...). It prints the index expression, a badge saying whether the result
// is a view (same buffer, nothing copied) or a copy (advanced indexing gathers into a new
// buffer), the index arrays or the boolean mask, and — when the engine logged `mapping` — an
// SVG with the source grid on top, the result grid below and one line per result element from
// the source cell it was copied from. Hovering or focusing a result cell highlights its line
// and source cell; hovering a source cell highlights every copy made of it.
//
// Arrays are drawn flattened to rows × last axis, at most 12×16 cells each (lines to hidden
// cells are counted, not drawn). It has no values (the op log carries indices, not data).

import { h, tuple } from '../dom';
import type { IndexOp, IndexPart } from './contract';
import { idxText, plural, rovingGrid, setChildren, svg } from './common';
import { formatIndexExpr, indexDiagram, product, unravel, type DiagramCell, type IndexDiagram } from './layout';

const HUES = [212, 28, 140, 280, 350, 90, 190, 50];
/** The name shown for a source that is no global (never a name a learner could have used). */
const UNNAMED = '(unnamed array)';

export class IndexView {
  #root: HTMLElement;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.show(null);
  }

  /**
   * Draws `op`; `chain` (from layout.indexChain) lists the steps of a chained subscript
   * ending in `op` — each step is drawn, its source named by the step before it.
   * `sourceText`: the first source's expression in the code (layout.sourceExpression), used
   * when it is no global.
   */
  show(op: IndexOp | null, runLabel = '', chain: readonly IndexOp[] = op ? [op] : [], sourceText: string | null = null): void {
    if (!op) {
      this.#root.replaceChildren(h('p', { class: 'vw-empty', text: 'Run a cell that indexes an array — a[::2], a[[0, 2]], a[a > 5] — to see which elements it picks and whether it copies.' }));
      return;
    }
    if (chain.length < 2) {
      setChildren(this.#root, ...this.#step(op, runLabel, op.source.name ?? sourceText ?? UNNAMED));
      return;
    }
    // a[[0, 2]][:, [1, 3]]: one section per step, each source named by the expression before
    let source = chain[0].source.name ?? sourceText ?? UNNAMED;
    const steps: HTMLElement[] = [];
    chain.forEach((step, k) => {
      steps.push(h('section', { class: 'iv-step', 'data-testid': 'index-step', 'aria-label': `Step ${k + 1} of ${chain.length}` },
        h('h3', { class: 'iv-step-title', text: `Step ${k + 1} of ${chain.length}` }),
        ...this.#step(step, k === chain.length - 1 ? runLabel : '', source)));
      source = formatIndexExpr(source, step.indices);
    });
    setChildren(this.#root,
      h('p', { class: 'iv-expr' }, h('code', { text: source }), ` — a chained subscript: ${chain.length} indexing steps, each on the result of the one before`),
      ...steps);
  }

  /** One index operation, its source called `srcName` (a global or the expression before). */
  #step(op: IndexOp, runLabel: string, srcName: string): (HTMLElement | null)[] {
    const expr = formatIndexExpr(srcName, op.indices) + (op.assign ? ' = …' : '');
    const badge = op.assign
      ? h('span', { class: 'iv-badge assign', 'data-kind': 'badge', text: `assignment: writes into ${srcName}'s buffer` })
      : op.result?.scalar
        ? h('span', { class: 'iv-badge copy', 'data-kind': 'badge', title: 'one integer per axis picks one element: NumPy returns its value as a scalar, not a view', text: 'copy · a NumPy scalar' })
        : op.copy
        ? h('span', { class: 'iv-badge copy', 'data-kind': 'badge', title: 'advanced (array or mask) indexing gathers the picked elements into a new buffer', text: 'copy · new buffer' })
        : h('span', { class: 'iv-badge view', 'data-kind': 'badge', title: 'basic indexing (ints, slices, None, ...) only changes shape, strides and offset', text: 'view · same buffer' });
    return [
      h('div', { class: 'vw-title' }, h('code', { class: 'vw-name', text: 'indexing' }), ` line ${op.line}${runLabel ? ` · ${runLabel}` : ''}`),
      h('p', { class: 'iv-expr' },
        h('code', { text: expr }),
        op.result ? ` → ${op.result.dtype} ${tuple(op.result.shape)}` : '',
        ' ', op.error ? null : badge),
      op.error ? h('pre', { class: 'bv-message', role: 'alert', text: op.error }) : null,
      this.#parts(op.indices),
      this.#shapes(op, srcName),
      op.error ? null : this.#diagram(op, srcName),
    ];
  }

  #parts(parts: readonly IndexPart[]): HTMLElement {
    const list = h('ul', { class: 'iv-parts', 'aria-label': 'Index parts' });
    parts.forEach((p, k) => {
      let text: string;
      let extra: HTMLElement | null = null;
      switch (p.kind) {
        case 'int':
          text = `integer ${p.value}: one position; the axis disappears`;
          break;
        case 'slice':
          text = `slice ${p.start ?? ''}:${p.stop ?? ''}${p.step === null ? '' : `:${p.step}`} (start:stop:step): on its own a view, only offset and stride change`;
          break;
        case 'newaxis':
          text = 'None (np.newaxis): a new axis of size 1';
          break;
        case 'ellipsis':
          text = '...: all remaining axes';
          break;
        case 'array': {
          const n = product(p.shape);
          text = `${p.dtype} index array, shape ${tuple(p.shape)}: picks positions (a copy)`;
          extra = h('div', { class: 'iv-values', 'aria-label': 'index values' },
            ...p.values.map((v) => h('span', { class: 'iv-chip', text: String(v) })),
            n > p.values.length ? h('span', { class: 'iv-more', text: `… ${n - p.values.length} more` }) : null);
          break;
        }
        case 'mask':
          text = `boolean mask, shape ${tuple(p.shape)}: ${p.count} True of ${product(p.shape)} → ${p.count} elements, in C order (a copy)`;
          break;
      }
      list.append(h('li', { class: `iv-part ${p.kind}` }, h('span', { class: 'iv-pos', text: `[${k}]` }), ` ${text}`, extra));
    });
    return h('div', { class: 'vw-section' }, h('h3', { text: 'Index' }), list);
  }

  #shapes(op: IndexOp, srcName: string): HTMLElement {
    const s = op.source;
    const r = op.result;
    return h('p', { class: 'vw-note' },
      `source ${srcName}: ${s.dtype} ${tuple(s.shape)} strides ${tuple(s.strides)}`,
      r ? ` · result: ${tuple(r.shape)} strides ${tuple(r.strides)}` : '');
  }

  #diagram(op: IndexOp, srcLabel: string): HTMLElement | null {
    if (!op.result) return null;
    if (!op.mapping) return h('p', { class: 'vw-note', text: 'No element mapping was recorded for this operation.' });
    const d = indexDiagram(op.source.shape, op.result.shape, op.mapping);
    const total = product(op.result.shape);
    const status = h('div', { class: 'vw-formula', 'aria-live': 'polite' });
    const reset = () => {
      status.textContent = 'Hover or focus a cell: result cell ← source cell';
      status.classList.remove('active');
      for (const el of root.querySelectorAll('.hl')) el.classList.remove('hl');
    };
    const width = d.width + 90; // room for the grid labels on the right
    const root = svg('svg', { class: 'iv-svg', width, height: d.height, viewBox: `0 0 ${width} ${d.height}`, role: 'group', 'aria-label': `${srcLabel} to result mapping` });
    const lines = svg('g', { class: 'iv-lines' });
    const srcHueOf = (flat: number) => HUES[Math.floor(flat / Math.max(1, d.source.cols)) % HUES.length];
    for (const l of d.lines) {
      const mid = (l.y1 + l.y2) / 2;
      const hue = srcHueOf(l.src);
      lines.append(svg('path', { d: `M${l.x1},${l.y1} C${l.x1},${mid} ${l.x2},${mid} ${l.x2},${l.y2}`, class: 'iv-line', 'data-src': l.src, 'data-dst': l.dst, style: `--hue:${hue}` }));
    }
    root.append(lines);
    const srcHue = srcHueOf;
    const mapping = op.mapping;
    const srcCells = this.#cells(d, d.source.cells, op.source.shape, 'src', srcLabel, (c) => (c.linked ? srcHue(c.flat) : null));
    const resCells = this.#cells(d, d.result.cells, op.result.shape, 'dst', 'result', (c) => (c.flat < mapping.length ? srcHue(mapping[c.flat]) : null));
    root.append(...srcCells, ...resCells);
    const side = (g: IndexDiagram['source'], text: string) =>
      svg('text', { x: g.left + g.shownCols * (d.cell + 3) + 6, y: g.top + 12, class: 'iv-glabel' }, text);
    root.append(side(d.source, srcLabel), side(d.result, 'result'));
    const highlight = (attr: 'src' | 'dst', flat: number) => {
      reset();
      const hit = [...root.querySelectorAll<SVGElement>(`.iv-line[data-${attr}="${flat}"]`)];
      for (const p of hit) {
        p.classList.add('hl');
        root.querySelector(`.iv-cell[data-src="${p.dataset.src}"]`)?.classList.add('hl');
        root.querySelector(`.iv-cell[data-dst="${p.dataset.dst}"]`)?.classList.add('hl');
      }
      lines.append(...hit); // draw the highlighted lines on top
      const fromIdx = (f: number) => idxText(unravel(f, op.source.shape));
      const toIdx = (f: number) => idxText(unravel(f, op.result!.shape));
      if (attr === 'dst') {
        const p = hit[0];
        status.textContent = p ? `result${toIdx(flat)} ← ${srcLabel}${fromIdx(Number(p.dataset.src))}` : `result${toIdx(flat)}: source not shown`;
      } else {
        status.textContent = hit.length
          ? `${srcLabel}${fromIdx(flat)} → ${hit.map((p) => `result${toIdx(Number(p.dataset.dst))}`).join(', ')}`
          : `${srcLabel}${fromIdx(flat)}: not picked`;
      }
      status.classList.add('active');
    };
    for (const c of srcCells) {
      const f = Number(c.dataset.src);
      c.addEventListener('mouseenter', () => highlight('src', f));
      c.addEventListener('focus', () => highlight('src', f));
      c.addEventListener('mouseleave', reset);
      c.addEventListener('blur', reset);
    }
    for (const c of resCells) {
      const f = Number(c.dataset.dst);
      c.addEventListener('mouseenter', () => highlight('dst', f));
      c.addEventListener('focus', () => highlight('dst', f));
      c.addEventListener('mouseleave', reset);
      c.addEventListener('blur', reset);
    }
    rovingGrid(srcCells, d.source.shownCols);
    rovingGrid(resCells, d.result.shownCols);
    reset();
    const notes: string[] = [];
    if (op.mapping.length < total) notes.push(`mapping recorded for the first ${op.mapping.length} of ${total} result elements`);
    if (d.hidden) notes.push(`${plural(d.hidden, 'line')} to cells beyond the drawn ${d.source.shownRows}×${d.source.shownCols} / ${d.result.shownRows}×${d.result.shownCols} not shown`);
    if (op.source.shape.length > 2 || op.result.shape.length > 2) notes.push('arrays drawn with leading axes flattened into rows');
    return h('div', { class: 'vw-section', 'data-testid': 'index-diagram' },
      h('h3', { text: `Where each result element comes from (${srcLabel} ${tuple(op.source.shape)} on top)` }),
      h('div', { class: 'iv-scroll' }, root),
      status,
      notes.length ? h('p', { class: 'vw-note', text: notes.join(' · ') }) : null);
  }

  #cells(d: IndexDiagram, cells: DiagramCell[], shape: readonly number[], attr: 'src' | 'dst', owner: string, hue: (c: DiagramCell) => number | null): SVGGElement[] {
    return cells.map((c) => {
      const index = unravel(c.flat, shape);
      // every index, also of 3-d and higher arrays (rows flatten the leading axes, so the
      // last two alone would be ambiguous); squeezed to the cell when it is wider
      const label = shape.length <= 1 ? String(index[0] ?? '') : index.join(',');
      const squeeze: Record<string, string | number> = label.length * 7 > d.cell - 2 ? { textLength: d.cell - 3, lengthAdjust: 'spacingAndGlyphs' } : {};
      const g = svg('g', { class: `iv-cell ${attr}${c.linked ? ' linked' : ''}`, [`data-${attr}`]: c.flat, tabindex: -1, role: 'img', 'aria-label': `${owner}${idxText(index)}${c.linked ? '' : ' (not picked)'}` },
        svg('rect', { x: c.x, y: c.y, width: d.cell, height: d.cell, rx: 3 }),
        svg('text', { x: c.x + d.cell / 2, y: c.y + d.cell / 2 + 3, 'text-anchor': 'middle', ...squeeze }, label));
      const hh = hue(c);
      if (hh !== null) g.style.setProperty('--hue', String(hh));
      return g;
    });
  }
}
