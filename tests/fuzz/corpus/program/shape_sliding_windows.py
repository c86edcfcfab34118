# sliding_window_view: window shapes, axis, strides/flags of the view, writeable, errors.
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

from numpy.lib.stride_tricks import sliding_window_view
x = np.arange(6)
show("1-d 3", sliding_window_view(x, 3))
show("1-d full", sliding_window_view(x, 6))
a = np.arange(12).reshape(3, 4)
show("2-d (2, 2)", sliding_window_view(a, (2, 2)))
show("axis 1", sliding_window_view(a, 3, axis=1))
show("axis 0", sliding_window_view(a, 2, axis=0))
show("axis tuple", sliding_window_view(a, (2, 3), axis=(1, 0)))
show("same axis twice", sliding_window_view(x, (2, 2), axis=(0, 0)))
show("noncontig", sliding_window_view(a[:, ::-1], 2, axis=1))
show("window 0", sliding_window_view(x, 0))
w = sliding_window_view(x, 2)
print(w.flags["WRITEABLE"], np.shares_memory(w, x))
w2 = sliding_window_view(x, 2, writeable=True)
print(w2.flags["WRITEABLE"])
print(sliding_window_view(x, 3).sum(axis=-1))
err("window too big", lambda: sliding_window_view(x, 7))
err("negative window", lambda: sliding_window_view(x, -1))
err("wrong ndim", lambda: sliding_window_view(a, 2))
err("axis count", lambda: sliding_window_view(a, (2, 2), axis=0))
err("axis out of range", lambda: sliding_window_view(x, 2, axis=1))
try:
    w[0, 0] = 5
except Exception as e:
    print(type(e).__name__, e)
