# Integer-array indices on a 1-d array: lists, arrays, negative, repeated, 2-d index shapes.
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

a = np.arange(10, 20)
show("list", a[[0, 2, 4]])
show("array", a[np.array([9, 0, 1])])
show("negative", a[[-1, -10, -3]])
show("repeated", a[[1, 1, 1, 2]])
show("2-d index", a[np.array([[0, 1], [2, 3]])])
show("3-d index", a[np.arange(8).reshape(2, 2, 2)])
show("single element list", a[[5]])
show("int32 index", a[np.array([3, 4], dtype=np.int32)])
show("uint8 index", a[np.array([7, 8], dtype=np.uint8)])
show("int8 negative", a[np.array([-1, -2], dtype=np.int8)])
show("tuple of list", a[([1, 2],)])
