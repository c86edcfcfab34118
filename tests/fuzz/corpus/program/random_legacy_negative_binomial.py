# Legacy negative_binomial: poisson(gamma(n, (1-p)/p)) for small and large n, p; errors.
import numpy as np

np.random.seed(0)
for n, p in [(1, 0.5), (5, 0.3), (0.5, 0.5), (10, 0.9), (100, 0.01), (3, 1.0)]:
    print('== n p', n, p)
    print(repr(np.random.negative_binomial(n, p, 8)))
print('== scalar')
x = np.random.negative_binomial(2, 0.5)
print(type(x).__name__, x)
print('== errors')
for n, p in [(0, 0.5), (-1, 0.5), (1, 1.5)]:
    try:
        print(np.random.negative_binomial(n, p))
    except Exception as e:
        print(type(e).__name__, e)
