# An empty view reached by index arithmetic that wraps (its source is empty along another
# axis, so its strides are unchecked): the offset lands outside the buffer. Every operation
# must still treat it as empty; the engine keeps the source's offset so its data pointer stays
# inside the buffer (UB "pointer index expression overflowed" found by fuzz_array_ops).
import numpy as np
from numpy.lib.stride_tricks import as_strided

x = np.arange(8, dtype=np.int16)
v = as_strided(x, shape=(0, 4), strides=(2, 2**62))
for w in (v[:, 3], v[:, 2:], v[:, ::-1], v[..., 1], v.T[3]):
    print(w.shape, w.size, w.sum(), w.copy(), repr(w + 1), w.astype(np.float32), w.tobytes())
    print(np.concatenate([w, w]).shape, np.sort(w), w.reshape(-1), w[::-1].shape, w.mean(axis=None) if w.size else 'empty')
    w[...] = 5
    print(np.array_equal(w, w), w.T.shape, w.ravel())
print(x)
