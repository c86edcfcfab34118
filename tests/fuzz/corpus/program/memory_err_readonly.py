# Uncaught ValueError: writing into a read-only broadcast view.
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

a = np.arange(4, dtype=np.uint16)
b = np.broadcast_to(a, (2, 4))
show('b', b)
c = b.copy()
c[0, 0] = 9
show('writable copy', c)
b[1, 1] = 9
