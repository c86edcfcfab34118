# as_strided (in-bounds only: zero strides, overlapping strides, sliding windows, 2-d patches, writeable=False) and sliding_window_view. Out-of-bounds views are in ../stridelab_only.
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

from numpy.lib.stride_tricks import as_strided

x = np.arange(10, dtype=np.int32)
show('sliding windows of 3', as_strided(x, shape=(8, 3), strides=(4, 4)))
show('windows of 4 step 2', as_strided(x, shape=(4, 4), strides=(8, 4)))
show('zero stride repeat row', as_strided(x, shape=(3, 10), strides=(0, 4)))
show('zero stride repeat element', as_strided(x, shape=(5,), strides=(0,)))
show('zero strides 2-d', as_strided(x[3:], shape=(2, 3), strides=(0, 0)))
show('shape only keeps strides', as_strided(x, shape=(5,)))
show('strides only keeps shape', as_strided(x[:5], strides=(8,)))
show('overlapping reinterpretation', as_strided(x, shape=(3, 3), strides=(12, 4)))
show('diagonal of 3x3 via stride', as_strided(np.arange(9.0), shape=(3,), strides=(32,)))
show('negative-free transposed windows', as_strided(x, shape=(3, 4), strides=(4, 8)))
show('read-only windows', as_strided(x, shape=(4, 2), strides=(4, 4), writeable=False))
show('windows on a slice (offset)', as_strided(x[4:], shape=(3, 2), strides=(4, 4)))
b = np.arange(16, dtype=np.uint8).reshape(4, 4)
show('2x2 patches of 4x4', as_strided(b, shape=(3, 3, 2, 2), strides=(4, 1, 4, 1)))
show('non-overlapping 2x2 blocks', as_strided(b, shape=(2, 2, 2, 2), strides=(8, 2, 4, 1)))
f = np.arange(6, dtype=np.float64)
show('float windows', as_strided(f, shape=(4, 3), strides=(8, 8)))
show('byte windows over float64 bytes', as_strided(f.view(np.uint8), shape=(3, 8), strides=(8, 1)))
print('== as_strided relations')
w = as_strided(x, shape=(8, 3), strides=(4, 4))
print(np.shares_memory(w, x), w.flags['OWNDATA'], w.flags['WRITEABLE'])
print('== writing through overlapping windows hits shared bytes')
y = np.zeros(5, dtype=np.int16)
v = as_strided(y, shape=(3, 3), strides=(2, 2))
v[1, 1] = 7
print(y)
print(v)
swv = np.lib.stride_tricks.sliding_window_view
show('sliding_window_view 1-d', swv(x, 4))
show('sliding_window_view 2-d', swv(b, (2, 3)))
show('sliding_window_view axis', swv(b, 2, axis=0))
show('sliding_window_view writeable', swv(x, 3, writeable=True))
