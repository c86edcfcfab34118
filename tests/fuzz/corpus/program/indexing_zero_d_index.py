# 0-d index arrays and 0-d / scalar boolean indices.
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

a = np.arange(6).reshape(2, 3)
i = np.array(1)
print("0-d int array", a[i], type(a[i]).__name__)
print("0-d int both", a[i, np.array(2)])
show("0-d + list", a[np.array(0), [0, 2]])
show("True", a[True])
show("False", a[False])
show("np.bool_(True)", a[np.bool_(True)])
show("0-d bool array", a[np.array(True)])
show("True with slice", a[True, 1:])
show("1-d with True", np.arange(3)[..., True])
x = np.array(7)
show("0-d array [True]", x[True])
show("0-d array [False]", x[False])
show("0-d array [...]", x[...])
show("0-d array [None]", x[None])
print("0-d array [()]", x[()])
b = np.arange(4)
b[np.array(2)] = 9
b[True] = 1
print(b)
c = np.arange(4)
c[False] = 100
print(c)
