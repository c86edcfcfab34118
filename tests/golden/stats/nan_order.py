# nanmedian, nanpercentile, nanquantile: NaNs dropped per slice, all-NaN slices, axes,
# keepdims, methods, array q.
import numpy as np

x = np.array([[10.0, np.nan, 4, 3], [7, 6, np.nan, 1], [np.nan, np.nan, np.nan, np.nan]])
print(np.nanmedian(x), np.nanmedian(x, axis=0), np.nanmedian(x, axis=1))
print(np.nanmedian(x, axis=1, keepdims=True), np.nanmedian(x, axis=(0, 1)), np.nanmedian(x.T, axis=0))
print(np.nanmedian(np.arange(7)), np.nanmedian(x.astype(np.float32), axis=1))
print(np.nanpercentile(x, 50), np.nanpercentile(x, [25, 75], axis=1))
print(np.nanquantile(x, 0.3, axis=0), np.nanquantile(x, [0.1, 0.9], axis=0, keepdims=True).shape)
for method in ['lower', 'higher', 'nearest', 'midpoint', 'hazen', 'weibull', 'inverted_cdf']:
    print(method, np.nanquantile(x, 0.4, axis=1, method=method), np.nanpercentile(x[0], 40, method=method))
print(np.nanquantile(np.array([1, 2, 3, 4]), 0.5), np.nanpercentile(np.array([[1, 5], [3, 2]]), 50, axis=0))
o = np.zeros(4)
print(np.nanmedian(x, axis=0, out=o) is o, o)
for bad in [lambda: np.nanquantile(x, 1.5), lambda: np.nanpercentile(x, -1), lambda: np.nanquantile(x, 0.5, method='x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
