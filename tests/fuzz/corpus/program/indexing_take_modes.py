# np.take and ndarray.take: axis, mode raise/wrap/clip, out-of-bounds errors.
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

a = np.arange(12).reshape(3, 4)
show("flat", np.take(a, [0, 5, 11]))
show("axis 0", np.take(a, [2, 0], axis=0))
show("axis 1", np.take(a, [[0, 3], [1, 1]], axis=1))
show("axis -1", np.take(a, [3], axis=-1))
show("wrap", np.take(a, [13, -14], mode="wrap"))
show("clip", np.take(a, [-5, 100], mode="clip"))
show("wrap axis 1", np.take(a, [4, 5, -1], axis=1, mode="wrap"))
show("clip axis 0", np.take(a, [-1, 7], axis=0, mode="clip"))
show("method", a.take([1, 2], axis=1))
show("empty indices", np.take(a, [], axis=0))
print("0-d index", np.take(a, 5))
show("0-d index axis", np.take(a, np.array(1), axis=0))
show("non-contiguous source", np.take(a[:, ::-2], [0, 1], axis=1))
err("raise", lambda: np.take(a, [12]))
err("raise axis 1", lambda: np.take(a, [4], axis=1))
err("raise negative", lambda: np.take(a, [-4], axis=0))
err("bad axis", lambda: np.take(a, [0], axis=2))
err("bad mode", lambda: np.take(a, [0], mode="bogus"))
err("float indices", lambda: np.take(a, [1.0]))
err("empty axis", lambda: np.take(np.zeros((0, 3)), [0], axis=0))
