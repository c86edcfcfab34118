# ufunc.reduceat: NumPy's docstring cases, other axes and dtypes, empty indices, out=, errors.
import numpy as np

print(np.add.reduceat(np.arange(8), [0, 4, 1, 5, 2, 6, 3, 7])[::2])
x = np.linspace(0, 15, 16).reshape(4, 4)
print(np.add.reduceat(x, [0, 3, 1, 2, 0]))
print(np.multiply.reduceat(x, [0, 3], axis=1))
print(np.maximum.reduceat(np.array([3, 1, 4, 1, 5, 9, 2, 6]), [0, 2, 5]), np.minimum.reduceat([3, 1, 4], [2, 0]))
print(np.add.reduceat(np.arange(5, dtype=np.int8), [0, 2]).dtype, np.add.reduceat(np.ones(3, np.float32), [0]).dtype,
      np.add.reduceat(np.array([True, True, False]), [0, 1]), np.logical_or.reduceat([False, True, False], [0, 2]))
print(np.add.reduceat(np.arange(6.0), [1, 1, 4], dtype=np.float32), np.add.reduceat(np.arange(4), []).shape)
print(np.add.reduceat(x, [1, 3], axis=-1))
out = np.zeros(2)
print(np.add.reduceat(np.arange(4.0), [0, 2], out=out) is out, out)
print(np.add.reduceat(np.arange(10)[::2], [0, 3]), np.subtract.reduceat(np.arange(6), [0, 3]))
for t in [lambda: np.add.reduceat(np.arange(5), [0, 7]), lambda: np.add.reduceat(np.arange(5), [-1]),
          lambda: np.add.reduceat(x, [0], axis=2), lambda: np.negative.reduceat([1, 2], [0])]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
