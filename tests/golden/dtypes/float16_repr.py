# numpy2: NEP 51 scalar reprs np.float16(...) replace the bare 1.24 reprs.
import numpy as np

print(repr(np.float16(0.1)), repr(np.float16(65504)), repr(np.float16(1e-7)), repr(np.float16(-2.5)))
print(repr(np.array([0.1, 0.2, 1 / 3], dtype=np.float16)))
print(repr(np.array([1e-5, 1, 60000], dtype=np.float16)))
print(repr(np.float16(1) + np.float16(2)), repr(np.arange(3, dtype='e').sum()))
print(repr(np.array([np.nan, -np.inf], dtype=np.float16)), repr(np.zeros((2, 2), 'f2')))
