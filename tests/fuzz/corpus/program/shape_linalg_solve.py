# np.linalg.solve: vector and matrix right-hand sides, batches, ints; singular and shape errors.
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

np.set_printoptions(precision=6, suppress=True)
a = np.array([[3.0, 1.0], [1.0, 2.0]])
b = np.array([9.0, 8.0])
x = np.linalg.solve(a, b)
print(x, np.allclose(a @ x, b))
print(np.linalg.solve(a, np.array([[1.0, 0.0], [0.0, 1.0]])))
print(np.linalg.solve(np.array([[2, 0], [0, 4]]), np.array([2, 2])))
s = np.stack([a, a * 2])
print(np.linalg.solve(s, np.ones((2, 2, 1))))
print(np.linalg.solve(a.T[::-1], b[::-1]))
try:
    np.linalg.solve(np.array([[1.0, 2.0], [2.0, 4.0]]), b)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.linalg.solve(np.ones((2, 3)), b)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.linalg.solve(a, np.ones(3))
except Exception as e:
    print(type(e).__name__, e)
np.linalg.solve(np.zeros((3, 3)), np.ones(3))
