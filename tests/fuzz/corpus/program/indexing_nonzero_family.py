# nonzero, argwhere, flatnonzero, ndarray.nonzero on various shapes and dtypes.
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

a = np.array([[0, 3, 0], [4, 0, 5]])
nz = np.nonzero(a)
print(len(nz))
show("nz rows", nz[0])
show("nz cols", nz[1])
show("method rows", a.nonzero()[0])
show("argwhere", np.argwhere(a))
show("argwhere 1-d", np.argwhere(np.array([0.0, 1.5, 0.0, -2.0])))
show("argwhere none", np.argwhere(np.zeros((2, 2))))
show("flatnonzero", np.flatnonzero(a))
show("flatnonzero transposed", np.flatnonzero(a.T))
b = np.array([True, False, True])
show("bool nonzero", np.nonzero(b)[0])
show("3-d nonzero last", np.nonzero(np.arange(8).reshape(2, 2, 2) % 3 == 0)[2])
show("noncontig", np.nonzero(np.arange(10)[::-3] > 2)[0])
e = np.zeros((0, 3))
nz = np.nonzero(e)
show("empty", nz[1])
show("argwhere empty", np.argwhere(e))
show("argwhere 0-d", np.argwhere(np.array(5)))
show("argwhere 0-d false", np.argwhere(np.array(0)))
