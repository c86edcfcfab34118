# view(dtype): reinterpreting the same bytes (uint8 views of every dtype, wider and narrower views, bool/uint8, last-axis rescaling, writes through).
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

names = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
         'float32', 'float64']
for name in names:
    x = np.array([0, 1, 2], dtype=name)
    show('uint8 view of ' + name, x.view(np.uint8))
show('uint8 view of negative int16', np.array([-1, -2, 256], dtype=np.int16).view(np.uint8))
show('uint8 view of float64 specials', np.array([0.5, -0.0, np.inf]).view(np.uint8))
show('int8 view of uint8', np.array([0, 127, 128, 255], dtype=np.uint8).view(np.int8))
show('bool view of uint8 0/1', np.array([0, 1, 1, 0], dtype=np.uint8).view(bool))
show('uint8 view of ravel', np.arange(6, dtype=np.int16).reshape(2, 3).ravel().view(np.uint8))
show('int32 view of float32', np.array([1.0, -2.0, 0.1], dtype=np.float32).view(np.int32))
show('float32 view of int32', np.array([1065353216, 0, -1082130432], dtype=np.int32).view(np.float32))
show('uint32 view of float32 nan', np.array([np.nan], dtype=np.float32).view(np.uint32))
show('int64 view of float64', np.array([1.0, 2.0]).view(np.int64))
show('uint16 view of uint8 pairs', np.arange(8, dtype=np.uint8).view(np.uint16))
show('uint32 view of uint8', np.arange(8, dtype=np.uint8).view(np.uint32))
show('int64 view of 16 uint8', np.arange(16, dtype=np.uint8).view('i8'))
show('float64 view of 8 uint8', np.array([0, 0, 0, 0, 0, 0, 240, 63], dtype=np.uint8).view(np.float64))
m = np.arange(12, dtype=np.uint8).reshape(3, 4)
show('2-d uint16 view rescales last axis', m.view(np.uint16))
show('2-d uint32 view', m.view(np.uint32))
show('2-d int8 view same size', m.view(np.int8))
w = np.arange(6, dtype=np.int32).reshape(2, 3)
show('2-d uint8 view of int32', w.view(np.uint8))
show('view of a row slice', w[1:].view(np.uint16))
show('same-size view of transposed', w.T.view(np.float32))
show('same-size view of strided', w[:, ::2].view(np.uint32))
show('view with dtype string', w.view('u2'))
show('view with np.dtype', w.view(np.dtype('int16')))
show('view of 0-d same size', np.array(1.0, dtype=np.float32).view(np.int32))
print('== view relations')
u = w.view(np.uint8)
print(u.base is w.base, np.shares_memory(u, w), u.flags['OWNDATA'])
print('== writes through a uint8 view')
v = np.zeros(2, dtype=np.int32)
b = v.view(np.uint8)
b[0] = 1
b[5] = 1
b[7] = 128
print(v, b)
f = np.zeros(1)
f.view(np.uint8)[7] = 64
print(f)
for name in ['int32 view of 6 bytes', 'uint16 view of column']:
    try:
        if name == 'int32 view of 6 bytes':
            np.arange(6, dtype=np.uint8).view(np.int32)
        else:
            w[:, 0].view(np.uint16)
    except Exception as e:
        print('==', name)
        print(type(e).__name__, e)
