# Shape operations on reversed, transposed and strided views give NumPy's contiguous results.
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

a = np.arange(12, dtype=np.int16).reshape(3, 4)
r = a[::-1, ::-2]
t = a.T
show("concatenate", np.concatenate([r, r], axis=0))
show("concatenate T", np.concatenate([t, t], axis=1))
show("stack", np.stack([r, r], axis=2))
show("tile", np.tile(r, 2))
show("repeat", np.repeat(t, 2, axis=1))
show("roll", np.roll(r, 1, axis=0))
show("pad", np.pad(t, (1, 0)))
show("diff", np.diff(t, axis=0))
show("flip of reversed", np.flip(r))
show("matmul", r @ r.T)
show("outer", np.outer(r[0], t[0]))
show("take", np.take(r, [1, 0], axis=1))
show("column_stack", np.column_stack([r[:, 0], t[::2, 0]]))
