# np.linalg.inv and det on small matrices, batches, ints; singular and shape errors.
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
a = np.array([[4.0, 7.0], [2.0, 6.0]])
print(np.linalg.inv(a))
print(round(float(np.linalg.det(a)), 9))
b = np.array([[1, 2, 3], [0, 1, 4], [5, 6, 0]])
inv = np.linalg.inv(b)
print(inv.dtype, inv.shape)
print(np.round(inv, 6))
print(np.allclose(inv @ b, np.eye(3)))
print(round(float(np.linalg.det(b)), 6))
s = np.stack([a, 2 * a])
print(np.linalg.inv(s))
print(np.round(np.linalg.det(s), 6))
print(np.linalg.det(np.eye(3)), np.linalg.det(np.zeros((2, 2))))
print(np.linalg.inv(np.array([[2.0]])))
print(np.linalg.inv(a.T[::-1]))
print(np.linalg.det(np.zeros((0, 0))))
e = np.linalg.inv(np.zeros((0, 0)))
print(e.shape, e.dtype)
try:
    np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.linalg.inv(np.ones((2, 3)))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.linalg.det(np.arange(3.0))
except Exception as e:
    print(type(e).__name__, e)
try:
    np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))
except np.linalg.LinAlgError as e:
    print("caught LinAlgError:", e)
