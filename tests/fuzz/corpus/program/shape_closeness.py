# np.isclose / np.allclose (rtol, atol, equal_nan, broadcasting, ints, inf) and np.array_equal.
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

a = np.array([1.0, 1e-9, np.nan, np.inf, -np.inf, 100.0])
b = np.array([1.0 + 1e-9, 0.0, np.nan, np.inf, np.inf, 100.01])
show("isclose", np.isclose(a, b))
show("equal_nan", np.isclose(a, b, equal_nan=True))
show("rtol", np.isclose(a, b, rtol=1e-3))
show("atol 0", np.isclose(a, b, atol=0))
print("broadcast", repr(np.isclose(np.array([[1.0], [2.0]]), np.array([1.0, 2.0, 3.0]))))
print("ints", repr(np.isclose(np.array([1, 2, 3]), np.array([1, 3, 3]))))
print("scalar", np.isclose(1.0, 1.0 + 1e-10))
print(np.allclose(a, b), np.allclose(a, b, equal_nan=True, rtol=1e-3))
print(np.allclose([1, 2], [1, 2]), np.allclose([1e10, 1e-7], [1.00001e10, 1e-8]))
print(np.allclose(np.array([]), np.array([])))
print(np.allclose([1.0], [1.0, 1.0 + 1e-12]))
print(np.array_equal([1, 2], [1, 2]), np.array_equal([1, 2], [1, 2, 3]))
print(np.array_equal(np.array([1.0, np.nan]), np.array([1.0, np.nan])))
print(np.array_equal(np.array([1.0, np.nan]), np.array([1.0, np.nan]), equal_nan=True))
print(np.array_equal(np.ones((2, 1)), np.ones((1, 2))), np.array_equal(np.zeros(0), []))
print(np.array_equal(np.arange(3), np.arange(3.0)))
err("broadcast error", lambda: np.isclose(np.ones(2), np.ones(3)))
err("allclose broadcast error", lambda: np.allclose(np.ones(2), np.ones(3)))
