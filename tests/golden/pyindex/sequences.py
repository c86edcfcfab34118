# Indexing with Python sequences, converted exactly as NumPy converts them: range objects
# (the lesson's x[range(n), j] answer), lists of ints and bools, lists of lists, tuples
# inside lists, tuples as items of the index tuple, numpy scalars inside lists, and
# assignment through the same keys.
import numpy as np

x = np.arange(30).reshape(5, 6)
j = np.array([0, 2, 4, 1, 3])
print(x[range(5), j])
print(x[range(5), [5, 4, 3, 2, 1]])
print(x[range(1, 4)])
print(x[range(4, 0, -2), range(2)])
print(x[:, range(0, 6, 2)])
print(x[[0, 2]], x[[0, 2]].shape)
print(x[[True, False, True, False, True]])
print(x[[[0, 1], [2, 3]]].shape, x[[[0, 1], [2, 3]], [[0], [5]]])
print(x[[(0, 1), (2, 3)]].shape)
print(x[(0, 4), (1, 5)])
print(x[(0, 4), 2], x[4, (0, 1, 2)])
print(x[[np.int64(1), np.int32(3)]], x[[True, 1]])
print(x[[-1, -5]], x[range(-1, -3, -1)])
print(x[..., range(2)].shape, x[None, range(2)].shape, x[range(2), None].shape)
y = x.copy()
y[range(5), j] = -1
print(y)
y[[0, 1], :] = [[9] * 6, [8] * 6]
y[:, (0, 5)] += 100
print(y)
z = np.arange(10)
z[range(0, 10, 3)] = 0
print(z, z[[]], z[[]].dtype, z[[[]]].shape, z[()].shape if False else z[range(0)])
b = np.arange(8).reshape(2, 2, 2)
print(b[[0, 1], [1, 0], [0, 0]], b[range(2), :, range(2)], b[[[1]], [[0]], range(2)].shape)
