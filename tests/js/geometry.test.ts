// Pure geometry helpers exported by the package (used by the visualizers).
import { describe, expect, it } from 'vitest';
import { loadPackage } from './helpers';

const pkg = await loadPackage();
const a = { shape: [3, 4], strides: [16, 4], offset: 0, size: 12 };

describe('geometry', () => {
  it('computes element offsets in C order', () => {
    expect(pkg.elementOffsets({ shape: [4, 3], strides: [4, 16], offset: 0, size: 12 })).toEqual([
      0, 16, 32, 4, 20, 36, 8, 24, 40, 12, 28, 44,
    ]);
    expect(pkg.elementOffsets({ shape: [3], strides: [-8], offset: 16, size: 3 })).toEqual([16, 8, 0]);
    expect(pkg.elementOffsets({ shape: [2, 3], strides: [0, 8], offset: 0, size: 6 })).toEqual([0, 8, 16, 0, 8, 16]);
    expect(pkg.elementOffsets({ shape: [], strides: [], offset: 24, size: 1 })).toEqual([24]);
    expect(pkg.elementOffsets({ shape: [0, 3], strides: [24, 8], offset: 0, size: 0 })).toEqual([]);
    expect(pkg.elementOffsets(a, 3)).toEqual([0, 4, 8]);
  });

  it('unravels flat indices', () => {
    expect(pkg.unravelIndex(7, [3, 4])).toEqual([1, 3]);
    expect(pkg.unravelIndex(0, [])).toEqual([]);
  });

  it('writes the address formula', () => {
    expect(pkg.offsetFormula(a, [1, 2])).toEqual({
      symbolic: 'offset + i·s0 + j·s1',
      numeric: '0 + 1·16 + 2·4 = 24',
      byte: 24,
    });
    expect(pkg.offsetFormula({ strides: [-16, 4], offset: 32 }, [2, 1]).numeric).toBe('32 + 2·(-16) + 1·4 = 4');
    expect(pkg.formatIndex([1, 2])).toBe('[1, 2]');
  });
});
