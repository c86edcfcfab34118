# Arrays larger than the engine's cast buffers (casts, masks, reversed views) checked through sums.
import numpy as np


def show(label, x):
    # arrays print their repr (dtype included when not the default); scalars str + dtype
    if isinstance(x, np.ndarray):
        print(label, repr(x))
    else:
        print(label, 'scalar', x, x.dtype)


def t(label, f):
    try:
        show(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

n = 5000
a = np.arange(n, dtype=np.int16)
b = a[::-1] * np.float32(0.5)
print(b.dtype, b[:3], b[-3:], np.add.reduce(b.astype(np.float64)))
c = a.astype(np.int8) + np.arange(n)
print(c.dtype, c[:3], c[-3:], np.add.reduce(c))
m = a % 3 == 0
o = np.zeros(n)
np.add(a, 0.25, out=o, where=m)
print(np.add.reduce(o), o[:7])
d = np.arange(3 * n).reshape(3, n)[:, ::-2]
e = np.sqrt(d.astype(np.float32))
print(e.shape, e.dtype, e[0, :3], e[2, -2:])
f = np.arange(n, dtype=np.uint8)
f[1:] += f[:-1]
print(f[:10], np.add.reduce(f.astype(np.int64)))
g = np.arange(n).astype(np.float64)
print(np.maximum.reduce(g * -1.5), np.minimum.reduce(g[::7]))
h = np.arange(2 * n)
print(np.add(h[:n], h[n:])[-3:], (h[:n] < h[::-2]).sum())
print(np.arange(2000) * 2)
