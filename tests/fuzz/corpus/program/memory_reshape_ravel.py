# reshape (view vs copy, -1, order='F'), ravel (view vs copy), flatten: shares_memory and base after each.
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


def relation(label, new, old):
    print('==', label)
    print(new.shape, new.strides, np.shares_memory(new, old), new.base is old, new.flags['OWNDATA'])


a = np.arange(12, dtype=np.int32)
show('a', a)
r = a.reshape(3, 4)
show('reshape 3x4', r)
relation('reshape of contiguous is a view', r, a)
show('reshape tuple', a.reshape((2, 6)))
show('reshape -1 first', a.reshape(-1, 3))
show('reshape -1 last', a.reshape(2, 2, -1))
show('reshape to 1-d', r.reshape(12))
show('reshape -1 alone', r.reshape(-1))
show('reshape 3-d', a.reshape(2, 3, 2))
show('reshape order F', a.reshape(3, 4, order='F'))
relation('reshape order F of 1-d is a view', a.reshape(3, 4, order='F'), a)
show('np.reshape', np.reshape(a, (4, 3)))
show('reshape with size-1 axes', a.reshape(1, 12, 1))
t = r.T
rt = t.reshape(12)
show('reshape of transpose copies', rt)
relation('transpose reshape relation', rt, r)
rtf = t.reshape(12, order='F')
show('reshape of transpose order F is a view', rtf)
relation('transpose reshape F relation', rtf, a)
s = r[:, ::2]
show('reshape of strided slice', s.reshape(6))
relation('strided reshape copies', s.reshape(6), a)
show('reshape of strided that can view', r[::2].reshape(2, 2, 2))
relation('row-strided reshape view', r[::2].reshape(2, 2, 2), a)
show('reshape scalar to 1x1', np.array(3).reshape(1, 1))
show('reshape 1-elem to 0-d', np.array([3]).reshape(()))
show('reshape empty', np.zeros((0, 4)).reshape(2, 0, 5))
show('ravel contiguous', r.ravel())
relation('ravel of contiguous is a view', r.ravel(), a)
show('ravel of transpose', t.ravel())
relation('ravel of transpose copies', t.ravel(), a)
show('ravel of transpose order F', t.ravel(order='F'))
relation('ravel F of transpose is a view', t.ravel(order='F'), a)
show('ravel order K of transpose', t.ravel(order='K'))
show('ravel order A of transpose', t.ravel(order='A'))
show('ravel of reversed', a[::-1].ravel())
relation('ravel of reversed 1-d is a view', a[::-1].ravel(), a)
show('ravel of strided 1-d', a[::3].ravel())
show('np.ravel of list', np.ravel([[1, 2], [3, 4]]))
show('flatten', r.flatten())
relation('flatten always copies', r.flatten(), a)
show('flatten F', r.flatten(order='F'))
show('flatten of transpose', t.flatten())
show('flatten 0-d', np.array(1.5).flatten())
f = np.arange(6, dtype=np.float64).reshape(2, 3, order='F')
show('F-ordered reshape source', f)
show('F source reshape C', f.reshape(3, 2))
show('F source reshape F', f.reshape(3, 2, order='F'))
show('F source reshape A', f.reshape(3, 2, order='A'))
show('F source ravel A', f.ravel(order='A'))
print('== writes through reshape views')
v = a.reshape(4, 3)
v[1, 1] = 100
v2 = v.reshape(2, 6)
v2[1, 0] = -5
print(a)
print(rt.base is None, np.shares_memory(rt, a))
