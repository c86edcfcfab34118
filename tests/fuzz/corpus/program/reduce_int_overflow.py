# Integer reductions wrap like C (int64/uint64 accumulators), cumsum/cumprod of small ints
# accumulate in 64 bits, dtype= small accumulators wrap, mean/var of large ints in float64.
import numpy as np

i = np.array([9223372036854775807, 1], dtype=np.int64)
print(i.sum(), np.cumsum(i), i.prod(), np.array([-9223372036854775807, -2]).sum())
u8 = np.full(300, 255, dtype=np.uint8)
print(u8.sum(), u8.sum(dtype=np.uint8), u8.sum(dtype=np.int8), u8.cumsum()[-1], u8.cumsum(dtype=np.uint16)[-1])
i8 = np.full(10, 100, dtype=np.int8)
print(i8.sum(), i8.prod(), i8.prod(dtype=np.int8), np.cumprod(i8)[:4], np.cumsum(i8, dtype=np.int8))
big = np.arange(1, 25, dtype=np.int64) * 1000000007
print(big.prod(), big.mean(), big.var(), big.std())
print(np.array([2**40, 2**40, 3], dtype=np.int64).mean(), np.array([2**53 + 1, 0], dtype=np.int64).mean())
print(np.sum(np.array([1, 2, 3], dtype=np.uint32), dtype=np.int8), np.sum(np.array([-1, -2], dtype=np.int16)).dtype)
