// decode.ts — reads one element's value from raw little-endian bytes, for the memory view's
// labels. Display only: short, readable, not NumPy's exact repr (the output area has that).

type Reader = (v: DataView, at: number) => string;

const fmtFloat = (x: number, digits: number): string => {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const s = String(Number(x.toPrecision(digits)));
  return Number.isInteger(x) && !s.includes('e') ? `${s}.` : s;
};

const READERS: Record<string, Reader> = {
  bool: (v, at) => (v.getUint8(at) ? 'True' : 'False'),
  int8: (v, at) => String(v.getInt8(at)),
  uint8: (v, at) => String(v.getUint8(at)),
  int16: (v, at) => String(v.getInt16(at, true)),
  uint16: (v, at) => String(v.getUint16(at, true)),
  int32: (v, at) => String(v.getInt32(at, true)),
  uint32: (v, at) => String(v.getUint32(at, true)),
  int64: (v, at) => String(v.getBigInt64(at, true)),
  uint64: (v, at) => String(v.getBigUint64(at, true)),
  float32: (v, at) => fmtFloat(v.getFloat32(at, true), 7),
  float64: (v, at) => fmtFloat(v.getFloat64(at, true), 17),
};

/** Value of the element whose bytes start at `at` in `bytes`, or null when not decodable. */
export function decodeElement(bytes: Uint8Array, at: number, dtype: string, itemsize: number): string | null {
  const read = READERS[dtype];
  if (!read || at < 0 || at + itemsize > bytes.length) return null;
  return read(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), at);
}
