# Element get/set and assignment into views with broadcasting (a[::2] = 0, a[:, 1] = [...], a.T[0] = 5): writes are visible through the base and every other view.
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

a = np.arange(10, dtype=np.int32)
a[::2] = 0
show('a[::2] = 0', a)
a[1::2] = [10, 11, 12, 13, 14]
show('a[1::2] = list', a)
a[::-1][:3] = -1
show('a[::-1][:3] = -1', a)
a[2:5] = np.array([7.9, -7.9, 0.5])
show('floats into int32 slice truncate', a)
a[:] = 3
show('a[:] = 3', a)
a[-1] = 99
a[0] = -99
show('element set with negative index', a)
m = np.zeros((3, 4), dtype=np.float64)
m[:, 1] = [1, 2, 3]
show('m[:, 1] = [1, 2, 3]', m)
m[1] = 5
show('m[1] = 5', m)
m[:, :] = [10, 20, 30, 40]
show('row broadcast into 2-d', m)
m[:, 2:] = [[-1], [-2], [-3]]
show('column broadcast into slice', m)
m.T[0] = 5
show('m.T[0] = 5', m)
m[::2, ::3] = np.nan
show('nan into strided corners', m)
m[1, ...] = 0.25
show('ellipsis row assignment', m)
m[..., -1] = np.array([7, 8, 9], dtype=np.int8)
show('int8 array into float column', m)
b = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
v = b[:, 1]
v[:] = 0
show('zeroed middle rows through a view', b)
t = b.transpose(2, 0, 1)
t[0] = -1
show('write through transposed view', b)
b[1, :, ::2] = [[100], [200], [300]]
show('3-d broadcast assignment', b)
u = np.zeros(6, dtype=np.uint8)
u[1:5] = [1.9, 255, 0, 128]
show('uint8 slice assignment', u)
r = u.reshape(2, 3)
r[1, 1] = 77
show('write through reshape view', u)
bo = np.zeros(4, dtype=bool)
bo[1:3] = [5, 0]
bo[3] = 2.5
show('ints into bool', bo)
f32 = np.zeros(3, dtype=np.float32)
f32[0] = 0.1
f32[1:] = 1e-46
show('float32 assignment rounding', f32)
z = np.array(5.0)
z[...] = 2.5
show('0-d assignment with ellipsis', z)
z[()] = 4
show('0-d assignment with ()', z)
print('== element get')
g = np.arange(12, dtype=np.uint16).reshape(3, 4)
print(g[1, 2], g[-1, -1], g[2][0], g.T[3, 1], g[::2, ::-1][1, 0])
print(g[1, 2] + 1, int(g[0, 3]), float(g[2, 1]), bool(g[0, 0]), g.item(5), g.item(2, 3))
print(g.tolist())
print(g.T[1:].tolist())
print(np.array(2.5).item(), np.zeros((1, 1), dtype=np.float32).item())
print('== assignment errors')
for case in [1, 2, 3, 4]:
    try:
        if case == 1:
            a[0:3] = [1, 2]
        elif case == 2:
            m[:, 0] = [1, 2]
        elif case == 3:
            np.zeros(3, dtype=int)[0] = np.nan
        else:
            g[3, 0] = 1
    except Exception as e:
        print(case, type(e).__name__, e)
