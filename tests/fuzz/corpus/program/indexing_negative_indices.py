# Negative integer-array indices, wrapping and out-of-bounds.
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

a = np.arange(5) * 10
show("all negative", a[[-1, -2, -5]])
show("mixed", a[np.array([-5, 4, 0, -1])])
b = np.arange(12).reshape(3, 4)
show("2-d negative", b[[-1, -3], [-4, -1]])
show("negative with slice", b[-2:, [-1]])
err("too negative", lambda: a[[-6]])
err("too negative 2-d axis 1", lambda: b[[0], [-5]])
err("too large axis 1", lambda: b[:, [4]])
err("too large int axis 1", lambda: b[[1], 4])
b[[-1, -1], [-1, 0]] = -7
print(b)
