# np.ptp (axis, keepdims, out, dtypes, wraps for small ints) and np.count_nonzero (axis=None
# gives a Python int; axes, keepdims, dtypes, NaN counts as nonzero).
import numpy as np

a = np.array([[4, 9, 1], [7, 3, 3]])
print(np.ptp(a), np.ptp(a, axis=0), np.ptp(a, axis=1), np.ptp(a, axis=-1, keepdims=True), np.ptp(a, axis=(0, 1)))
print(np.ptp(np.array([-100, 100], dtype=np.int8)), np.ptp(np.array([1.5, np.nan])), np.ptp([3, 8, -2]))
print(np.ptp(np.array([True, False])) if False else '', np.ptp(np.array([2**62, 0], dtype=np.uint64) * np.uint64(3)))
o = np.zeros(3)
print(np.ptp(a, axis=0, out=o) is o, o)
try:
    np.ptp(np.array([]))
except Exception as e:
    print(type(e).__name__, e)
x = np.array([[0, 1, 7, 0], [3, 0, -1, 0]])
c = np.count_nonzero(x)
print(c, type(c).__name__, np.count_nonzero(x, axis=0), np.count_nonzero(x, axis=1), np.count_nonzero(x, axis=(0, 1)))
print(np.count_nonzero(x, axis=1, keepdims=True), np.count_nonzero(x, axis=0).dtype)
print(np.count_nonzero(np.array([0.0, -0.0, np.nan, 1e-300])), np.count_nonzero([True, False, True]))
print(np.count_nonzero(np.eye(4)), np.count_nonzero(np.zeros((0, 5))), np.count_nonzero(np.zeros((0, 5)), axis=0))
print(np.count_nonzero(5), np.count_nonzero(0), np.count_nonzero(np.arange(10)[::-2]))
try:
    np.count_nonzero(x, axis=2)
except Exception as e:
    print(type(e).__name__, e)
