# Chains of views (slices of slices, transposes of slices, reversals of reversals): offsets, strides, base and sharing.
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

a = np.arange(20, dtype=np.int32)
v1 = a[2:18]
v2 = v1[::3]
v3 = v2[::-1]
v4 = v3[1:-1]
show('v1 = a[2:18]', v1)
show('v2 = v1[::3]', v2)
show('v3 = v2[::-1]', v3)
show('v4 = v3[1:-1]', v4)
print('== bases collapse to the owner')
print(v1.base is a, v2.base is a, v3.base is a, v4.base is a)
print(np.shares_memory(v4, a), np.shares_memory(v2, a[3::3]), np.shares_memory(a[:5], a[5:]))
show('reverse of reverse', a[::-1][::-1])
show('step of step', a[::2][::2])
show('negative step of negative step', a[::-2][::-3])
m = np.arange(30, dtype=np.float64).reshape(5, 6)
show('m', m)
show('rows 1:4 then cols ::2', m[1:4][:, ::2])
show('transpose of a slice', m[1:4, ::2].T)
show('slice of a transpose', m.T[::2, 1:4])
show('transpose of reversed', m[::-1].T)
show('transpose of transpose', m.T.T)
show('row of a transpose', m.T[2])
show('column of transposed slice', m[:, 1:5].T[:, 0])
show('reversed cols of transpose', m.T[:, ::-1])
show('newaxis on a strided view', m[::2, 1][:, np.newaxis])
c = np.arange(48, dtype=np.uint8).reshape(2, 4, 6)
show('3-d slice chain', c[:, 1:, ::2][1, ::-1])
show('3-d transpose then slice', c.transpose(2, 0, 1)[::3, :, 1:3])
show('3-d ellipsis chain', c[..., ::-2][..., 0])
show('view of view writeable', c[1][2][3:5])
print('== writes through a chain reach the owner')
w = m[1:4, ::2].T[::-1]
w[0, 0] = -1.0
w[1] = 100.0
print(m)
print(w.base is m, m.base is None, np.shares_memory(w, m))
z = a[5:15][::-2][1:3]
z[:] = [-7, -8]
print(a)
print(a[1::3][::2][1], a[::-1][::-1][4])
