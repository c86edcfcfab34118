# Float sums along each axis of C-ordered, F-ordered, transposed and strided 2-d/3-d arrays;
# the iteration order (and so the result bits) follows the memory layout as in NumPy.
import numpy as np

np.random.seed(3)
a = np.random.rand(37, 300)
for name, v in [('C', a), ('F', np.asfortranarray(a)), ('T', a.T), ('step', a[::2, ::3]), ('neg', a[::-1, ::-2])]:
    print(name, v.shape)
    print(v.sum(axis=0).tolist()[:4], v.sum(axis=1).tolist()[:4])
    print(repr(float(v.sum())), repr(float(v.mean())))
b = np.random.rand(9, 130, 20)
for ax in [0, 1, 2, (0, 1), (1, 2), (0, 2), None]:
    r = b.sum(axis=ax)
    print(ax, np.asarray(r).ravel().tolist()[:3])
bf = np.asfortranarray(b)
for ax in [0, 1, 2, (0, 1), (1, 2), (0, 2), None]:
    r = bf.sum(axis=ax)
    print('F', ax, np.asarray(r).ravel().tolist()[:3])
c = np.random.rand(3, 20000)
print(c.sum(axis=1).tolist(), np.asfortranarray(c).sum(axis=1).tolist())
d = np.random.rand(20000, 3)
print(d.sum(axis=0).tolist(), np.asfortranarray(d).sum(axis=0).tolist())
