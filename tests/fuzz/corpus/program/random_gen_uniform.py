# Generator.uniform: scalars, sizes, array bounds, reversed bounds, errors.
import numpy as np

g = np.random.default_rng(11)
print('== uniform()')
print(g.uniform())
print(type(g.uniform()).__name__)
print('== uniform(-2, 3, 5)')
print(repr(g.uniform(-2, 3, 5)))
print('== size tuple')
print(repr(g.uniform(size=(2, 3))))
print('== high < low')
try:
    print(repr(g.uniform(5, 1, 3)))
except Exception as e:
    print(type(e).__name__, e)
print('== array bounds')
print(repr(g.uniform([0, 10], [1, 20])))
print(repr(g.uniform(0, [1, 100], size=(2, 2))))
print('== errors')
for args in [(0, float('inf')), (0, float('nan'))]:
    try:
        g.uniform(*args)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
