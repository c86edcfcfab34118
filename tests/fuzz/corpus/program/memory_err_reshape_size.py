# Uncaught ValueError from reshape to an incompatible size.
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

a = np.arange(12, dtype=np.float32)
show('a.reshape(3, 4)', a.reshape(3, 4))
show('a.reshape(2, -1)', a.reshape(2, -1))
b = a.reshape(5)
