// npy_io.hpp — the .npy file format (numpy/lib/format.py) on in-memory bytes.
//
// read_npy accepts format versions 1.0, 2.0 and 3.0: the magic string, the little-endian
// header length (2 or 4 bytes), and the header — a Python dict literal with the keys
// 'descr', 'fortran_order' and 'shape' in any order, any whitespace, trailing commas and
// Python-2 'L' suffixes on ints — parsed by a small literal parser (never eval). Data may be
// little- or big-endian (big-endian is byte-swapped into the native dtype), C or Fortran
// ordered (Fortran gives an F-contiguous view of a 1-d buffer, as np.load does). Every
// malformed input raises ValueError with NumPy's message where NumPy has one; nothing reads
// past the given bytes.
//
// write_npy produces exactly what np.save writes (version 1.0; 2.0 only when the header
// does not fit, as NumPy does): the same dict text, growth padding and 64-byte alignment;
// F-contiguous arrays are written in Fortran order, everything else in C order.
//
// Not supported (ValueError): object arrays (NumPy: "Object arrays cannot be loaded when
// allow_pickle=False"), structured/subarray dtypes, and dtypes stridelab lacks (float16,
// complex, strings, datetimes).
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
