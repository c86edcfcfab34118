# Fancy indexing preserves dtype across itemsizes; assignment casts values.
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

for dt in [np.bool_, np.int8, np.uint16, np.int32, np.float32, np.float64, np.uint64]:
    a = np.arange(6).astype(dt)
    r = a[[5, 0, 2]]
    print(r.dtype, r, a[a.astype(bool)])
f = np.zeros(3, dtype=np.float32)
f[[1]] = np.array([1.5])
print(f)
i = np.zeros(3, dtype=np.int16)
i[[1, 2]] = np.array([1.9, -2.9])
print(i)
u = np.zeros(2, dtype=np.uint64)
u[[1]] = np.array([2**62], dtype=np.uint64) * np.uint64(3)
print(u, u[[1, 1]])
