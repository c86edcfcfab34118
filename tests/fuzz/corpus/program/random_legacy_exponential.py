# Float samplers that go through log/exp/pow are printed rounded to 6 decimals: the wasm build's
# musl libm may differ from glibc in the last ulp.
# Legacy exponential / lognormal / beta: -log(1-U) exponentials, exp(normal), Johnk / gamma-ratio beta.
import numpy as np

np.random.seed(0)
print('== exponential')
print(repr(np.round(np.random.exponential(size=5), 6)))
print(repr(np.round(np.random.exponential(2.5, 5), 6)))
print(repr(np.round(np.random.exponential([1.0, 10.0], size=(2, 2)), 6)))
print('== lognormal')
print(repr(np.round(np.random.lognormal(size=4), 6)))
print(repr(np.round(np.random.lognormal(1.0, 0.5, 4), 6)))
print('== beta small (Johnk)')
print(repr(np.round(np.random.beta(0.5, 0.5, 5), 6)))
print('== beta large (gamma ratio)')
print(repr(np.round(np.random.beta(2.0, 5.0, 5), 6)))
print('== errors')
for f in [lambda: np.random.exponential(-1.0), lambda: np.random.lognormal(0.0, -1.0),
          lambda: np.random.beta(0.0, 1.0), lambda: np.random.beta(1.0, -1.0)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
