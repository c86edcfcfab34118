# Ellipsis combined with integers, slices, newaxis and arrays in every position.
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

a = np.arange(24).reshape(2, 3, 4)
show("... int", a[..., 1])
show("int ...", a[1, ...])
show("int ... int", a[1, ..., 2])
show("... newaxis", a[..., None])
show("newaxis ... newaxis", a[None, ..., None])
show("... arr int", a[..., [0, 1], 2])
show("arr ... arr", a[[0, 1], ..., [3, 0]])
show("... mask2d", a[..., np.array([[True, False, True, False]] * 3)])
show("empty ellipsis", a[0, 1, ..., 2])
a[..., [0]] = 0
print(a)
