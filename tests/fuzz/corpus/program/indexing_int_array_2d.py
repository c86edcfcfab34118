# Several integer arrays broadcast together on a 2-d array.
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
show("pairs", a[[0, 1, 2], [3, 2, 1]])
show("first only", a[[2, 0]])
show("broadcast column x row", a[[[0], [2]], [1, 3]])
show("broadcast scalar array", a[np.array([1, 2]), 0])
show("int then array", a[1, [0, 3]])
show("2-d each", a[np.array([[0, 0], [2, 2]]), np.array([[0, 3], [0, 3]])])
show("negative both", a[[-1, -3], [-1, -4]])
err("broadcast mismatch", lambda: a[[0, 1, 2], [0, 1]])
err("broadcast mismatch 2-d", lambda: a[np.zeros((2, 3), int), np.zeros((3, 2), int)])
