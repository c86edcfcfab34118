// RunResult as the package's types describe it (web/lib/types.ts), through the wasm engine:
// figures and ops always present; index ops carry their name, element access and element
// assignment are logged; reductions are logged with their axes and result shape.
import { describe, expect, it } from 'vitest';
import { loadPackage } from './helpers';

const pkg = await loadPackage();
const s = await pkg.createSession();

describe('RunResult is true to its types', () => {
  it('always has figures and ops', () => {
    const r = s.run('x = 1');
    expect(r.figures).toEqual([]);
    expect(r.ops).toEqual([]);
    const e = s.run('1 / 0');
    expect(e.error?.type).toBe('ZeroDivisionError');
    expect(Array.isArray(e.figures) && Array.isArray(e.ops)).toBe(true);
  });

  it('logs a[0], a[1, 2] and a[0] = 5 as named index ops', () => {
    const r = s.run('import numpy as np\na = np.arange(6).reshape(2, 3)\nrow = a[0]\nv = a[1, 2]\na[0] = 5');
    expect(r.error).toBeUndefined();
    const index = r.ops.filter((op) => op.kind === 'index');
    expect(index.map((op) => op.kind === 'index' && [op.name, op.line, op.copy, op.mapping])).toEqual([
      ['getitem', 3, false, [0, 1, 2]],
      ['getitem', 4, true, [5]],
      ['setitem', 5, false, [0, 1, 2]],
    ]);
    const element = index[1];
    expect(element.kind === 'index' && element.result).toMatchObject({ shape: [], scalar: true, dtype: 'int64' });
  });

  it('logs reductions with their axes and result', () => {
    const r = s.run('m = np.ones((2, 3, 4)).mean(axis=(0, -1))\nt = np.sum(np.ones(3))');
    const reduce = r.ops.filter((op) => op.kind === 'reduce');
    expect(reduce).toHaveLength(2);
    expect(reduce[0]).toMatchObject({ kind: 'reduce', name: 'mean', line: 1, axis: [0, 2], result: { shape: [3], name: 'm' }, error: null });
    expect(reduce[0].operands[0].shape).toEqual([2, 3, 4]);
    expect(reduce[1]).toMatchObject({ kind: 'reduce', name: 'sum', line: 2, axis: null, result: { scalar: true, dtype: 'float64' } });
  });
});
