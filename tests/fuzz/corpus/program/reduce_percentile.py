# np.percentile / np.quantile, default method 'linear': scalar and array q, axes, keepdims,
# out=, ints -> float64, q range errors, NaNs.
import numpy as np

x = np.array([7.0, 1.0, 3.0, 9.0, 4.0])
for q in [0, 10, 25, 33.3, 50, 75, 90, 99.9, 100]:
    print(q, repr(float(np.percentile(x, q))), repr(float(np.quantile(x, q / 100))))
print(np.percentile(x, [10, 50, 90]), np.quantile(x, np.array([0.1, 0.5])), np.percentile(x, (0, 100)))
a = np.arange(20).reshape(4, 5)
print(np.percentile(a, 30), np.percentile(a, 30, axis=0), np.percentile(a, 30, axis=1))
print(np.percentile(a, [25, 75], axis=0), np.percentile(a, [25, 75], axis=1).shape)
print(np.percentile(a, 40, axis=-1, keepdims=True), np.quantile(a, [0.2, 0.8], keepdims=True).shape)
print(np.quantile(a, 0.5, axis=(0, 1)), np.quantile(a, [[0.1, 0.2], [0.3, 0.4]]).shape)
print(np.quantile(np.array([1, 2], dtype=np.int8), 0.5), np.asarray(np.quantile(np.array([1, 2], dtype=np.int8), 0.5)).dtype)
print(np.percentile(np.array([True, False, True]), 50))
print(np.percentile(np.array([1.0, np.nan, 2.0]), 50), np.percentile(np.array([[1.0, np.nan], [2.0, 3.0]]), 50, axis=1))
o = np.zeros(5)
print(np.percentile(a, 50, axis=0, out=o) is o, o)
for q in [-1, 101, [50, 200]]:
    try:
        np.percentile(x, q)
    except Exception as e:
        print(type(e).__name__, e)
for q in [1.5, -0.1]:
    try:
        np.quantile(x, q)
    except Exception as e:
        print(type(e).__name__, e)
np.random.seed(4)
r = np.random.randn(1001)
print([repr(float(np.percentile(r, q))) for q in [0.1, 1, 5, 37, 50, 63, 95, 99.99]])
print(np.quantile(r, np.linspace(0, 1, 7)).tolist())
print(np.percentile(np.array([1, 2, 3, 4], dtype=np.int64), [33, 66]).tolist())
print(np.percentile(np.array([0.0, 1e300]), 50), np.percentile(np.array([-np.inf, 1.0]), 50))
