# Boolean masks on 1-d arrays: from comparisons, lists, arrays; empty and full selections.
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

a = np.array([5, -2, 7, 0, 3])
show("comparison", a[a > 2])
show("list mask", a[[True, False, True, False, True]])
show("all false", a[np.zeros(5, bool)])
show("all true", a[np.ones(5, bool)])
f = np.linspace(0.0, 1.0, 6)
show("float data", f[f >= 0.4])
show("nonzero equiv", a[np.nonzero(a > 0)])
err("length mismatch", lambda: a[np.array([True, False])])
err("length mismatch long", lambda: a[[True, False, True, False, True, True]])
