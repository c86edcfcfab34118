// strides-view.ts — the Strides tab: the selected array as a logical grid (2-d directly, 1-d
// as one row, n-d through one index selector per leading axis) with an arrow and a byte count
// per axis, each cell labelled with its index, value and byte offset. It explains the stride
// of every axis (zero strides: "every row reads the same bytes"; negative: backwards), the
// contiguity/ownership flags with a one-line reason each, and marks cells whose bytes another
// element also uses (broadcast_to, as_strided windows); hovering or focusing a cell shows its
// address formula and outlines every cell that shares bytes with it.
//
// It shows at most 16×16 cells of the selected 2-d slice (their values read in a few small
// byte windows, never the whole buffer); it never edits data.

import type { ArrayInfo, WorkerSession } from 'stridelab';
import { h, tuple } from '../dom';
import { addressFormula } from '../memory-view';
import { byteOf, idxText, plural, readValues, rovingGrid, setChildren } from './common';
import { fieldOfView } from './item-parts';
import { axisNotes, findOverlap, flagExplanations, gridIndex, gridPlan, cMultipliers } from './layout';

const MAX_ROWS = 16;
const MAX_COLS = 16;

export class StridesView {
  #root: HTMLElement;
  #session: WorkerSession;
  #name: string | null = null;
  #info: ArrayInfo | null = null;
  #values: (string | null)[] = []; // display values of the drawn cells, in grid order
  #lead: number[] = [];
  #token = 0;

  constructor(root: HTMLElement, session: WorkerSession) {
    this.#root = root;
    this.#session = session;
    this.clear('Pick an array in Variables to see how its strides walk memory.');
  }

  clear(message: string): void {
    this.#token++;
    this.#name = null;
    this.#info = null;
    this.#root.replaceChildren(h('p', { class: 'vw-empty', text: message }));
  }

  async show(name: string, info: ArrayInfo): Promise<void> {
    const sameShape = this.#name === name && this.#info && this.#info.shape.join() === info.shape.join();
    if (!sameShape) this.#lead = new Array<number>(Math.max(0, info.ndim - 2)).fill(0);
    this.#name = name;
    this.#info = info;
    await this.#refresh();
  }

  /** Reads the values of the cells of the current slice, then renders. */
  async #refresh(): Promise<void> {
    const a = this.#info;
    if (!a) return;
    const token = ++this.#token;
    const plan = gridPlan(a.shape, MAX_ROWS, MAX_COLS);
    const offsets: number[] = [];
    if (a.size > 0) {
      for (let r = 0; r < plan.shownRows; r++) for (let c = 0; c < plan.shownCols; c++) offsets.push(byteOf(a, gridIndex(a.shape, this.#lead, r, c)));
    }
    const values = await readValues(this.#session, a, offsets);
    if (token !== this.#token) return;
    this.#values = values;
    this.#render();
  }

  #render(): void {
    const a = this.#info;
    const name = this.#name;
    if (!a || name === null) return;
    const overlap = findOverlap(a, 1 << 16);
    const formula = h('div', { class: 'vw-formula', 'aria-live': 'polite' });
    const setFormula = (text: string | null) => {
      formula.textContent = text ?? `byte = ${['offset', ...a.strides.map((_, k) => `${'ijklmnpq'[k] ?? `i${k}`}·s${k}`)].join(' + ')}`;
      formula.classList.toggle('active', text !== null);
    };
    setFormula(null);
    setChildren(this.#root,
      h('div', { class: 'vw-title' },
        h('code', { class: 'vw-name', text: name }),
        ` ${a.dtypeText ?? a.dtype} · shape ${tuple(a.shape)} · strides ${tuple(a.strides)} bytes · offset ${a.offset}`),
      this.#fieldNote(a, name),
      this.#selectors(a),
      this.#grid(a, name, overlap.shared, setFormula),
      formula,
      this.#axes(a),
      this.#overlapNote(a, overlap),
      this.#flags(a),
    );
  }

  /** A view of one record field (x['age']): why its stride is the record size, not its itemsize. */
  #fieldNote(a: ArrayInfo, name: string): HTMLElement | null {
    const fv = fieldOfView(a);
    if (!fv) return null;
    const base = a.base?.name ?? 'its base';
    return h('p', { class: 'vw-note sv-field', 'data-testid': 'strides-field-view' },
      `${name} is field '${fv.field.name}' of the records of ${base}: its items are ${a.itemsize} bytes (${fv.field.dtypeText}) `
      + `but one step moves a whole ${fv.recordSize}-byte record, so the stride is ${fv.recordSize}; `
      + `the view starts ${fv.field.offset} bytes into the first record (offset ${a.offset}).`);
  }

  /** One index selector per leading axis of an n-d array (n > 2). */
  #selectors(a: ArrayInfo): HTMLElement | null {
    if (a.ndim <= 2) return null;
    const bar = h('div', { class: 'sv-selectors', role: 'group', 'aria-label': 'Leading indices' },
      h('span', { class: 'vw-label', text: 'slice' }));
    const parts: (HTMLElement | string)[] = [`${this.#name}[`];
    for (let k = 0; k < a.ndim - 2; k++) {
      const sel = h('select', { 'aria-label': `index on axis ${k}`, 'data-axis': k });
      for (let i = 0; i < a.shape[k]; i++) sel.append(h('option', { value: i, text: String(i), selected: i === this.#lead[k] }));
      sel.addEventListener('change', () => {
        this.#lead[k] = Number(sel.value);
        void this.#refresh().then(() => this.#root.querySelector<HTMLSelectElement>(`select[data-axis="${k}"]`)?.focus());
      });
      parts.push(sel, ', ');
    }
    parts.push(':, :]');
    bar.append(...parts);
    // the leading axes have no arrow in the grid: say what one step of each selector moves
    const steps = a.strides.slice(0, a.ndim - 2).map((st, k) => `axis ${k}: ${st >= 0 ? '+' : ''}${st} B per step`).join(' · ');
    bar.append(h('span', { class: 'sv-lead-steps', text: steps }));
    return bar;
  }

  #grid(a: ArrayInfo, name: string, shared: Set<number>, setFormula: (t: string | null) => void): HTMLElement {
    if (a.size === 0) return h('p', { class: 'vw-note', text: 'empty array: no elements to draw' });
    const plan = gridPlan(a.shape, MAX_ROWS, MAX_COLS);
    const mult = cMultipliers(a.shape);
    const wrap = h('div', { class: 'sv-wrap' });
    const colStride = plan.colAxis === null ? null : a.strides[plan.colAxis];
    const rowStride = plan.rowAxis === null ? null : a.strides[plan.rowAxis];
    const arrow = (axis: number, stride: number, dir: 'right' | 'down') =>
      h('div', { class: `sv-arrow sv-${dir}${stride === 0 ? ' zero' : ''}${stride < 0 ? ' neg' : ''}`, title: `one step along axis ${axis} moves the address by ${stride} bytes` },
        h('span', { class: 'sv-arrow-line', 'aria-hidden': 'true' }),
        h('span', { class: 'sv-arrow-text', text: `axis ${axis}: ${stride >= 0 ? '+' : ''}${stride} B` }));
    const cells: HTMLElement[] = [];
    const table = h('div', { class: 'sv-grid', role: 'grid', 'aria-label': `${name} elements` });
    table.style.gridTemplateColumns = `repeat(${plan.shownCols}, minmax(3.1rem, auto))`;
    for (let r = 0; r < plan.shownRows; r++) {
      for (let c = 0; c < plan.shownCols; c++) {
        const index = gridIndex(a.shape, this.#lead, r, c);
        const off = byteOf(a, index);
        const flat = index.reduce((s, i, k) => s + i * mult[k], 0);
        const value = this.#values[r * plan.shownCols + c] ?? null;
        const isShared = shared.has(flat);
        const cell = h('div', {
          class: 'sv-cell' + (isShared ? ' shared' : ''),
          role: 'gridcell',
          'data-index': index.join(','),
          'data-offset': off,
          'aria-label': `${name}${idxText(index)}${value !== null ? ` = ${value}` : ''}, byte ${off}${isShared ? ', shares bytes with another element' : ''}`,
        },
          h('span', { class: 'sv-idx', text: idxText(index) }),
          value !== null ? h('span', { class: 'sv-val', text: value }) : null,
          h('span', { class: 'sv-off', text: `@${off}` }));
        const enter = () => {
          setFormula(`${name}${idxText(index)}: ${addressFormula(a, index)}`);
          for (const other of cells) {
            const o = Number(other.dataset.offset);
            other.classList.toggle('same-bytes', other !== cell && o < off + a.itemsize && off < o + a.itemsize);
          }
          cell.classList.add('hover');
        };
        const leave = () => {
          setFormula(null);
          for (const other of cells) other.classList.remove('same-bytes', 'hover');
        };
        cell.addEventListener('mouseenter', enter);
        cell.addEventListener('focus', enter);
        cell.addEventListener('mouseleave', leave);
        cell.addEventListener('blur', leave);
        cells.push(cell);
      }
    }
    rovingGrid(cells, plan.shownCols);
    table.append(...cells);
    const body = h('div', { class: 'sv-body' });
    if (plan.rowAxis !== null && rowStride !== null) body.append(arrow(plan.rowAxis, rowStride, 'down'));
    body.append(table);
    if (colStride !== null && plan.colAxis !== null) wrap.append(arrow(plan.colAxis, colStride, 'right'));
    wrap.append(body);
    if (plan.rows > plan.shownRows || plan.cols > plan.shownCols) {
      wrap.append(h('p', { class: 'vw-note', text: `showing the first ${plan.shownRows}×${plan.shownCols} of ${plan.rows}×${plan.cols} cells` }));
    }
    if (a.ndim === 0) wrap.append(h('p', { class: 'vw-note', text: '0-d array: one element, no axes, no strides' }));
    return wrap;
  }

  #axes(a: ArrayInfo): HTMLElement {
    const list = h('ul', { class: 'sv-axes', 'aria-label': 'Strides per axis' });
    for (const n of axisNotes(a)) list.append(h('li', { class: `sv-axis ${n.kind}` }, n.text));
    if (a.ndim === 0) list.append(h('li', { class: 'sv-axis', text: 'no axes' }));
    return h('div', { class: 'vw-section' }, h('h3', { text: 'Strides' }), list);
  }

  #overlapNote(a: ArrayInfo, o: ReturnType<typeof findOverlap>): HTMLElement {
    let text: string;
    let cls = 'vw-note';
    if (o.overlapping) {
      const zero = a.strides.some((s, k) => s === 0 && a.shape[k] > 1);
      cls += ' warn';
      text = `${plural(o.shared.size, 'element')}${o.exact ? '' : ' (among the first 65536)'} share bytes with another element` +
        (zero ? ': a stride-0 axis repeats the same memory' : ': the windows overlap') +
        '. A write to one changes the others, which is why such views are usually read-only.';
    } else {
      text = o.exact ? 'No two elements share bytes.' : 'No overlap among the first 65536 elements.';
    }
    return h('p', { class: cls, 'data-kind': 'overlap' }, h('span', { class: 'sv-swatch', 'aria-hidden': 'true' }), text);
  }

  #flags(a: ArrayInfo): HTMLElement {
    const list = h('ul', { class: 'sv-flags', 'aria-label': 'Flags' });
    for (const f of flagExplanations(a)) {
      list.append(h('li', { class: `sv-flag ${f.on ? 'on' : 'off'}` },
        h('span', { class: 'sv-flag-name', text: `${f.flag} ${f.on ? '✓' : '✗'}` }),
        h('span', { class: 'sv-flag-why', text: f.text })));
    }
    return h('div', { class: 'vw-section' }, h('h3', { text: 'Flags' }), list);
  }
}
