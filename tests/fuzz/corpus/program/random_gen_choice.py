# Generator.choice: int / array populations, replace, p, shuffle=False, axis, 2-d populations, errors.
import numpy as np

def show(x):
    # arrays by repr; scalars by str (NumPy 2 scalar reprs differ from 1.24's)
    print(repr(x) if isinstance(x, np.ndarray) and x.ndim > 0 else x)


g = np.random.default_rng(0)
print('== choice(5)')
print(g.choice(5))
print('== choice(10, 6)')
print(repr(g.choice(10, 6)))
print('== size tuple')
print(repr(g.choice(10, (2, 3))))
print('== replace=False')
print(repr(g.choice(10, 5, replace=False)))
print(repr(g.choice(10, 10, replace=False)))
print(repr(g.choice(1000, 5, replace=False)))
print(repr(g.choice(100, 60, replace=False)[:10]))
print(repr(g.choice(10, 5, replace=False, shuffle=False)))
print(repr(g.choice(6, (2, 2), replace=False)))
print('== array population')
a = np.array([10, 20, 30, 40, 50])
print(repr(g.choice(a, 6)))
print(repr(g.choice(a, 3, replace=False)))
print(repr(g.choice([1.5, 2.5], 4)))
print('== with p')
print(repr(g.choice(4, 8, p=[0.1, 0.2, 0.3, 0.4])))
print(repr(g.choice(4, 3, replace=False, p=[0.1, 0.2, 0.3, 0.4])))
print('== 2-d population picks rows / columns')
m = np.arange(12).reshape(4, 3)
print(repr(g.choice(m, 2)))
print(repr(g.choice(m, 2, axis=1)))
print(repr(g.choice(m, 3, replace=False)))
print(repr(g.choice(m)))
print('== scalar types')
x = g.choice(a)
print(type(x).__name__, x)
y = g.choice(7)
print(type(y).__name__, y)
print('== errors')
for f in [lambda: g.choice(0), lambda: g.choice(3, 5, replace=False), lambda: g.choice(3, p=[0.5, 0.2, 0.2]),
          lambda: g.choice(3, p=[0.5, 0.5]), lambda: g.choice(np.array(3)), lambda: g.choice([], 1),
          lambda: g.choice(3, p=[1.5, -0.5, 0.0]), lambda: g.choice(m, 2, axis=2)]:
    try:
        show(f())
    except Exception as e:
        print(type(e).__name__, e)
