# concatenate / stack / vstack / hstack with dtype= and casting= (NumPy's casting messages).
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

a = np.array([1.5, 2.5])
b = np.array([3, 4])
show("stack dtype int unsafe", np.stack([a, b], dtype=np.int64, casting="unsafe"))
show("vstack dtype float32", np.vstack([a, b], dtype=np.float32))
show("hstack dtype", np.hstack([b, b], dtype=np.float64))
show("concatenate same_kind", np.concatenate([b, b], dtype=np.int8, casting="same_kind"))
err("stack same_kind", lambda: np.stack([a, b], dtype=np.int64))
err("concatenate safe", lambda: np.concatenate([b, b], dtype=np.int8, casting="safe"))
err("concatenate no", lambda: np.concatenate([b, b], dtype=np.float64, casting="no"))
show("concatenate equiv", np.concatenate([b, b], dtype=np.int64, casting="equiv"))
err("bad casting", lambda: np.concatenate([b], casting="sometimes"))
err("vstack bool to int safe", lambda: np.vstack([a], dtype=np.bool_, casting="safe"))
