# Pairwise summation bit-exactness for float64: sums of awkward sizes (runs < 8, <= 128,
# recursive splits, the 8192-element buffer blocks), printed with full precision.
import numpy as np

np.random.seed(0)
for n in [0, 1, 2, 7, 8, 9, 15, 16, 17, 127, 128, 129, 255, 256, 257, 1000, 1023, 8191, 8192, 8193, 16385, 100001]:
    x = np.random.rand(n) * 10 - 3
    s = x.sum()
    print(n, repr(float(s)), repr(float(np.sum(x))), repr(float(x.mean())) if n else '')
x = np.random.randn(100001)
print(repr(float(x[::2].sum())), repr(float(x[::3].sum())), repr(float(x[::-1].sum())), repr(float(x[5:].sum())))
print(repr(float(np.add.reduce(x))), repr(float(x.sum(dtype=np.float64))))
y = (np.random.rand(1000) * 1e10).astype(np.int64)
print(y.sum(), repr(float(y.mean())))
print(repr(float(np.random.rand(3, 5, 7).sum())), repr(float(np.random.rand(17, 131).sum())))
z = np.random.rand(40000)
print([repr(float(v)) for v in [z.sum(), z[1:].sum(), z[:-1].sum(), z[::7].sum()]])
