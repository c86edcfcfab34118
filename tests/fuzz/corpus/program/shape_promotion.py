# Dtype promotion of joins and products across bool, ints, unsigned and floats.
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

pairs = [
    (np.bool_, np.int8), (np.int8, np.uint8), (np.int16, np.uint16), (np.int32, np.uint32),
    (np.int64, np.uint64), (np.uint8, np.float32), (np.int16, np.float32), (np.int32, np.float32),
    (np.float32, np.float64), (np.bool_, np.float32), (np.uint64, np.float32),
]
for x, y in pairs:
    a = np.ones(2, dtype=x)
    b = np.ones(2, dtype=y)
    print(np.dtype(x).name, np.dtype(y).name, np.concatenate([a, b]).dtype, np.stack([a, b]).dtype,
          np.vstack([a, b]).dtype, np.outer(a, b).dtype, np.dot(a, b).dtype, (a @ b).dtype,
          np.column_stack([a, b]).dtype)
print(np.concatenate([np.array([1, 2]), [3.5]]).dtype)
print(np.hstack([np.array([1], np.int8), [300]]).dtype)
print(np.pad(np.array([1], np.uint8), 1, constant_values=300))
print(np.diff(np.array([1, 5], dtype=np.uint8)).dtype, np.diff(np.array([1.0, 5.0], dtype=np.float32)).dtype)
