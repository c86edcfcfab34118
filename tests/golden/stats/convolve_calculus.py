# np.convolve / np.correlate (modes, dtypes, swapped lengths), np.gradient (spacings,
# coordinates, axes, edge_order), np.trapz, np.ediff1d, np.interp.
import numpy as np

a = np.array([1, 2, 3, 4, 5])
v = np.array([0, 1, 0.5])
for mode in ['full', 'same', 'valid']:
    print(mode, np.convolve(a, v, mode), np.convolve(v, a, mode), np.correlate(a, v, mode), np.correlate(v, a, mode))
print(np.convolve([1, 2, 3], [0, 1, 0.5]), np.correlate([1, 2, 3], [0, 1, 0.5], 'full'))
print(np.convolve(np.arange(6, dtype=np.int8), np.array([1, -1], np.int8)), np.convolve(3, [1, 2]))
print(np.correlate(np.array([True, False, True]), np.array([True, True]), 'full'))
print(np.convolve(np.arange(20.0) / 7, np.linspace(0, 1, 9), 'same'))
print(np.correlate(np.arange(4.0), np.arange(6.0) * 0.1, 'full'), np.convolve([1.5], [2.0]))
for bad in [lambda: np.convolve([], [1]), lambda: np.convolve([1], []), lambda: np.correlate([], [1]),
            lambda: np.correlate([1], []), lambda: np.correlate([1, 2], [1], 'x'), lambda: np.convolve([[1]], [1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

f = np.array([1, 2, 4, 7, 11, 16], dtype=float)
print(np.gradient(f), np.gradient(f, 2), np.gradient(f, 0.5), np.gradient(f, edge_order=2))
x = np.array([0.0, 1.0, 1.5, 3.5, 4.0, 6.0])
print(np.gradient(f, x), np.gradient(f, x, edge_order=2), np.gradient(f, np.arange(0, 12, 2)))
g = np.array([[1, 2, 6], [3, 4, 5]])
print(*np.gradient(g))
print(np.gradient(g, axis=0), np.gradient(g, 2, axis=1), *np.gradient(g, [1.0, 2.0], 2.0))
print(*np.gradient(g, axis=(0, 1), edge_order=1), np.gradient(np.arange(5, dtype=np.float32)).dtype)
print(np.gradient(np.array([1, 4, 9, 16], np.uint8)), np.gradient(f[::-1], edge_order=2))
for bad in [lambda: np.gradient([1]), lambda: np.gradient([1, 2], edge_order=2), lambda: np.gradient(f, 1, 2),
            lambda: np.gradient(f, [1, 2]), lambda: np.gradient(f, edge_order=3), lambda: np.gradient(g, axis=2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

print(np.trapz([1, 2, 3]), np.trapz([1, 2, 3], x=[4, 6, 8]), np.trapz([1, 2, 3], dx=2))
y = np.arange(6).reshape(2, 3)
print(np.trapz(y), np.trapz(y, axis=0), np.trapz(y, x=[0, 1, 3]), np.trapz(y, x=[[0, 1, 2], [0, 2, 4]]))
print(np.trapz(np.linspace(0, 3, 101) ** 2, np.linspace(0, 3, 101)))

print(np.ediff1d([1, 2, 4, 7, 0]), np.ediff1d([[1, 2], [4, 7]]), np.ediff1d([1, 2, 4], to_begin=-99, to_end=[88, 99]))
print(np.ediff1d(np.array([5, 3], np.uint8)), np.ediff1d([1.5]), np.ediff1d([], to_end=1))
try:
    np.ediff1d(np.array([1, 2]), to_begin=1.5)
except TypeError as e:
    print('TypeError', e)

xp = [1, 2, 3]
fp = [3, 2, 0]
print(np.interp(2.5, xp, fp), np.interp([0, 1, 1.5, 2.72, 3.14], xp, fp), np.interp(3.14, xp, fp, right=-99.0))
print(np.interp([-1, 0.5, 5], xp, fp, left=-1, right=7), np.interp([np.nan, 2], xp, fp))
print(np.interp(np.linspace(0, 1, 7), np.linspace(0, 1, 4), np.array([0.0, 1.0, 0.5, 2.0])))
print(np.interp([-180, -170, -185, 185, -10, -5, 0, 365], [190, -190, 350, -350], [5, 10, 3, 4], period=360))
print(np.interp([1.5], [1], [5]), np.interp(np.array([[1.2, 2.9]]), [1, 2, 3], [0, 10, 30]))
for bad in [lambda: np.interp(1, [], []), lambda: np.interp(1, [1, 2], [1]), lambda: np.interp(1, [[1, 2]], [1, 2]),
            lambda: np.interp(1, [1, 2], [1, 2], period=0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
