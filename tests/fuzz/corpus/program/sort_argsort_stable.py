# argsort with the stable kinds (stable, mergesort): ties keep their input order exactly,
# along any axis, of non-contiguous inputs; result int64, C-ordered.
import numpy as np

x = np.array([3, 1, 2, 1, 3, 0, 2, 1])
print(np.argsort(x, kind='stable'), np.argsort(x, kind='mergesort'), x.argsort(kind='stable'))
np.random.seed(4)
a = np.random.randint(0, 4, size=(4, 9))
print(np.argsort(a, axis=1, kind='stable'))
print(np.argsort(a, axis=0, kind='stable'))
print(np.argsort(a, axis=None, kind='stable'))
print(np.argsort(a.T, axis=1, kind='stable'))
print(np.argsort(a[:, ::-2], axis=-1, kind='stable'))
r = np.argsort(np.asfortranarray(a), axis=0, kind='stable')
print(r.flags['C_CONTIGUOUS'], r.dtype, r.strides)
big = np.random.randint(0, 10, size=3000)
i = np.argsort(big, kind='stable')
print(i[:20], i[-10:], bool(np.all(np.diff(big[i]) >= 0)))
f = np.round(np.random.rand(200) * 5) / 2
print(np.argsort(f, kind='stable')[:30])
b = np.array([True, False, True, False, False])
print(np.argsort(b, kind='stable'), np.argsort(np.array([2, 2, 2], dtype=np.uint8), kind='stable'))
print(np.argsort(np.array(5)), np.argsort(np.array([])), np.argsort(np.zeros((2, 0)), axis=0).shape)
