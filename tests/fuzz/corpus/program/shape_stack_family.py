# np.stack, vstack, hstack, column_stack, dstack on 0-d, 1-d, 2-d, mixed dtypes.
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
y = np.array([4.0, 5.0, 6.0])
show("stack 0", np.stack([x, y]))
show("stack 1", np.stack([x, y], axis=1))
show("stack -1 2-d", np.stack([np.eye(2), np.ones((2, 2))], axis=-1))
show("stack 0-d", np.stack([np.array(1), np.array(2)]))
show("vstack 1-d", np.vstack([x, y]))
show("vstack 2-d", np.vstack([np.ones((1, 3)), x]))
show("hstack 1-d", np.hstack([x, y]))
show("hstack 2-d", np.hstack([np.ones((3, 1)), np.zeros((3, 2), dtype=np.int8)]))
show("hstack 0-d", np.hstack([np.array(1), np.array(2)]))
show("column_stack", np.column_stack([x, y]))
show("column_stack 2-d", np.column_stack([np.ones((3, 2)), x]))
show("dstack", np.dstack([x, y]))
show("dstack 2-d", np.dstack([np.ones((2, 2)), np.zeros((2, 2))]))
show("vstack empty", np.vstack([np.zeros((0, 3)), x]))
show("stack noncontig", np.stack([x[::-1], y[::-1]]))
err("stack shape mismatch", lambda: np.stack([x, np.arange(2)]))
err("stack axis", lambda: np.stack([x, y], axis=2))
err("stack empty", lambda: np.stack([]))
err("vstack mismatch", lambda: np.vstack([x, np.arange(2)]))
err("hstack mismatch", lambda: np.hstack([np.ones((2, 2)), np.ones((3, 2))]))
