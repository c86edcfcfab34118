// npy_io.hpp — the .npy file format (numpy/lib/format.py) on in-memory bytes.
//
// read_npy accepts format versions 1.0, 2.0 and 3.0: the magic string, the little-endian
// header length (2 or 4 bytes), and the header — a Python dict literal with the keys
// 'descr', 'fortran_order' and 'shape' in any order, any whitespace, trailing commas and
// Python-2 'L' suffixes on ints — parsed by a small literal parser (never eval, nesting at
// most 200). The descr is any dtype string ('>i4', '<U3', '|S5', '<c16', '<f2'), a
// subarray tuple or a record list ([('a', '<i4'), ('', '|V4'), ('b', '<f8', (2,))], nested,
// with titles), converted as NumPy's descr_to_dtype does (padding kept as offsets). The data
// keeps the file's byte order (a '>i4' file gives a '>i4' array), C or Fortran
// ordered (Fortran gives an F-contiguous view of a 1-d buffer, as np.load does). Every
// malformed input raises ValueError with NumPy's message where NumPy has one; nothing reads
// past the given bytes.
//
// write_npy produces exactly what np.save writes (version 1.0; 2.0 only when the header
// does not fit, 3.0 when a field name is not latin-1, as NumPy does; descr is dtype.str or,
// for records, dtype.descr with its padding entries): the same dict text, growth padding and 64-byte alignment;
// F-contiguous arrays are written in Fortran order, everything else in C order.
//
// Not supported (ValueError): object arrays (NumPy: "Object arrays cannot be loaded when
// allow_pickle=False") and datetimes.
#pragma once
#include <cstdint>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

// Where the bytes came from decides how short data is reported, as in NumPy's read_array:
// Stream (a file-like object such as BytesIO) reads in 2**18-byte chunks and raises
// "EOF: reading array data, expected N bytes got M"; File (np.load of a path, a real file
// read by numpy.fromfile) gets fewer items and fails reshaping them:
// "cannot reshape array of size K into shape (4,3)" (the reversed shape when Fortran-ordered).
enum class NpySource { Stream, File };

ArrayPtr read_npy(const uint8_t* data, size_t size, NpySource source = NpySource::Stream);
inline ArrayPtr read_npy(const std::vector<uint8_t>& bytes, NpySource source = NpySource::Stream) {
  return read_npy(bytes.data(), bytes.size(), source);
}

std::vector<uint8_t> write_npy(const ArrayPtr& a);

}  // namespace sl
