// The memory view's reading of the dtypes with an inside (web/ui/decode.ts,
// web/ui/views/item-parts.ts): pure functions, fake types and bytes in, parts and labels out.
// The fields and offsets below are what NumPy reports for the same dtypes (dtype.fields).
import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../../web/lib/types';
import { decodeElement, halfToNumber } from '../../web/ui/decode';
import { layoutUnit } from '../../web/ui/memory-view';
import { byteOrderOf, byteRanks, fieldFormula, fieldOfView, itemParts } from '../../web/ui/views/item-parts';

const field = (name: string, dtypeStr: string, offset: number): FieldInfo => {
  const kind = dtypeStr[1];
  const itemsize = Number(dtypeStr.slice(2)) * (kind === 'U' ? 4 : 1);
  const names: Record<string, string> = { u: 'uint', i: 'int', f: 'float', c: 'complex' };
  const dtype = kind === 'U' ? `str${itemsize * 8}` : `${names[kind]}${itemsize * 8}`;
  return { name, dtype, dtypeStr, dtypeText: dtypeStr, kind, offset, itemsize };
};

// np.dtype([('id','u1'), ('n','i4'), ('x','f4'), ('flag','u1'), ('pos','i2')], align=True)
const ALIGNED = {
  dtype: 'void128',
  dtypeStr: '|V16',
  kind: 'V',
  itemsize: 16,
  fields: [field('id', '|u1', 0), field('n', '<i4', 4), field('x', '<f4', 8), field('flag', '|u1', 12), field('pos', '<i2', 14)],
};

describe('item parts', () => {
  it('names the fields of an aligned record and hatches the padding between them', () => {
    expect(itemParts(ALIGNED).map((p) => [p.kind, p.label, p.start, p.end])).toEqual([
      ['field', 'id', 0, 1],
      ['padding', 'padding', 1, 4],
      ['field', 'n', 4, 8],
      ['field', 'x', 8, 12],
      ['field', 'flag', 12, 13],
      ['padding', 'padding', 13, 14],
      ['field', 'pos', 14, 16],
    ]);
  });

  it('groups a U3 item into three 4-byte code points and splits complex into re / im', () => {
    expect(itemParts({ dtype: 'str96', dtypeStr: '<U3', kind: 'U', itemsize: 12 }).map((p) => [p.start, p.end])).toEqual([[0, 4], [4, 8], [8, 12]]);
    expect(itemParts({ dtype: 'complex128', dtypeStr: '<c16', kind: 'c', itemsize: 16 }).map((p) => [p.label, p.start, p.end])).toEqual([['re', 0, 8], ['im', 8, 16]]);
    expect(itemParts({ dtype: 'int32', dtypeStr: '<i4', kind: 'i', itemsize: 4 })).toEqual([]);
  });

  it('ranks bytes by significance: >i4 most significant first, <i4 last; records per field', () => {
    expect(byteRanks({ dtype: 'int32', dtypeStr: '>i4', kind: 'i', itemsize: 4 }).map((r) => r?.rank)).toEqual([3, 2, 1, 0]);
    expect(byteRanks({ dtype: 'int32', dtypeStr: '<i4', kind: 'i', itemsize: 4 }).map((r) => r?.rank)).toEqual([0, 1, 2, 3]);
    expect(byteRanks({ dtype: 'uint8', dtypeStr: '|u1', kind: 'u', itemsize: 1 })).toEqual([null]);
    const rec = byteRanks(ALIGNED).map((r) => (r ? r.rank : '.'));
    expect(rec).toEqual(['.', '.', '.', '.', 0, 1, 2, 3, 0, 1, 2, 3, '.', '.', 0, 1]);
    expect(byteRanks({ dtype: 'complex64', dtypeStr: '>c8', kind: 'c', itemsize: 8 }).map((r) => r?.rank)).toEqual([3, 2, 1, 0, 3, 2, 1, 0]);
  });

  it('names the byte order for the badge', () => {
    expect(byteOrderOf({ dtype: 'int32', dtypeStr: '>i4', itemsize: 4 })).toBe('big');
    expect(byteOrderOf({ dtype: 'float64', dtypeStr: '<f8', itemsize: 8 })).toBe('little');
    expect(byteOrderOf({ dtype: 'int8', dtypeStr: '|i1', itemsize: 1 })).toBeNull();
    expect(byteOrderOf({ dtype: 'bytes40', dtypeStr: '|S5', kind: 'S', itemsize: 5 })).toBeNull();
    expect(byteOrderOf(ALIGNED)).toBe('little');
    expect(byteOrderOf({ ...ALIGNED, fields: [field('a', '>i4', 0), field('b', '<i4', 4)] })).toBe('mixed');
  });

  it('writes the field formula and finds the field a view shows', () => {
    expect(fieldFormula('rec', { offset: 0, strides: [16] }, [2], { name: 'n', offset: 4 })).toBe(
      "rec[2]['n']: offset + i·s0 + field_offset = 0 + 2·16 + 4 = 36",
    );
    const view = { offset: 4, dtypeStr: '<i4', itemsize: 4, base: { offset: 0, itemsize: 16, fields: ALIGNED.fields } };
    expect(fieldOfView(view)).toEqual({ field: ALIGNED.fields[1], recordSize: 16 });
    expect(fieldOfView({ ...view, base: { ...view.base, fields: [] } })).toBeNull();
  });

  it('lays out the byte grid in units the items start on', () => {
    expect([1, 2, 4, 8, 16, 12, 24, 5, 36].map(layoutUnit)).toEqual([1, 2, 4, 8, 16, 4, 8, 16, 4]);
  });
});

describe('decodeElement', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it('reads both byte orders', () => {
    expect(decodeElement(bytes(0, 0, 1, 2), 0, { dtype: 'int32', dtypeStr: '>i4', itemsize: 4 })).toBe('258');
    expect(decodeElement(bytes(2, 1, 0, 0), 0, { dtype: 'int32', dtypeStr: '<i4', itemsize: 4 })).toBe('258');
    expect(decodeElement(bytes(2, 1, 0, 0), 0, 'int32', 4)).toBe('258'); // the older form
  });

  it('reads float16, complex, U and S items', () => {
    expect(halfToNumber(0x3e00)).toBe(1.5);
    expect(halfToNumber(0xc000)).toBe(-2);
    expect(halfToNumber(0x0001)).toBe(2 ** -24);
    expect(decodeElement(bytes(0x00, 0x3e), 0, { dtype: 'float16', dtypeStr: '<f2', itemsize: 2 })).toBe('1.5');
    const c = new Uint8Array(new Float32Array([1, -0.5]).buffer);
    expect(decodeElement(c, 0, { dtype: 'complex64', dtypeStr: '<c8', itemsize: 8 })).toBe('1.-0.5j');
    const u = new Uint8Array(new Uint32Array([0x3c0, 0x61, 0]).buffer);
    expect(decodeElement(u, 0, { dtype: 'str96', dtypeStr: '<U3', itemsize: 12 })).toBe("'πa'");
    expect(decodeElement(bytes(104, 105, 0), 0, { dtype: 'bytes24', dtypeStr: '|S3', kind: 'S', itemsize: 3 })).toBe("b'hi'");
  });

  it('reads a record field by field', () => {
    const b = new Uint8Array(16);
    const v = new DataView(b.buffer);
    v.setUint8(0, 2);
    v.setInt32(4, 9, true);
    v.setFloat32(8, 2.5, true);
    v.setUint8(12, 1);
    v.setInt16(14, -3, true);
    expect(decodeElement(b, 0, ALIGNED)).toBe('(2, 9, 2.5, 1, -3)');
    expect(decodeElement(b, 4, ALIGNED)).toBeNull(); // not enough bytes
  });
});
