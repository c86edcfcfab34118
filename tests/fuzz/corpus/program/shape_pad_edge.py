# np.pad mode='edge' (and its empty-axis error), wrap-free forms.
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

a = np.array([[1, 2, 3], [4, 5, 6]])
show("edge 1", np.pad(a, 1, mode="edge"))
show("edge per axis", np.pad(a, ((2, 0), (0, 3)), mode="edge"))
show("edge 1-d", np.pad(np.array([1.5, 2.5]), (3, 1), "edge"))
show("edge zero", np.pad(a, 0, mode="edge"))
show("edge noncontig", np.pad(a[:, ::-1], (1, 1), mode="edge"))
show("edge bool", np.pad(np.array([True, False]), 1, mode="edge"))
err("edge on empty", lambda: np.pad(np.zeros((0, 2)), 1, mode="edge"))
show("edge on empty, zero width there", np.pad(np.zeros((0, 2)), ((0, 0), (1, 1)), mode="edge"))
err("constant_values with edge", lambda: np.pad(a, 1, mode="edge", constant_values=3))
