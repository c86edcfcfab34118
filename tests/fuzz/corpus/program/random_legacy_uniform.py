# Legacy uniform(low, high, size): scalars, arrays, broadcasting, reversed bounds, errors.
import numpy as np

np.random.seed(7)
print('== uniform()')
print(np.random.uniform())
print('== uniform(-2, 3, 5)')
print(repr(np.random.uniform(-2, 3, 5)))
print('== uniform(size=(2, 3))')
print(repr(np.random.uniform(size=(2, 3))))
print('== high < low is allowed')
print(repr(np.random.uniform(5, 1, 3)))
print('== low == high')
print(repr(np.random.uniform(2, 2, 3)))
print('== array bounds')
print(repr(np.random.uniform(np.array([0.0, 10.0]), np.array([1.0, 20.0]))))
print(repr(np.random.uniform([0, 100], 200, size=(2, 2))))
print('== ints in, floats out')
r = np.random.uniform(1, 10, 4)
print(r.dtype, repr(r))
print(type(np.random.uniform(0, 1)).__name__)
print('== errors')
for args in [(0, float('inf')), (float('-inf'), 0), (0, float('nan'))]:
    try:
        np.random.uniform(*args)
        print('no error', args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.random.uniform([0, 1], [1, 2, 3])
except Exception as e:
    print(type(e).__name__, e)
