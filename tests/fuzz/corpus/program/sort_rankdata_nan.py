# scipy.stats.rankdata with NaNs: nan_policy 'propagate' (all NaN), 'omit' (NaN kept in
# place), 'raise'; inf handling; per-axis NaN propagation.
import numpy as np
from scipy import stats

x = np.array([1.0, np.nan, 3.0, 2.0])
print(stats.rankdata(x), stats.rankdata(x, nan_policy='omit'), stats.rankdata(x, method='min', nan_policy='omit'))
try:
    stats.rankdata(x, nan_policy='raise')
except Exception as e:
    print(type(e).__name__, e)
try:
    stats.rankdata(x, nan_policy='bogus')
except Exception as e:
    print(type(e).__name__, e)
print(stats.rankdata(np.array([np.inf, -np.inf, 0.0])), stats.rankdata(np.array([np.inf, 1.0, np.inf]), method='dense'))
m = np.array([[1.0, np.nan], [2.0, 0.5], [0.0, 3.0]])
print(stats.rankdata(m, axis=0), stats.rankdata(m, axis=1), stats.rankdata(m))
print(stats.rankdata(m, axis=0, nan_policy='omit'))
print(stats.rankdata(np.array([np.nan, np.nan]), method='ordinal'))
f = np.array([0.5, np.nan], dtype=np.float32)
print(stats.rankdata(f), stats.rankdata(f).dtype)
