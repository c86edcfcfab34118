# Assigning scalars through integer arrays and masks.
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

a = np.arange(10)
a[[0, 3, 9]] = -1
print(a)
a[a > 5] = 0
print(a)
a[np.array([True] * 5 + [False] * 5)] = 100
print(a)
b = np.zeros((3, 4), dtype=np.int32)
b[[0, 2], [1, 3]] = 7
print(b)
b[:, [0]] = 3
print(b)
b[[1], :] = 9.9
print(b)
c = np.zeros(4)
c[[1, 2]] = 5
print(c)
c[[0, 3]] = True
print(c)
d = np.zeros(3, dtype=bool)
d[[0, 2]] = 1
print(d)
u = np.zeros(3, dtype=np.uint8)
u[[0, 1]] = 255
print(u)
