// geometry.ts — pure index/stride arithmetic on ArrayInfo data, shared by the session
// objects (elementOffsets) and the visualizers (index labels, offset formulas). No engine
// calls: everything follows from shape, strides and offset, exactly as NumPy computes
// addresses (byte = offset + sum_k index_k * strides_k).

import type { ArrayInfo, ArrayInfoData } from './types.js';

export const DEFAULT_MAX_OFFSETS = 65536;

/**
 * Calls f(byteOffset, flatIndex) for the first `maxCount` elements in C order, without
 * storing them (bounded odometer walk: O(min(size, maxCount) * ndim)).
 */
export function forEachElementOffset(
  a: Pick<ArrayInfoData, 'shape' | 'strides' | 'offset' | 'size'>,
  maxCount: number,
  f: (byteOffset: number, flatIndex: number) => void,
): void {
  const count = Math.max(0, Math.min(a.size, Math.floor(maxCount)));
  const nd = a.shape.length;
  const idx = new Array<number>(nd).fill(0);
  let off = a.offset;
  for (let e = 0; e < count; e++) {
    f(off, e);
    for (let k = nd - 1; k >= 0; k--) {
      off += a.strides[k];
      if (++idx[k] < a.shape[k]) break;
      off -= a.strides[k] * a.shape[k];
      idx[k] = 0;
    }
  }
}

/** Byte offsets of the first `maxCount` elements in C order. */
export function elementOffsets(
  a: Pick<ArrayInfoData, 'shape' | 'strides' | 'offset' | 'size'>,
  maxCount: number = DEFAULT_MAX_OFFSETS,
): number[] {
  const out: number[] = [];
  forEachElementOffset(a, maxCount, (off) => out.push(off));
  return out;
}

/** The multi-index of the flat C-order position `flat` in an array of shape `shape`. */
export function unravelIndex(flat: number, shape: readonly number[]): number[] {
  const idx = new Array<number>(shape.length).fill(0);
  for (let k = shape.length - 1; k >= 0; k--) {
    const n = shape[k];
    idx[k] = n > 0 ? flat % n : 0;
    flat = n > 0 ? Math.floor(flat / n) : 0;
  }
  return idx;
}

/** Byte offset of the element at `index` (no bounds check). */
export function byteOffsetOf(a: Pick<ArrayInfoData, 'strides' | 'offset'>, index: readonly number[]): number {
  let off = a.offset;
  for (let k = 0; k < index.length; k++) off += index[k] * a.strides[k];
  return off;
}

const INDEX_LETTERS = ['i', 'j', 'k', 'l', 'm', 'n', 'p', 'q'];

/** Name of the k-th index variable in formulas: i, j, k, ... then i8, i9, ... */
export function indexVariable(k: number): string {
  return k < INDEX_LETTERS.length ? INDEX_LETTERS[k] : `i${k}`;
}

/**
 * How an element's address is computed, e.g. for index (1, 2) of a 3x4 int32 array:
 * symbolic "offset + i·s0 + j·s1" and numeric "0 + 1·16 + 2·4 = 24".
 */
export function offsetFormula(
  a: Pick<ArrayInfoData, 'strides' | 'offset'>,
  index: readonly number[],
): { symbolic: string; numeric: string; byte: number } {
  const sym = ['offset'];
  const num = [String(a.offset)];
  index.forEach((i, k) => {
    sym.push(`${indexVariable(k)}·s${k}`);
    const s = a.strides[k];
    num.push(`${i}·${s < 0 ? `(${s})` : s}`);
  });
  const byte = byteOffsetOf(a, index);
  return { symbolic: sym.join(' + '), numeric: `${num.join(' + ')} = ${byte}`, byte };
}

/** "[1, 2]" for index (1, 2); "[]" for a 0-d array. */
export function formatIndex(index: readonly number[]): string {
  return `[${index.join(', ')}]`;
}

/** Attaches elementOffsets() to plain (e.g. structured-cloned) array data. */
export function withElementOffsets(data: ArrayInfoData): ArrayInfo {
  const info = data as ArrayInfo;
  Object.defineProperty(info, 'elementOffsets', {
    value: (maxCount?: number) => elementOffsets(data, maxCount),
    enumerable: false,
    configurable: true,
    writable: true,
  });
  return info;
}
