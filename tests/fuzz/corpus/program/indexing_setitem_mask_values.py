# Assigning through boolean masks: scalar, matching value arrays, and NumPy's mask-assignment errors.
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

a = np.arange(6)
a[a % 2 == 0] = np.array([10, 20, 30])
print(a)
b = np.arange(12).reshape(3, 4)
b[b > 8] = [0, -1, -2]
print(b)
b[np.array([True, False, True])] = [[1], [2]]
print(b)
try:
    a[a > 100] = np.array([1, 2])
except Exception as e:
    print(type(e).__name__, e)
try:
    a[a > 10] = np.array([1, 2])
except Exception as e:
    print(type(e).__name__, e)
try:
    b[b > 0] = np.arange(3)
except Exception as e:
    print(type(e).__name__, e)
print(a)
print(b)
