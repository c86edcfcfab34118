# Linear algebra dtype rules: float32 stays float32, ints become float64; results printed rounded.
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

np.set_printoptions(precision=5, suppress=True)
a32 = np.array([[2.0, 1.0], [1.0, 3.0]], dtype=np.float32)
i = np.linalg.inv(a32)
print(i.dtype, i)
d = np.linalg.det(a32)
print(type(d).__name__, round(float(d), 4))
x = np.linalg.solve(a32, np.array([1.0, 2.0], dtype=np.float32))
print(x.dtype, x)
x = np.linalg.solve(a32, np.array([1, 2]))
print(x.dtype, x)
n = np.linalg.norm(a32)
print(type(n).__name__, round(float(n), 4))
print(np.linalg.norm(np.array([3, 4], dtype=np.int8)))
print(np.linalg.norm(np.array([[1, 2], [3, 4]], dtype=np.uint8), axis=1).dtype)
print(np.linalg.inv(np.array([[1, 2], [3, 4]], dtype=np.int32)).dtype)
print((a32 @ a32).dtype, np.dot(a32, np.ones(2)).dtype, np.outer(a32[0], np.ones(2, np.float32)).dtype)
