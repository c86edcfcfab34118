# searchsorted across dtypes: float needles in int haystacks, Python ints/floats against
# float32/uint8 arrays, bool, large uint64, and many needles (the bounds-reuse trick).
import numpy as np

a = np.array([1, 3, 5, 7], dtype=np.int32)
print(np.searchsorted(a, [2.5, 3.0, 7.5, -1.5]), np.searchsorted(a, np.array([3, 4], dtype=np.int64), side='right'))
f = np.array([0.1, 0.2, 0.3], dtype=np.float32)
print(np.searchsorted(f, 0.2), np.searchsorted(f, 0.2, side='right'), np.searchsorted(f, np.float32(0.2), side='right'))
u = np.array([0, 10, 200], dtype=np.uint8)
print(np.searchsorted(u, [5, 300, 200]), np.searchsorted(u, 255, side='right'))
print(np.searchsorted(np.array([False, True, True]), [True, False]), np.searchsorted(np.array([False, True]), 0.5))
np.random.seed(13)
h = np.sort(np.random.rand(1000))
v = np.random.rand(50)
print(np.searchsorted(h, v), np.searchsorted(h, np.sort(v), side='right'))
print(np.searchsorted(h, v.reshape(5, 10))[1])
