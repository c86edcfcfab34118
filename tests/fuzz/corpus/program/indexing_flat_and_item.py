# Fancy-style access through .flat-free routes: ravel + indices, np.unravel_index-free arithmetic, item().
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

a = np.arange(12).reshape(3, 4)
flat = a.ravel()
show("ravel fancy", flat[[11, 0, 5]])
print(a.item(5), a.item(-1), a.item((2, 3)), a.item(1, 2))
try:
    a.item(12)
except Exception as e:
    print(type(e).__name__, e)
try:
    a.item(3, 0)
except Exception as e:
    print(type(e).__name__, e)
t = a.T
show("transposed ravel fancy", t.ravel()[[0, 1, 2]])
print(a[2][[1, 3]], a[[2]][0, [1, 3]])
