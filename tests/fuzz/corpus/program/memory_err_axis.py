# Uncaught numpy AxisError: checks the numpy.AxisError -> numpy.exceptions.AxisError rename of the final line.
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

m = np.arange(6).reshape(2, 3)
show('swapaxes(0, 1)', m.swapaxes(0, 1))
try:
    m.swapaxes(0, 3)
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
np.moveaxis(m, 0, 2)
