# np.pad mode='constant' with the pad_width and constant_values forms.
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
show("int", np.pad(a, 1))
show("pair", np.pad(a, (1, 2)))
show("per axis", np.pad(a, ((0, 1), (2, 0))))
show("values scalar", np.pad(a, 1, constant_values=9))
show("values pair", np.pad(a, 1, constant_values=(7, 8)))
show("values per axis", np.pad(a, ((1, 0), (0, 1)), mode="constant", constant_values=((5, 6), (7, 8))))
show("float values into int", np.pad(a, 1, constant_values=2.7))
show("1-d", np.pad(np.arange(3), (2, 1)))
show("float array", np.pad(np.array([0.5, 1.5]), 1, constant_values=-1))
show("zero width", np.pad(a, 0))
show("empty axis", np.pad(np.zeros((0, 2)), ((1, 1), (0, 0))))
show("noncontig", np.pad(a.T[::-1], 1))
show("one-element pad list", np.pad(a, [(1,)]))
err("negative", lambda: np.pad(a, -1))
err("bad shape", lambda: np.pad(a, ((1, 2, 3),)))
err("bad mode", lambda: np.pad(a, 1, mode="bogus"))
err("too many pairs", lambda: np.pad(a, ((1, 1), (1, 1), (1, 1))))
