// memory-view.ts — the x-ray of one array: its whole buffer as a byte grid (hex, 16 bytes a
// row, an offset ruler on top and the row's start offset on the left, bytes grouped per
// item of the array's dtype), with the array's elements outlined on the bytes they occupy and
// labelled with their index and value. Hovering an element shows how its address is
// computed: offset + i·s0 + j·s1 = byte.
//
// Large buffers are shown a page at a time (readBytes of a window: the whole buffer is never
// copied); element offsets are walked (not stored) for at most MAX_ELEMENTS elements, and
// only those touching the visible window are drawn.

import type { ArrayInfo, WorkerSession } from 'stridelab';
import { forEachElementOffset, formatIndex, indexVariable, offsetFormula, unravelIndex } from 'stridelab/geometry';
import { decodeElement } from './decode';
import { h, tuple } from './dom';

const BYTES_PER_ROW = 16; // a multiple of every itemsize, so items never straddle a row when aligned
const PAGE_BYTES = 1024;
const MAX_ELEMENTS = 1 << 22;
const HUES = [212, 28, 140, 280, 350, 90, 190, 50];

interface Group {
  offset: number; // first byte
  flat: number[]; // C-order positions of the first elements that start here (several with stride 0)
  count: number; // how many elements start here in all
}
const MAX_LISTED = 6; // elements sharing one address listed in a tooltip

function hex(b: number): string {
  return b.toString(16).padStart(2, '0');
}

/** 1-based grid column of byte k of a row: a label column, then bytes with a spacer between items. */
function column(k: number, itemsize: number): number {
  return 2 + k + Math.floor(k / itemsize);
}

function gridTemplate(itemsize: number): string {
  const cols = ['var(--mv-label-w)'];
  for (let k = 0; k < BYTES_PER_ROW; k++) {
    if (k > 0 && k % itemsize === 0) cols.push('var(--mv-gap-w)');
    cols.push('var(--mv-byte-w)');
  }
  return cols.join(' ');
}

export class MemoryView {
  #root: HTMLElement;
  #session: WorkerSession;
  #name: string | null = null;
  #info: ArrayInfo | null = null;
  #page = 0;
  #token = 0;

  constructor(root: HTMLElement, session: WorkerSession) {
    this.#root = root;
    this.#session = session;
    this.clear('Run a cell, then pick an array in Variables to see its bytes.');
  }

  get name(): string | null {
    return this.#name;
  }

  clear(message: string): void {
    this.#token++;
    this.#name = null;
    this.#info = null;
    this.#root.replaceChildren(h('p', { class: 'mv-empty', text: message }));
  }

  async show(name: string, info: ArrayInfo): Promise<void> {
    const samePlace = this.#name === name && this.#info?.bufferId === info.bufferId;
    this.#name = name;
    this.#info = info;
    if (!samePlace) this.#page = Math.floor(info.extent[0] / PAGE_BYTES);
    await this.#render();
  }

  async #render(): Promise<void> {
    const info = this.#info;
    const name = this.#name;
    if (!info || name === null) return;
    const token = ++this.#token;
    const start = this.#page * PAGE_BYTES;
    let bytes: Uint8Array;
    try {
      bytes = await this.#session.readBytes(info.bufferId, start, PAGE_BYTES);
    } catch (e) {
      if (token === this.#token) this.clear(`Cannot read ${name}'s buffer: ${(e as Error).message}`);
      return;
    }
    if (token !== this.#token) return; // a newer render started meanwhile
    this.#root.replaceChildren(this.#summary(name, info), this.#nav(info, start, bytes.length), this.#grid(info, start, bytes));
    if (info.size > MAX_ELEMENTS) {
      this.#root.append(h('p', { class: 'mv-note', text: `Outlining the first ${MAX_ELEMENTS} of ${info.size} elements.` }));
    }
  }

  #summary(name: string, a: ArrayInfo): HTMLElement {
    const flag = (label: string, on: boolean) =>
      h('span', { class: `mv-flag ${on ? 'on' : 'off'}`, title: `${label} = ${on ? 'True' : 'False'}` }, `${label} ${on ? '✓' : '✗'}`);
    const base = a.base
      ? `view of ${a.base.name ?? 'an unnamed array'} (${a.base.dtype}, shape ${tuple(a.base.shape)}, strides ${tuple(a.base.strides)})`
      : 'owns its buffer';
    const symbolic = ['offset', ...a.strides.map((_, k) => `${indexVariable(k)}·s${k}`)].join(' + ');
    const numeric = [String(a.offset), ...a.strides.map((s, k) => `${indexVariable(k)}·${s < 0 ? `(${s})` : s}`)].join(' + ');
    return h(
      'div',
      { class: 'mv-summary' },
      h('div', { class: 'mv-title' },
        h('code', { class: 'mv-name', text: name }),
        ` ${a.dtype} · shape ${tuple(a.shape)} · strides ${tuple(a.strides)} bytes · offset ${a.offset} · itemsize ${a.itemsize} · nbytes ${a.nbytes}`),
      h('div', { class: 'mv-flags' },
        flag('C_CONTIGUOUS', a.flags.c_contiguous),
        flag('F_CONTIGUOUS', a.flags.f_contiguous),
        flag('OWNDATA', a.flags.owndata),
        flag('WRITEABLE', a.flags.writeable),
        flag('ALIGNED', a.flags.aligned)),
      h('div', { class: 'mv-buffer', text: `buffer #${a.bufferId} · ${a.bufferSize} bytes · ${base}` }),
      h('div', { class: 'mv-formula', 'data-testid': 'memory-formula', 'data-default': `byte = ${symbolic} = ${numeric}` },
        `byte = ${symbolic} = ${numeric}`),
    );
  }

  #nav(a: ArrayInfo, start: number, shown: number): HTMLElement {
    const pages = Math.max(1, Math.ceil(a.bufferSize / PAGE_BYTES));
    const range = shown > 0 ? `bytes ${start}–${start + shown - 1} of ${a.bufferSize}` : `buffer of ${a.bufferSize} bytes`;
    const nav = h('div', { class: 'mv-nav' });
    if (pages > 1) {
      const prev = h('button', { type: 'button', class: 'mv-page', text: '◀', title: 'Previous bytes', disabled: this.#page === 0 });
      const next = h('button', { type: 'button', class: 'mv-page', text: '▶', title: 'Next bytes', disabled: this.#page >= pages - 1 });
      prev.addEventListener('click', () => {
        this.#page--;
        void this.#render();
      });
      next.addEventListener('click', () => {
        this.#page++;
        void this.#render();
      });
      nav.append(prev, h('span', { text: range }), next);
    } else {
      nav.append(h('span', { text: range }));
    }
    nav.append(h('span', { class: 'mv-legend', text: 'hex bytes · outlined: elements of the array, with index and value' }));
    return nav;
  }

  #grid(a: ArrayInfo, start: number, bytes: Uint8Array): HTMLElement {
    const itemsize = a.itemsize;
    const end = start + bytes.length;
    const template = gridTemplate(itemsize);
    const grid = h('div', { class: 'mv-grid', role: 'grid', 'aria-label': 'buffer bytes' });

    // ruler
    const ruler = h('div', { class: 'mv-row mv-ruler', 'aria-hidden': 'true' });
    ruler.style.gridTemplateColumns = template;
    ruler.append(h('span', { class: 'mv-rowlabel', text: 'byte' }));
    for (let k = 0; k < BYTES_PER_ROW; k++) {
      const r = h('span', { class: 'mv-tick', text: `+${k}` });
      r.style.gridColumn = String(column(k, itemsize));
      ruler.append(r);
    }
    grid.append(ruler);

    // elements grouped by start byte, only those touching this window
    const groups = new Map<number, Group>();
    const covered = new Uint8Array(bytes.length);
    forEachElementOffset(a, MAX_ELEMENTS, (off, flat) => {
      if (off >= end || off + itemsize <= start) return;
      let g = groups.get(off);
      if (!g) groups.set(off, (g = { offset: off, flat: [], count: 0 }));
      if (g.count++ < MAX_LISTED) g.flat.push(flat);
      for (let b = Math.max(off, start); b < Math.min(off + itemsize, end); b++) covered[b - start] = 1;
    });

    const rows: HTMLElement[] = [];
    for (let rowStart = start; rowStart < end; rowStart += BYTES_PER_ROW) {
      const row = h('div', { class: 'mv-row', 'data-row-start': rowStart });
      row.style.gridTemplateColumns = template;
      row.append(h('span', { class: 'mv-rowlabel', text: String(rowStart) }));
      for (let k = 0; k < BYTES_PER_ROW && rowStart + k < end; k++) {
        const at = rowStart + k;
        const cell = h('span', { class: 'mv-byte' + (covered[at - start] ? ' in' : ''), 'data-byte': at, text: hex(bytes[at - start]) });
        cell.style.gridColumn = String(column(k, itemsize));
        row.append(cell);
      }
      rows.push(row);
    }

    for (const g of groups.values()) this.#outline(a, g, start, end, bytes, rows);
    // rows no element touches need no label lines: keeps large buffers compact
    for (const row of rows) if (!row.querySelector('.mv-el')) row.classList.add('bare');
    grid.append(...rows);
    return grid;
  }

  /** Draws one element group: one box per row it touches, the label in the first box. */
  #outline(a: ArrayInfo, g: Group, start: number, end: number, bytes: Uint8Array, rows: HTMLElement[]): void {
    const itemsize = a.itemsize;
    const index = unravelIndex(g.flat[0], a.shape);
    const indices = g.flat.map((f) => unravelIndex(f, a.shape));
    const hue = HUES[(a.ndim >= 2 ? index[0] : g.flat[0]) % HUES.length];
    const value = decodeElement(bytes, g.offset - start, a.dtype, itemsize);
    // several elements at one address (stride 0): the count matters more than the first index
    const label = g.count > 1 ? `×${g.count}` : formatIndex(index);
    const f = offsetFormula(a, index);
    const others = indices.slice(1).map(formatIndex).join(', ');
    const title =
      `${this.#name}${formatIndex(index)}: ${f.symbolic} = ${f.numeric}` +
      ` → bytes ${g.offset}..${g.offset + itemsize - 1}` +
      (value !== null ? ` = ${value}` : '') +
      (g.count > 1 ? `\nalso ${others}${g.count > MAX_LISTED ? `, … (${g.count} elements in all)` : ''} (same bytes)` : '');
    const lo = Math.max(g.offset, start);
    const hi = Math.min(g.offset + itemsize, end);
    for (let b = lo; b < hi; ) {
      const rowStart = b - ((b - start) % BYTES_PER_ROW);
      const segEnd = Math.min(hi, rowStart + BYTES_PER_ROW);
      const row = rows[(rowStart - start) / BYTES_PER_ROW];
      const first = b === g.offset;
      const box = h('div', {
        class: 'mv-el' + (first ? '' : ' cont-left') + (segEnd === g.offset + itemsize ? '' : ' cont-right'),
        'data-offset': g.offset,
        'data-index': index.join(','),
        'data-indices': indices.map((i) => i.join(',')).join(';'),
        'data-bytes': `${g.offset}-${g.offset + itemsize - 1}`,
        title,
      });
      box.style.gridColumn = `${column(b - rowStart, itemsize)} / ${column(segEnd - 1 - rowStart, itemsize) + 1}`;
      box.style.setProperty('--hue', String(hue));
      if (first) {
        box.append(h('span', { class: 'mv-el-index', text: label }));
        if (value !== null) box.append(h('span', { class: 'mv-el-value', text: value }));
      }
      box.addEventListener('mouseenter', () => this.#hover(g.offset, title));
      box.addEventListener('mouseleave', () => this.#hover(null, null));
      row.append(box);
      b = segEnd;
    }
  }

  #hover(offset: number | null, text: string | null): void {
    for (const el of this.#root.querySelectorAll<HTMLElement>('.mv-el.hover')) el.classList.remove('hover');
    const formula = this.#root.querySelector<HTMLElement>('.mv-formula');
    if (offset === null || text === null) {
      if (formula) {
        formula.textContent = formula.dataset.default ?? '';
        formula.classList.remove('active');
      }
      return;
    }
    for (const el of this.#root.querySelectorAll<HTMLElement>(`.mv-el[data-offset="${offset}"]`)) el.classList.add('hover');
    if (formula) {
      formula.textContent = text.split('\n')[0];
      formula.classList.add('active');
    }
  }
}
