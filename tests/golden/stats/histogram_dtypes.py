# np.histogram over every integer and float dtype of the data, with equal bins (counts and
# weights), explicit edges of several dtypes, ranges given as Python ints and floats, values
# outside the range, on the edges, NaN, the int64/uint64 extremes, more than one block of
# 65536 values; the counting loops read the data widened (histogram.cpp), which must not
# change a count.
import numpy as np

base = [0, 1, 2, 3, 3, 4, 7, 8, 9, 10, 12, 15, 100, 126, 127]
for dt in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64,
           np.float32, np.float64, np.bool_]:
    x = np.array(base, dtype=dt)
    print(np.dtype(dt).name)
    print(' ', np.histogram(x, bins=4))
    print(' ', np.histogram(x, bins=5, range=(2, 12)))
    print(' ', np.histogram(x, bins=3, range=(1.5, 9.25)))
    print(' ', np.histogram(x, bins=[0, 3, 8, 127]))
    print(' ', np.histogram(x, bins=np.array([1, 2, 10], dtype=np.int8)))
    print(' ', np.histogram(x, bins=np.array([0.5, 2.5, 9.5, 126.5], dtype=np.float32)))
    print(' ', np.histogram(x, bins=np.array([0, 4, 200], dtype=np.uint8)))
    print(' ', np.histogram(x, bins=4, weights=np.arange(len(base)) * 0.5))
    print(' ', np.histogram(x, bins=[0, 3, 8, 127], weights=np.arange(len(base))))
    print(' ', np.histogram(x[::-2], bins=3, density=True))

f = np.array([0.25, np.nan, 1.0, -0.0, 0.0, 2.5, np.inf, 3.0, 3.0], dtype=np.float32)
print(np.histogram(f, bins=3, range=(0, 3)))
print(np.histogram(f, bins=[0, 1, 2, 3]))
print(np.histogram(f, bins=np.array([0, 1, 2, 3], dtype=np.float64)))
print(np.histogram(f.astype(np.float64), bins=4, range=(0, 3)))
print(np.histogram(f[np.isfinite(f)], bins=4))
big = np.array([2**62, 2**63 - 1, -2**63, 0, 2**53 + 1, 2**53], dtype=np.int64)
print(np.histogram(big, bins=3))
print(np.histogram(big, bins=[-2**63, 0, 2**53 + 1, 2**63 - 1]))
ubig = np.array([2**64 - 1, 2**63, 0, 2**53 + 1], dtype=np.uint64)
print(np.histogram(ubig, bins=2))
print(np.histogram(ubig, bins=np.array([0, 2**63, 2**64 - 1], dtype=np.uint64)))
# more than one block (65536 values) of a narrow dtype, with and without weights
n = 200003
k = (np.arange(n) * 7919 % 1000).astype(np.int16)
print(np.histogram(k, bins=7))
print(np.histogram(k, bins=7, weights=np.ones(n, dtype=np.float32)))
print(np.histogram(k, bins=[0, 10, 500, 999]))
print(np.histogram(k.astype(np.float32) / 3, bins=5, range=(1, 300)))
