# scipy.stats.rankdata, every method (average min max dense ordinal), ties, floats, ints,
# 2-d with axis=None (flattened) and axis=0/1/-1, result dtypes, bad method.
import numpy as np
from scipy import stats

x = np.array([40, 10, 30, 10, 20, 40, 40])
for m in ['average', 'min', 'max', 'dense', 'ordinal']:
    r = stats.rankdata(x, method=m)
    print(m, r, r.dtype)
print(stats.rankdata([0.5, 0.25, 0.5, 1.0]), stats.rankdata(np.array([3.0])), stats.rankdata([]))
a = np.array([[3, 1, 3], [2, 2, 0]])
for m in ['average', 'min', 'dense', 'ordinal']:
    print(m, stats.rankdata(a, method=m), stats.rankdata(a, method=m, axis=0), stats.rankdata(a, method=m, axis=1))
r = stats.rankdata(a, axis=-1)
print(r, r.shape, r.flags['C_CONTIGUOUS'], r.flags['F_CONTIGUOUS'])
r0 = stats.rankdata(a, axis=0)
print(r0.flags['C_CONTIGUOUS'], r0.flags['F_CONTIGUOUS'], r0.strides)
try:
    stats.rankdata(x, method='bogus')
except Exception as e:
    print(type(e).__name__, e)
np.random.seed(9)
big = np.random.randint(0, 20, size=200)
print(stats.rankdata(big)[:12], stats.rankdata(big, method='ordinal')[:12])
print(stats.rankdata(np.array([True, False, True])), stats.rankdata(np.array([-1, 5], dtype=np.int8), method='max'))
