# np.concatenate: axes, axis=None, dtype promotion, dtype=/casting=, empties and errors.
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
b = np.arange(6, 12).reshape(2, 3)
show("axis 0", np.concatenate([a, b]))
show("axis 1", np.concatenate((a, b), axis=1))
show("axis -1", np.concatenate((a, b), axis=-1))
show("axis None", np.concatenate([a, b.T], axis=None))
show("int + float", np.concatenate([np.arange(2), np.array([0.5])]))
show("bool + int8", np.concatenate([np.array([True]), np.array([3], dtype=np.int8)]))
show("uint8 + int8", np.concatenate([np.array([200], dtype=np.uint8), np.array([-1], dtype=np.int8)]))
show("float32 + int64", np.concatenate([np.ones(1, np.float32), np.arange(1)]))
show("dtype=", np.concatenate([a, b], dtype=np.float32))
show("empty pieces", np.concatenate([np.zeros((0, 3)), a]))
show("all empty", np.concatenate([np.zeros((0, 3)), np.zeros((0, 3))]))
show("noncontig inputs", np.concatenate([a[:, ::-1], b[:, ::2].T.T[:, :1]], axis=1))
show("single", np.concatenate([a]))
show("fortran inputs", np.concatenate([np.asfortranarray(a), np.asfortranarray(b)], axis=1))
err("ndim mismatch", lambda: np.concatenate([a, np.arange(3)]))
err("shape mismatch", lambda: np.concatenate([a, np.zeros((2, 2))]))
err("axis out of range", lambda: np.concatenate([a, b], axis=2))
err("empty list", lambda: np.concatenate([]))
err("0-d", lambda: np.concatenate([np.array(1), np.array(2)]))
err("casting", lambda: np.concatenate([np.array([1.5])], dtype=np.int64))
show("casting unsafe", np.concatenate([np.array([1.5, -2.5])], dtype=np.int64, casting="unsafe"))
