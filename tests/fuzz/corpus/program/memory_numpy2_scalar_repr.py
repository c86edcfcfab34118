# Elements read out of arrays are NumPy scalars: their repr (NEP 51), inside containers, and broadcast_arrays' container type.
# numpy2: NEP 51 scalar reprs (np.int64(1), np.float32(0.1), np.True_) replace the bare 1.24 reprs,
# and np.broadcast_arrays returns a tuple instead of a list. The .numpy2.out is hand-written.
import numpy as np


def show(label, a):
    # one case: every field of the memory model
    print('==', label)
    print(repr(a))
    print(a)
    print(a.shape, a.strides, a.dtype, a.itemsize, a.nbytes, a.size, a.ndim)
    print(a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'], a.flags['OWNDATA'], a.flags['WRITEABLE'])
    raw = a.tobytes()
    if len(raw) > 128:
        print(raw[:64].hex(), '...', len(raw))
    else:
        print(raw.hex())

a = np.arange(3)
show('a', a)
print('== scalar reprs per dtype')
for name in ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
             'float32', 'float64']:
    x = np.array([1, 0], dtype=name)
    print(name, repr(x[0]), repr(x[1]), str(x[0]), type(x[0]).__name__)
print('== containers of scalars use repr')
print((a[0], a[1]))
print([a[2], a.sum(), a.max()])
m = np.arange(6, dtype=np.int16).reshape(2, 3)
print(repr(m[1, 2]), repr(m.T[0, 1]), repr(m[1][0]))
print('== float scalars')
f = np.array([1.5, 0.1, -0.0, np.nan, np.inf], dtype=np.float32)
print(repr(f[0]), repr(f[1]), repr(f[2]), repr(f[3]), repr(f[4]))
g = np.array([1.5, 0.1, -0.0, np.nan, -np.inf, 1e20])
print(repr(g[0]), repr(g[1]), repr(g[2]), repr(g[3]), repr(g[4]), repr(g[5]))
print(repr(np.array(2.5)[()]), repr(np.zeros((2, 2))[1, 1]))
y, step = np.linspace(0, 1, 3, retstep=True)
print(repr(step))
print('== conversions give Python objects (same in both)')
print(repr(a.item(1)), repr(int(a[1])), repr(float(g[0])), repr(a.tolist()))
print('== broadcast_arrays container')
print(type(np.broadcast_arrays(a, a[:, None])).__name__)
