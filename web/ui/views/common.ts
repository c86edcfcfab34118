// common.ts — small DOM helpers shared by the inspector's views: SVG element creation,
// keyboard navigation of a grid of focusable cells (roving tabindex), reading the values of
// scattered elements in a few small windows, and short text formatting. No view logic lives here.

import type { ArrayInfo, WorkerSession } from 'stridelab';
import { decodeElement } from '../decode';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

export const idxText = (index: readonly number[]): string => `[${index.join(', ')}]`;

/**
 * Arrow keys move focus between `cells` laid out `cols` per row; exactly one cell is in the
 * tab order (the last focused), so a grid is one Tab stop however big it is.
 */
export function rovingGrid(cells: (HTMLElement | SVGElement)[], cols: number): void {
  cells.forEach((cell, i) => {
    cell.tabIndex = i === 0 ? 0 : -1;
    cell.addEventListener('keydown', (ev) => {
      const e = ev as KeyboardEvent;
      const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: cols, ArrowUp: -cols, Home: -(i % cols), End: cols - 1 - (i % cols) };
      if (!(e.key in moves)) return;
      const next = cells[i + moves[e.key]];
      if (!next) return;
      e.preventDefault();
      for (const c of cells) c.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    });
    cell.addEventListener('focus', () => {
      for (const c of cells) c.tabIndex = -1;
      cell.tabIndex = 0;
    });
  });
}

const VALUE_WINDOW = 4096; // bytes per readBytes request when gathering scattered elements
const MAX_VALUE_READS = 256; // requests per call at most; later elements get no value

/**
 * Display values (decode.ts) of the elements starting at the byte `offsets` of array `a`.
 * Reads only small windows around them (nearby offsets share one request), so an element
 * grid of a 100 MB array costs a few kB; null where a value could not be read.
 */
export async function readValues(session: WorkerSession, a: ArrayInfo, offsets: readonly number[]): Promise<(string | null)[]> {
  const order = [...offsets.keys()].sort((x, y) => offsets[x] - offsets[y]);
  const out = new Array<string | null>(offsets.length).fill(null);
  let reads = 0;
  for (let k = 0; k < order.length && reads < MAX_VALUE_READS; ) {
    const start = offsets[order[k]];
    let end = start + a.itemsize;
    let j = k + 1;
    while (j < order.length && offsets[order[j]] + a.itemsize - start <= VALUE_WINDOW) {
      end = Math.max(end, offsets[order[j]] + a.itemsize);
      j++;
    }
    try {
      reads++;
      const bytes = await session.readBytes(a.bufferId, start, end - start);
      for (let m = k; m < j; m++) out[order[m]] = decodeElement(bytes, offsets[order[m]] - start, a);
    } catch {
      // leave null: the buffer went away (a new run) or the offset is out of range
    }
    k = j;
  }
  return out;
}

export function byteOf(a: { offset: number; strides: readonly number[] }, index: readonly number[]): number {
  let off = a.offset;
  index.forEach((i, k) => (off += i * a.strides[k]));
  return off;
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** root.replaceChildren without the null/false entries (optional parts of a view). */
export function setChildren(root: Element, ...children: (Node | string | null | undefined | false)[]): void {
  root.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}
