# The W4 benchmark pattern at small sizes: the mean over a short inner axis of an
# overlapping as_strided window view (shape (N-k+1, k), strides (8, 8)), bit-exact.
import numpy as np
from numpy.lib.stride_tricks import as_strided, sliding_window_view

def sliding_window(arr, size=2):
    return as_strided(arr, shape=(arr.shape[0] - size + 1, size), strides=(arr.strides[0], arr.strides[0]))

np.random.seed(2)
a = np.random.rand(100000)
for k in [1, 2, 3, 7, 8, 9, 16, 17, 100, 128, 129, 300]:
    w = sliding_window(a, k)
    m = w.mean(axis=1)
    s = w.sum(axis=1)
    print(k, m.shape, m[:2].tolist(), m[-1:].tolist(), s[777:779].tolist(), repr(float(m.sum())))
w = sliding_window_view(a, 8)
print(w.mean(axis=1)[:3].tolist(), w.mean(axis=-1)[-2:].tolist())
f = a.astype(np.float32)
wf = sliding_window(f, 8)
print(wf.mean(axis=1)[:3].tolist(), wf.sum(axis=1)[-3:].tolist())
i = np.arange(50, dtype=np.int64)
print(sliding_window(i, 8).mean(axis=1)[:4])
print(sliding_window(a, 8)[::3].mean(axis=1)[:2].tolist(), sliding_window(a[::-1], 8).mean(axis=1)[:2].tolist())
