# Integer arrays mixed with slices, np.newaxis and Ellipsis (adjacent advanced indices stay in place).
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

a = np.arange(24).reshape(2, 3, 4)
show("slice, arr", a[:, [0, 2]])
show("arr, slice", a[[1, 0], 1:])
show("slice, arr, slice", a[:, [2, 0], ::2])
show("slice, arr, arr", a[:, [0, 1], [1, 3]])
show("ellipsis, arr", a[..., [3, 0]])
show("arr, ellipsis", a[[1], ...])
show("newaxis, arr", a[None, [0, 1]])
show("arr, newaxis", a[[0, 1], None])
show("slice, newaxis, arr", a[1:, None, [0, 2]])
show("2-d arr in middle", a[:, np.array([[0, 1], [2, 0]]), :])
show("int, slice, arr", a[1, :, [0, 1]])
show("negative step slice with arr", a[::-1, [0, 2], ::-2])
