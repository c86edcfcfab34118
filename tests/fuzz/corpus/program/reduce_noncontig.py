# Reductions of non-contiguous inputs: steps, negative strides, transposes, broadcast
# (zero-stride) views, and overlapping as_strided windows.
import numpy as np
from numpy.lib.stride_tricks import as_strided

np.random.seed(21)
x = np.random.rand(200)
w = as_strided(x, shape=(193, 8), strides=(8, 8))
print(w.sum(axis=1).tolist()[:5], w.mean(axis=1).tolist()[-3:])
print(w.sum(axis=0).tolist()[:3], repr(float(w.sum())), repr(float(w.mean())))
print(w.max(axis=1)[:4].tolist(), w.argmax(axis=1)[:10], w.std(axis=1)[:2].tolist())
w3 = as_strided(x, shape=(60, 3, 5), strides=(24, 8, 16))
print(w3.sum(axis=(1, 2))[:3].tolist(), w3.mean(axis=0)[0].tolist(), w3.min(axis=-1)[1].tolist())
b = np.broadcast_to(np.arange(5.0), (4, 5))
print(b.sum(axis=0), b.sum(axis=1), b.mean(), b.strides)
z = as_strided(x, shape=(100, 7), strides=(0, 8))
print(z.sum(axis=0).tolist()[:2], z.sum(axis=1)[:2].tolist(), repr(float(z.sum())))
r = x[::-1]
print(repr(float(r.sum())), repr(float(r[::3].sum())), r.reshape(20, 10).sum(axis=0).tolist()[:2])
m = np.random.rand(30, 40)[::-2, 5::3]
print(m.sum(axis=0).tolist()[:2], m.sum(axis=1).tolist()[:2], repr(float(m.sum())), repr(float(m.T.mean())))
print(m.var(axis=0).tolist()[:2], np.median(m, axis=1).tolist()[:2], np.cumsum(m, axis=0)[-1].tolist()[:2])
i = as_strided(np.arange(20, dtype=np.int32), shape=(13, 8), strides=(4, 4))
print(i.sum(axis=1), i.sum(axis=0), i.prod(axis=1)[:3], i.mean(axis=1)[:3], i.cumsum(axis=1)[2])
u = as_strided(np.arange(30, dtype=np.uint8), shape=(8, 4), strides=(3, 2))
print(u.sum(axis=1), u.max(axis=0), u.argmin(axis=1), u.all(axis=1))
