# take_along_axis / put_along_axis with argsort/argmax results and broadcasting.
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

a = np.array([[10, 30, 20], [60, 40, 50]])
idx = np.argsort(a, axis=1)
show("sorted rows", np.take_along_axis(a, idx, axis=1))
i0 = np.argsort(a, axis=0)
show("sorted cols", np.take_along_axis(a, i0, axis=0))
mx = np.expand_dims(np.argmax(a, axis=1), axis=1)
show("max per row", np.take_along_axis(a, mx, axis=1))
show("flat", np.take_along_axis(a, np.array([5, 0]), axis=None))
show("broadcast index rows", np.take_along_axis(a, np.array([[2, 0]]), axis=1))
b = a.copy()
np.put_along_axis(b, mx, 0, axis=1)
print(b)
np.put_along_axis(b, np.array([[0], [2]]), [[-1], [-2]], axis=1)
print(b)
np.put_along_axis(b, np.array([1, 4]), 99, axis=None)
print(b)
err("float indices", lambda: np.take_along_axis(a, np.array([[0.0]]), axis=1))
err("ndim mismatch", lambda: np.take_along_axis(a, np.array([0, 1]), axis=1))
err("axis out of range", lambda: np.take_along_axis(a, idx, axis=2))
err("out of bounds", lambda: np.take_along_axis(a, np.array([[3], [0]]), axis=1))
