// layout.ts — the pure geometry behind the inspector's views: broadcasting tables, stride and
// contiguity explanations, overlap detection, the elements a byte window touches, grids for
// n-d arrays, fancy-indexing diagrams and the memory view's virtual scrolling window.
//
// No DOM, no engine calls, no imports with runtime code: every function here is a plain
// computation on shapes/strides/offsets (byte = offset + Σ index_k · stride_k, as in NumPy),
// so tests/js/views.test.ts checks them in Node. Rendering lives in the *-view.ts files.

import type { IndexPart, Op, OperandInfo, IndexOp, UfuncOp } from './contract';

export interface Layout {
  shape: readonly number[];
  strides: readonly number[];
  offset: number;
  itemsize: number;
}

export const product = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);

/** C-order multipliers: flat = Σ index_k · m_k. */
export function cMultipliers(shape: readonly number[]): number[] {
  const m = new Array<number>(shape.length).fill(1);
  for (let k = shape.length - 2; k >= 0; k--) m[k] = m[k + 1] * shape[k + 1];
  return m;
}

export function unravel(flat: number, shape: readonly number[]): number[] {
  const idx = new Array<number>(shape.length).fill(0);
  for (let k = shape.length - 1; k >= 0; k--) {
    const n = shape[k];
    idx[k] = n > 0 ? flat % n : 0;
    flat = n > 0 ? Math.floor(flat / n) : 0;
  }
  return idx;
}

export function pyTuple(xs: readonly number[]): string {
  return xs.length === 1 ? `(${xs[0]},)` : `(${xs.join(', ')})`;
}

// ---------------------------------------------------------------- broadcasting

export type BroadcastKind = 'same' | 'stretch' | 'missing' | 'conflict';

export interface BroadcastCell {
  /** The operand's size on this (right-aligned) axis, null when the operand lacks the axis. */
  size: number | null;
  kind: BroadcastKind;
  /** Effective stride while broadcasting: 0 for stretched/missing axes, the operand's own otherwise. */
  stride: number | null;
}

export interface BroadcastRow {
  label: string;
  operand: OperandInfo;
  cells: BroadcastCell[];
}

export interface BroadcastTable {
  /** Number of aligned columns (the largest ndim). */
  ndim: number;
  rows: BroadcastRow[];
  /** Broadcast result size per column; null in a conflicting column. */
  result: (number | null)[];
  /** Aligned columns whose sizes disagree (two sizes, neither 1). */
  conflicts: number[];
}

function operandLabel(op: OperandInfo, i: number): string {
  if (op.name) return op.name;
  return op.scalar ? `scalar` : `operand ${i + 1}`;
}

/**
 * Right-aligns operand shapes as NumPy's broadcasting does: axes are matched from the last;
 * an absent axis or a size-1 axis is stretched (stride 0) to the other size; two sizes that
 * differ and are both != 1 conflict.
 */
export function broadcastTable(operands: readonly OperandInfo[]): BroadcastTable {
  const ndim = Math.max(0, ...operands.map((o) => o.shape.length));
  const result: (number | null)[] = [];
  const conflicts: number[] = [];
  for (let c = 0; c < ndim; c++) {
    const sizes = operands
      .map((o) => o.shape[c - (ndim - o.shape.length)])
      .filter((n): n is number => n !== undefined);
    const big = [...new Set(sizes.filter((n) => n !== 1))];
    if (big.length > 1) {
      conflicts.push(c);
      result.push(null);
    } else result.push(big.length ? big[0] : 1);
  }
  const rows = operands.map((o, i) => {
    const cells: BroadcastCell[] = [];
    for (let c = 0; c < ndim; c++) {
      const k = c - (ndim - o.shape.length);
      if (k < 0) {
        cells.push({ size: null, kind: 'missing', stride: 0 });
        continue;
      }
      const size = o.shape[k];
      const target = result[c];
      let kind: BroadcastKind = 'same';
      if (target === null) kind = size === 1 ? 'stretch' : 'conflict';
      else if (size !== target) kind = 'stretch'; // size 1 stretched to target
      cells.push({ size, kind, stride: kind === 'stretch' ? 0 : (o.strides[k] ?? null) });
    }
    return { label: operandLabel(o, i), operand: o, cells };
  });
  return { ndim, rows, result, conflicts };
}

/** "axis -1 (sizes 3 and 4)" for a conflicting aligned column. */
export function describeConflict(t: BroadcastTable, column: number): string {
  const sizes = [...new Set(t.rows.map((r) => r.cells[column].size).filter((n): n is number => n !== null && n !== 1))];
  return `axis ${column - t.ndim} (counted from the right): sizes ${sizes.join(' and ')} differ and neither is 1`;
}

/** The last ufunc op of a run with at least two array (non-scalar) operands. */
export function lastBroadcastOp(ops: readonly Op[] | undefined): UfuncOp | null {
  if (!ops) return null;
  for (let i = ops.length - 1; i >= 0; i--) {
    const op = ops[i];
    if (op.kind === 'ufunc' && op.operands.filter((o) => !o.scalar).length >= 2) return op;
  }
  return null;
}

/**
 * The run's last index operation that selects or assigns more than one element (a slice, a
 * row, a gather, a mask); only when the run has none, its last single-element access
 * (`a[1, 2]`, `a[0] = 5` on a 1-d array): in `b = a[[0, 2]]; print(b[0])` the gather is the
 * interesting one.
 */
export function lastIndexOp(ops: readonly Op[] | undefined): IndexOp | null {
  if (!ops) return null;
  let element: IndexOp | null = null;
  for (let i = ops.length - 1; i >= 0; i--) {
    const op = ops[i];
    if (op.kind !== 'index') continue;
    if (!isElementAccess(op)) return op;
    element ??= op;
  }
  return element;
}

/**
 * The steps of a chained subscript ending in `last`: `a[[0, 2]][:, [1, 3]]` logs two index
 * ops on one line, the second reading the first's unnamed result. Returns them in order
 * (just [last] when it is not chained).
 */
export function indexChain(ops: readonly Op[] | undefined, last: IndexOp): IndexOp[] {
  const chain = [last];
  if (!ops) return chain;
  let at = ops.indexOf(last);
  while (at > 0) {
    const cur = chain[0];
    if (cur.source.name !== null) break;
    let prev: IndexOp | null = null;
    for (let i = at - 1; i >= 0; i--) {
      const op = ops[i];
      if (op.kind === 'index') {
        prev = op;
        at = i;
        break;
      }
    }
    const r = prev?.result;
    if (!prev || prev.line !== cur.line || prev.assign || !r || r.scalar || r.dtype !== cur.source.dtype || r.shape.join() !== cur.source.shape.join()) break;
    chain.unshift(prev);
  }
  return chain;
}

/**
 * The text of the array a subscript on line `line` (1-based) of `code` reads from: for
 * `b = a.T[::2]` it is `a.T`, for `f(x)[0]` it is `f(x)`. Null when the line holds no
 * subscript of an expression (then the view says "(unnamed array)", never a made-up name).
 */
export function sourceExpression(code: string, line: number): string | null {
  const text = code.split('\n')[line - 1];
  if (!text) return null;
  const body = text.replace(/#.*$/, '').replace(/^\s*[A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*\s*=(?!=)/, '');
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '[' || i === 0 || !/[\w)\]]/.test(body[i - 1])) continue;
    // scan back over one primary expression: names, dots, and balanced (...) / [...] groups
    let j = i;
    let depth = 0;
    while (j > 0) {
      const c = body[j - 1];
      if (c === ')' || c === ']') depth++;
      else if ((c === '(' || c === '[') && depth > 0) depth--;
      else if (depth === 0 && !/[\w.]/.test(c)) break;
      j--;
    }
    const expr = body.slice(j, i).trim();
    // a bare name would have been reported as the op's global: another subscript on the line
    if (expr && !/^\d/.test(expr) && !/^[A-Za-z_]\w*$/.test(expr)) return expr;
  }
  return null;
}

/** a[i, j] with one integer per axis: one element (a scalar out, or one element assigned). */
function isElementAccess(op: IndexOp): boolean {
  return op.indices.length === op.source.shape.length && op.indices.every((p) => p.kind === 'int');
}

// ---------------------------------------------------------------- strides and contiguity

export interface AxisNote {
  axis: number;
  size: number;
  stride: number;
  /** Human explanation of this axis' stride, e.g. "stride 0: every row reads the same bytes". */
  text: string;
  kind: 'zero' | 'negative' | 'normal';
}

const axisNoun = (k: number, nd: number): string => (nd === 2 ? (k === 0 ? 'row' : 'column') : `step along axis ${k}`);

export function axisNotes(a: Pick<Layout, 'shape' | 'strides' | 'itemsize'>): AxisNote[] {
  const nd = a.shape.length;
  return a.shape.map((size, k) => {
    const stride = a.strides[k];
    const items = stride / a.itemsize;
    const itemText = Number.isInteger(items) ? `${Math.abs(items)} item${Math.abs(items) === 1 ? '' : 's'}` : 'a fraction of an item';
    if (stride === 0 && size > 1) {
      return { axis: k, size, stride, kind: 'zero', text: `axis ${k}: stride 0: every ${axisNoun(k, nd)} reads the same bytes (${size} copies, no memory)` };
    }
    if (stride < 0) {
      return { axis: k, size, stride, kind: 'negative', text: `axis ${k}: ${stride} bytes (${itemText}) backwards: the index grows while the address shrinks` };
    }
    return { axis: k, size, stride, kind: 'normal', text: `axis ${k}: +${stride} bytes (${itemText}) per step` };
  });
}

/** Why an array is or is not C/F contiguous (NumPy ignores size-1 axes; empty arrays are both). */
export function contiguityReason(a: Pick<Layout, 'shape' | 'strides' | 'itemsize'>, order: 'C' | 'F'): { ok: boolean; text: string } {
  const nd = a.shape.length;
  if (a.shape.some((n) => n === 0)) return { ok: true, text: 'empty: trivially contiguous' };
  const axes = [...Array(nd).keys()];
  if (order === 'C') axes.reverse();
  let expected = a.itemsize;
  for (const k of axes) {
    const n = a.shape[k];
    if (n === 1) continue;
    if (a.strides[k] !== expected) {
      const what = expected === a.itemsize
        ? `one item: the ${order === 'C' ? 'last' : 'first'} axis must step item by item`
        : `one item times the sizes of the axes ${order === 'C' ? 'after' : 'before'} it`;
      return { ok: false, text: `axis ${k} steps ${a.strides[k]} bytes; ${order} order needs ${expected} (${what})` };
    }
    expected *= n;
  }
  const lead = order === 'C' ? 'last axis varies fastest' : 'first axis varies fastest';
  return { ok: true, text: `${lead}: the elements fill one gap-free block in ${order} order` };
}

export interface FlagExplanation {
  flag: string;
  on: boolean;
  text: string;
}

export function flagExplanations(
  a: Pick<Layout, 'shape' | 'strides' | 'itemsize'> & {
    flags: { c_contiguous: boolean; f_contiguous: boolean; owndata: boolean; writeable: boolean };
    bufferId: number;
    base: { name: string | null } | null;
  },
): FlagExplanation[] {
  const c = contiguityReason(a, 'C');
  const f = contiguityReason(a, 'F');
  return [
    { flag: 'C_CONTIGUOUS', on: a.flags.c_contiguous, text: c.text },
    { flag: 'F_CONTIGUOUS', on: a.flags.f_contiguous, text: f.text },
    {
      flag: 'OWNDATA',
      on: a.flags.owndata,
      text: a.flags.owndata
        ? 'allocated its own buffer'
        : `a view: borrows buffer #${a.bufferId}${a.base?.name ? ` from ${a.base.name}` : ''}; writes show through`,
    },
    {
      flag: 'WRITEABLE',
      on: a.flags.writeable,
      text: a.flags.writeable
        ? 'assignments allowed'
        : 'read-only: e.g. broadcast_to views, whose elements alias the same bytes',
    },
  ];
}

// ---------------------------------------------------------------- overlap

export interface Overlap {
  /** False when the array had too many elements to check exactly (then `overlapping` is a bound). */
  exact: boolean;
  overlapping: boolean;
  /** Flat C-order indices (among the first `maxElements`) whose bytes another element also uses. */
  shared: Set<number>;
}

/** Elements whose byte ranges intersect another element's (stride 0, as_strided windows). */
export function findOverlap(a: Layout, maxElements = 65536): Overlap {
  const size = product(a.shape);
  const count = Math.min(size, maxElements);
  const offs: [number, number][] = [];
  walkOffsets(a, count, (off, flat) => offs.push([off, flat]));
  offs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const shared = new Set<number>();
  let prevEnd = -Infinity;
  let runEndFlat = -1; // element that set prevEnd
  for (const [off, flat] of offs) {
    if (off < prevEnd) {
      shared.add(flat);
      shared.add(runEndFlat);
    }
    if (off + a.itemsize > prevEnd) {
      prevEnd = off + a.itemsize;
      runEndFlat = flat;
    }
  }
  return { exact: count === size, overlapping: shared.size > 0, shared };
}

/** Calls f(byteOffset, flat) for the first `count` elements in C order (bounded odometer). */
export function walkOffsets(a: Pick<Layout, 'shape' | 'strides' | 'offset'>, count: number, f: (off: number, flat: number) => void): void {
  const nd = a.shape.length;
  const idx = new Array<number>(nd).fill(0);
  let off = a.offset;
  const total = Math.min(count, product(a.shape));
  for (let e = 0; e < total; e++) {
    f(off, e);
    for (let k = nd - 1; k >= 0; k--) {
      off += a.strides[k];
      if (++idx[k] < a.shape[k]) break;
      off -= a.strides[k] * a.shape[k];
      idx[k] = 0;
    }
  }
}

// ---------------------------------------------------------------- elements in a byte window

/**
 * Enumerates the elements whose bytes [off, off + itemsize) intersect [lo, hi), solving each
 * axis' index range arithmetically (never walking the whole array), so a window of a huge
 * buffer costs about the number of elements it shows. Zero-stride axes are collapsed: the
 * element is reported once with index 0 there and `multiplicity` = how many indices share it.
 * Calls f(byteOffset, index, multiplicity) (roughly in address order, not C order); stops
 * after `limit` calls and returns true when it stopped early.
 */
export function elementsInRange(
  a: Layout,
  lo: number,
  hi: number,
  limit: number,
  f: (off: number, index: number[], multiplicity: number) => void,
): boolean {
  const nd = a.shape.length;
  if (a.shape.some((n) => n === 0) || hi <= lo) return false;
  // Visit axes from the largest |stride| down (an F-ordered array too): the outer axes then
  // pin the address most, so each inner range is narrow.
  const order = [...Array(nd).keys()].sort((x, y) => Math.abs(a.strides[y]) - Math.abs(a.strides[x]) || x - y);
  const restMin = new Array<number>(nd + 1).fill(0);
  const restMax = new Array<number>(nd + 1).fill(0);
  for (let d = nd - 1; d >= 0; d--) {
    const k = order[d];
    const span = (a.shape[k] - 1) * a.strides[k];
    restMin[d] = restMin[d + 1] + Math.min(0, span);
    restMax[d] = restMax[d + 1] + Math.max(0, span);
  }
  const first = lo - a.itemsize + 1; // smallest start offset whose bytes reach lo
  const last = hi - 1;
  const idx = new Array<number>(nd).fill(0);
  let calls = 0;
  let stopped = false;
  const visit = (d: number, base: number, mult: number): void => {
    if (stopped) return;
    if (d === nd) {
      if (base >= first && base <= last) {
        if (calls++ >= limit) {
          stopped = true;
          return;
        }
        f(base, idx.slice(), mult);
      }
      return;
    }
    const k = order[d];
    const n = a.shape[k];
    const s = a.strides[k];
    if (s === 0 || n === 1) {
      idx[k] = 0;
      visit(d + 1, base, s === 0 ? mult * n : mult);
      return;
    }
    // need: first <= base + i*s + rest <= last for some rest in [restMin[d+1], restMax[d+1]]
    const loNum = first - base - restMax[d + 1];
    const hiNum = last - base - restMin[d + 1];
    let iLo: number;
    let iHi: number;
    if (s > 0) {
      iLo = Math.ceil(loNum / s);
      iHi = Math.floor(hiNum / s);
    } else {
      iLo = Math.ceil(hiNum / s);
      iHi = Math.floor(loNum / s);
    }
    iLo = Math.max(0, iLo);
    iHi = Math.min(n - 1, iHi);
    for (let i = iLo; i <= iHi && !stopped; i++) {
      idx[k] = i;
      visit(d + 1, base + i * s, mult);
    }
    idx[k] = 0;
  };
  visit(0, a.offset, 1);
  return stopped;
}

// ---------------------------------------------------------------- grids

/** How an array is drawn as a 2-d grid: rows × cols, which axes they are, and a display cap. */
export interface GridPlan {
  rows: number;
  cols: number;
  rowAxis: number | null;
  colAxis: number | null;
  shownRows: number;
  shownCols: number;
}

/** 0-d: one cell; 1-d: one row; n-d: the last two axes (leading axes fixed by selectors). */
export function gridPlan(shape: readonly number[], maxRows = 16, maxCols = 16): GridPlan {
  const nd = shape.length;
  const rows = nd >= 2 ? shape[nd - 2] : 1;
  const cols = nd >= 1 ? shape[nd - 1] : 1;
  return {
    rows,
    cols,
    rowAxis: nd >= 2 ? nd - 2 : null,
    colAxis: nd >= 1 ? nd - 1 : null,
    shownRows: Math.min(rows, maxRows),
    shownCols: Math.min(cols, maxCols),
  };
}

/** Full index of grid cell (r, c) given the fixed leading indices. */
export function gridIndex(shape: readonly number[], lead: readonly number[], r: number, c: number): number[] {
  const nd = shape.length;
  if (nd === 0) return [];
  if (nd === 1) return [c];
  return [...lead.slice(0, nd - 2), r, c];
}

/** Shape drawn as rows × cols with all leading axes flattened into rows (for gather diagrams). */
export function flatGrid(shape: readonly number[]): { rows: number; cols: number } {
  const nd = shape.length;
  if (nd === 0) return { rows: 1, cols: 1 };
  const cols = shape[nd - 1];
  return { rows: cols === 0 ? 0 : product(shape) / cols, cols };
}

// ---------------------------------------------------------------- fancy-indexing diagram

export interface DiagramCell {
  flat: number;
  x: number;
  y: number;
  /** True when some mapping line touches this cell. */
  linked: boolean;
}

export interface DiagramLine {
  src: number;
  dst: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DiagramGrid {
  cells: DiagramCell[];
  rows: number;
  cols: number;
  /** Number of elements (a wrapped 1-d grid's last row may be partial). */
  total: number;
  shownRows: number;
  shownCols: number;
  top: number;
  left: number;
}

export interface IndexDiagram {
  width: number;
  height: number;
  cell: number;
  /** Grids as drawn: rows × cols (a long 1-d array wrapped into rows of maxCols), capped. */
  source: DiagramGrid;
  result: DiagramGrid;
  lines: DiagramLine[];
  /** Mapping entries not drawn because a cell was beyond the display cap. */
  hidden: number;
}

export interface DiagramOptions {
  cell?: number;
  gap?: number;
  maxRows?: number;
  maxCols?: number;
  /** Vertical space between the source and result grids, where the lines run. */
  band?: number;
  pad?: number;
}

/**
 * Source grid on top, result grid below (both as rows × last-axis cols; a 1-d array longer
 * than maxCols wraps into rows), and one line per
 * mapping entry from the bottom centre of the source cell to the top centre of the result
 * cell it was copied to. Cells beyond maxRows/maxCols are not drawn; their lines are counted
 * in `hidden`.
 */
export function indexDiagram(
  sourceShape: readonly number[],
  resultShape: readonly number[],
  mapping: readonly number[],
  o: DiagramOptions = {},
): IndexDiagram {
  const cell = o.cell ?? 26;
  const gap = o.gap ?? 3;
  const maxRows = o.maxRows ?? 12;
  const maxCols = o.maxCols ?? 16;
  const band = o.band ?? 90;
  const pad = o.pad ?? 4;
  const pitch = cell + gap;
  // a long 1-d array wraps into rows of maxCols (its cells keep their flat index as label)
  const wrapped = (shape: readonly number[]) => {
    const n = product(shape);
    return shape.length === 1 && n > maxCols ? { rows: Math.ceil(n / maxCols), cols: maxCols } : flatGrid(shape);
  };
  const sg = wrapped(sourceShape);
  const rg = wrapped(resultShape);
  const grid = (g: { rows: number; cols: number }, top: number, total: number) => {
    const shownRows = Math.min(g.rows, maxRows);
    const shownCols = Math.min(g.cols, maxCols);
    return { rows: g.rows, cols: g.cols, total, shownRows, shownCols, top, left: pad, cells: [] as DiagramCell[] };
  };
  const source = grid(sg, pad, product(sourceShape));
  const sourceH = source.shownRows * pitch - (source.shownRows ? gap : 0);
  const result = grid(rg, pad + sourceH + band, product(resultShape));
  const resultH = result.shownRows * pitch - (result.shownRows ? gap : 0);
  const width = pad * 2 + Math.max(source.shownCols, result.shownCols, 1) * pitch - gap;
  const height = result.top + resultH + pad;
  const place = (g: typeof source, flat: number): DiagramCell | null => {
    const r = Math.floor(flat / Math.max(g.cols, 1));
    const c = flat % Math.max(g.cols, 1);
    if (r >= g.shownRows || c >= g.shownCols || flat >= g.total) return null;
    return { flat, x: g.left + c * pitch, y: g.top + r * pitch, linked: false };
  };
  const cellsOf = (g: typeof source) => {
    const map = new Map<number, DiagramCell>();
    for (let r = 0; r < g.shownRows; r++) {
      for (let c = 0; c < g.shownCols; c++) {
        const p = place(g, r * g.cols + c);
        if (p) {
          g.cells.push(p);
          map.set(p.flat, p);
        }
      }
    }
    return map;
  };
  const srcMap = cellsOf(source);
  const resMap = cellsOf(result);
  const lines: DiagramLine[] = [];
  let hidden = 0;
  mapping.forEach((src, dst) => {
    const a = srcMap.get(src);
    const b = resMap.get(dst);
    if (!a || !b) {
      hidden++;
      return;
    }
    a.linked = true;
    b.linked = true;
    lines.push({ src, dst, x1: a.x + cell / 2, y1: a.y + cell, x2: b.x + cell / 2, y2: b.y });
  });
  return { width, height, cell, source, result, lines, hidden };
}

/** "a[::2, [0, 2]]" — the index expression as the user could have typed it. */
export function formatIndexExpr(name: string, parts: readonly IndexPart[]): string {
  const one = (p: IndexPart): string => {
    switch (p.kind) {
      case 'int':
        return String(p.value);
      case 'slice': {
        const s = `${p.start ?? ''}:${p.stop ?? ''}`;
        return p.step === null ? s : `${s}:${p.step}`;
      }
      case 'newaxis':
        return 'None';
      case 'ellipsis':
        return '...';
      case 'array': {
        const n = product(p.shape);
        const vals = p.values.slice(0, 8).join(', ') + (n > Math.min(8, p.values.length) ? ', …' : '');
        return p.shape.length === 1 ? `[${vals}]` : `<${p.dtype} array ${pyTuple(p.shape)}: ${vals}>`;
      }
      case 'mask':
        return `<bool mask ${pyTuple(p.shape)}, ${p.count} True>`;
    }
  };
  return `${name}[${parts.map(one).join(', ')}]`;
}

// ---------------------------------------------------------------- virtual scrolling

/** Content height cap of a virtual list (browsers limit element heights to ~17-33 M px). */
export const MAX_SCROLL_HEIGHT = 8_000_000;

export interface ScrollWindow {
  /** First and one-past-last row to render. */
  first: number;
  end: number;
  /** Pixel y (inside the scrolled content) of row `first`. */
  top: number;
  /** Height of the scrolled content (capped at maxHeight: browsers limit element heights). */
  contentHeight: number;
}

/**
 * Which rows of a virtually scrolled list of `totalRows` rows of `rowHeight` px are visible.
 * Beyond `maxHeight` px of content the scroll position maps proportionally onto rows, so a
 * 50 MB buffer (3 million 16-byte rows) still scrolls from its first to its last row.
 */
export function scrollWindow(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  totalRows: number,
  maxHeight = MAX_SCROLL_HEIGHT,
  overscan = 4,
  /** The (fractional) row at the top when the caller tracks it (see nextTopRow). */
  exactRow?: number,
): ScrollWindow {
  const full = totalRows * rowHeight;
  const contentHeight = Math.min(full, maxHeight);
  const visible = Math.ceil(viewport / rowHeight) + 1;
  let exact: number;
  let top0: number;
  if (exactRow !== undefined) {
    exact = exactRow;
  } else if (full <= maxHeight) {
    exact = scrollTop / rowHeight;
  } else {
    const maxScroll = Math.max(1, contentHeight - viewport);
    const frac = Math.min(1, Math.max(0, scrollTop / maxScroll));
    exact = frac * Math.max(0, totalRows - viewport / rowHeight);
  }
  const row = Math.max(0, Math.floor(exact));
  top0 = scrollTop - (exact - row) * rowHeight;
  const first = Math.max(0, row - overscan);
  const end = Math.min(totalRows, row + visible + overscan);
  return { first, end, top: top0 - (row - first) * rowHeight, contentHeight };
}

/**
 * The fractional top row after the scroll offset moved from `prevScrollTop` to `scrollTop`.
 * Without the height cap it is simply scrollTop / rowHeight. With it, small moves (wheel,
 * keys: up to one viewport) scroll row for row from `prevRow`, so a 50 MB buffer still
 * scrolls one line at a time; big moves (dragging the scroll bar) map proportionally; the
 * two ends of the scroll range snap to the first and last rows.
 */
export function nextTopRow(prevRow: number, prevScrollTop: number, scrollTop: number, viewport: number, rowHeight: number, totalRows: number, maxHeight = MAX_SCROLL_HEIGHT): number {
  const full = totalRows * rowHeight;
  if (full <= maxHeight) return scrollTop / rowHeight;
  const maxScroll = Math.max(1, maxHeight - viewport);
  const lastTop = Math.max(0, totalRows - viewport / rowHeight);
  if (scrollTop <= 0) return 0;
  if (scrollTop >= maxScroll - 0.5) return lastTop;
  const delta = scrollTop - prevScrollTop;
  if (Math.abs(delta) <= viewport) return Math.min(lastTop, Math.max(0, prevRow + delta / rowHeight));
  return (scrollTop / maxScroll) * lastTop;
}

/** The scrollTop that puts `row` at the top (inverse of scrollWindow). */
export function scrollTopForRow(row: number, viewport: number, rowHeight: number, totalRows: number, maxHeight = MAX_SCROLL_HEIGHT): number {
  const full = totalRows * rowHeight;
  if (full <= maxHeight) return row * rowHeight;
  const maxScroll = Math.max(1, Math.min(full, maxHeight) - viewport);
  const span = Math.max(1, totalRows - viewport / rowHeight);
  return Math.min(maxScroll, (row / span) * maxScroll);
}

/**
 * For a broadcast operand row and a result index, the operand element it reads: stretched and
 * missing axes read index 0 (stride 0), so most result cells re-read the same few elements.
 * `real` is true for the cells where the operand's own element sits (all stretched indices 0).
 */
export function broadcastSource(row: BroadcastRow, resultIndex: readonly number[]): { index: number[]; real: boolean } {
  const ndim = row.cells.length;
  const own = row.operand.shape.length;
  const index: number[] = [];
  let real = true;
  for (let c = ndim - own; c < ndim; c++) {
    const kind = row.cells[c].kind;
    if (kind === 'stretch') index.push(0);
    else index.push(resultIndex[c]);
  }
  for (let c = 0; c < ndim; c++) {
    const kind = row.cells[c].kind;
    if ((kind === 'stretch' || kind === 'missing') && resultIndex[c] !== 0) real = false;
  }
  return { index, real };
}
