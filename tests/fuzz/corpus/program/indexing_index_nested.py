# Nested lists as indices, tuples vs lists, and ndarray indices of different ndim.
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
show("list of lists", a[[[0, 1], [2, 0]]])
show("tuple of lists", a[([0, 1], [2, 0])])
show("list of tuples", a[[(0, 1), (2, 0)]])
show("list of int and slice", a[(1, slice(None, 2))])
show("list with negative", a[[-1, 0]])
show("bool list of lists", a[[[True, False, True, False]] * 3])
show("nested list 1-d source", np.arange(5)[[[1], [2], [3]]])
show("list with numpy ints", a[[np.int64(1), np.int32(2)]])
err("ragged list", lambda: a[[[0, 1], [2]]])
