# Assignment through separated / transposed advanced indices: values follow the result layout.
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

a = np.zeros((2, 3, 4), dtype=np.int64)
a[[0, 1], :, [1, 2]] = np.arange(6).reshape(2, 3)
print(a)
a[:, [0, 2], [3, 0]] = np.array([[7, 8], [9, 10]])
print(a)
a[0, :, [0, 1]] = np.array([[1, 2, 3], [4, 5, 6]])
print(a)
a[:, None, [1]] = -1
print(a)
a[..., [True, False, False, True]] = np.arange(12).reshape(2, 3, 2)
print(a)
try:
    a[[0, 1], :, [1, 2]] = np.arange(6).reshape(3, 2)
except Exception as e:
    print(type(e).__name__, e)
b = np.arange(12).reshape(3, 4)
v = b.T
v[[0, 1]] = np.array([[-1], [-2], [-3]]).T
print(b)
