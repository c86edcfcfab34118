# Float samplers that go through log/exp/pow are printed rounded to 6 decimals: the wasm build's
# musl libm may differ from glibc in the last ulp.
# Generator discrete/continuous distributions: poisson, binomial, exponential, gamma (regimes, dtypes).
import numpy as np

g = np.random.default_rng(2024)
for lam in [0.0, 0.5, 5.0, 10.0, 50.0, 1e5]:
    print('== poisson', lam)
    print(repr(g.poisson(lam, 6)))
for n, p in [(10, 0.5), (20, 0.05), (100, 0.2), (1000, 0.9), (5, 0.0), (0, 0.5)]:
    print('== binomial', n, p)
    print(repr(g.binomial(n, p, 6)))
print('== exponential')
print(repr(np.round(g.exponential(1.0, 5), 6)))
print(repr(np.round(g.exponential(3.0, (2, 2)), 6)))
print('== gamma')
print(repr(np.round(g.gamma(0.5, 1.0, 4), 6)))
print(repr(np.round(g.gamma(1.0, 2.0, 4), 6)))
print(repr(np.round(g.gamma(5.0, 1.0, 4), 6)))
print('== types')
print(type(g.poisson(3)).__name__, type(g.binomial(5, 0.5)).__name__, g.poisson(3, 2).dtype)
print('== errors')
for f in [lambda: g.poisson(-1), lambda: g.binomial(-1, 0.5), lambda: g.binomial(5, 1.5),
          lambda: g.exponential(-1.0), lambda: g.gamma(-1.0)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
