// run-result.test.ts — parsing of the engine's raw run result (dist-lib/run-result.js):
// figure data and the operation log arrive as JSON strings and leave as plain data.
import { describe, expect, it } from 'vitest';
import { distLib } from './helpers';

const { toRunResult } = (await import(`${distLib}run-result.js`)) as typeof import('../../dist-lib/run-result.js');

describe('toRunResult', () => {
  it('gives [] for engines without figures or ops', () => {
    expect(toRunResult({ stdout: 'x\n' })).toEqual({ stdout: 'x\n', figures: [], ops: [] });
  });

  it('parses figure data and the ops log', () => {
    const op = {
      kind: 'ufunc', name: 'add', line: 2, error: null,
      operands: [
        { shape: [3, 1], strides: [8, 0], dtype: 'float64', name: null, scalar: false },
        { shape: [4], strides: [8], dtype: 'float64', name: 'y', scalar: false },
      ],
      result: { shape: [3, 4], strides: [32, 8], dtype: 'float64', name: null, scalar: false },
    };
    const r = toRunResult({
      stdout: '',
      value: '1',
      figures: [{ id: 1, svg: '<svg></svg>', data: '{"axes":[{"lines":1}]}' }],
      opsJson: JSON.stringify([op]),
    });
    expect(r.figures).toEqual([{ id: 1, svg: '<svg></svg>', data: { axes: [{ lines: 1 }] } }]);
    expect(r.ops).toEqual([op]);
    expect(() => structuredClone(r)).not.toThrow();
  });

  it('never throws on malformed JSON', () => {
    const r = toRunResult({ stdout: '', figures: [{ id: 2, svg: '<svg/>', data: '{oops' }], opsJson: '[1,' });
    expect(r.figures).toEqual([{ id: 2, svg: '<svg/>', data: null }]);
    expect(r.ops).toEqual([]);
  });
});
