# Accumulator dtypes of sum/prod/cumsum: bool and small ints -> int64, small uints -> uint64,
# floats keep their dtype; dtype= overrides it.
import numpy as np

for dt in ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64']:
    a = np.array([[1, 0, 1], [1, 1, 0]], dtype=dt)
    s = a.sum()
    s0 = a.sum(axis=0)
    p = a.prod(axis=1)
    c = np.cumsum(a)
    print(dt, s, np.asarray(s).dtype, s0, s0.dtype, p, p.dtype, c, c.dtype)
a = np.array([100, 100, 100], dtype=np.int8)
print(a.sum(), a.sum(dtype=np.int8), a.sum(dtype=np.int16), a.sum(dtype=np.float32))
print(np.asarray(a.sum(dtype=np.int8)).dtype, np.asarray(a.sum(dtype='f4')).dtype)
u = np.array([250, 10], dtype=np.uint8)
print(u.sum(), u.sum(dtype=np.uint8), np.asarray(u.sum()).dtype)
b = np.array([True, True, False])
print(b.sum(), b.sum(dtype=bool), np.asarray(b.sum(dtype=bool)).dtype, b.prod(), b.cumsum())
print(np.sum(np.array([1.5, 2.5]), dtype=np.int64), np.sum(np.array([1.5, 2.5]), dtype=np.float32))
print(np.sum(np.arange(5), dtype=np.float64), np.asarray(np.sum(np.arange(5), dtype='float64')).dtype)
big = np.array([2**62, 2**62, 2**62], dtype=np.int64)
print(big.sum())
ub = np.array([2**62, 2**62], dtype=np.uint64) * np.uint64(3)
print(ub.sum())
print(np.prod(np.arange(1, 30, dtype=np.int64)))
print(np.prod(np.array([200, 200], dtype=np.uint8)), np.prod(np.array([200, 200], dtype=np.uint8), dtype=np.uint8))
print(np.array([1, 2], dtype=np.int32).mean().dtype if hasattr(np.array([1]).mean(), 'dtype') else '')
