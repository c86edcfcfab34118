# Assigning arrays through advanced indices with broadcasting, and shape mismatches.
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

a = np.zeros((3, 4), dtype=np.int64)
a[[0, 2]] = [1, 2, 3, 4]
print(a)
a[[0, 1, 2], [0, 1, 2]] = np.array([10, 20, 30])
print(a)
a[:, [1, 3]] = [[5], [6], [7]]
print(a)
a[[[0], [1]], [2, 3]] = np.array([[8, 9], [10, 11]])
print(a)
a[np.array([True, False, True])] = np.arange(4) * -1
print(a)
a[[0, 1]] = [[[1, 1, 1, 1]]]
print(a)
b = np.zeros(3)
try:
    b[[0, 1, 2]] = np.array([1.0, 2.0])
except Exception as e:
    print(type(e).__name__, e)
try:
    b[[0, 1, 2]] = [1, 2]
except Exception as e:
    print(type(e).__name__, e)
try:
    a[[0, 1]] = np.ones((2, 3))
except Exception as e:
    print(type(e).__name__, e)
try:
    a[:, [0, 1]] = np.ones((2, 3))
except Exception as e:
    print(type(e).__name__, e)
try:
    a[[0, 2], :, None] = np.ones(5)
except Exception as e:
    print(type(e).__name__, e)
print(a)
