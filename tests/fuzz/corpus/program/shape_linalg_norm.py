# np.linalg.norm: vector ords, matrix ords (fro, nuc excluded), axis, keepdims, ints, errors.
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

v = np.array([3.0, -4.0, 0.0, 1.0])
for o in [None, 1, 2, np.inf, -np.inf, 0, 3, -1]:
    print(o, np.round(np.linalg.norm(v, ord=o), 9))
m = np.array([[1.0, -2.0], [3.0, 4.0]])
for o in [None, "fro", 1, -1, np.inf, -np.inf]:
    print(o, np.round(np.linalg.norm(m, ord=o), 9))
print(np.round(np.linalg.norm(m, ord=2), 6), np.round(np.linalg.norm(m, ord=-2), 6))
print(np.round(np.linalg.norm(m, axis=0), 9))
print(np.round(np.linalg.norm(m, axis=1, ord=1), 9))
print(np.round(np.linalg.norm(m, axis=(0, 1)), 9))
print(np.round(np.linalg.norm(m, keepdims=True), 9))
print(np.round(np.linalg.norm(m, axis=1, keepdims=True), 9))
print(np.linalg.norm(np.array([3, 4])), np.linalg.norm(np.arange(5)[::-1]))
print(np.linalg.norm(np.zeros(0)))
t = np.arange(8.0).reshape(2, 2, 2)
print(np.round(np.linalg.norm(t, axis=(1, 2)), 6))
print(np.round(np.linalg.norm(t), 6))
try:
    np.linalg.norm(m, ord=3)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.linalg.norm(v, ord="fro")
except Exception as e:
    print(type(e).__name__, e)
try:
    np.linalg.norm(t, ord=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.linalg.norm(m, axis=(0, 0))
except Exception as e:
    print(type(e).__name__, e)
