# var/std/mean of 2-d/3-d C, F, transposed and strided floats along each axis and tuple:
# the second pass (the squared deviations) is summed in NumPy's layout order.
import numpy as np

np.random.seed(12)
a = np.random.rand(23, 140) * 10
for name, v in [('C', a), ('F', np.asfortranarray(a)), ('T', a.T), ('s', a[::3, ::-2])]:
    print(name, v.var(axis=0).tolist()[:3], v.var(axis=1).tolist()[:3], repr(float(v.var())), repr(float(v.std(ddof=1))))
b = np.random.rand(6, 50, 7).astype(np.float32)
for ax in [0, 1, 2, (0, 2), None]:
    print(ax, np.asarray(b.var(axis=ax)).ravel()[:3].tolist(), np.asarray(b.mean(axis=ax)).ravel()[:3].tolist())
bf = np.asfortranarray(b)
print(bf.var(axis=1).ravel()[:3].tolist(), bf.std(axis=(0, 1)).tolist()[:3])
