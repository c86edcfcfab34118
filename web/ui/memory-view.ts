// memory-view.ts — the x-ray of one array: its whole buffer as a byte grid (16 bytes a row,
// an offset ruler on top, the row's start offset on the left, bytes grouped per item of the
// array's dtype, hex or decimal), with the array's elements outlined on the bytes they occupy
// and labelled with their index and value. A small logical grid of the array's elements sits
// above it: hovering (or focusing) an element in either place highlights it in both and shows
// how its address is computed: offset + i·s0 + j·s1 + … = byte. Other arrays sharing the
// buffer (a.T, a[::2], a.ravel().view(np.uint8)) can be overlaid as coloured strips under the
// bytes, one checkbox each.
//
// Dtypes with an inside (views/item-parts.ts) get a strip of named sub-boxes under their
// bytes: a record's fields, with the padding that align=True inserts hatched and labelled;
// each 4-byte code point of a 'U' string with its character; a complex number's re and im
// halves. Multi-byte numbers mark their most significant byte (a '>i4' shows it first), and
// a badge names the byte order. Hovering a field shows offset + i·s0 + field_offset = byte.
//
// Windowed: only the rows in view (plus a few) exist in the DOM, bytes are read with
// session.readBytes in 4 kB chunks (a small cache, never the whole buffer), and the elements
// of a window are found arithmetically (views/layout.ts elementsInRange), so buffers of tens
// of MB scroll smoothly. It decodes values only for the visible window and the logical grid,
// and it does not fetch array info itself: the inspector passes the selected array and its buffer siblings.

import type { ArrayInfo, WorkerSession } from 'stridelab';
import { charText, codePointAt, decodeElement, isBigEndian } from './decode';
import { h, tuple } from './dom';
import { readValues } from './views/common';
import { byteOrderOf, byteRanks, fieldFormula, fieldOfView, itemParts, type ByteRank, type ItemPart } from './views/item-parts';
import { elementsInRange, gridIndex, gridPlan, MAX_SCROLL_HEIGHT, nextTopRow, scrollTopForRow, scrollWindow } from './views/layout';

const BYTES_PER_ROW = 16; // a multiple of every numeric itemsize: aligned numbers never straddle a row
const CHUNK = 4096;
const MAX_CHUNKS = 256; // 1 MB of cached bytes at most
const WINDOW_ELEMENTS = 4096; // elements outlined per window (stride-0 groups count once)
const MAX_LISTED = 6; // elements sharing one address listed in a tooltip
const VIEWPORT = 420; // px, the byte grid's scroll height
const OVERSCAN_ROWS = 8; // rows rendered beyond each edge: small scrolls only move them
const HUES = [212, 28, 140, 280, 350, 90, 190, 50];
const OVERLAY_HUES = [18, 160, 300, 48, 250, 110];

/** Another array on the same buffer, offered as an overlay. */
export interface MemorySibling {
  name: string;
  info: ArrayInfo;
}

/** A run of rendered rows [first, end) and the settings (row height, radix) it was drawn with. */
interface RowRange {
  first: number;
  end: number;
  key: string;
}

interface Group {
  offset: number;
  indices: number[][]; // first few multi-indices starting at this byte
  count: number; // elements starting here in all (stride-0 axes multiply)
}

const idxText = (index: readonly number[]) => `[${index.join(', ')}]`;
const letter = (k: number) => (k < 8 ? 'ijklmnpq'[k] : `i${k}`);

/** Address formula for `index`: symbolic, numeric and the byte. */
export function addressFormula(a: { strides: readonly number[]; offset: number }, index: readonly number[]): string {
  const sym = ['offset', ...index.map((_, k) => `${letter(k)}·s${k}`)].join(' + ');
  let byte = a.offset;
  const num = [String(a.offset)];
  index.forEach((i, k) => {
    const s = a.strides[k];
    byte += i * s;
    num.push(`${i}·${s < 0 ? `(${s})` : s}`);
  });
  return `${sym} = ${num.join(' + ')} = ${byte}`;
}

const LOGICAL_ROWS = 8;
const LOGICAL_COLS = 16;

/** The elements of the logical grid (first 2-d slice, row by row) and their byte offsets. */
function logicalCells(a: ArrayInfo): { index: number[]; offset: number }[] {
  if (a.size === 0) return [];
  const plan = gridPlan(a.shape, LOGICAL_ROWS, LOGICAL_COLS);
  const lead = new Array<number>(Math.max(0, a.ndim - 2)).fill(0);
  const out: { index: number[]; offset: number }[] = [];
  for (let r = 0; r < plan.shownRows; r++) {
    for (let c = 0; c < plan.shownCols; c++) {
      const index = gridIndex(a.shape, lead, r, c);
      let offset = a.offset;
      index.forEach((i, k) => (offset += i * a.strides[k]));
      out.push({ index, offset });
    }
  }
  return out;
}

/** 1-based grid column of byte k of a row: a label column, then bytes with a spacer between items. */
function column(k: number, itemsize: number): number {
  return 2 + k + Math.floor(k / itemsize);
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Bytes between the grid's spacers: the itemsize when it divides the row, else the largest
 * common divisor with the row (a 12-byte record or 'U3' item: every 4 bytes, which is where
 * its items start), or no spacer at all (an 'S5' item).
 */
export function layoutUnit(itemsize: number): number {
  if (itemsize <= 0) return BYTES_PER_ROW;
  if (BYTES_PER_ROW % itemsize === 0) return itemsize;
  const g = gcd(itemsize, BYTES_PER_ROW);
  return g > 1 ? g : BYTES_PER_ROW;
}

/** What a byte-order badge says for `order` (byteOrderOf). */
const ORDER_TEXT = {
  big: ['big-endian', 'most significant byte first (lowest address)'],
  little: ['little-endian', 'least significant byte first (lowest address); the most significant byte is last'],
  mixed: ['mixed byte order', 'fields in both byte orders'],
} as const;

/**
 * Element labels that do not fit their box (1- and 2-byte items, long values) are shortened
 * rather than clipped: an index keeps its last position ("…3]"), a value is cut with "…";
 * the box's title (hover) always has the whole text. Needs the labels in the document.
 */
export function fitLabels(host: HTMLElement): void {
  // read every size first, then write: one layout however many labels are shortened
  const over = [...host.querySelectorAll<HTMLElement>('.mv-el-index, .mv-el-value')]
    .map((el) => ({ el, scroll: el.scrollWidth, client: el.clientWidth }))
    .filter((m) => m.scroll > m.client);
  for (const { el, scroll, client } of over) {
    const full = el.textContent ?? '';
    const perChar = scroll / Math.max(1, full.length); // the labels are monospace
    const fits = Math.floor(client / perChar);
    const tries: string[] = [];
    if (el.classList.contains('mv-el-index') && full.startsWith('[')) {
      const last = full.slice(full.lastIndexOf(full.includes(',') ? ',' : '[') + 1).replace(']', '').trim();
      tries.push(`…${last}]`, `…${last}`, last);
    } else for (let n = full.length - 1; n >= 1; n--) tries.push(`${full.slice(0, n)}…`);
    el.dataset.full = full;
    el.textContent = tries.find((t) => t.length <= fits) ?? '';
  }
}

function gridTemplate(itemsize: number): string {
  const cols = ['var(--mv-label-w)'];
  for (let k = 0; k < BYTES_PER_ROW; k++) {
    if (k > 0 && k % itemsize === 0) cols.push('var(--mv-gap-w)');
    cols.push('var(--mv-byte-w)');
  }
  return cols.join(' ');
}

/** The line over the byte grid saying what the marks mean for this dtype. */
function legend(a: ArrayInfo): string {
  const parts = itemParts(a).map((p) => p.kind);
  const more = [
    parts.includes('field') ? 'fields named under the bytes' : '',
    parts.includes('padding') ? 'padding hatched' : '',
    parts.includes('char') ? 'one 4-byte code point per character' : '',
    parts.includes('real') ? 're / im halves' : '',
    byteRanks(a).some((r) => r !== null) ? 'bar on top: most significant byte' : '',
  ].filter(Boolean);
  return `outlined: elements of the array (index, value)${more.length ? ` · ${more.join(' · ')}` : ''}`;
}

/** Classes of a byte cell for its significance: the most and least significant byte of a number. */
function significanceClass(r: ByteRank | null): string {
  if (!r) return '';
  return r.rank === r.size - 1 ? ' msb' : r.rank === 0 ? ' lsb' : '';
}

function rankTitle(r: ByteRank): string {
  if (r.rank === r.size - 1) return `most significant byte (×256^${r.rank}) of a ${r.size}-byte number`;
  if (r.rank === 0) return `least significant byte (×1) of a ${r.size}-byte number`;
  return `byte of weight 256^${r.rank} in a ${r.size}-byte number`;
}

export class MemoryView {
  #root: HTMLElement;
  #session: WorkerSession;
  #name: string | null = null;
  #info: ArrayInfo | null = null;
  #siblings: MemorySibling[] = [];
  #overlays = new Set<string>();
  #decimal = false;
  #token = 0;
  #chunks = new Map<number, Uint8Array>();
  #scroller: HTMLElement | null = null;
  #rowsHost: HTMLElement | null = null;
  #content: HTMLElement | null = null;
  #formula: HTMLElement | null = null;
  #shown: RowRange | null = null; // rows in the DOM
  #pending: RowRange | null = null; // rows being loaded
  #windowToken = 0;
  #topRow = 0; // fractional row at the top of the viewport (tracked: see nextTopRow)
  #lastScrollTop = 0;
  #frame = 0;
  #pinned: number | null = null; // byte offset highlighted after a jump

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
    this.#scroller = null;
    this.#root.replaceChildren(h('p', { class: 'mv-empty', text: message }));
  }

  /**
   * Shows `info` (the array bound to `name`); `siblings` are other arrays on the same buffer,
   * offered as overlays. Call again after every run: bytes are re-read (they may have changed).
   */
  async show(name: string, info: ArrayInfo, siblings: MemorySibling[] = []): Promise<void> {
    const samePlace = this.#name === name && this.#info?.bufferId === info.bufferId && this.#scroller;
    const keepScroll = samePlace ? this.#scroller!.scrollTop : null;
    this.#name = name;
    this.#info = info;
    this.#siblings = siblings.filter((s) => s.info.bufferId === info.bufferId && s.name !== name);
    for (const n of [...this.#overlays]) if (!this.#siblings.some((s) => s.name === n)) this.#overlays.delete(n);
    this.#chunks.clear();
    this.#pinned = null;
    const token = ++this.#token;
    const cells = logicalCells(info);
    const values = await readValues(this.#session, info, cells.map((c) => c.offset));
    if (token !== this.#token) return;
    this.#build(name, info, values);
    const rowH = this.#rowHeight();
    const total = this.#totalRows();
    const keepRow = keepScroll !== null ? this.#topRow : null;
    this.#scrollToRow(keepRow ?? Math.floor(info.extent[0] / BYTES_PER_ROW), rowH, total);
    await this.#renderWindow(true);
  }

  // ---- structure

  #build(name: string, a: ArrayInfo, values: (string | null)[]): void {
    const formula = h('div', { class: 'mv-formula', 'data-testid': 'memory-formula' });
    this.#formula = formula;
    this.#setFormula(null);
    const scroller = h('div', { class: 'mv-scroll', tabindex: 0, 'aria-label': `bytes of buffer #${a.bufferId}` });
    scroller.style.maxHeight = `${VIEWPORT}px`; // small buffers take only the room they need
    const content = h('div', { class: 'mv-content' });
    const rowsHost = h('div', { class: 'mv-rows' });
    content.append(rowsHost);
    scroller.append(this.#ruler(layoutUnit(a.itemsize)), content); // the ruler sticks to the top while scrolling
    scroller.addEventListener('scroll', () => this.#schedule());
    this.#scroller = scroller;
    this.#content = content;
    this.#rowsHost = rowsHost;
    this.#shown = null;
    this.#pending = null;
    const grid = h('div', { class: 'mv-grid', role: 'grid', 'aria-label': 'buffer bytes' }, scroller);
    this.#root.replaceChildren(
      this.#summary(name, a, formula),
      this.#controls(a),
      this.#logical(a, values),
      h('div', { class: 'mv-nav' }, h('span', { class: 'mv-range' }),
        h('span', { class: 'mv-legend', text: legend(a) })),
      grid,
    );
  }

  #summary(name: string, a: ArrayInfo, formula: HTMLElement): HTMLElement {
    const flag = (label: string, on: boolean) =>
      h('span', { class: `mv-flag ${on ? 'on' : 'off'}`, title: `${label} = ${on ? 'True' : 'False'}` }, `${label} ${on ? '✓' : '✗'}`);
    const base = a.base
      ? `view of ${a.base.name ?? 'an unnamed array'} (${a.base.dtypeText ?? a.base.dtype}, shape ${tuple(a.base.shape)}, strides ${tuple(a.base.strides)})`
      : 'owns its buffer';
    const order = byteOrderOf(a);
    const badge = order
      ? h('span', { class: `mv-badge mv-order-${order}`, 'data-testid': 'byte-order', 'data-order': order, title: `${a.dtypeStr}: ${ORDER_TEXT[order][1]}` }, ORDER_TEXT[order][0])
      : null;
    const fv = fieldOfView(a);
    const fieldNote = fv
      ? h('div', { class: 'mv-fieldview', 'data-testid': 'field-view', text: `field '${fv.field.name}' at byte ${fv.field.offset} of each ${fv.recordSize}-byte record of ${a.base?.name ?? 'its base'}: stride ${fv.recordSize} = the record size, itemsize ${a.itemsize}` })
      : null;
    return h('div', { class: 'mv-summary' },
      h('div', { class: 'mv-title' },
        h('code', { class: 'mv-name', text: name }),
        ' ', h('code', { class: 'mv-dtype', 'data-testid': 'memory-dtype', text: a.dtypeText ?? a.dtype }),
        ` · shape ${tuple(a.shape)} · strides ${tuple(a.strides)} bytes · offset ${a.offset} · itemsize ${a.itemsize} · nbytes ${a.nbytes} `,
        badge),
      fieldNote,
      h('div', { class: 'mv-flags' },
        flag('C_CONTIGUOUS', a.flags.c_contiguous),
        flag('F_CONTIGUOUS', a.flags.f_contiguous),
        flag('OWNDATA', a.flags.owndata),
        flag('WRITEABLE', a.flags.writeable),
        flag('ALIGNED', a.flags.aligned)),
      h('div', { class: 'mv-buffer', text: `buffer #${a.bufferId} · ${a.bufferSize} bytes · ${base}` }),
      formula);
  }

  #controls(a: ArrayInfo): HTMLElement {
    const radix = h('button', { type: 'button', class: 'mv-toggle', 'aria-pressed': this.#decimal ? 'true' : 'false', title: 'Show bytes in decimal instead of hex' },
      this.#decimal ? 'decimal' : 'hex');
    radix.addEventListener('click', () => {
      this.#decimal = !this.#decimal;
      radix.textContent = this.#decimal ? 'decimal' : 'hex';
      radix.setAttribute('aria-pressed', this.#decimal ? 'true' : 'false');
      this.#root.classList.toggle('mv-decimal', this.#decimal);
      void this.#renderWindow(true);
    });
    this.#root.classList.toggle('mv-decimal', this.#decimal);
    const goto = h('input', { type: 'number', class: 'mv-goto', min: 0, max: Math.max(0, a.bufferSize - 1), placeholder: 'byte', 'aria-label': 'Go to byte offset' });
    const go = h('button', { type: 'button', class: 'mv-go', text: 'Go' });
    const jump = () => {
      const b = Number(goto.value);
      if (Number.isFinite(b)) this.#jumpTo(Math.min(Math.max(0, Math.floor(b)), Math.max(0, a.bufferSize - 1)), null);
    };
    go.addEventListener('click', jump);
    goto.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') jump();
    });
    const start = h('button', { type: 'button', class: 'mv-go', text: 'Array start', title: `Scroll to byte ${a.offset}` });
    start.addEventListener('click', () => this.#jumpTo(a.extent[0], null));
    const bar = h('div', { class: 'mv-controls' }, h('span', { class: 'mv-ctl-label', text: 'bytes as' }), radix, goto, go, start);
    if (this.#siblings.length) {
      const list = h('div', { class: 'mv-overlays', role: 'group', 'aria-label': 'Overlay arrays sharing this buffer' },
        h('span', { class: 'mv-ctl-label', text: 'same buffer:' }));
      this.#siblings.forEach((s, j) => {
        const box = h('input', { type: 'checkbox', checked: this.#overlays.has(s.name), 'data-name': s.name });
        box.addEventListener('change', () => {
          if (box.checked) this.#overlays.add(s.name);
          else this.#overlays.delete(s.name);
          void this.#renderWindow(true);
        });
        const swatch = h('span', { class: 'mv-swatch' });
        swatch.style.setProperty('--ov', String(OVERLAY_HUES[j % OVERLAY_HUES.length]));
        list.append(h('label', { class: 'mv-overlay', title: `${s.info.dtype} shape ${tuple(s.info.shape)} strides ${tuple(s.info.strides)} offset ${s.info.offset}` },
          box, swatch, h('code', { text: s.name }), h('span', { class: 'mv-ov-shape', text: ` ${tuple(s.info.shape)}` })));
      });
      return h('div', {}, bar, list);
    }
    return bar;
  }

  /** A small grid of the array's elements (the first 2-d slice), linked to the bytes. */
  #logical(a: ArrayInfo, values: (string | null)[]): HTMLElement {
    const plan = gridPlan(a.shape, LOGICAL_ROWS, LOGICAL_COLS);
    const lead = new Array<number>(Math.max(0, a.ndim - 2)).fill(0);
    const wrap = h('div', { class: 'mv-logical' });
    if (a.size === 0) {
      wrap.append(h('p', { class: 'mv-note', text: 'empty array: no elements' }));
      return wrap;
    }
    const caption = a.ndim > 2 ? `elements of ${this.#name}[${lead.join(', ')}, :, :]` : `elements of ${this.#name}`;
    const table = h('div', { class: 'mv-lgrid', role: 'grid', 'aria-label': caption });
    table.style.gridTemplateColumns = `repeat(${plan.shownCols}, minmax(2.2rem, auto))`;
    const cells: HTMLElement[] = [];
    for (let r = 0; r < plan.shownRows; r++) {
      for (let c = 0; c < plan.shownCols; c++) {
        const index = gridIndex(a.shape, lead, r, c);
        let off = a.offset;
        index.forEach((i, k) => (off += i * a.strides[k]));
        const v = values[cells.length] ?? null; // same order as logicalCells()
        const cell = h('span', { class: 'mv-lcell', role: 'gridcell', tabindex: cells.length === 0 ? 0 : -1, 'data-index': index.join(','), 'data-offset': off, title: `${this.#name}${idxText(index)} → byte ${off}` },
          h('span', { class: 'mv-lidx', text: idxText(index) }), v !== null ? h('span', { class: 'mv-lval', text: v }) : null);
        cell.style.setProperty('--hue', String(HUES[(a.ndim >= 2 ? index[a.ndim - 2] : c) % HUES.length]));
        const enter = () => this.#hover(off, index, `${this.#name}${idxText(index)}: ${addressFormula(a, index)}`);
        cell.addEventListener('mouseenter', enter);
        cell.addEventListener('focus', enter);
        cell.addEventListener('mouseleave', () => this.#hover(null, null, null));
        cell.addEventListener('blur', () => this.#hover(null, null, null));
        cell.addEventListener('click', () => this.#jumpTo(off, index));
        cell.addEventListener('keydown', (e) => {
          const at = cells.indexOf(cell);
          const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: plan.shownCols, ArrowUp: -plan.shownCols };
          if (e.key in moves) {
            const next = cells[at + moves[e.key]];
            if (next) {
              e.preventDefault();
              cell.tabIndex = -1;
              next.tabIndex = 0;
              next.focus();
            }
          } else if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            this.#jumpTo(off, index);
          }
        });
        cells.push(cell);
      }
    }
    table.append(...cells);
    const more = plan.rows > plan.shownRows || plan.cols > plan.shownCols ? ` (first ${plan.shownRows}×${plan.shownCols} of ${plan.rows}×${plan.cols})` : '';
    wrap.append(h('div', { class: 'mv-lcaption', text: `${caption}${more} · click or Enter: find its bytes` }), table);
    return wrap;
  }

  #ruler(itemsize: number): HTMLElement {
    const ruler = h('div', { class: 'mv-row mv-ruler', 'aria-hidden': 'true' });
    ruler.style.gridTemplateColumns = gridTemplate(itemsize);
    ruler.append(h('span', { class: 'mv-rowlabel', text: 'byte' }));
    for (let k = 0; k < BYTES_PER_ROW; k++) {
      const r = h('span', { class: 'mv-tick', text: `+${k}` });
      r.style.gridColumn = String(column(k, itemsize));
      ruler.append(r);
    }
    return ruler;
  }

  // ---- windowed rendering

  #activeOverlays(): MemorySibling[] {
    return this.#siblings.filter((s) => this.#overlays.has(s.name));
  }

  /** The item's sub-boxes (fields, padding, characters, re/im), [] for plain numbers. */
  #parts(): ItemPart[] {
    return this.#info ? itemParts(this.#info) : [];
  }

  #rowHeight(): number {
    return 50 + (this.#parts().length ? 16 : 0) + 9 * this.#activeOverlays().length;
  }

  #totalRows(): number {
    return Math.max(1, Math.ceil((this.#info?.bufferSize ?? 0) / BYTES_PER_ROW));
  }

  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      void this.#renderWindow(false);
    });
  }

  async #renderWindow(force: boolean): Promise<void> {
    const a = this.#info;
    const scroller = this.#scroller;
    if (!a || !scroller || !this.#rowsHost || !this.#content) return;
    const rowH = this.#rowHeight();
    const total = this.#totalRows();
    this.#topRow = nextTopRow(this.#topRow, this.#lastScrollTop, scroller.scrollTop, VIEWPORT, rowH, total);
    this.#lastScrollTop = scroller.scrollTop;
    const vis = scrollWindow(scroller.scrollTop, VIEWPORT, rowH, total, undefined, 0, this.#topRow);
    const key = `${rowH}:${this.#decimal}`;
    this.#content.style.height = `${vis.contentHeight}px`;
    // rows already in the DOM only need moving while they still cover the visible ones
    const covers = (r: RowRange | null) => r !== null && r.key === key && r.first <= vis.first && vis.end <= r.end;
    if (this.#shown?.key === key) this.#place(this.#shown, rowH);
    if (!force && (covers(this.#shown) || covers(this.#pending))) return;
    const range: RowRange = { first: Math.max(0, vis.first - OVERSCAN_ROWS), end: Math.min(total, vis.end + OVERSCAN_ROWS), key };
    this.#pending = range; // claimed while its bytes load: scroll events inside it start nothing
    const token = this.#token;
    const mine = ++this.#windowToken;
    const lo = range.first * BYTES_PER_ROW;
    const hi = Math.min(a.bufferSize, range.end * BYTES_PER_ROW);
    let bytes: Uint8Array;
    try {
      bytes = await this.#bytes(a.bufferId, lo, hi);
    } catch (e) {
      if (token === this.#token) this.clear(`Cannot read ${this.#name}'s buffer: ${(e as Error).message}`);
      return;
    }
    if (token !== this.#token || this.#info !== a || mine !== this.#windowToken) return; // a newer window won
    this.#pending = null;
    this.#shown = range;
    // the row labels' column fits the buffer's largest offset (8 digits for 10^7 int64s)
    this.#root.style.setProperty('--mv-label-w', `calc(${Math.max(4, String(Math.max(1, a.bufferSize - 1)).length)}ch + 12px)`);
    this.#rowsHost.replaceChildren(...this.#rows(a, lo, hi, bytes, rowH));
    fitLabels(this.#rowsHost);
    this.#place(range, rowH);
    if (this.#pinned !== null) this.#mark(this.#pinned, true);
  }

  /** Scrolls so `row` is at the top, keeping the tracked row exact (not rounded through pixels). */
  #scrollToRow(row: number, rowH: number, total: number): void {
    const scroller = this.#scroller!;
    // the content must be tall enough first, or the browser clamps scrollTop
    this.#content!.style.height = `${Math.min(total * rowH, MAX_SCROLL_HEIGHT)}px`;
    const lastTop = Math.max(0, total - VIEWPORT / rowH);
    scroller.scrollTop = scrollTopForRow(Math.min(row, lastTop), VIEWPORT, rowH, total);
    this.#lastScrollTop = scroller.scrollTop; // read back: the browser may round it
    this.#topRow = nextTopRow(Math.min(row, lastTop), this.#lastScrollTop, this.#lastScrollTop, VIEWPORT, rowH, total);
  }

  /** Positions the rendered rows for the current scroll offset. */
  #place(r: RowRange, rowH: number): void {
    const vis = scrollWindow(this.#scroller!.scrollTop, VIEWPORT, rowH, this.#totalRows(), undefined, 0, this.#topRow);
    this.#rowsHost!.style.transform = `translateY(${vis.top - (vis.first - r.first) * rowH}px)`;
    const label = this.#root.querySelector('.mv-range');
    const size = this.#info?.bufferSize ?? 0;
    const lo = vis.first * BYTES_PER_ROW;
    const hi = Math.min(size, vis.end * BYTES_PER_ROW);
    if (label) label.textContent = hi > lo ? `bytes ${lo}–${hi - 1} of ${size}` : `buffer of ${size} bytes`;
  }

  async #bytes(bufferId: number, lo: number, hi: number): Promise<Uint8Array> {
    const out = new Uint8Array(Math.max(0, hi - lo));
    for (let c = Math.floor(lo / CHUNK); c * CHUNK < hi; c++) {
      let chunk = this.#chunks.get(c);
      if (!chunk) {
        chunk = await this.#session.readBytes(bufferId, c * CHUNK, CHUNK);
        this.#chunks.set(c, chunk);
        if (this.#chunks.size > MAX_CHUNKS) this.#chunks.delete(this.#chunks.keys().next().value as number);
      }
      const from = Math.max(lo, c * CHUNK);
      const to = Math.min(hi, c * CHUNK + chunk.length);
      if (to > from) out.set(chunk.subarray(from - c * CHUNK, to - c * CHUNK), from - lo);
    }
    return out;
  }

  #rows(a: ArrayInfo, lo: number, hi: number, bytes: Uint8Array, rowH: number): HTMLElement[] {
    const itemsize = a.itemsize;
    const unit = layoutUnit(itemsize);
    const template = gridTemplate(unit);
    const overlays = this.#activeOverlays();
    const parts = this.#parts();
    const rowTemplate = `20px${parts.length ? ' 14px' : ''} 14px 14px${overlays.map(() => ' 9px').join('')}`;
    const covered = new Uint8Array(hi - lo);
    const position = new Int32Array(hi - lo).fill(-1); // byte's position inside its item
    const groups = new Map<number, Group>();
    const truncated = elementsInRange(a, lo, hi, WINDOW_ELEMENTS, (off, index, mult) => {
      let g = groups.get(off);
      if (!g) groups.set(off, (g = { offset: off, indices: [], count: 0 }));
      if (g.indices.length < MAX_LISTED) g.indices.push(index);
      g.count += mult;
      for (let b = Math.max(off, lo); b < Math.min(off + itemsize, hi); b++) {
        covered[b - lo] = 1;
        position[b - lo] = b - off;
      }
    });
    const ranks = byteRanks(a);
    const padding = new Uint8Array(itemsize);
    for (const p of parts) if (p.kind === 'padding') padding.fill(1, p.start, p.end);
    const rows: HTMLElement[] = [];
    for (let rowStart = lo; rowStart < hi; rowStart += BYTES_PER_ROW) {
      const row = h('div', { class: 'mv-row', 'data-row-start': rowStart });
      row.style.gridTemplateColumns = template;
      row.style.gridTemplateRows = rowTemplate;
      row.style.height = `${rowH - 3}px`;
      row.append(h('span', { class: 'mv-rowlabel', text: String(rowStart), title: `0x${rowStart.toString(16)}` }));
      for (let k = 0; k < BYTES_PER_ROW && rowStart + k < hi; k++) {
        const at = rowStart + k;
        const v = bytes[at - lo];
        const pos = position[at - lo];
        const rank = pos >= 0 ? ranks[pos] : null;
        const cell = h('span', { class: 'mv-byte' + (covered[at - lo] ? ' in' : '') + (pos >= 0 && padding[pos] ? ' pad' : '') + significanceClass(rank), 'data-byte': at, text: this.#decimal ? String(v) : v.toString(16).padStart(2, '0') });
        if (rank) {
          cell.dataset.rank = String(rank.rank);
          cell.title = rankTitle(rank);
        }
        cell.style.gridColumn = String(column(k, unit));
        row.append(cell);
      }
      rows.push(row);
    }
    for (const g of groups.values()) this.#outline(a, g, lo, hi, bytes, rows, unit, parts);
    overlays.forEach((s, j) => this.#overlay(s, j, lo, hi, rows, unit, parts.length ? 5 : 4));
    if (truncated && rows.length) {
      rows[0].append(h('span', { class: 'mv-trunc', text: `first ${WINDOW_ELEMENTS} elements here outlined` }));
    }
    return rows;
  }

  /** One element group: a box per row it touches, the label in the first box. */
  #outline(a: ArrayInfo, g: Group, lo: number, hi: number, bytes: Uint8Array, rows: HTMLElement[], unit: number, parts: ItemPart[]): void {
    const itemsize = a.itemsize;
    const index = g.indices[0];
    const hue = HUES[(a.ndim >= 2 ? index[a.ndim - 2] : (index[0] ?? 0)) % HUES.length]; // as in the logical grid: one colour per row
    const value = decodeElement(bytes, g.offset - lo, a);
    const label = g.count > 1 ? `×${g.count}` : idxText(index);
    const others = g.indices.slice(1).map(idxText).join(', ');
    const title =
      `${this.#name}${idxText(index)}: ${addressFormula(a, index)}` +
      ` → bytes ${g.offset}..${g.offset + itemsize - 1}` +
      (value !== null ? ` = ${value}` : '') +
      (g.count > 1 ? `\n${g.count} elements use these bytes${others ? `: also ${others}${g.count > g.indices.length ? ', …' : ''}` : ' (stride 0)'}` : '');
    this.#segments(g.offset, itemsize, lo, hi, rows, (first, last) => {
      const box = h('div', {
        class: 'mv-el' + (first ? '' : ' cont-left') + (last ? '' : ' cont-right'),
        'data-offset': g.offset,
        'data-index': index.join(','),
        'data-indices': g.indices.map((i) => i.join(',')).join(';'),
        'data-bytes': `${g.offset}-${g.offset + itemsize - 1}`,
        title,
      });
      box.style.setProperty('--hue', String(hue));
      if (first) {
        box.append(h('span', { class: 'mv-el-index', text: label }));
        if (value !== null) box.append(h('span', { class: 'mv-el-value', text: value }));
      }
      box.addEventListener('mouseenter', () => this.#hover(g.offset, index, title.split('\n')[0]));
      box.addEventListener('mouseleave', () => this.#hover(null, null, null));
      if (parts.length) box.style.gridRow = '1 / 5';
      return box;
    }, unit);
    for (const p of parts) this.#part(a, g, index, p, lo, hi, bytes, rows, unit);
  }

  /** One sub-box of an element: a field, padding, a character or a complex half. */
  #part(a: ArrayInfo, g: Group, index: number[], p: ItemPart, lo: number, hi: number, bytes: Uint8Array, rows: HTMLElement[], unit: number): void {
    const name = this.#name ?? '';
    const first = g.offset + p.start;
    const range = `bytes ${first}..${g.offset + p.end - 1}`;
    let label = p.label;
    let title: string;
    let value: string | null = null;
    if (p.kind === 'field' && p.field) {
      value = decodeElement(bytes, first - lo, p.field);
      title = `${fieldFormula(name, a, index, p.field)} → ${range} ('${p.field.name}': ${p.field.dtypeText} at offset ${p.field.offset} of the ${a.itemsize}-byte record)` + (value !== null ? ` = ${value}` : '');
    } else if (p.kind === 'padding') {
      title = `padding: ${range} of ${name}${idxText(index)} (record offsets ${p.start}..${p.end - 1}): unused bytes that keep the next field aligned`;
    } else if (p.kind === 'char') {
      const cp = first >= lo && first + 4 <= hi ? codePointAt(bytes, first - lo, isBigEndian(a)) : null;
      label = cp === null ? '' : charText(cp) || '\\0'; // NUL: the padding of a shorter string
      const code = cp === null ? '' : ` = U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      title = `${name}${idxText(index)} character ${p.label}: ${range} (4 bytes, UTF-32${isBigEndian(a) ? ' big-endian' : ''})${code}${cp === 0 ? ' (NUL: the string is shorter)' : ''}`;
    } else {
      const half = { dtype: `float${(a.itemsize / 2) * 8}`, dtypeStr: `${a.dtypeStr[0]}f${a.itemsize / 2}`, kind: 'f', itemsize: a.itemsize / 2 };
      value = decodeElement(bytes, first - lo, half);
      title = `${name}${idxText(index)}.${p.kind}: ${range}` + (value !== null ? ` = ${value}` : '');
    }
    this.#segments(first, p.end - p.start, lo, hi, rows, (isFirst, isLast) => {
      const el = h('div', {
        class: `mv-part mv-part-${p.kind}` + (isFirst ? '' : ' cont-left') + (isLast ? '' : ' cont-right'),
        'data-part': p.kind,
        'data-offset': g.offset,
        'data-part-offset': p.start,
        'data-bytes': `${first}-${g.offset + p.end - 1}`,
        title,
      });
      if (p.kind === 'field') el.dataset.field = p.label;
      if (isFirst) el.textContent = label;
      el.style.gridRow = '2';
      el.addEventListener('mouseenter', () => this.#hover(g.offset, index, title));
      el.addEventListener('mouseleave', () => this.#hover(null, null, null));
      return el;
    }, unit);
  }

  /** Coloured strips under the bytes for the elements of another array on this buffer. */
  #overlay(s: MemorySibling, j: number, lo: number, hi: number, rows: HTMLElement[], unit: number, firstRow: number): void {
    const a = s.info;
    const hue = OVERLAY_HUES[this.#siblings.indexOf(s) % OVERLAY_HUES.length];
    elementsInRange(a, lo, hi, WINDOW_ELEMENTS, (off, index, mult) => {
      const title = `${s.name}${idxText(index)}: ${addressFormula(a, index)} → bytes ${off}..${off + a.itemsize - 1}${mult > 1 ? ` (×${mult}, stride 0)` : ''}`;
      this.#segments(off, a.itemsize, lo, hi, rows, (first, last) => {
        const strip = h('div', { class: 'mv-ov' + (first ? ' first' : '') + (last ? ' last' : ''), 'data-overlay': s.name, 'data-offset': off, title });
        strip.style.gridRow = String(firstRow + j);
        strip.style.setProperty('--ov', String(hue));
        strip.addEventListener('mouseenter', () => this.#setFormula(title));
        strip.addEventListener('mouseleave', () => this.#setFormula(null));
        return strip;
      }, unit);
    });
  }

  /** Splits bytes [off, off + n) at row ends and appends make(first, last) to each row piece. */
  #segments(off: number, n: number, lo: number, hi: number, rows: HTMLElement[], make: (first: boolean, last: boolean) => HTMLElement, layoutItemsize = n): void {
    const from = Math.max(off, lo);
    const to = Math.min(off + n, hi);
    for (let b = from; b < to; ) {
      const rowStart = b - ((b - lo) % BYTES_PER_ROW);
      const segEnd = Math.min(to, rowStart + BYTES_PER_ROW);
      const row = rows[(rowStart - lo) / BYTES_PER_ROW];
      const el = make(b === off, segEnd === off + n);
      el.style.gridColumn = `${column(b - rowStart, layoutItemsize)} / ${column(segEnd - 1 - rowStart, layoutItemsize) + 1}`;
      row.append(el);
      b = segEnd;
    }
  }

  // ---- highlighting

  #setFormula(text: string | null): void {
    const f = this.#formula;
    const a = this.#info;
    if (!f || !a) return;
    if (text === null) {
      const sym = ['offset', ...a.strides.map((_, k) => `${letter(k)}·s${k}`)].join(' + ');
      const num = [String(a.offset), ...a.strides.map((s, k) => `${letter(k)}·${s < 0 ? `(${s})` : s}`)].join(' + ');
      f.textContent = `byte = ${sym} = ${num}`;
      f.classList.remove('active');
    } else {
      f.textContent = text;
      f.classList.add('active');
    }
  }

  #hover(offset: number | null, index: number[] | null, text: string | null): void {
    this.#mark(null, false);
    if (offset === null || index === null) {
      this.#setFormula(null);
      if (this.#pinned !== null) this.#mark(this.#pinned, true);
      return;
    }
    this.#mark(offset, false);
    const key = index.join(',');
    for (const c of this.#root.querySelectorAll<HTMLElement>(`.mv-lcell[data-index="${key}"]`)) c.classList.add('hover');
    this.#setFormula(text);
  }

  /** Highlights the boxes of the element at byte `offset` (null: clears every highlight). */
  #mark(offset: number | null, pinned: boolean): void {
    if (offset === null) {
      for (const el of this.#root.querySelectorAll<HTMLElement>('.mv-el.hover, .mv-lcell.hover')) el.classList.remove('hover');
      return;
    }
    for (const el of this.#root.querySelectorAll<HTMLElement>(`.mv-el[data-offset="${offset}"]`)) el.classList.add('hover');
    if (!pinned) for (const c of this.#root.querySelectorAll<HTMLElement>(`.mv-lcell[data-offset="${offset}"]`)) c.classList.add('hover');
  }

  /** Scrolls the byte grid so byte `offset` is in view (third row from the top) and marks it. */
  #jumpTo(offset: number, index: number[] | null): void {
    const scroller = this.#scroller;
    const a = this.#info;
    if (!scroller || !a) return;
    const row = Math.max(0, Math.floor(offset / BYTES_PER_ROW) - 2);
    this.#scrollToRow(row, this.#rowHeight(), this.#totalRows());
    this.#pinned = offset;
    if (index) this.#setFormula(`${this.#name}${idxText(index)}: ${addressFormula(a, index)}`);
    void this.#renderWindow(true);
  }
}
