# np.median: odd/even lengths, axes (int, negative, tuple, None), keepdims, out=, dtypes
# (ints -> float64, float32 stays), NaN propagates, non-contiguous inputs, input untouched.
import numpy as np

print(np.median([3, 1, 2]), np.median([4, 1, 3, 2]), np.median(np.array([5])))
a = np.array([[10, 7, 4], [3, 2, 1]])
print(np.median(a), np.median(a, axis=0), np.median(a, axis=1), np.median(a, axis=-1, keepdims=True))
print(np.median(a, axis=(0, 1)), np.median(a, axis=None, keepdims=True))
print(a)
b = np.arange(24).reshape(2, 3, 4)[:, ::-1, ::2] * 1.5
print(np.median(b, axis=(0, 2)), np.median(b, axis=(2, 0)), np.median(b, axis=1))
for dt in ['bool', 'int8', 'uint8', 'int64', 'float32', 'float64']:
    x = np.array([1, 0, 1, 1], dtype=dt)
    m = np.median(x)
    print(dt, m, np.asarray(m).dtype)
print(np.median(np.array([1.0, np.nan, 3.0])), np.median(np.array([[1.0, np.nan], [2.0, 3.0]]), axis=1))
print(np.median(np.array([np.inf, 1.0, 2.0])), np.median(np.array([np.inf, -np.inf])))
f = np.array([0.1, 0.7, 0.3, 0.2], dtype=np.float32)
print(np.median(f), np.asarray(np.median(f)).dtype)
o = np.zeros(3)
print(np.median(a, axis=0, out=o) is o, o)
np.random.seed(11)
r = np.random.rand(101, 10)
print(np.median(r, axis=0).tolist()[:4], repr(float(np.median(r))), np.median(np.asfortranarray(r), axis=1).tolist()[:3])
print(np.median(np.array([2**53, 2**53 + 2], dtype=np.int64)), np.median(np.array([-3, -4], dtype=np.int8)))
print(np.median(np.array([1e308, 1e308])))
try:
    np.median(a, axis=2)
except Exception as e:
    print(type(e).__name__, e)
