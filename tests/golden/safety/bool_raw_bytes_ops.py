# Bool arrays whose bytes are not 0/1 in ufuncs, masks and where(): every nonzero byte is
# True, as NumPy reads it. The ufunc loops, boolean indexing and np.where loaded such
# bytes as a C++ bool (undefined behaviour; fuzz_array_ops, issue 17). np.tile's repeated
# extents are overflow-checked.
import numpy as np

v = np.array([0, 3, 255, 1, 64, 0], dtype=np.uint8).view(np.bool_)
w = np.array([1, 0, 2, 0, 1, 128], dtype=np.uint8).view(np.bool_)
print(np.logical_not(v), ~v)
print(v & w, v | w, v ^ w)
print(np.logical_and(v, w), np.logical_or(v, w), np.logical_xor(v, w))
print(v == w, v != w, v < w, v > w)
print(np.minimum(v, w), np.maximum(v, w))
print(v.all(), v.any(), np.logical_and.reduce(w), np.logical_or.reduce(v))
x = np.arange(6)
print(x[v], x[w], np.nonzero(v), np.where(v, x, -x))
print(np.tile(np.arange(2), 3))
try:
    np.tile(np.arange(2), 2**62)
except ValueError as e:
    print('ValueError:', e)
