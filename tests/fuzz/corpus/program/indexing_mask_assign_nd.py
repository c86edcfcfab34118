# Boolean assignment through partial masks, masks with slices, and masks mixed with integers.
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

a = np.zeros((2, 3, 4), dtype=np.int32)
m = np.array([[True, False, True], [False, True, False]])
a[m] = 1
print(a)
a[m] = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
print(a)
a[m, 1:3] = np.array([[-1, -2]])
print(a)
a[:, np.array([False, True, False])] = np.array(7)
print(a)
a[1, np.array([True, False, True])] = [[0, 0, 0, 1], [0, 0, 0, 2]]
print(a)
try:
    a[m] = np.ones((2, 4))
except Exception as e:
    print(type(e).__name__, e)
c = np.arange(5.0)
c[c > 1] = np.array([9.5])
print(c)
try:
    c[c > 1] = np.ones((1, 3))
except Exception as e:
    print(type(e).__name__, e)
c[np.array([True, False, True, False, False])] = np.array([1.0, 2.0])[::-1]
print(c)
