# Shape operations on empty arrays keep NumPy's shapes, strides and dtypes.
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

e = np.zeros((0, 3), dtype=np.int32)
show("concatenate axis 1", np.concatenate([e, e], axis=1))
show("stack", np.stack([e, e]))
show("hstack", np.hstack([e, e]))
show("tile", np.tile(e, (2, 2)))
show("repeat", np.repeat(e, 2, axis=0))
show("flip", np.flip(e))
show("roll", np.roll(e, 1))
show("pad", np.pad(e, 1))
print("diff", repr(np.diff(e)))
show("outer", np.outer(np.zeros(0), np.ones(3)))
show("matmul", e.T @ e)
show("take", np.take(e, [], axis=1))
show("sliding", np.lib.stride_tricks.sliding_window_view(np.zeros(3), 3))
show("nonzero", np.nonzero(e)[0])
print(np.allclose(e, e), np.array_equal(e, e))
