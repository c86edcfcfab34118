# Generator.integers: Lemire bounded draws, high/low forms, endpoint=, sizes, array bounds.
import numpy as np

def show(x):
    # arrays by repr; scalars by str (NumPy 2 scalar reprs differ from 1.24's)
    print(repr(x) if isinstance(x, np.ndarray) and x.ndim > 0 else x)


# stridelab's Python ints are 64-bit: build the big bounds from NumPy scalars
I64MAX = 9223372036854775807
U64MAX = np.uint64(I64MAX) * np.uint64(2) + np.uint64(1)
U63 = np.uint64(I64MAX) + np.uint64(1)

g = np.random.default_rng(0)
print('== integers(10)')
print(g.integers(10))
print('== integers(5, 10, 8)')
print(repr(g.integers(5, 10, 8)))
print('== endpoint=True')
print(repr(g.integers(0, 1, 8, endpoint=True)))
print(repr(g.integers(5, size=8, endpoint=True)))
print('== size tuple')
print(repr(g.integers(-100, 100, size=(2, 4))))
print('== large ranges')
print(repr(g.integers(0, 2**40, 3)))
print(repr(g.integers(-I64MAX - 1, I64MAX, 3)))
print(repr(g.integers(-I64MAX - 1, I64MAX, 3, endpoint=True)))
print('== power of two / odd ranges')
print(repr(g.integers(0, 256, 6)))
print(repr(g.integers(0, 255, 6)))
print(repr(g.integers(0, 1000003, 6)))
print('== range of one value')
print(repr(g.integers(7, 8, 3)), repr(g.integers(7, 7, 3, endpoint=True)))
print('== array bounds')
print(repr(g.integers([0, 10, 100], [5, 20, 1000])))
print(repr(g.integers(0, [3, 30], size=(2, 2))))
print(repr(g.integers([1, 2], 10, endpoint=True)))
print('== types')
x = g.integers(10)
print(type(x).__name__, x)
print(g.integers(10, size=3).dtype)
print('== errors')
for f in [lambda: g.integers(5, 5), lambda: g.integers(0), lambda: g.integers(5, 4, endpoint=True),
          lambda: g.integers(0, U64MAX), lambda: g.integers([1, 5], [2, 5]), lambda: g.integers(0, 5, dtype=float)]:
    try:
        show(f())
    except Exception as e:
        print(type(e).__name__, e)
