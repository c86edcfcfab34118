# take_along_axis / put_along_axis on 3-d arrays along each axis, with sorting indices.
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

a = np.array([[[5, 1, 4], [2, 8, 0]], [[3, 3, 9], [7, 6, 1]]])
for ax in [0, 1, 2, -1]:
    idx = np.argsort(a, axis=ax)
    show("sorted axis %d" % ax, np.take_along_axis(a, idx, axis=ax))
mn = np.argmin(a, axis=2)[..., None]
show("min", np.take_along_axis(a, mn, axis=2))
b = a.copy()
np.put_along_axis(b, mn, 100, axis=2)
print(b)
np.put_along_axis(b, np.zeros((1, 2, 3), dtype=int), np.array([[[-1, -2, -3], [-4, -5, -6]]]), axis=0)
print(b)
show("noncontig source", np.take_along_axis(a[:, ::-1], np.zeros((2, 1, 3), dtype=int), axis=1))
show("empty index", np.take_along_axis(a, np.zeros((2, 2, 0), dtype=int), axis=2))
