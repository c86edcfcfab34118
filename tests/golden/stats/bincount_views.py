# np.bincount reads a native int64 C-contiguous input in place and converts anything else:
# views with an offset, strided views, other integer types, byte-swapped int64, bool, empty.
import numpy as np

x = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], dtype=np.int64)
print(np.bincount(x))
print(np.bincount(x[1:]))
print(np.bincount(x[::2]))
print(np.bincount(x[::-1], minlength=12))
print(np.bincount(x.astype(np.int32)))
print(np.bincount(x.astype(np.uint8), weights=np.arange(11) * 0.5))
print(np.bincount(x.astype('>i8')))
print(np.bincount(np.array([True, False, True])))
print(np.bincount(np.array([], dtype=np.int64), minlength=3))
m = x.reshape(1, 11)[0]
print(np.bincount(m), x.flags['C_CONTIGUOUS'])
y = x.copy()
y[7] = -2
for bad in (y, y[5:], y[::3]):
    try:
        np.bincount(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(x)
