# np.meshgrid: xy / ij indexing, sparse, copy=False views, 1 and 3 inputs.
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

x = np.array([1, 2, 3])
y = np.array([10.0, 20.0])
X, Y = np.meshgrid(x, y)
show("X xy", X)
show("Y xy", Y)
X, Y = np.meshgrid(x, y, indexing="ij")
show("X ij", X)
show("Y ij", Y)
X, Y = np.meshgrid(x, y, sparse=True)
show("X sparse", X)
show("Y sparse", Y)
X, Y = np.meshgrid(x, y, indexing="ij", sparse=True)
show("X sparse ij", X)
show("Y sparse ij", Y)
X, Y = np.meshgrid(x, y, copy=False)
show("X nocopy", X)
show("Y nocopy", Y)
r = np.meshgrid(x)
print(len(r))
show("single", r[0])
r = np.meshgrid(x, y, np.arange(4))
print([m.shape for m in r])
print(len(np.meshgrid()))
err("bad indexing", lambda: np.meshgrid(x, y, indexing="xx"))
X, Y = np.meshgrid(np.arange(4).reshape(2, 2), y)
show("2-d input flattened", X)
