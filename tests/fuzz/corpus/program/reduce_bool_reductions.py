# Reductions of bool arrays: sum/mean/cumsum count Trues (int64/float64), max/min/argmax/ptp
# stay bool-flavoured, median/percentile of bool.
import numpy as np

b = np.array([[True, False, True], [True, True, False]])
print(b.sum(), b.sum(axis=0), b.sum(axis=1).dtype, b.mean(), b.mean(axis=0), b.cumsum(), b.cumsum(axis=1).dtype)
print(b.max(), b.min(axis=0), b.max(axis=1).dtype, b.argmax(axis=1), b.argmin(), b.prod(axis=0), b.prod().dtype)
print(b.var(), b.std(axis=1), np.median(b), np.median(b, axis=0), np.count_nonzero(b, axis=0))
print(np.all(b, axis=0), np.any(~b, axis=1), b.sum(dtype=np.float32), b.sum(dtype=bool))
