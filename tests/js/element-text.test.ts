// The <stride-lab> element's text helpers (web/ui/element/dedent.ts): the code an author
// writes inside an indented page, and the default array a cell's view opens on.
import { describe, expect, it } from 'vitest';
import { assignedNames, dedent } from '../../web/ui/element/dedent';

describe('dedent', () => {
  it('removes the common indentation and the blank lines around', () => {
    expect(dedent('\n      a = 1\n      if a:\n          b = 2\n    ')).toBe('a = 1\nif a:\n    b = 2');
  });
  it('keeps blank lines inside, normalises line endings, compares tabs exactly', () => {
    expect(dedent('\r\n\t\tx = 1\r\n\r\n\t\ty = 2\r\n')).toBe('x = 1\n\ny = 2');
    expect(dedent('\t x\n\t  y')).toBe('x\n y');
  });
  it('leaves unindented code alone', () => {
    expect(dedent('a = np.arange(6)\na')).toBe('a = np.arange(6)\na');
    expect(dedent('   ')).toBe('');
  });
});

describe('assignedNames', () => {
  it('lists top-level assignment targets, the last binding last', () => {
    expect(assignedNames('a = np.arange(6)\nb = a[::2]\na += 1\nprint(b)')).toEqual(['b', 'a']);
    expect(assignedNames('x, y = 1, 2\nz[0] = 5\nif x == y:\n    w = 3')).toEqual(['x', 'y', 'z']);
    expect(assignedNames('a == b\nf(a=1)')).toEqual([]);
  });
});
