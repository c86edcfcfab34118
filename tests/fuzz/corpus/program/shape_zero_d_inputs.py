# 0-d inputs to shape operations (promotion to 1-d where NumPy does it, errors where it refuses).
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

z = np.array(5)
show("atleast_1d", np.atleast_1d(z))
show("atleast_2d", np.atleast_2d(z))
show("atleast_3d", np.atleast_3d(z))
show("tile", np.tile(z, (2, 1)))
show("repeat", np.repeat(z, 2))
print("flip", np.flip(z), np.flip(z).ndim)
show("roll", np.roll(z, 1))
show("pad", np.pad(z, 2))
show("outer", np.outer(z, z))
show("stack", np.stack([z, z]))
show("hstack", np.hstack([z, z]))
show("vstack", np.vstack([z, z]))
print("take 0-d", np.take(np.arange(4), np.array(2)))
print(np.isclose(z, 5.0), np.array_equal(z, 5))
err("concatenate", lambda: np.concatenate([z]))
err("diff", lambda: np.diff(z))
err("sliding", lambda: np.lib.stride_tricks.sliding_window_view(z, 1))
