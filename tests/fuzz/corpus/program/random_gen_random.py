# default_rng(seed).random: float64 and float32 streams, sizes, seeds (SeedSequence), types.
import numpy as np

for seed in [0, 1, 42, 12345, 2**32, 9223372036854775807, [1, 2, 3], [0], (2**32 - 1, 7)]:
    g = np.random.default_rng(seed)
    print('== seed', seed)
    print(repr(g.random(4)))
g = np.random.default_rng(0)
print('== scalars')
for i in range(3):
    print(g.random())
print(type(g.random()).__name__)
print('== size tuple')
print(repr(g.random((2, 3))))
print('== float32')
r = g.random(5, dtype=np.float32)
print(repr(r), r.dtype)
r = g.random(dtype='float32')
print(type(r).__name__)
print('== size () and 0')
print(repr(g.random(())), repr(g.random(0)))
print('== errors')
try:
    g.random(3, dtype=np.int64)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.random.default_rng(-1)
except Exception as e:
    print(type(e).__name__, e)
print('== default_rng of a Generator returns it')
print(np.random.default_rng(g) is g)
print('== repr')
print(type(g).__name__)
