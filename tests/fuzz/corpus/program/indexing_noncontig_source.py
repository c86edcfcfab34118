# Advanced indexing of transposed, negative-stride and strided views.
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
t = a.T
show("transposed rows", t[[0, 4]])
show("transposed pairs", t[[1, 2], [3, 0]])
r = a[::-1, ::-2]
show("reversed", r[[0, 2], [1, 2]])
show("reversed mask", r[r > 8])
show("reversed mask 1-d rows", r[np.array([True, False, False, True])])
s = np.arange(30)[3:25:4]
show("strided 1-d", s[[0, -1, 2]])
show("strided mask", s[s % 2 == 1])
r[[0, 1], [0, 0]] = -1
print(a)
t[[0, 1]] = 0
print(a)
b = np.broadcast_to(np.arange(3), (4, 3))
show("broadcast source", b[[0, 3], [2, 1]])
try:
    b[[0], [0]] = 5
except Exception as e:
    print(type(e).__name__, e)
