#pragma once
// The truth of one stored bool element. A bool element is a byte and NumPy reads every
// nonzero byte as True; views (`u1.view(bool)`, frombuffer, .npy files) may hold bytes other
// than 0/1, and loading such a byte as a C++ `bool` is undefined behaviour (found by
// fuzz_array_ops). Every kernel that reads a bool element goes through here; sorting is the
// exception on purpose (NumPy orders npy_bool by its raw byte: sort_kernels.hpp's elem_t).

namespace sl {

inline bool bool_byte(const void* p) { return *static_cast<const unsigned char*>(p) != 0; }

}  // namespace sl
