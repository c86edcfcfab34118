# ndarray surface: a.flat (iteration, index/coords/base, int/slice/fancy/mask indexing and
# assignment with cyclic values, flat = v), a.data (memoryview attributes, bytes()), ctypes.data
# vs __array_interface__, setting .dtype in place, setflags, byteswap, real/imag/conj, getfield/
# setfield, tolist, int()/float() of one-element arrays.
import numpy as np
a = np.arange(12).reshape(3, 4)
f = a.flat
print(type(f).__name__, f.base is a, len(f), f.index, f.coords)
for i, x in enumerate(f):
    if i == 5: print(x, f.index, f.coords); break
print(a.flat[5], a.flat[-1], a.flat[2:7], a.flat[[1, 3, 11]], a.flat[[[0, 1], [2, 3]]], a.flat[a.ravel() % 5 == 0])
b = a.T
print(b.flat[1], [int(v) for v in b.flat][:5], b.flat[::5])
c = a.copy()
c.flat[[0, 5]] = -1
c.flat[8:] = [100, 200]
print(c)
c.flat = 7
print(c)
c.flat = [1, 2, 3]
print(c)
d = np.zeros((2, 3))
d.T.flat[1:4] = 9
print(d)
print(np.array(a.flat), a.flat.copy())
x = np.arange(6, dtype=np.int16).reshape(2, 3)
m = x.data
print(type(m).__name__, len(m), m.nbytes, m.itemsize, m.format, m.shape, m.strides, m.ndim, m.readonly, m.obj is x)
print(bytes(x.data) == x.tobytes(), x.data.tobytes() == x.tobytes(), x.data.tolist(), x.data.hex())
print(bytes(x[:, ::2].copy().data), np.float64(1.5).data if False else '')
print(x.ctypes.data == x.__array_interface__['data'][0], x[1].ctypes.data - x.ctypes.data, tuple(x.ctypes.shape), tuple(x.ctypes.strides))
y = np.arange(4, dtype=np.int32)
y.dtype = np.float32
print(y.dtype, y.shape)
y.dtype = np.int16
print(y.dtype, y.shape, y)
z = np.arange(6.0).reshape(2, 3)
try:
    z.T.dtype = np.float32
except ValueError as e:
    print(type(e).__name__, e)
y2 = np.arange(4, dtype=np.int32)
y2.setflags(write=False)
print(y2.flags.writeable)
try:
    y2[0] = 1
except ValueError as e:
    print(e)
v = y2[:2]
try:
    v.setflags(write=True)
except ValueError as e:
    print(e)
y2.setflags(write=True)
print(y2.flags.writeable)
w = np.array([1, 256, 513], dtype=np.int16)
print(w.byteswap(), w)
w.byteswap(inplace=True)
print(w)
print(np.arange(4.0).byteswap().view(np.uint8)[:8])
print(z.real is z, z.imag, z.conj(), z.conjugate() is z)
g = np.array([1, 2, 3], dtype=np.int32)
print(g.getfield(np.int16), g.getfield(np.int16, 2), g.getfield(np.uint8, 0))
g.setfield(7, np.int16, 2)
print(g)
print(np.arange(6).reshape(2, 3).tolist(), np.float64(2.5).tolist() if hasattr(np.float64(2.5), 'tolist') else '', np.array(3).tolist())
