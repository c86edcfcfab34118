# np.put and ndarray.put: flat positions, cycling values, modes, errors.
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

a = np.zeros(6, dtype=np.int64)
np.put(a, [0, 2], [5, 6])
print(a)
np.put(a, [1, 3, 5], 9)
print(a)
np.put(a, [0, 1, 2, 3], [1, 2])
print(a)
np.put(a, [7, -8], [70, 80], mode="wrap")
print(a)
np.put(a, [100, -100], [-1, -2], mode="clip")
print(a)
b = np.zeros((2, 3))
b.put([4, 5], [1.5, 2.5])
print(b)
c = np.zeros((3, 4), dtype=np.int32)
v = c[:, ::2]
np.put(v, [0, 5], [8, 9])
print(c)
np.put(a, [1, 1], [3, 4])
print(a)
np.put(a, [2], [])
print(a)
try:
    np.put(a, [6], [1])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.put(a, [0], [1], mode="nope")
except Exception as e:
    print(type(e).__name__, e)
