# Float samplers that go through log/exp/pow are printed rounded to 6 decimals: the wasm build's
# musl libm may differ from glibc in the last ulp.
# Legacy gamma / standard_gamma: shape < 1 (Johnk-like), shape == 1 (exponential), shape > 1 (Marsaglia-Tsang).
import numpy as np

np.random.seed(0)
for k in [0.1, 0.5, 0.999, 1.0, 1.5, 3.0, 100.0]:
    print('== shape', k)
    print(repr(np.round(np.random.standard_gamma(k, 6), 6)))
print('== gamma(shape, scale)')
print(repr(np.round(np.random.gamma(2.0, 3.0, 5), 6)))
print(repr(np.round(np.random.gamma(0.5, 0.1, 5), 6)))
print(repr(np.round(np.random.gamma([1.0, 2.0, 9.0], 2.0), 6)))
print('== shape 0 gives zeros')
print(repr(np.round(np.random.gamma(0.0, 1.0, 3), 6)))
print('== scalar')
print(type(np.random.gamma(2.0)).__name__, '%.6f' % np.random.gamma(2.0))
print('== errors')
for k, s in [(-1.0, 1.0), (1.0, -2.0)]:
    try:
        np.random.gamma(k, s)
    except Exception as e:
        print(type(e).__name__, e)
