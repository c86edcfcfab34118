# Fancy indexing of a view that is empty along one axis: its other strides are never checked
# (any value), so index * stride and slice offsets can exceed int64; NumPy's C arithmetic wraps
# and the result is empty (or an IndexError), and so must ours be, without overflow UB (found
# by fuzz_array_ops). Assigning through such an index must not overflow either.
import numpy as np
from numpy.lib.stride_tricks import as_strided

x = np.arange(6, dtype=np.float32)
v = as_strided(x, shape=(0, 11), strides=(4, -2**63))
w = as_strided(x, shape=(11, 0), strides=(2**62 + 1, 4))
for r in (lambda: v[:, [9, 3]], lambda: v[:, [[9], [10]]], lambda: v[:, 5:][:, [2, -1]],
          lambda: w[[9, 10, 3]], lambda: w[np.array([7]), ::-1], lambda: v[[], [10]],
          lambda: v[:, 2::3][:, [1]], lambda: w[[10], 1:], lambda: v[..., [0, 10, -11]]):
    try:
        y = r()
        print(y.shape, y.dtype, y.sum(), y.tolist())
    except IndexError as e:
        print('IndexError:', e)
v2 = as_strided(np.zeros(4, np.int16), shape=(0, 11), strides=(2, 2**62 + 3))
v2[:, [10, 9]] = 5
v2[:, 3:][:, [7]] = -1
w2 = as_strided(np.zeros(4, np.int16), shape=(11, 0), strides=(-2**63, 2))
w2[[10, 0, 5]] = 1
w2[[9], ::-1] = 2
print(v2.shape, w2.shape)
print(x)
