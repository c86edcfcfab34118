# np.ix_ open meshes used for cross indexing, bool inputs, errors.
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

a = np.arange(20).reshape(4, 5)
rows, cols = np.ix_([0, 2], [1, 3, 4])
show("rows", rows)
show("cols", cols)
show("cross", a[np.ix_([0, 2], [1, 3, 4])])
show("bool", np.ix_(np.array([True, False, True, True]))[0])
show("cross bool", a[np.ix_([True, False, False, True], [4, 0])])
show("arrays", np.ix_(np.array([1, 2], dtype=np.int32), np.array([0]))[0])
show("empty", np.ix_([], [1])[0])
a[np.ix_([1, 3], [0, 1])] = 0
print(a)
r = np.ix_([1], [2], [3])
print(len(r), r[0].shape, r[1].shape, r[2].shape)
err("2-d input", lambda: np.ix_(np.zeros((2, 2), int)))
