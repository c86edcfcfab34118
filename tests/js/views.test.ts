// Pure geometry of the playground's inspector views (web/ui/views/layout.ts): no DOM,
// no engine — fake shapes/strides/op logs in, layout numbers out.
import { describe, expect, it } from 'vitest';
import type { OperandInfo, Op } from '../../web/ui/views/contract';
import {
  axisNotes,
  broadcastTable,
  contiguityReason,
  describeConflict,
  elementsInRange,
  findOverlap,
  flagExplanations,
  flatGrid,
  formatIndexExpr,
  gridIndex,
  gridPlan,
  indexDiagram,
  lastBroadcastOp,
  lastIndexOp,
  nextTopRow,
  scrollTopForRow,
  scrollWindow,
  walkOffsets,
} from '../../web/ui/views/layout';

const operand = (shape: number[], strides: number[], name: string | null = null, scalar = false): OperandInfo => ({
  shape,
  strides,
  dtype: 'float64',
  name,
  scalar,
});

describe('broadcast table', () => {
  it('right-aligns shapes and stretches missing and size-1 axes with stride 0', () => {
    const t = broadcastTable([operand([3, 1], [8, 8], 'a'), operand([4], [8], 'b')]);
    expect(t.ndim).toBe(2);
    expect(t.result).toEqual([3, 4]);
    expect(t.conflicts).toEqual([]);
    expect(t.rows[0].cells).toEqual([
      { size: 3, kind: 'same', stride: 8 },
      { size: 1, kind: 'stretch', stride: 0 },
    ]);
    expect(t.rows[1].cells).toEqual([
      { size: null, kind: 'missing', stride: 0 },
      { size: 4, kind: 'same', stride: 8 },
    ]);
    expect(t.rows.map((r) => r.label)).toEqual(['a', 'b']);
  });

  it('handles 3 operands, scalars and zero-size axes', () => {
    const t = broadcastTable([operand([2, 1, 5], [40, 40, 8]), operand([], [], null, true), operand([6, 1], [8, 8], 'c')]);
    expect(t.result).toEqual([2, 6, 5]);
    expect(t.rows[1].cells.every((c) => c.kind === 'missing')).toBe(true);
    expect(t.rows[1].label).toBe('scalar');
    expect(t.rows[0].label).toBe('operand 1');
    expect(broadcastTable([operand([0], [8]), operand([1], [8])]).result).toEqual([0]);
  });

  it('marks the conflicting axis of an incompatible pair', () => {
    const t = broadcastTable([operand([2, 3], [24, 8]), operand([4], [8])]);
    expect(t.conflicts).toEqual([1]);
    expect(t.result).toEqual([2, null]);
    expect(t.rows[0].cells[1].kind).toBe('conflict');
    expect(t.rows[1].cells[1].kind).toBe('conflict');
    expect(t.rows[1].cells[0].kind).toBe('missing');
    expect(describeConflict(t, 1)).toContain('axis -1');
    expect(describeConflict(t, 1)).toContain('sizes 3 and 4');
  });

  it('picks the last ufunc with two array operands and the last index op', () => {
    const ops: Op[] = [
      { kind: 'ufunc', name: 'add', line: 1, operands: [operand([3], [8]), operand([3], [8])], result: operand([3], [8]), error: null },
      { kind: 'index', name: 'getitem', line: 2, assign: false, source: operand([3], [8]), indices: [{ kind: 'int', value: 1 }], result: null, copy: false, error: null },
      { kind: 'ufunc', name: 'multiply', line: 3, operands: [operand([3], [8]), operand([], [], null, true)], result: operand([3], [8]), error: null },
    ];
    expect(lastBroadcastOp(ops)?.name).toBe('add');
    expect(lastIndexOp(ops)?.line).toBe(2);
    expect(lastBroadcastOp(undefined)).toBeNull();
    expect(lastIndexOp([])).toBeNull();
  });

  it('prefers the last index op that picks more than one element', () => {
    const gather: Op = { kind: 'index', name: 'getitem', line: 1, assign: false, source: operand([4], [8]), indices: [{ kind: 'array', shape: [2], dtype: 'int64', values: [0, 2] }], result: operand([2], [8]), copy: true, error: null };
    const element: Op = { kind: 'index', name: 'getitem', line: 2, assign: false, source: operand([2], [8]), indices: [{ kind: 'int', value: 0 }], result: operand([], [], null, true), copy: true, error: null };
    const row: Op = { kind: 'index', name: 'getitem', line: 3, assign: false, source: operand([2, 3], [24, 8]), indices: [{ kind: 'int', value: 1 }], result: operand([3], [8]), copy: false, error: null };
    expect(lastIndexOp([gather, element])?.line).toBe(1);
    expect(lastIndexOp([element])?.line).toBe(2);
    expect(lastIndexOp([gather, element, row])?.line).toBe(3);
  });
});

describe('strides and contiguity', () => {
  it('explains zero and negative strides', () => {
    const notes = axisNotes({ shape: [3, 4], strides: [0, 8], itemsize: 8 });
    expect(notes[0].kind).toBe('zero');
    expect(notes[0].text).toContain('stride 0: every row reads the same bytes');
    expect(notes[1].text).toBe('axis 1: +8 bytes (1 item) per step');
    expect(axisNotes({ shape: [3], strides: [-8], itemsize: 8 })[0].kind).toBe('negative');
  });

  it('says why an array is not contiguous', () => {
    expect(contiguityReason({ shape: [3, 4], strides: [16, 4], itemsize: 4 }, 'C').ok).toBe(true);
    const f = contiguityReason({ shape: [3, 4], strides: [16, 4], itemsize: 4 }, 'F');
    expect(f.ok).toBe(false);
    expect(f.text).toContain('axis 0 steps 16 bytes; F order needs 4');
    const sliced = contiguityReason({ shape: [2, 4], strides: [32, 4], itemsize: 4 }, 'C');
    expect(sliced.text).toContain('axis 0 steps 32 bytes; C order needs 16');
    // size-1 axes do not count, as in NumPy
    expect(contiguityReason({ shape: [1, 4], strides: [999, 4], itemsize: 4 }, 'C').ok).toBe(true);
    expect(contiguityReason({ shape: [0, 4], strides: [16, 4], itemsize: 4 }, 'F').ok).toBe(true);
  });

  it('finds overlapping elements exactly', () => {
    // as_strided(np.arange(6), (4, 3), (8, 8)): sliding windows share bytes
    const w = findOverlap({ shape: [4, 3], strides: [8, 8], offset: 0, itemsize: 8 });
    expect(w.exact).toBe(true);
    expect(w.overlapping).toBe(true);
    expect([...w.shared].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(findOverlap({ shape: [3, 4], strides: [16, 4], offset: 0, itemsize: 4 }).overlapping).toBe(false);
    // partial overlap: 8-byte items one byte apart
    expect(findOverlap({ shape: [3], strides: [1], offset: 0, itemsize: 8 }).shared.size).toBe(3);
    // interleaved but disjoint (the simple stride-ordering test would flag this)
    expect(findOverlap({ shape: [2, 3], strides: [12, 8], offset: 0, itemsize: 4 }).overlapping).toBe(false);
    expect(findOverlap({ shape: [3, 2], strides: [0, 8], offset: 0, itemsize: 8 }).shared.size).toBe(6);
  });
});

describe('elements in a byte window', () => {
  const brute = (a: { shape: number[]; strides: number[]; offset: number; itemsize: number }, lo: number, hi: number) => {
    const out: string[] = [];
    const size = a.shape.reduce((x, y) => x * y, 1);
    walkOffsets(a, size, (off, flat) => {
      if (off < hi && off + a.itemsize > lo) out.push(`${off}`);
      void flat;
    });
    return out;
  };
  const fast = (a: { shape: number[]; strides: number[]; offset: number; itemsize: number }, lo: number, hi: number) => {
    const out: string[] = [];
    elementsInRange(a, lo, hi, 1e9, (off, _idx, mult) => {
      for (let m = 0; m < mult; m++) out.push(`${off}`);
    });
    return out;
  };
  const cases = [
    { shape: [3, 4], strides: [16, 4], offset: 0, itemsize: 4 },
    { shape: [4, 3], strides: [4, 16], offset: 0, itemsize: 4 },
    { shape: [3, 2], strides: [-16, 8], offset: 36, itemsize: 4 },
    { shape: [2, 3, 4], strides: [96, 32, 8], offset: 0, itemsize: 8 },
    { shape: [4, 3], strides: [8, 8], offset: 0, itemsize: 8 },
    { shape: [3, 4], strides: [0, 8], offset: 0, itemsize: 8 },
    { shape: [5], strides: [3], offset: 2, itemsize: 4 },
    { shape: [2, 5], strides: [-3, 7], offset: 10, itemsize: 2 },
  ];
  it('matches a brute-force walk on every window', () => {
    for (const a of cases) {
      for (const [lo, hi] of [[0, 16], [5, 21], [16, 48], [0, 200], [33, 34], [40, 41]]) {
        expect(fast(a, lo, hi).sort()).toEqual(brute(a, lo, hi).sort());
      }
    }
  });

  it('reports full indices and collapses zero strides', () => {
    const seen: [number, number[], number][] = [];
    elementsInRange({ shape: [3, 4], strides: [0, 8], offset: 0, itemsize: 8 }, 8, 24, 100, (o, i, m) => seen.push([o, i, m]));
    expect(seen).toEqual([
      [8, [0, 1], 3],
      [16, [0, 2], 3],
    ]);
  });

  it('is cheap on a big Fortran-ordered array (visits few elements)', () => {
    // expr.npy-like: 20500 x 375 uint32, F order: strides (4, 82000)
    let visits = 0;
    const a = { shape: [20500, 375], strides: [4, 82000], offset: 0, itemsize: 4 };
    const seen: string[] = [];
    elementsInRange(a, 82000 * 7 + 40, 82000 * 7 + 48, 100, (o, i) => {
      visits++;
      seen.push(`${o}:${i.join(',')}`);
    });
    expect(seen).toEqual([`${82000 * 7 + 40}:10,7`, `${82000 * 7 + 44}:11,7`]);
    expect(visits).toBe(2);
  });

  it('is cheap on a huge 1-d array and honours the limit', () => {
    const seen: number[] = [];
    const stopped = elementsInRange({ shape: [50_000_000], strides: [8], offset: 0, itemsize: 8 }, 8 * 1_000_000, 8 * 1_000_000 + 64, 5, (o) => seen.push(o));
    expect(stopped).toBe(true);
    expect(seen).toEqual([8e6, 8e6 + 8, 8e6 + 16, 8e6 + 24, 8e6 + 32]);
  });
});

describe('grids', () => {
  it('plans 0-d, 1-d, 2-d and n-d grids', () => {
    expect(gridPlan([])).toMatchObject({ rows: 1, cols: 1, rowAxis: null, colAxis: null });
    expect(gridPlan([5])).toMatchObject({ rows: 1, cols: 5, rowAxis: null, colAxis: 0 });
    expect(gridPlan([2, 30, 40], 16, 16)).toMatchObject({ rows: 30, cols: 40, rowAxis: 1, colAxis: 2, shownRows: 16, shownCols: 16 });
    expect(gridIndex([2, 3, 4], [1], 2, 3)).toEqual([1, 2, 3]);
    expect(gridIndex([5], [], 0, 3)).toEqual([3]);
    expect(flatGrid([2, 3, 4])).toEqual({ rows: 6, cols: 4 });
    expect(flatGrid([])).toEqual({ rows: 1, cols: 1 });
  });
});

describe('fancy-indexing diagram', () => {
  it('draws one line per mapping entry from source cell to result cell', () => {
    // a[[0, 2]] of a 3x4 array: result row 0 <- source row 0, result row 1 <- source row 2
    const mapping = [0, 1, 2, 3, 8, 9, 10, 11];
    const d = indexDiagram([3, 4], [2, 4], mapping, { cell: 20, gap: 2, band: 50, pad: 4 });
    expect(d.lines).toHaveLength(8);
    expect(d.hidden).toBe(0);
    const l = d.lines[4]; // result (1, 0) <- source (2, 0)
    expect(l).toEqual({ src: 8, dst: 4, x1: 4 + 10, y1: 4 + 2 * 22 + 20, x2: 4 + 10, y2: d.result.top + 22 });
    expect(d.result.top).toBe(4 + 3 * 22 - 2 + 50);
    expect(d.source.cells.filter((c) => c.linked).map((c) => c.flat)).toEqual(mapping);
    expect(d.width).toBe(4 * 2 + 4 * 22 - 2);
    expect(d.height).toBe(d.result.top + 2 * 22 - 2 + 4);
  });

  it('counts lines to cells beyond the display cap as hidden', () => {
    // a (4, 40) source, reversed into (40,): 2-d grids are capped at maxCols columns
    const mapping = Array.from({ length: 40 }, (_, k) => 39 - k);
    const d = indexDiagram([1, 40], [1, 40], mapping, { maxCols: 10 });
    expect(d.lines.length).toBe(0); // every pair has one end beyond column 10
    expect(d.hidden).toBe(40);
    const e = indexDiagram([2, 20], [5], [0, 1, 2, 3, 39], { maxCols: 10, maxRows: 2 });
    expect(e.lines.map((x) => x.src)).toEqual([0, 1, 2, 3]);
    expect(e.hidden).toBe(1);
  });

  it('wraps a long 1-d array into rows', () => {
    const d = indexDiagram([25], [3], [24, 0, 12], { maxCols: 10, cell: 20, gap: 2, pad: 0 });
    expect(d.source).toMatchObject({ rows: 3, cols: 10, total: 25, shownRows: 3 });
    expect(d.source.cells).toHaveLength(25); // the last row holds 5 cells, not 10
    expect(d.lines.map((l) => [l.src, l.x1, l.y1])).toEqual([
      [24, 4 * 22 + 10, 2 * 22 + 20],
      [0, 10, 20],
      [12, 2 * 22 + 10, 22 + 20],
    ]);
    expect(d.hidden).toBe(0);
  });

  it('formats the index expression', () => {
    expect(
      formatIndexExpr('a', [
        { kind: 'slice', start: null, stop: null, step: 2 },
        { kind: 'array', shape: [2], dtype: 'int64', values: [0, 2] },
      ]),
    ).toBe('a[::2, [0, 2]]');
    expect(formatIndexExpr('x', [{ kind: 'mask', shape: [3, 4], count: 6 }])).toBe('x[<bool mask (3, 4), 6 True>]');
    expect(formatIndexExpr('x', [{ kind: 'ellipsis' }, { kind: 'newaxis' }, { kind: 'int', value: -1 }])).toBe('x[..., None, -1]');
    expect(formatIndexExpr('x', [{ kind: 'slice', start: 1, stop: null, step: null }])).toBe('x[1:]');
  });
});

describe('virtual scrolling', () => {
  it('renders the visible rows plus overscan', () => {
    const w = scrollWindow(200, 100, 20, 1000, 8_000_000, 2);
    expect(w).toEqual({ first: 8, end: 18, top: 160, contentHeight: 20000 });
    expect(scrollWindow(0, 100, 20, 3, 8_000_000, 2)).toEqual({ first: 0, end: 3, top: 0, contentHeight: 60 });
  });

  it('maps scroll proportionally when the content would exceed the height cap', () => {
    const rows = 3_000_000; // a 48 MB buffer at 16 bytes a row
    const top = scrollWindow(0, 400, 40, rows, 1_000_000, 0);
    expect(top.first).toBe(0);
    expect(top.contentHeight).toBe(1_000_000);
    const bottom = scrollWindow(1_000_000 - 400, 400, 40, rows, 1_000_000, 0);
    expect(bottom.end).toBe(rows);
    const mid = scrollTopForRow(1_500_000, 400, 40, rows, 1_000_000);
    const w = scrollWindow(mid, 400, 40, rows, 1_000_000, 0);
    expect(Math.abs(w.first - 1_500_000)).toBeLessThanOrEqual(1);
    expect(scrollTopForRow(10, 100, 20, 1000)).toBe(200);
  });
});

describe('broadcast source cells', () => {
  it('reads index 0 along stretched axes', async () => {
    const { broadcastSource } = await import('../../web/ui/views/layout');
    const t = broadcastTable([operand([3, 1], [8, 8], 'a'), operand([4], [8], 'b')]);
    expect(broadcastSource(t.rows[0], [2, 3])).toEqual({ index: [2, 0], real: false });
    expect(broadcastSource(t.rows[0], [2, 0])).toEqual({ index: [2, 0], real: true });
    expect(broadcastSource(t.rows[1], [2, 3])).toEqual({ index: [3], real: false });
    expect(broadcastSource(t.rows[1], [0, 3])).toEqual({ index: [3], real: true });
  });
});

describe('row-for-row scrolling past the height cap', () => {
  const rows = 3_000_000;
  it('moves small deltas row for row and big ones proportionally', () => {
    // a wheel step of 40 px moves one 40 px row, even though 1 px maps to ~120 rows overall
    expect(nextTopRow(500, 1000, 1040, 400, 40, rows, 1_000_000)).toBe(501);
    expect(nextTopRow(500, 1000, 960, 400, 40, rows, 1_000_000)).toBe(499);
    const dragged = nextTopRow(0, 0, 500_000, 400, 40, rows, 1_000_000);
    expect(Math.abs(dragged - rows / 2)).toBeLessThan(rows * 0.001);
    expect(nextTopRow(1234, 5000, 0, 400, 40, rows, 1_000_000)).toBe(0);
    expect(nextTopRow(1234, 990_000, 999_600, 400, 40, rows, 1_000_000)).toBe(rows - 10);
    // without the cap: exact
    expect(nextTopRow(7, 0, 200, 100, 20, 1000)).toBe(10);
  });

  it('positions the window at a tracked row', () => {
    const w = scrollWindow(1040, 400, 40, rows, 1_000_000, 2, 501.5);
    expect(w.first).toBe(499);
    expect(w.top).toBe(1040 - 0.5 * 40 - 2 * 40);
  });
});

describe('flag explanations', () => {
  it('gives one line per flag, using the engine flags and the computed reason', () => {
    const lines = flagExplanations({
      shape: [3, 4],
      strides: [0, 8],
      itemsize: 8,
      flags: { c_contiguous: false, f_contiguous: false, owndata: false, writeable: false },
      bufferId: 2,
      base: { name: 'y' },
    });
    expect(lines.map((l) => [l.flag, l.on])).toEqual([
      ['C_CONTIGUOUS', false],
      ['F_CONTIGUOUS', false],
      ['OWNDATA', false],
      ['WRITEABLE', false],
    ]);
    expect(lines[0].text).toBe('axis 0 steps 0 bytes; C order needs 32 (one item times the sizes of the axes after it)');
    expect(lines[2].text).toContain('borrows buffer #2 from y');
    expect(lines[3].text).toContain('read-only');
  });
});
