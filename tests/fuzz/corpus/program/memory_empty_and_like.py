# empty (layout only, never values) and zeros_like/ones_like/full_like/empty_like: dtype, shape and order='K' layout rules.
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


def show_meta(label, a):
    # np.empty's values are whatever was in memory: print only the layout
    print('==', label)
    print(a.shape, a.strides, a.dtype, a.itemsize, a.nbytes, a.size, a.ndim)
    print(a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'], a.flags['OWNDATA'], a.flags['WRITEABLE'])


for name in ['bool', 'int8', 'int32', 'uint16', 'uint64', 'float32', 'float64']:
    show_meta('empty ' + name, np.empty((2, 3), dtype=name))
show_meta('empty default', np.empty(5))
show_meta('empty order F', np.empty((2, 3, 4), dtype=np.int16, order='F'))
show_meta('empty 0-d', np.empty(()))
show_meta('empty zero size', np.empty((0, 4)))
a = np.arange(12, dtype=np.int32).reshape(3, 4)
show('zeros_like C', np.zeros_like(a))
show('ones_like C', np.ones_like(a))
show('full_like C', np.full_like(a, 9))
show('full_like float into int', np.full_like(a, 2.9))
show('full_like dtype float', np.full_like(a, 2.9, dtype=np.float64))
show('zeros_like dtype bool', np.zeros_like(a, dtype=bool))
show('ones_like shape override', np.ones_like(a, shape=(2, 2)))
show_meta('empty_like C', np.empty_like(a))
t = a.T
show('zeros_like of transposed keeps F layout', np.zeros_like(t))
show('ones_like of transposed order C', np.ones_like(t, order='C'))
show('ones_like of transposed order F', np.ones_like(t, order='F'))
show('ones_like of transposed order A', np.ones_like(t, order='A'))
show_meta('empty_like of transposed', np.empty_like(t))
s = a[:, ::2]
show('zeros_like of strided slice', np.zeros_like(s))
r = a[::-1]
show('ones_like of reversed', np.ones_like(r))
p = np.zeros((2, 3, 4), dtype=np.uint8).transpose(2, 0, 1)
show('zeros_like of permuted 3-d', np.zeros_like(p))
show('full_like of permuted 3-d', np.full_like(p, 3))
show('full_like of permuted 3-d order C', np.full_like(p, 3, order='C'))
show_meta('empty_like of permuted 3-d', np.empty_like(p))
f = np.ones((2, 3), order='F')
show('zeros_like of F array', np.zeros_like(f))
show('zeros_like of list', np.zeros_like([[1, 2], [3, 4]]))
show('ones_like of float list', np.ones_like([1.5, 2.5]))
show('full_like nan float32', np.full_like(np.zeros(3, dtype=np.float32), np.nan))
