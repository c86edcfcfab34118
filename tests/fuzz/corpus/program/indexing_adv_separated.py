# Advanced indices separated by a slice: the broadcast dimensions come first.
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

a = np.arange(60).reshape(3, 4, 5)
show("arr, slice, arr", a[[0, 2], :, [1, 4]])
show("int, slice, arr", a[0, :, [1, 2, 3]])
show("arr, slice, int", a[[2, 1], :, 0])
show("2-d broadcast separated", a[[[0], [1]], 1:3, [0, 4]])
show("separated by newaxis", a[[0, 1], None, [1, 2]])
show("separated by ellipsis", a[[0, 1], ..., [1, 2]])
b = np.arange(120).reshape(2, 3, 4, 5)
show("4-d arr,slice,arr,slice", b[[1, 0], :, [3, 0], :])
show("4-d slice,arr,slice,arr", b[:, [2], :, [4]])
show("4-d adjacent middle", b[:, [0, 2], [1, 3], :])
