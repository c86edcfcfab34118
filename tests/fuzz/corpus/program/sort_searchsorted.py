# np.searchsorted / ndarray.searchsorted: side left/right, scalar and array needles (shape
# kept), NaN, dtype mixing, errors.
import numpy as np

a = np.array([1, 2, 2, 3, 5, 8])
for v in [0, 1, 2, 2.5, 3, 8, 9]:
    print(v, np.searchsorted(a, v), np.searchsorted(a, v, side='right'), a.searchsorted(v, 'right'))
print(np.searchsorted(a, [2, 5, 10]), np.searchsorted(a, np.array([[0, 2], [3, 9]]), side='right'))
print(type(np.searchsorted(a, 3)).__name__, np.searchsorted(a, [3]).dtype)
f = np.array([0.5, 1.5, np.inf, np.nan])
print(np.searchsorted(f, [np.nan, np.inf, 1.0, -np.inf]), np.searchsorted(f, np.nan, side='right'))
print(np.searchsorted(a, 2.000001), np.searchsorted(np.array([1.5, 2.5]), 2), np.searchsorted(np.array([1, 2], dtype=np.uint8), -1))
print(np.searchsorted(np.array([], dtype=np.int64), [1, 2]), np.searchsorted(a, np.array([], dtype=np.int64)))
print(np.searchsorted([1, 2, 3], 2), np.searchsorted(np.arange(10)[::-2][::-1], 5))
for bad in [dict(side='middle'), dict(side='l')]:
    try:
        print(np.searchsorted(a, 3, **bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.searchsorted(np.array([[1, 2], [3, 4]]), 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.searchsorted(np.array(3), 2)
except Exception as e:
    print(type(e).__name__, e)
u = np.array([3, 1, 2, 5, 4])
print(np.searchsorted(u, 3), np.searchsorted(u, [0, 6]))
