# np.quantile / np.percentile method= (the 13 NumPy methods) on small data, and a bad name.
import numpy as np

x = np.array([10.0, 3.0, 7.0, 1.0, 8.0, 2.0])
methods = ['inverted_cdf', 'averaged_inverted_cdf', 'closest_observation', 'interpolated_inverted_cdf',
           'hazen', 'weibull', 'linear', 'median_unbiased', 'normal_unbiased',
           'lower', 'higher', 'midpoint', 'nearest']
for m in methods:
    try:
        r = np.quantile(x, [0.0, 0.1, 0.25, 0.5, 0.6, 0.9, 1.0], method=m)
        print(m, r.tolist(), r.dtype)
    except Exception as e:
        print(m, type(e).__name__, e)
i = np.array([1, 5, 2, 8, 4], dtype=np.int64)
for m in ['lower', 'higher', 'nearest', 'midpoint', 'linear', 'inverted_cdf']:
    try:
        r = np.percentile(i, 40, method=m)
        print(m, r, np.asarray(r).dtype)
    except Exception as e:
        print(m, type(e).__name__, e)
try:
    np.quantile(x, 0.5, method='bogus')
except Exception as e:
    print(type(e).__name__, e)
a = np.arange(12.0).reshape(3, 4)
for m in ['nearest', 'lower', 'midpoint']:
    try:
        print(m, np.quantile(a, 0.4, axis=0, method=m), np.quantile(a, [0.5], axis=1, method=m))
    except Exception as e:
        print(m, type(e).__name__, e)
