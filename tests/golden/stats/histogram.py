# np.histogram: integer bins, explicit edges, range=, density=, weights=, int/float data,
# values on edges, NaN handling, multi-dimensional input, errors.
import numpy as np

a = np.array([1.0, 2.0, 1.0, 4.5, 3.3, 2.2, 0.0, 5.0, 2.5, 4.0])
for bins in [1, 3, 5, 10]:
    h, e = np.histogram(a, bins=bins)
    print(bins, h, h.dtype, e)
print(np.histogram(a))
print(np.histogram(a, bins=[0, 1, 2.5, 4, 5]))
print(np.histogram(a, bins=[0, 1, 1, 2, 5]))
print(np.histogram(a, bins=np.array([-1, 0, 3, 10])))
print(np.histogram(a, bins=4, range=(0, 4)))
print(np.histogram(a, bins=4, range=(1.5, 4.5)))
print(np.histogram(a, bins=3, range=[2, 2]))
print(np.histogram(a, bins=4, density=True))
print(np.histogram(a, bins=[0, 1, 3, 6], density=True))
w = np.array([0.5, 1.0, 2.0, 0.25, 1.5, 3.0, 1.0, 0.1, 0.2, 0.3])
print(np.histogram(a, bins=4, weights=w))
print(np.histogram(a, bins=[0, 2, 4, 6], weights=w))
print(np.histogram(a, bins=3, weights=np.arange(10)))
print(np.histogram(a, bins=3, weights=w.astype(np.float32)))
print(np.histogram(a, bins=4, weights=w, density=True))

i = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])
print(np.histogram(i, bins=4))
print(np.histogram(i, bins=[0, 3, 6, 9]))
print(np.histogram(i.astype(np.uint8), bins=3, range=(0, 10)))
print(np.histogram(np.arange(-5, 5, dtype=np.int8), bins=5))
print(np.histogram(np.array([[1, 2], [3, 4]]), bins=2))
print(np.histogram(np.arange(24.0).reshape(2, 3, 4)[:, ::2, 1], bins=3))
print(np.histogram([], bins=3), np.histogram(np.array([]), bins=[0, 1, 2]))
print(np.histogram([7], bins=2), np.histogram([7.5, 7.5], bins=2))
print(np.histogram([1, 2, np.nan], bins=2, range=(0, 3)))
print(np.histogram(np.array([0.1, 0.2, 0.3], dtype=np.float32), bins=2, range=(0, 1)))
print(np.histogram(np.linspace(0, 1, 101), bins=7))
print(np.histogram(np.linspace(-3, 3, 1001) ** 3, bins=13))
r = np.sin(np.arange(100000) * 0.37)
h, e = np.histogram(r, bins=20, weights=np.cos(np.arange(100000) * 0.11))
print(h)
print(e)
h, e = np.histogram(r, bins=np.linspace(-1, 1, 9) ** 3, weights=np.arange(100000) / 1000.0)
print(h)

print(np.histogram_bin_edges(a, bins=4), np.histogram_bin_edges(i, bins=[1, 2, 3]))
print(np.histogram_bin_edges(a, bins=3, range=(0, 6)))

for bad in [lambda: np.histogram(a, bins=0), lambda: np.histogram(a, bins=-2),
            lambda: np.histogram(a, bins=2.5), lambda: np.histogram(a, bins=[3, 2, 1]),
            lambda: np.histogram(a, bins=[[1, 2], [3, 4]]), lambda: np.histogram(a, range=(5, 1)),
            lambda: np.histogram(a, range=(0, np.inf)), lambda: np.histogram([1, np.nan]),
            lambda: np.histogram(a, range=(1, 2, 3)), lambda: np.histogram(a, weights=[1, 2]),
            lambda: np.histogram(a, bins='foo'), lambda: np.histogram(a, bins='auto', weights=w)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
