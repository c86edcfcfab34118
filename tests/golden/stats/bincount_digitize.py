# np.bincount (weights=, minlength=) and np.digitize (increasing/decreasing bins, right=).
import numpy as np

x = np.array([0, 1, 1, 3, 2, 1, 7])
print(np.bincount(x), np.bincount(x, minlength=10), np.bincount(x, minlength=3))
w = np.array([0.3, 0.5, 0.2, 0.7, 1.0, -0.6, 0.25])
print(np.bincount(x, weights=w), np.bincount(x, w, 9))
print(np.bincount([]), np.bincount([], minlength=3), np.bincount(np.array([], dtype=np.int32), weights=[]))
print(np.bincount(np.array([True, False, True])), np.bincount(np.array([1, 2, 2], dtype=np.uint8)))
print(np.bincount(x, weights=np.arange(7)), np.bincount(x[::2]), np.bincount(x, weights=np.arange(7, dtype=np.int8)).dtype)
big = (np.arange(100000) * 7919) % 1000
print(np.bincount(big)[:8], np.bincount(big, weights=np.sin(np.arange(100000)))[:4])
for bad in [lambda: np.bincount([-1, 2]), lambda: np.bincount([1.5, 2]), lambda: np.bincount(np.arange(4.0)),
            lambda: np.bincount([[1, 2]]), lambda: np.bincount(3), lambda: np.bincount(x, minlength=-1),
            lambda: np.bincount(x, weights=[1, 2])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

v = np.array([0.2, 6.4, 3.0, 1.6, -1.0, 10.0, 2.5, 4.0])
bins = np.array([0.0, 1.0, 2.5, 4.0, 10.0])
print(np.digitize(v, bins), np.digitize(v, bins, right=True))
print(np.digitize(v, bins[::-1]), np.digitize(v, bins[::-1], right=True))
print(np.digitize(3.0, bins), np.digitize([1, 2, 3], [1, 2, 3]), np.digitize(np.arange(6).reshape(2, 3), [1, 4]))
print(np.digitize(v, [3, 3, 3]), np.digitize(v, []), np.digitize([np.nan, 1.0], [0.0, 2.0]))
for bad in [lambda: np.digitize(v, [1, 3, 2]), lambda: np.digitize(v, [[1, 2]]), lambda: np.digitize(v, 3)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
