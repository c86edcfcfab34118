# Which results are views and which copies: np.shares_memory and .base.
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
cases = [
    ("slice", a[1:]),
    ("int", a[1]),
    ("ellipsis", a[...]),
    ("newaxis", a[None]),
    ("int array", a[[1]]),
    ("slice + int array", a[:, [0]]),
    ("bool mask", a[a > 3]),
    ("0-d bool", a[True]),
    ("take", np.take(a, [0], axis=0)),
    ("nonzero-indexed", a[np.nonzero(a)]),
    ("flip", np.flip(a)),
    ("argwhere", np.argwhere(a)),
]
for name, r in cases:
    print(name, np.shares_memory(a, r), r.base is None, r.flags["OWNDATA"])
c = a[[0, 1]]
c[0, 0] = 100
print(a[0, 0])
v = a[:, 1:3]
v[[0, 1], [0, 0]] = -1
print(a)
