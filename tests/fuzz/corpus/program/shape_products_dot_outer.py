# np.outer and np.dot: vectors, matrices, 0-d, mixed dtypes, non-contiguous, errors.
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

a = np.array([1, 2, 3])
b = np.array([0.5, -1.0])
show("outer", np.outer(a, b))
show("outer 2-d flattens", np.outer(np.eye(2, dtype=int), [1, 2]))
show("outer bool", np.outer([True, False], [True, True]))
print("dot 1-d", np.dot(a, a), np.dot(a, a).dtype)
m = np.arange(6).reshape(2, 3)
show("dot mat-vec", np.dot(m, a))
show("dot vec-mat", np.dot(b, m))
show("dot mat-mat", np.dot(m, m.T))
show("dot scalar", np.dot(m, 2))
print("dot 0-d", np.dot(np.array(3), np.array(4)))
show("dot int+float", np.dot(m, np.ones(3)))
print("dot int32", np.dot(np.arange(3, dtype=np.int32), np.arange(3, dtype=np.int32)).dtype)
print("dot bool", np.dot(np.array([True, True]), np.array([True, False])))
show("dot 3-d x 1-d", np.dot(np.arange(12).reshape(2, 2, 3), a))
show("dot 3-d x 2-d", np.dot(np.arange(12).reshape(2, 2, 3), np.arange(6).reshape(3, 2)))
show("dot noncontig", np.dot(m[:, ::-1], m.T[::-1]))
show("dot empty", np.dot(np.zeros((2, 0)), np.zeros((0, 3))))
show("method", m.dot(a))
print(np.dot([1, 2], [3, 4]))
err("dot mismatch", lambda: np.dot(m, m))
err("dot vec mismatch", lambda: np.dot(a, b))
