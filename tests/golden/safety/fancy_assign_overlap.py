# Fancy assignment whose value overlaps the destination (even by part of an item): NumPy reads
# the value as it was before the assignment (an overlapping memcpy: fuzz_array_ops under ASan).
import numpy as np
from numpy.lib.stride_tricks import as_strided

a = np.arange(12, dtype=np.uint8)
w = a[:10].view(np.uint16)
v = as_strided(a[1:], shape=(3,), strides=(1,)).view(np.uint8)
odd = np.frombuffer(a.tobytes()[1:7], dtype=np.uint16)
x = as_strided(a[1:], shape=(3,), strides=(2,))
w2 = as_strided(w, shape=(3,), strides=(1,))
print(w2)
w[[0, 1, 2]] = w2
print(a, w)
b = np.arange(6)
b[[1, 2, 3]] = b[0:3]
print(b)
c = np.arange(6)
c[[3, 4, 5]] = c[2:5]
print(c)
d = np.arange(8.0)
d[np.array([True, False] * 4)] = d[1::2]
print(d)
e = np.arange(9).reshape(3, 3)
e[[0, 2]] = e[[2, 0]]
e[:, [0, 1]] = e[:, 1:]
print(e)
