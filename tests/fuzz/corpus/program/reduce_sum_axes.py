# np.sum / ndarray.sum over axis=None, ints, negative ints, tuples, keepdims, on 1-3 d arrays.
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
for ax in [None, 0, 1, 2, -1, -2, -3, (0, 1), (1, 2), (0, 2), (2, 0), (-1, 0), (0, 1, 2), ()]:
    r = np.sum(a, axis=ax)
    print('axis', ax, '->', r.shape, r.dtype)
    print(r)
    k = a.sum(axis=ax, keepdims=True)
    print('keepdims', k.shape)
    print(k)
b = np.arange(6.0).reshape(2, 3)
print(b.sum(), b.sum(0), b.sum(1), b.sum(axis=-1))
print(np.sum(b, 0), np.sum(b, axis=(0,)), np.sum(b, axis=[1]) if False else '')
print(np.sum([1, 2, 3]), np.sum([[1.5, 2], [3, 4]], axis=0))
print(np.sum(5), np.sum(5.5), np.sum(True))
print(type(np.sum(a)).__name__, type(a.sum()).__name__, type(np.sum(b)).__name__)
print(type(np.sum(a, axis=0)).__name__)
print(np.sum(a, keepdims=True), np.sum(a, keepdims=True).shape)
