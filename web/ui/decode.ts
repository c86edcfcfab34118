// decode.ts — reads one element's value from its raw bytes, for the memory view's labels:
// every dtype the engine stores (bool, ints, float16/32/64, complex64/128 in either byte
// order, 'S' bytes, 'U' UTF-32 strings, structured records field by field). Display only:
// short, readable, not NumPy's exact repr (the output area has that). The byte order comes
// from the dtype's typestr ('>i4' is big-endian); records carry their own per field.

import type { FieldInfo } from 'stridelab';

/** What decoding needs to know about an item's type (ArrayInfo and FieldInfo both fit). */
export interface ItemType {
  /** dtype.name: "int32", "float16", "complex128", "str96", "void12". */
  dtype: string;
  /** dtype.str: "<i4", ">f8", "<U3"; absent: little-endian (older callers). */
  dtypeStr?: string;
  /** dtype.kind; absent: derived from `dtype`. */
  kind?: string;
  itemsize: number;
  /** Record fields (kind 'V'), offsets from the record start. */
  fields?: readonly FieldInfo[];
}

const MAX_CHARS = 24; // string labels are cut after this many characters

const fmtFloat = (x: number, digits: number): string => {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const s = String(Number(x.toPrecision(digits)));
  return Number.isInteger(x) && !s.includes('e') ? `${s}.` : s;
};

/** IEEE 754 binary16 → number (exact: every half is a double). */
export function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 0x1f) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** dtype.kind from a dtype name, for callers that only have the name. */
export function kindOf(t: ItemType): string {
  if (t.kind) return t.kind;
  const n = t.dtype;
  if (n === 'bool') return 'b';
  if (n.startsWith('uint')) return 'u';
  if (n.startsWith('int')) return 'i';
  if (n.startsWith('float')) return 'f';
  if (n.startsWith('complex')) return 'c';
  if (n.startsWith('str')) return 'U';
  if (n.startsWith('bytes')) return 'S';
  return 'V';
}

/** True when the item's bytes are big-endian ('>' typestr). */
export const isBigEndian = (t: ItemType): boolean => (t.dtypeStr ?? '<').startsWith('>');

function readNumber(v: DataView, at: number, kind: string, size: number, little: boolean): string | null {
  switch (`${kind}${size}`) {
    case 'b1': return v.getUint8(at) ? 'True' : 'False';
    case 'i1': return String(v.getInt8(at));
    case 'u1': return String(v.getUint8(at));
    case 'i2': return String(v.getInt16(at, little));
    case 'u2': return String(v.getUint16(at, little));
    case 'i4': return String(v.getInt32(at, little));
    case 'u4': return String(v.getUint32(at, little));
    case 'i8': return String(v.getBigInt64(at, little));
    case 'u8': return String(v.getBigUint64(at, little));
    case 'f2': return fmtFloat(halfToNumber(v.getUint16(at, little)), 4);
    case 'f4': return fmtFloat(v.getFloat32(at, little), 7);
    case 'f8': return fmtFloat(v.getFloat64(at, little), 17);
    case 'c8':
    case 'c16': {
      const half = size / 2;
      const re = readNumber(v, at, 'f', half, little)!;
      const im = readNumber(v, at + half, 'f', half, little)!;
      return `${re}${im.startsWith('-') ? '' : '+'}${im}j`;
    }
    default: return null;
  }
}

/** The code point of a 'U' character (4 bytes at `at`), in the item's byte order. */
export function codePointAt(bytes: Uint8Array, at: number, big: boolean): number {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return v.getUint32(at, !big);
}

/** A code point as display text: the character, or U+XXXX when it cannot be shown. */
export function charText(cp: number): string {
  if (cp === 0) return '';
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
    return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return String.fromCodePoint(cp);
}

function readStr(bytes: Uint8Array, at: number, size: number, big: boolean): string {
  let s = '';
  let end = size; // NumPy strips trailing NULs
  while (end >= 4 && codePointAt(bytes, at + end - 4, big) === 0) end -= 4;
  for (let k = 0; k < end && s.length < MAX_CHARS; k += 4) s += charText(codePointAt(bytes, at + k, big)) || '\\x00';
  return `'${s}${end / 4 > MAX_CHARS ? '…' : ''}'`;
}

function readBytesValue(bytes: Uint8Array, at: number, size: number): string {
  let end = size;
  while (end > 0 && bytes[at + end - 1] === 0) end--;
  let s = '';
  for (let k = 0; k < end && k < MAX_CHARS; k++) {
    const b = bytes[at + k];
    s += b >= 0x20 && b < 0x7f && b !== 0x27 && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `b'${s}${end > MAX_CHARS ? '…' : ''}'`;
}

function decodeAt(bytes: Uint8Array, at: number, t: ItemType, depth: number): string | null {
  const kind = kindOf(t);
  if (kind === 'U') return readStr(bytes, at, t.itemsize, isBigEndian(t));
  if (kind === 'S') return readBytesValue(bytes, at, t.itemsize);
  if (kind === 'V') {
    if (!t.fields?.length || depth > 0) return null;
    const parts = t.fields.map((f) => (f.offset + f.itemsize <= t.itemsize ? decodeAt(bytes, at + f.offset, f, depth + 1) : null) ?? '…');
    return `(${parts.join(', ')}${parts.length === 1 ? ',' : ''})`;
  }
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return readNumber(v, at, kind, t.itemsize, !isBigEndian(t));
}

/**
 * Value of the element whose bytes start at `at` in `bytes`, or null when not decodable
 * (bytes missing, a raw 'V' item). `t` may also be a dtype name (then little-endian, with
 * `itemsize` given): the older form.
 */
export function decodeElement(bytes: Uint8Array, at: number, t: ItemType | string, itemsize?: number): string | null {
  const type: ItemType = typeof t === 'string' ? { dtype: t, itemsize: itemsize ?? 0 } : t;
  if (at < 0 || type.itemsize <= 0 || at + type.itemsize > bytes.length) return null;
  return decodeAt(bytes, at, type, 0);
}
