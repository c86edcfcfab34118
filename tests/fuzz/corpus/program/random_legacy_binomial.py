# Legacy binomial: inversion when n*min(p,1-p) <= 30, BTPE above; p > 0.5 flips; edge cases.
import numpy as np

np.random.seed(0)
for n, p in [(10, 0.5), (1, 0.3), (20, 0.05), (100, 0.2), (60, 0.5), (1000, 0.1), (1000, 0.9),
             (50, 0.99), (10**6, 0.3), (5, 0.0), (5, 1.0), (0, 0.5)]:
    print('== n p', n, p)
    print(repr(np.random.binomial(n, p, 8)))
print('== scalar and type')
x = np.random.binomial(10, 0.5)
print(type(x).__name__, x)
print('== cache: alternating parameters')
print(repr(np.random.binomial([10, 200, 10, 200], [0.5, 0.5, 0.4, 0.5])))
print('== float n truncated')
print(repr(np.random.binomial(10.7, 0.5, 4)))
print('== errors')
for n, p in [(-1, 0.5), (10, -0.1), (10, 1.5), (10, float('nan'))]:
    try:
        np.random.binomial(n, p)
    except Exception as e:
        print(type(e).__name__, e)
