# stridelab_only: as_strided views that would reach outside the array's memory. NumPy does not
# check them (it reads or writes whatever memory lies there, or crashes); stridelab raises
# ValueError instead. The .out file is hand-written: in-bounds cases match NumPy exactly.
import numpy as np
from numpy.lib.stride_tricks import as_strided


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


x = np.arange(4, dtype=np.int64)
show('exactly the whole buffer', as_strided(x, shape=(4,), strides=(8,)))
show('reversed view, negative stride inside', as_strided(x[::-1], shape=(4,), strides=(-8,)))
show('offset view inside', as_strided(x[1:], shape=(3,), strides=(8,)))
show('zero-size view with huge strides', as_strided(x, shape=(0, 5), strides=(1000, 1000)))
for case in ['one element too many', 'overlapping windows too long', 'offset view past the end',
             'negative stride before the start']:
    print('==', case)
    try:
        if case == 'one element too many':
            v = as_strided(x, shape=(5,), strides=(8,))
        elif case == 'overlapping windows too long':
            v = as_strided(x, shape=(3, 3), strides=(8, 8))
        elif case == 'offset view past the end':
            v = as_strided(x[2:], shape=(3,), strides=(8,))
        else:
            v = as_strided(x, shape=(2,), strides=(-8,))
        print('no error', v.shape)
    except ValueError as e:
        print(type(e).__name__, e)
show('x is unchanged', x)
w = as_strided(x, shape=(2, 4), strides=(32, 8))
print('not reached')
