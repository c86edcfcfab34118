# Transposes: .T, transpose(axes), swapaxes, moveaxis on 2-d/3-d/4-d arrays, F-order arrays and their flags.
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

a = np.arange(6, dtype=np.int64).reshape(2, 3)
show('a', a)
show('a.T', a.T)
show('a.transpose()', a.transpose())
show('np.transpose(a)', np.transpose(a))
show('transpose(1, 0)', a.transpose(1, 0))
show('transpose((0, 1)) identity', a.transpose((0, 1)))
show('1-d .T is itself', np.arange(4).T)
show('0-d .T', np.array(5.0).T)
b = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
show('b 3-d', b)
show('b.T', b.T)
for axes in [(0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)]:
    show('b.transpose' + str(axes), b.transpose(axes))
show('transpose negative axes', b.transpose(-1, 0, -2))
show('swapaxes 0 2', b.swapaxes(0, 2))
show('np.swapaxes 1 -1', np.swapaxes(b, 1, -1))
show('swapaxes same axis', b.swapaxes(1, 1))
show('moveaxis 0 -> -1', np.moveaxis(b, 0, -1))
show('moveaxis -1 -> 0', np.moveaxis(b, -1, 0))
show('moveaxis two axes', np.moveaxis(b, [0, 1], [-1, -2]))
d4 = np.arange(120, dtype=np.float32).reshape(2, 3, 4, 5)
show('4-d transpose(3,1,2,0)', d4.transpose(3, 1, 2, 0))
show('4-d moveaxis 1 -> 3', np.moveaxis(d4, 1, 3)[:, :, 0, :])
f = np.asfortranarray(a)
show('F array', f)
show('F array .T is C contiguous', f.T)
show('F 3-d', np.ones((2, 3, 4), dtype=np.uint8, order='F'))
show('F 3-d transposed', np.zeros((2, 3, 4), dtype=np.uint8, order='F').T)
show('transpose of a column slice', a[:, 1:2].T)
show('transpose of a row slice', a[1:, :].T)
show('single row matrix .T', np.arange(3).reshape(1, 3).T)
print('== transpose bases')
print(a.T.base is a.base, b.swapaxes(0, 1).base is b.base, np.shares_memory(a, a.T))
print(a.T.tobytes().hex())
print(a.T.tobytes(order='F').hex())
print(a.T.tobytes(order='A').hex())
