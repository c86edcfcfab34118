# IndexError / TypeError messages of advanced indexing.
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

a = np.arange(3)
b = np.arange(6).reshape(2, 3)
err("oob list", lambda: a[[10]])
err("oob array", lambda: a[np.array([0, 10])])
err("oob 2-d axis 0", lambda: b[[2], [0]])
err("oob int", lambda: a[10])
err("oob negative int", lambda: a[-4])
err("too many", lambda: b[0, 0, 0])
err("too many arrays", lambda: b[[0], [0], [0]])
err("too many with slices", lambda: b[:, :, [0]])
err("float array", lambda: a[np.array([1.0])])
err("float list", lambda: a[[1.0, 2.0]])
err("float scalar", lambda: a[1.0])
err("string", lambda: a["x"])
err("mask dim", lambda: b[np.array([True, False, True])])
err("mask dim axis 1", lambda: b[:, np.array([True, False])])
err("two ellipses", lambda: b[..., ...])
err("dict", lambda: a[{}])
err("uint64 array", lambda: a[np.array([2], dtype=np.uint64)])
err("float 0-d", lambda: a[np.array(1.0)])
try:
    a[np.array([0.5])] = 1
except Exception as e:
    print(type(e).__name__, e)
