# Out-of-bound Python integers into integer arrays (array creation, setitem, full, scalar constructors).
# numpy2: NumPy 1.24 wraps out-of-bound Python ints with a DeprecationWarning; NumPy 2.x raises
# OverflowError "Python integer N out of bounds for DTYPE" (NEP 50). The .numpy2.out is hand-written.
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

show('in range uint8', np.array([0, 255], dtype=np.uint8))
show('cast path wraps in both versions', np.array([-1, 256, 300]).astype(np.uint8))
x = np.zeros(3, dtype=np.uint8)
for case in ['array -1 uint8', 'array 300 uint8', 'array 128 int8', 'setitem -1', 'slice set 256',
             'full -1 uint8', 'scalar uint8 300', 'array -1 uint64']:
    print('==', case)
    try:
        if case == 'array -1 uint8':
            r = np.array([-1], dtype=np.uint8)
        elif case == 'array 300 uint8':
            r = np.array([300], dtype=np.uint8)
        elif case == 'array 128 int8':
            r = np.array([128], dtype=np.int8)
        elif case == 'setitem -1':
            x[0] = -1
            r = x
        elif case == 'slice set 256':
            x[1:] = 256
            r = x
        elif case == 'full -1 uint8':
            r = np.full(2, -1, dtype=np.uint8)
        elif case == 'scalar uint8 300':
            r = np.array(np.uint8(300))
        else:
            r = np.array([-1], dtype=np.uint64)
        print(repr(r), r.dtype, r.tobytes().hex())
    except Exception as e:
        print(type(e).__name__, e)
show('x after the failed writes', x)
y = np.array([65536], dtype=np.uint16)
print('not reached with NumPy 2')
