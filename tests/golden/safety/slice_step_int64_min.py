# A slice step of -2**63 on an array: its negation does not exist in int64 (UB found by
# fuzz_array_ops); NumPy clamps it to -(2**63 - 1) as PySlice_Unpack does.
import numpy as np

a = np.arange(5)
print(a[::-2**63], a[::-2**63].strides, a[3::-2**63], a[1:4][::-2**63])
m = np.arange(6).reshape(2, 3)
print(m[::-2**63, ::-2**63], m[:, ::-2**63])
b = a.copy()
b[::-2**63] = 9
print(b)
print(list(range(5))[::-2**63], 'abcde'[::-2**63], a.flat[::-2**63])
# An empty view's strides are unchecked (any value); indexing it must not overflow the offset
# arithmetic (UB found by fuzz_array_ops), and the result stays empty.
from numpy.lib.stride_tricks import as_strided
e = as_strided(np.arange(4), shape=(0, 11), strides=(8, -6694037896132820992))
print(e[:, 10].shape, e[:, 3:].shape, e[..., -1].shape, e[:, ::-2**63].shape)
