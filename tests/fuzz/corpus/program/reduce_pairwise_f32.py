# Pairwise summation bit-exactness for float32 (the accumulator stays float32): awkward
# sizes, strided views, 2-d axes, mean of float32.
import numpy as np

np.random.seed(1)
for n in [1, 3, 7, 8, 9, 16, 31, 127, 128, 129, 130, 1000, 4097, 8192, 8193, 20000, 100001]:
    x = (np.random.rand(n) * 100).astype(np.float32)
    s = x.sum()
    print(n, s, np.asarray(s).dtype, x.mean(), np.asarray(x.mean()).dtype, x[::2].sum(), x[::-1].sum())
m = (np.random.rand(129, 67) * 3).astype(np.float32)
print(m.sum(axis=0).tolist()[:8])
print(m.sum(axis=1).tolist()[:8])
print(m.T.sum(axis=0).tolist()[-5:])
print(np.asfortranarray(m).sum(axis=1).tolist()[-5:])
print(m.sum(), m.T.sum(), np.asfortranarray(m).sum())
print(m.mean(axis=0).tolist()[:4], m.mean())
print(np.sum(m, dtype=np.float64), m.sum(axis=0, dtype=np.float64)[:3].tolist())
