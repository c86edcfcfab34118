# Legacy normals: randn / standard_normal / normal (polar Box-Muller with the cached second value).
import numpy as np

np.random.seed(0)
print('== randn(5)')
print(repr(np.random.randn(5)))
print('== randn(2, 3)')
print(repr(np.random.randn(2, 3)))
print('== standard_normal(size=4)')
print(repr(np.random.standard_normal(size=4)))
print('== standard_normal((2, 2))')
print(repr(np.random.standard_normal((2, 2))))
print('== odd counts use the cached value')
np.random.seed(1)
a = np.random.randn(3)
b = np.random.randn(3)
print(repr(a), repr(b))
np.random.seed(1)
print(repr(np.random.randn(6)))
print('== scalars (8 significant digits)')
np.random.seed(2)
for i in range(4):
    print('%.8f' % np.random.randn())
print(type(np.random.randn()).__name__, type(np.random.standard_normal()).__name__)
print('== normal(loc, scale, size)')
np.random.seed(3)
print(repr(np.random.normal(10, 2, size=5)))
print(repr(np.random.normal(size=(2, 2))))
print(repr(np.random.normal(-1.5, 0.25, 3)))
print('== normal broadcasts array loc/scale')
print(repr(np.random.normal(np.array([0.0, 10.0, 100.0]), np.array([1.0, 0.1, 0.01]))))
print(repr(np.random.normal([0, 1], 1, size=(3, 2))))
print('== scale 0')
print(repr(np.random.normal(5, 0, size=3)))
print('== errors')
try:
    np.random.normal(0, -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.random.normal([0, 1], 1, size=3)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.random.normal(0, [1, -1])
except Exception as e:
    print(type(e).__name__, e)
