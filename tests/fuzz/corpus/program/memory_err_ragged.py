# Uncaught ValueError: np.array of a ragged nested list (NumPy >= 1.24 refuses to make an object array).
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

show('rectangular', np.array([[1, 2], [3, 4]]))
rows = [[1, 2, 3], [4, 5]]
x = np.array(rows)
