# Strides and contiguity flags of fancy-indexing results (NumPy's memory layout).
import numpy as np


def show(label, a):
    print("==", label)
    print(repr(a))
    print(a.shape, a.strides, a.dtype)
    print(a.flags["C_CONTIGUOUS"], a.flags["F_CONTIGUOUS"], a.flags["OWNDATA"], a.base is None)


def err(label, f):
    print("==", label)
    try:
        r = f()
        print("no error", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = np.arange(60, dtype=np.int16).reshape(3, 4, 5)
show("arr first", a[[0, 2]])
show("arr middle", a[:, [0, 2]])
show("arr last", a[:, :, [0, 2]])
show("two adjacent middle", a[:, [0, 1], [1, 2]])
show("two adjacent last 2-d", a[:, [[0], [1]], [1, 2]])
show("separated", a[[0, 1], :, [1, 2]])
show("mask middle", a[:, np.array([True, False, True, True])])
show("mask last", a[:, 1:3, np.array([True, True, False, False, True])])
show("newaxis + arr", a[:, None, [1, 2]])
show("int + arr last", a[0, :, [1, 2, 3]])
f = np.asfortranarray(np.arange(12.0).reshape(3, 4))
show("fortran rows", f[[0, 2]])
show("fortran cols", f[:, [0, 2]])
