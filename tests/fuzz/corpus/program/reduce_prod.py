# np.prod / ndarray.prod: axes, dtypes, empty (identity 1), keepdims, overflow wrapping.
import numpy as np

a = np.arange(1, 13).reshape(3, 4)
print(np.prod(a), a.prod(axis=0), a.prod(axis=1), a.prod(axis=-1, keepdims=True))
print(np.prod(a, axis=(0, 1)), a.prod(dtype=np.float64), np.prod(a.astype(np.float32), axis=0))
print(np.prod([]), np.prod(np.zeros((0, 3)), axis=0), np.prod(np.zeros((0, 3)), axis=1))
print(np.prod(np.array([], dtype=np.int8)), np.asarray(np.prod(np.array([], dtype=np.int8))).dtype)
print(np.prod(np.array([2.0] * 1100)), np.prod(np.array([0.5, np.nan, 2])))
print(np.prod(np.arange(1, 26)), np.prod(np.arange(1, 26, dtype=np.uint64)))
print(np.prod(np.array([True, False])), np.prod(np.array([True, True])))
x = np.linspace(0.9, 1.1, 1001)
print(repr(float(np.prod(x))), repr(float(x.prod())))
