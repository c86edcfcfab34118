# asarray identity, np.array copies, copy(order=), np.copy (order K), ascontiguousarray, asfortranarray.
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

a = np.arange(6, dtype=np.int32).reshape(2, 3)
print('== asarray identity')
print(np.asarray(a) is a, np.asarray(a, dtype=np.int32) is a, np.asarray(a, dtype='i4') is a)
print(np.asarray(a, dtype=np.int64) is a, np.array(a) is a)
b = np.asarray(a, dtype=np.float64)
show('asarray with new dtype copies', b)
print(np.shares_memory(a, b), b.base is None)
c = np.array(a)
show('np.array copies', c)
print(np.shares_memory(a, c), c.base is None)
show('asarray of list', np.asarray([[1, 2], [3, 4]]))
show('asarray of tuple float', np.asarray((1.5, 2.5), dtype=np.float32))
for order in ['C', 'F', 'A', 'K']:
    show('copy order ' + order + ' of C array', a.copy(order=order))
t = a.T
for order in ['C', 'F', 'A', 'K']:
    show('copy order ' + order + ' of transposed', t.copy(order=order))
s = np.arange(24, dtype=np.int16).reshape(2, 3, 4).transpose(1, 0, 2)
show('permuted 3-d view', s)
show('permuted copy default', s.copy())
show('permuted np.copy (K)', np.copy(s))
show('permuted copy K', s.copy(order='K'))
show('permuted copy F', s.copy(order='F'))
sl = np.arange(10, dtype=np.float64)[::3]
show('slice copy', sl.copy())
show('np.array order F', np.array([[1, 2, 3], [4, 5, 6]], order='F'))
show('np.array of F array order K', np.array(np.asfortranarray(a)))
show('np.array of F array order C', np.array(np.asfortranarray(a), order='C'))
show('ascontiguousarray of transposed', np.ascontiguousarray(t))
show('asfortranarray of C', np.asfortranarray(a))
print('== identity of contiguous requests')
print(np.ascontiguousarray(a) is a, np.asfortranarray(t) is t, np.asfortranarray(a) is a)
x = a.copy()
x[0, 0] = 99
show('copy is independent', x)
show('original untouched', a)
