# np.tile and np.repeat / ndarray.repeat: reps forms, per-element repeats, axis, errors.
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

a = np.array([[1, 2], [3, 4]])
show("tile 2", np.tile(a, 2))
show("tile (2, 1)", np.tile(a, (2, 1)))
show("tile (2, 1, 2)", np.tile(a, (2, 1, 2)))
show("tile 1-d", np.tile(np.arange(3), (2, 2)))
show("tile 0", np.tile(a, 0))
show("tile 0-d", np.tile(np.array(5), 3))
show("tile 1 (copy)", np.tile(a, 1))
show("repeat flat", np.repeat(a, 2))
show("repeat axis 0", np.repeat(a, [1, 3], axis=0))
show("repeat axis 1", np.repeat(a, 3, axis=1))
show("repeat zero", np.repeat(a, [0, 2], axis=1))
show("method", a.repeat(2, axis=0))
show("repeat 0-d", np.repeat(np.array(7), 3))
show("repeat noncontig", np.repeat(a.T[::-1], 2, axis=0))
show("repeat empty", np.repeat(np.zeros((0, 2)), 3, axis=1))
err("repeat negative", lambda: np.repeat(a, -1))
err("repeat count mismatch", lambda: np.repeat(a, [1, 2, 3], axis=0))
err("repeat axis", lambda: np.repeat(a, 2, axis=2))
err("repeat float", lambda: np.repeat(a, 1.5))
