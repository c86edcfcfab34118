# Augmented assignment through advanced indices (read, op, write back).
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
a[[0, 2]] += 100
print(a)
a[:, [1, 3]] *= -1
print(a)
a[a < 0] -= 1
print(a)
f = np.ones((2, 3))
f[[0, 1], [2, 0]] /= 4
print(f)
b = np.arange(5)
b[np.array([4, 0])] += np.array([10, 20])
print(b)
try:
    b[[0, 1]] += 0.5
except TypeError as e:
    print("TypeError", e)
print(b)
