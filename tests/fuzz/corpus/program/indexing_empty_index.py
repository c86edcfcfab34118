# Empty index arrays and indexing empty arrays.
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
show("empty list", a[[]])
show("empty int array", a[np.array([], dtype=np.int64)])
show("empty list, slice", a[[], 1:])
show("slice, empty", a[:, []])
show("empty 2-d index", a[np.zeros((0, 2), dtype=np.int64)])
show("empty broadcast", a[np.zeros((0, 1), dtype=np.int64), [1, 2]])
show("empty bool", a[np.zeros((3, 4), bool)])
e = np.zeros((0, 3))
show("empty source, empty index", e[[]])
show("empty source, mask", e[e > 0])
show("empty source, col index", e[:, [0, 2]])
err("empty source, index 0", lambda: e[[0]])
a[[]] = 5
print(a)
a[np.array([], dtype=int)] += 1
print(a)
err("empty float list still fine?", lambda: a[np.array([], dtype=np.float64)])
