# scipy.stats.mstats.rankdata on plain arrays (nothing masked): average ranks, axis=None
# flattens, axis=0/1, use_missing.
import numpy as np
from scipy.stats import mstats

x = np.array([40, 10, 30, 10, 20])
print(mstats.rankdata(x), mstats.rankdata(x).dtype)
a = np.array([[3, 1, 3], [2, 2, 0]])
print(mstats.rankdata(a), mstats.rankdata(a, axis=0), mstats.rankdata(a, axis=1), mstats.rankdata(a, 1, True))
print(mstats.rankdata(np.array([0.5, 0.25, 0.5])), mstats.rankdata(np.array([7])))
