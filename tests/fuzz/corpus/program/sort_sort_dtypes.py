# Sorting every dtype: bool, signed/unsigned ints at their extremes, float32/float64 with
# infinities, NaNs last, and long arrays (introsort / radix paths).
import numpy as np

print(np.sort(np.array([True, False, True, False])))
print(np.sort(np.array([127, -128, 0, -1, 5], dtype=np.int8)), np.sort(np.array([255, 0, 128, 1], dtype=np.uint8)))
print(np.sort(np.array([32767, -32768, 7], dtype=np.int16)), np.sort(np.array([65535, 2, 40000], dtype=np.uint16)))
print(np.sort(np.array([2147483647, -2147483648, 0], dtype=np.int32)), np.sort(np.array([4294967295, 3], dtype=np.uint32)))
print(np.sort(np.array([9223372036854775807, -9223372036854775807 - 1, 0], dtype=np.int64)))
print(np.sort(np.array([2**62, 3, 0], dtype=np.uint64) * np.uint64(3)))
print(np.sort(np.array([np.inf, -np.inf, 0.5, -0.25, 1e-300], dtype=np.float32)), np.sort(np.array([np.inf, -np.inf, 2.0, -3.5])))
n = np.array([3.0, np.nan, -1.0, np.inf, np.nan, -np.inf, 0.0])
print(np.sort(n), np.sort(n, kind='stable'), np.sort(n, kind='heapsort'), np.sort(n.astype(np.float32)))
print(np.argsort(n, kind='stable'), np.argsort(np.array([np.nan, 1.0, np.nan, 0.0]), kind='stable'))
np.random.seed(3)
for dt in ['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'float32', 'float64']:
    big = (np.random.rand(5000) * 200 - (0 if dt.startswith('u') else 100)).astype(dt)
    s = np.sort(big)
    s2 = np.sort(big, kind='stable')
    print(dt, s[:5], s[-3:], bool(np.all(s[1:] >= s[:-1])), np.array_equal(s, s2), np.array_equal(np.sort(big, kind='heapsort'), s))
z = np.array([0.0, -0.0, 0.0, -0.0])
print(np.sort(z, kind='stable'), np.argsort(z, kind='stable'))
