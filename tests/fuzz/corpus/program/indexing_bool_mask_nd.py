# Boolean masks of several dimensions, full and partial.
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
m2 = np.array([[True, False, True], [False, True, False]])
show("2-d mask on 3-d", a[m2])
show("3-d full mask", a[a % 5 == 0])
show("mask then slice", a[m2, 1:3])
show("slice then 1-d mask", a[:, np.array([True, False, True])])
show("slice slice mask", a[:, :, np.array([False, True, True, False])])
show("ellipsis mask", a[..., np.array([True, False, False, True])])
show("mask newaxis", a[np.array([False, True]), None])
b = np.arange(12).reshape(3, 4)
show("2-d full", b[b > 6])
show("row mask", b[[True, False, True]])
err("wrong 2-d mask shape", lambda: a[np.ones((2, 4), bool)])
err("wrong mask axis 1", lambda: b[:, np.ones(3, bool)])
err("too many via mask", lambda: b[np.ones((3, 4, 1), bool)])
