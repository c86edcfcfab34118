# Legacy poisson: lam < 10 (multiplication method), lam >= 10 (PTRS), lam 0, arrays, errors.
import numpy as np

np.random.seed(0)
for lam in [0.0, 0.5, 1.0, 3.7, 9.99, 10.0, 25.0, 1000.0, 1e6]:
    print('== lam', lam)
    print(repr(np.random.poisson(lam, 8)))
print('== default lam, scalar and type')
x = np.random.poisson()
print(type(x).__name__, x)
print(np.random.poisson(5, size=(2, 3)).dtype)
print('== array lam')
print(repr(np.random.poisson([1.0, 50.0, 0.1], size=(2, 3))))
print('== errors')
for lam in [-1.0, 1e20, float('nan')]:
    try:
        np.random.poisson(lam)
    except Exception as e:
        print(type(e).__name__, e)
