# Generator.integers for every integer dtype and bool (32-bit buffered draws for small dtypes).
import numpy as np

def show(x):
    # arrays by repr; scalars by str (NumPy 2 scalar reprs differ from 1.24's)
    print(repr(x) if isinstance(x, np.ndarray) and x.ndim > 0 else x)


# stridelab's Python ints are 64-bit: build the big bounds from NumPy scalars
I64MAX = 9223372036854775807
U64MAX = np.uint64(I64MAX) * np.uint64(2) + np.uint64(1)
U63 = np.uint64(I64MAX) + np.uint64(1)

for name in ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'bool']:
    g = np.random.default_rng(123)
    print('==', name)
    print(repr(g.integers(0, 2, size=6, dtype=name)))
    if name != 'bool':
        print(repr(g.integers(0, 100, size=7, dtype=name)))
        print(repr(g.integers(3, size=(2, 3), dtype=name, endpoint=True)))
    s = g.integers(2, dtype=name)
    print(s.dtype, s)

g = np.random.default_rng(5)
print('== full ranges')
print(repr(g.integers(-128, 128, size=8, dtype=np.int8)))
print(repr(g.integers(-128, 127, size=8, dtype=np.int8, endpoint=True)))
print(repr(g.integers(0, 256, size=8, dtype=np.uint8)))
print(repr(g.integers(-32768, 32768, size=4, dtype=np.int16)))
print(repr(g.integers(0, 2**32, size=4, dtype=np.uint32)))
print(repr(g.integers(0, U64MAX, size=3, dtype=np.uint64)))
print(repr(g.integers(U63, U64MAX, size=3, dtype=np.uint64)))
print(repr(g.integers(0, U64MAX, size=3, dtype=np.uint64, endpoint=True)))
print(repr(g.integers(0, I64MAX, size=3, dtype=np.uint64, endpoint=True)))
print('== bounds errors')
for f in [lambda: g.integers(0, 200, dtype=np.int8), lambda: g.integers(-1, 5, dtype=np.uint8),
          lambda: g.integers(0, 256, dtype=np.uint8, endpoint=True), lambda: g.integers(0, 3, dtype=bool)]:
    try:
        show(f())
    except Exception as e:
        print(type(e).__name__, e)
