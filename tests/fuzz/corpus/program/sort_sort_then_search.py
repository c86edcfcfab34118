# The tutorial pattern: sort, argsort of argsort (ranks), searchsorted into the sorted
# values, quantile-normalisation style indexing, on a 2-d float array along axis 0.
import numpy as np

np.random.seed(10)
x = np.log(np.random.rand(40, 5) * 1000 + 1)
xs = np.sort(x, axis=0)
m = np.mean(xs, axis=1)
ranks = np.argsort(np.argsort(x, axis=0), axis=0)
xn = m[ranks]
print(repr(xn[:3]), repr(m[-3:]))
print(ranks[:5].T)
col = xs[:, 0]
print(np.searchsorted(col, x[:6, 0]), np.searchsorted(col, x[:6, 0], side='right'))
print(np.array_equal(np.sort(xn, axis=0), np.repeat(m[:, None], 5, axis=1)))
