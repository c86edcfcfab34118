# Fancy indexing of a 1-d array with index arrays of every integer dtype (contiguous,
# strided, 2-d, negative, out of bounds), masks and nonzero over every dtype (-0.0 and NaN
# included), argmax/argmin of every dtype along each axis: the loops are shared between
# dtypes of one size (indexing.cpp, reduce_arg.cpp) and must give the same items and errors.
import numpy as np

a = np.arange(10.0) * 1.5
s = np.array(['a', 'bb', 'ccc', 'dddd', 'e', 'f', 'g', 'h', 'i', 'j'])
c = np.arange(10) + 1j
for dt in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]:
    i = np.array([3, 0, 9, 2, 2, 7], dtype=dt)
    print(np.dtype(dt).name, a[i], s[i], c[i[::2]], a.astype(np.int8)[i], a.astype(np.float32)[i.reshape(2, 3)])
    print(' ', a[::-3][i[i < 4]], a[np.array([1, 2, 3, 4, 5, 6], dtype=dt)[::2]])
    if np.dtype(dt).kind == 'i':
        print(' ', a[np.array([-1, -10, 5], dtype=dt)])
    for bad in [np.array([1, 10], dtype=dt), np.array([0, 2, 100], dtype=dt)]:
        try:
            print(a[bad])
        except IndexError as e:
            print(' ', type(e).__name__, e)
    if np.dtype(dt).kind == 'i':
        try:
            print(a[np.array([2, -11], dtype=dt)])
        except IndexError as e:
            print(' ', type(e).__name__, e)

v = [0, 1, -1, 2, 0, 3]
for dt in [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64,
           np.float32, np.float64]:
    x = np.array(v).astype(dt).reshape(2, 3)
    print(np.dtype(dt).name, np.count_nonzero(x), np.nonzero(x), x[x.astype(bool)], np.flatnonzero(x[:, ::-1]))
    print(' ', np.argmax(x), np.argmin(x), np.argmax(x, axis=0), np.argmin(x, axis=1), np.argmax(x.T, axis=1))
for dt in [np.float32, np.float64]:
    z = np.array([[-0.0, 0.0, np.nan], [1.0, -0.0, 0.5]], dtype=dt)
    print(np.count_nonzero(z), np.nonzero(z), z[z != 0], np.argmax(z), np.argmin(z), np.argmax(z, axis=0),
          np.argmin(z, axis=1), np.nanargmax(z), np.nanargmin(z))
print(np.argmax(np.array([True, False, True])), np.argmin(np.array([True, False, True])))
print(np.argmax(np.array([3, 7, 7, 1], dtype=np.uint64)), np.argmin(np.array([3, 7, 7, 1], dtype=np.int16)))
