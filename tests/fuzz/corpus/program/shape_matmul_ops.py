# np.matmul and @: 1-d promotion, batched broadcasting, dtypes, and the core-dimension errors.
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

a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
show("2-d", np.matmul(a, b))
show("@", a @ b)
show("1-d @ 2-d", np.array([1, 0]) @ a)
show("2-d @ 1-d", a @ np.array([1, 1, 1]))
print(np.array([1, 2, 3]) @ np.array([4, 5, 6]))
s = np.arange(24).reshape(2, 3, 4)
show("batched @ 2-d", s @ np.ones((4, 2), dtype=int))
show("batched broadcast", np.ones((2, 1, 2, 3)) @ np.ones((4, 3, 1)))
show("batched @ 1-d", s @ np.arange(4))
show("1-d @ batched", np.arange(3) @ s)
show("float32 x int8", np.ones((2, 2), np.float32) @ np.ones((2, 2), np.int8))
show("bool", np.array([[True, False]]) @ np.array([[True], [True]]))
show("noncontig", a.T[::-1] @ a[:, ::-1])
show("empty core", np.zeros((2, 0)) @ np.zeros((0, 3)))
show("empty batch", np.zeros((0, 2, 2)) @ np.zeros((2, 2)))
err("core mismatch", lambda: a @ a)
err("core mismatch 1-d", lambda: np.arange(2) @ np.arange(3))
err("vec mat mismatch", lambda: np.arange(4) @ a)
err("mat vec mismatch", lambda: a @ np.arange(2))
err("batch mismatch", lambda: np.ones((2, 2, 2)) @ np.ones((3, 2, 2)))
err("0-d", lambda: np.matmul(np.array(1), a))
err("scalar", lambda: np.matmul(a, 2))
