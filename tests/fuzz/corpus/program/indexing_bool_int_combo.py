# A boolean mask mixed with integer arrays and integers (the mask becomes its nonzero arrays).
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

a = np.arange(12).reshape(3, 4)
show("mask rows, int cols", a[[True, False, True], [0, 3]])
show("mask rows, int", a[np.array([True, True, False]), 2])
show("int rows, mask cols", a[[0, 2], np.array([False, True, True, False])])
show("int, mask", a[1, np.array([True, False, False, True])])
b = np.arange(24).reshape(2, 3, 4)
show("2-d mask + arr", b[np.array([[True, False, True], [False, False, True]]), [0, 1, 3]])
show("arr, slice, mask", b[[0, 1], :, np.array([True, False, True, False])])
err("mask + arr mismatch", lambda: a[[True, False, True], [0, 1, 2]])
