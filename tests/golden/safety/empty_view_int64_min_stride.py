# concatenate and element-wise operations on a view that is empty along one axis and has a stride of -2**63 on
# another (its strides are unchecked): choosing the result's memory order compared stride
# magnitudes by negating them, which overflows for -2**63 (UB found by fuzz_array_ops).
import numpy as np
from numpy.lib.stride_tricks import as_strided

x = np.arange(6.0)
v = as_strided(x, shape=(0, 3, 2), strides=(8, -2**63, 8))
w = as_strided(x, shape=(2, 0, 3), strides=(-2**63, 8, -2**63))
for r in (v + 1, v * v, np.sqrt(v), v.copy(order='K'), np.empty_like(v), w - 2, np.maximum(w, 0)):
    print(r.shape, r.dtype, r.size, r.sum())
for r in (np.concatenate([v, v]), np.concatenate([v, v], axis=2), np.concatenate([w, w], axis=1),
          np.stack([v, v]), np.vstack([v, v])):
    print(r.shape, r.dtype, r.size)
print(x)
