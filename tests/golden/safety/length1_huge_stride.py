# A length-1 axis is never stepped along, so NumPy accepts any stride for it, even 2**63 - 1 or
# -2**63 (as_strided, __array_interface__). Visiting such a view's elements must not compute
# `offset + stride` past its single element (signed overflow, UB in C++: found by
# fuzz_array_ops in the element walk every copy/print/reduction uses).
import numpy as np
from numpy.lib.stride_tricks import as_strided

x = np.arange(6.0)
big = 2**63 - 1
v = as_strided(x[2:], shape=(1,), strides=(big,))
print(v, v.strides, v.tolist(), v.sum(), v.copy(), np.sort(v), v.argmax(), v.cumsum())
w = as_strided(x[1:], shape=(3, 1), strides=(8, big))
print(w.copy(), w.T.copy(), w.sum(axis=0), w.max(), w.tolist())
u = as_strided(x[5:], shape=(1, 1, 1), strides=(big, -big - 1, big))
print(u.ravel(), u.flatten(), u + 1, u.reshape(1), np.concatenate([u, u]).ravel())
print(np.where(w > 2, w, -w).ravel(), w[w > 1], np.argsort(w, axis=0).ravel())
for a in (v, w, u):
    print(a.flags.c_contiguous, a.shape, a.strides, a.ravel().tolist())
