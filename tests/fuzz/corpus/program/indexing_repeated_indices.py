# a[idx] += 1 with repeated indices applies once per distinct index (last write wins); np.add.at accumulates.
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

a = np.zeros(5, dtype=np.int64)
a[[0, 0, 1, 1, 1]] += 1
print(a)
a[[2, 2]] = [7, 8]
print(a)
b = np.zeros(5, dtype=np.int64)
np.add.at(b, [0, 0, 1, 1, 1], 1)
print(b)
np.add.at(b, [4, 4], [10, 20])
print(b)
c = np.zeros((2, 3))
c[[0, 0], [1, 1]] += 2.5
print(c)
np.add.at(c, ([0, 0], [1, 1]), 2.5)
print(c)
d = np.arange(4)
d[[3, 3, 0]] *= 10
print(d)
e = np.ones(3)
np.multiply.at(e, [1, 1, 1], 2)
print(e)
