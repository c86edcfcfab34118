# np.histogram2d and np.histogramdd: bins as int, pair, edges, range, density, weights.
import numpy as np

x = np.array([0.1, 0.5, 0.9, 1.5, 2.0, 2.5, 0.3, 1.1])
y = np.array([1.0, 2.0, 0.5, 1.5, 2.5, 0.1, 0.7, 2.2])
H, xe, ye = np.histogram2d(x, y)
print(H.shape, H.dtype, H.sum(), xe, ye)
print(np.histogram2d(x, y, bins=3))
print(np.histogram2d(x, y, bins=(2, 4)))
print(np.histogram2d(x, y, bins=[0, 1, 2, 3]))
print(np.histogram2d(x, y, bins=[[0, 1, 3], [0, 2, 3]]))
print(np.histogram2d(x, y, bins=2, range=[[0, 2], [0, 2]]))
print(np.histogram2d(x, y, bins=2, density=True))
print(np.histogram2d(x, y, bins=2, weights=np.arange(8) * 0.5))
print(np.histogram2d(np.arange(5), np.arange(5) % 2, bins=[5, 2]))

s = np.array([[0.0, 1.0, 2.0], [1.0, 1.0, 0.5], [2.0, 0.0, 1.5], [0.5, 2.0, 2.0]])
H, edges = np.histogramdd(s, bins=2)
print(H, type(edges).__name__, len(edges), edges[0], edges[2])
H, edges = np.histogramdd(s, bins=(2, 3, [0, 1, 2]))
print(H.shape, H.sum(), edges[1])
print(np.histogramdd([x, y], bins=3)[0])
print(np.histogramdd(s, bins=2, density=True, range=[(0, 2), (0, 2), (0, 2)])[0])

for bad in [lambda: np.histogram2d(x, y[:3]), lambda: np.histogram2d(x, y, bins=0),
            lambda: np.histogram2d(x, y, bins=[[2, 1], [0, 1]]),
            lambda: np.histogramdd(s, range=[(0, 1)]), lambda: np.histogram2d(x, y, bins=2.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
