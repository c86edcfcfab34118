# Advanced NumPy tutorial: stride tricks: a "virtual" array much bigger than its memory
import numpy as np


def repeat(arr, n):
    return np.lib.stride_tricks.as_strided(arr,
                                           shape=(n,) + arr.shape,
                                           strides=(0,) + arr.strides)


np.random.seed(3)
r = repeat(np.random.rand(5), 4)
print(r)
print(r.shape, r.strides, r.nbytes, r.base is not None)
m = repeat(np.arange(6).reshape(2, 3), 3)
print(m.shape, m.strides)
print(m)
print(np.all(m[2] == m[0]))
