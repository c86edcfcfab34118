# np.split / np.array_split / hsplit / vsplit / dsplit: sections, index lists, views, errors.
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

x = np.arange(9)
for p in np.split(x, 3):
    show("split 3", p)
for p in np.array_split(np.arange(7), 3):
    print(p)
for p in np.split(x, [2, 5]):
    print(p)
for p in np.split(x, [5, 2, 20]):
    print(repr(p))
a = np.arange(16).reshape(4, 4)
for p in np.split(a, 2, axis=1):
    show("axis 1", p)
for p in np.hsplit(a, [1]):
    print(p.shape)
for p in np.vsplit(a, 4):
    print(p)
for p in np.dsplit(np.arange(8).reshape(2, 2, 2), 2):
    print(p.shape, p.ravel())
print(len(np.array_split(np.arange(2), 4)), [p.shape for p in np.array_split(np.arange(2), 4)])
err("unequal", lambda: np.split(x, 4))
err("zero sections", lambda: np.array_split(x, 0))
err("hsplit 0-d", lambda: np.hsplit(np.array(1), 1))
err("vsplit 1-d", lambda: np.vsplit(x, 3))
