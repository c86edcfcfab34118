# Generator normals: ziggurat standard_normal (float64 and float32), normal(loc, scale).
import numpy as np

g = np.random.default_rng(0)
print('== standard_normal(6)')
print(repr(g.standard_normal(6)))
print('== standard_normal((2, 3))')
print(repr(g.standard_normal((2, 3))))
print('== float32')
r = g.standard_normal(5, dtype=np.float32)
print(repr(r), r.dtype)
print('== scalar')
print('%.10f' % g.standard_normal(), type(g.standard_normal()).__name__)
print('== normal')
print(repr(g.normal(10, 2, 5)))
print(repr(g.normal(size=(2, 2))))
print(repr(g.normal([0.0, 100.0], [1.0, 0.01])))
print(repr(g.normal(0, [1, 2, 3], size=(2, 3))))
print('== many draws reach the tails')
big = np.random.default_rng(7).standard_normal(20000)
print(big.shape, (np.abs(big) > 3.5).sum(), '%.6f' % big.max(), '%.6f' % big.min())
print('== errors')
for f in [lambda: g.normal(0, -1), lambda: g.standard_normal(2, dtype=np.int32)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
