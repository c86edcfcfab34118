// item-parts.ts — the inside of one item, for the memory view: which bytes of an element
// belong to which record field and which are padding, where each 4-byte code point of a 'U'
// string lies, the real and imaginary halves of a complex number, and the significance of
// every byte of a multi-byte number ('<i4' puts its least significant byte first, '>i4' its
// most significant). Pure: offsets relative to the item's first byte, no DOM, no engine.

import type { FieldInfo } from 'stridelab';
import { isBigEndian, kindOf, type ItemType } from '../decode';

export type PartKind = 'field' | 'padding' | 'char' | 'real' | 'imag';

/** A run of bytes [start, end) of an item. */
export interface ItemPart {
  kind: PartKind;
  start: number;
  end: number;
  /** Field name, "padding", "re"/"im"; for 'char' the character's position ("0", "1", ...). */
  label: string;
  /** The record field ('field' parts). */
  field?: FieldInfo;
}

/** Significance of one byte of a number: rank 0 is the least significant of `size` bytes. */
export interface ByteRank {
  rank: number;
  size: number;
}

/**
 * The parts of an item of type `t`: record fields in offset order with the uncovered bytes
 * between and after them as padding; 'U' code points (4 bytes each); complex real/imag
 * halves. [] for types drawn as one box (numbers, 'S', raw 'V').
 */
export function itemParts(t: ItemType): ItemPart[] {
  const kind = kindOf(t);
  const n = t.itemsize;
  if (kind === 'c') return [{ kind: 'real', start: 0, end: n / 2, label: 're' }, { kind: 'imag', start: n / 2, end: n, label: 'im' }];
  if (kind === 'U') {
    const out: ItemPart[] = [];
    for (let k = 0; k + 4 <= n; k += 4) out.push({ kind: 'char', start: k, end: k + 4, label: String(k / 4) });
    return out;
  }
  if (kind !== 'V' || !t.fields?.length) return [];
  const fields = [...t.fields].filter((f) => f.itemsize > 0).sort((a, b) => a.offset - b.offset || a.itemsize - b.itemsize);
  const out: ItemPart[] = [];
  let at = 0; // first byte not yet covered by a field
  for (const f of fields) {
    const start = Math.max(0, Math.min(f.offset, n));
    const end = Math.max(start, Math.min(f.offset + f.itemsize, n));
    if (start > at) out.push({ kind: 'padding', start: at, end: start, label: 'padding' });
    out.push({ kind: 'field', start, end, label: f.name, field: f });
    at = Math.max(at, end);
  }
  if (at < n) out.push({ kind: 'padding', start: at, end: n, label: 'padding' });
  return out;
}

/** Significance of a number of `size` bytes at [start, start + size) into `out`. */
function rankNumber(out: (ByteRank | null)[], start: number, size: number, big: boolean, kind: string): void {
  if (kind === 'c') {
    rankNumber(out, start, size / 2, big, 'f');
    rankNumber(out, start + size / 2, size / 2, big, 'f');
    return;
  }
  if (size < 2 || !'iuf'.includes(kind)) return;
  for (let k = 0; k < size && start + k < out.length; k++) out[start + k] = { rank: big ? size - 1 - k : k, size };
}

/**
 * Per byte of an item: its significance inside the number it belongs to, or null (1-byte
 * types, strings, padding). Record fields are ranked each in its own byte order.
 */
export function byteRanks(t: ItemType): (ByteRank | null)[] {
  const out = new Array<ByteRank | null>(Math.max(0, t.itemsize)).fill(null);
  const kind = kindOf(t);
  if (kind === 'V') {
    for (const f of t.fields ?? []) if (f.offset >= 0 && f.offset + f.itemsize <= t.itemsize) rankNumber(out, f.offset, f.itemsize, isBigEndian(f), kindOf(f));
  } else rankNumber(out, 0, t.itemsize, isBigEndian(t), kind);
  return out;
}

/**
 * The byte order an item's numbers are stored in, for the memory view's badge: 'big',
 * 'little', 'mixed' (a record with fields of both), or null when no part has more than one
 * byte (bool, int8, 'S', a record of those).
 */
export function byteOrderOf(t: ItemType): 'big' | 'little' | 'mixed' | null {
  const kind = kindOf(t);
  if (kind === 'V') {
    const orders = new Set((t.fields ?? []).map((f) => byteOrderOf(f)).filter((o) => o !== null));
    if (orders.size === 0) return null;
    return orders.size > 1 ? 'mixed' : [...orders][0];
  }
  if (kind === 'S' || kind === 'b' || (kind !== 'U' && t.itemsize < 2)) return null;
  return isBigEndian(t) ? 'big' : 'little';
}

/**
 * Hover text of a field part: the field, its offset in the record and how its first byte is
 * found: `x[1]['age']: offset + i·s0 + field_offset = 0 + 1·12 + 4 = 16`.
 */
export function fieldFormula(
  name: string,
  a: { strides: readonly number[]; offset: number },
  index: readonly number[],
  field: { name: string; offset: number },
): string {
  const letters = 'ijklmnpq';
  const sym = ['offset', ...index.map((_, k) => `${k < 8 ? letters[k] : `i${k}`}·s${k}`), 'field_offset'];
  const num = [String(a.offset), ...index.map((i, k) => `${i}·${a.strides[k] < 0 ? `(${a.strides[k]})` : a.strides[k]}`), String(field.offset)];
  let byte = a.offset + field.offset;
  index.forEach((i, k) => (byte += i * a.strides[k]));
  return `${name}[${index.join(', ')}]['${field.name}']: ${sym.join(' + ')} = ${num.join(' + ')} = ${byte}`;
}

/**
 * For a view of one field of a record array (`x['age']`): the field it shows and the record
 * size, found from the base's fields by the view's offset inside a record; null otherwise.
 */
export function fieldOfView(a: {
  offset: number;
  dtypeStr: string;
  itemsize: number;
  base: { offset: number; itemsize: number; fields: readonly FieldInfo[] } | null;
}): { field: FieldInfo; recordSize: number } | null {
  const b = a.base;
  if (!b || !b.fields?.length || b.itemsize <= 0) return null;
  const within = (((a.offset - b.offset) % b.itemsize) + b.itemsize) % b.itemsize;
  const field = b.fields.find((f) => f.offset === within && f.itemsize === a.itemsize && f.dtypeStr === a.dtypeStr)
    ?? b.fields.find((f) => f.offset === within && f.itemsize === a.itemsize);
  return field ? { field, recordSize: b.itemsize } : null;
}
