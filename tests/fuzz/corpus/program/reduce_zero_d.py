# Reductions of 0-d arrays and Python scalars: axis=None/0/-1/(), keepdims, argmax, cumsum.
import numpy as np

s = np.array(5.5)
print(s.sum(), s.sum(axis=0), s.sum(axis=-1), s.sum(axis=()), np.sum(s, keepdims=True), np.sum(s, keepdims=True).shape)
print(s.max(), s.min(axis=0), s.mean(), s.var(), s.std(), s.prod(), s.all(), s.any())
print(np.argmax(s), np.argmin(s), s.argmax(axis=0) if False else '', np.cumsum(s), np.cumsum(s).shape)
print(np.median(s), np.percentile(s, 30), np.ptp(s), np.count_nonzero(s))
i = np.array(7, dtype=np.int8)
print(i.sum(), np.asarray(i.sum()).dtype, i.mean(), i.cumprod(), i.cumprod().dtype)
try:
    s.sum(axis=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.argmax(s, axis=1)
except Exception as e:
    print(type(e).__name__, e)
print(np.sum(3), np.prod(2.0), np.max(-1), np.mean(4), np.std(2), np.argmax(9))
print(type(np.sum(3)).__name__, type(np.max(2.0)).__name__, type(s.sum()).__name__)
