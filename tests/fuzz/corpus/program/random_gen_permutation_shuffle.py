# Generator.permutation and shuffle: ints, arrays, axis=, in-place rows, views.
import numpy as np

def show(x):
    # arrays by repr; scalars by str (NumPy 2 scalar reprs differ from 1.24's)
    print(repr(x) if isinstance(x, np.ndarray) and x.ndim > 0 else x)


g = np.random.default_rng(0)
print('== permutation(10)')
print(repr(g.permutation(10)))
print('== permutation of an array')
a = np.array([1.5, 2.5, 3.5, 4.5])
print(repr(g.permutation(a)), repr(a))
print('== 2-d rows / axis=1')
m = np.arange(12).reshape(3, 4)
print(repr(g.permutation(m)))
print(repr(g.permutation(m, axis=1)))
print('== shuffle 1-d')
x = np.arange(10)
print(g.shuffle(x), repr(x))
print('== shuffle 2-d rows / axis=1')
m = np.arange(12).reshape(4, 3)
g.shuffle(m)
print(repr(m))
g.shuffle(m, axis=1)
print(repr(m))
print('== shuffle a strided view')
base = np.arange(10)
g.shuffle(base[::3])
print(repr(base))
print('== uint8 and bool')
u = np.arange(6, dtype=np.uint8)
g.shuffle(u)
print(repr(u))
print('== the stream continues')
print(repr(g.integers(0, 100, 5)))
print('== errors')
for f in [lambda: g.permutation(np.array(5)), lambda: g.permutation(m, axis=2), lambda: g.shuffle(np.array(5))]:
    try:
        show(f())
    except Exception as e:
        print(type(e).__name__, e)
