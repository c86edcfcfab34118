# np.diff: n, axis, dtypes (bool uses !=), empties and errors.
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

a = np.array([1, 4, 9, 16, 25])
show("diff", np.diff(a))
show("n=2", np.diff(a, n=2))
show("n=0", np.diff(a, n=0))
print("n too big", repr(np.diff(a, n=10)))
b = np.array([[1, 3, 6], [0, 5, 3]])
show("2-d default", np.diff(b))
show("axis 0", np.diff(b, axis=0))
show("axis -2", np.diff(b, axis=-2))
show("float", np.diff(np.array([0.5, 0.25, 1.0])))
show("bool", np.diff(np.array([True, False, False, True])))
show("uint8 wraps", np.diff(np.array([5, 3], dtype=np.uint8)))
show("noncontig", np.diff(b[:, ::-1], axis=1))
print("empty", repr(np.diff(np.zeros((2, 0)), axis=1)))
err("negative n", lambda: np.diff(a, n=-1))
err("0-d", lambda: np.diff(np.array(3)))
err("axis", lambda: np.diff(b, axis=2))
